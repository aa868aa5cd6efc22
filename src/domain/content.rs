//! The questionnaire and the measures catalogue, loaded from the JSON files in `content/` and validated.
//!
//! The files are embedded at compile time; [`Content::shipped`] parses them once. [`validate`] reports every problem
//! at once so an editor can fix a file in one go; a native test asserts the shipped content has none.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::lang::{Lang, Text};
use super::profile::{Sector, SizeBand};

/// One of the six fields of action of the regional skilled-labour alliance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub title: Text,
    pub subtitle: Text,
    pub goals: Vec<Goal>,
}

/// A strategic goal of a field, assessed by its statements.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub title: Text,
    pub statements: Vec<Statement>,
    pub measures: Vec<Measure>,
}

/// An observable company practice the user rates on the agreement scale.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: Text,
    /// "Warum fragen wir das?"
    pub help: Text,
    #[serde(default = "default_weight")]
    pub weight: f64,
}

fn default_weight() -> f64 {
    1.0
}

/// A concrete step a company can take towards a goal.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub first_step: Text,
    pub effort: Effort,
    pub time_to_effect: TimeToEffect,
    pub sizes: Vec<SizeBand>,
    #[serde(default)]
    pub sectors: Vec<Sector>,
    #[serde(default)]
    pub apprentices: Option<ApprenticeFit>,
    pub addresses: Vec<String>,
    #[serde(default)]
    pub support: Option<Text>,
}

impl Measure {
    /// Low effort and a short time to effect: worth doing first.
    pub fn is_quick_win(&self) -> bool {
        self.effort == Effort::Low && self.time_to_effect == TimeToEffect::Short
    }
}

/// How much work a measure takes. Ordered from least to most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effort {
    Low,
    Medium,
    High,
}

/// How long until a measure shows an effect. Ordered from soonest to latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeToEffect {
    Short,
    Medium,
    Long,
}

/// Whether a measure depends on the firm training apprentices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprenticeFit {
    /// Only sensible for firms that train.
    Training,
    /// For firms that do not train yet.
    NotTraining,
}

/// A traffic-light band: `min` inclusive, `max` exclusive except for the top band, which includes 100.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub min: f64,
    pub max: f64,
    pub label: Text,
}

/// The bands and the plain-words readings per band, overall and per field.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub bands: Vec<Band>,
    pub overall: BTreeMap<String, Text>,
    pub fields: BTreeMap<String, BTreeMap<String, Text>>,
}

/// The whole content of the check.
#[derive(Clone, Debug)]
pub struct Content {
    pub fields: Vec<Field>,
    pub bands: Bands,
}

/// The JSON files as shipped, in field order.
const SHIPPED_FIELDS: [&str; 6] = [
    include_str!("../../content/field-1.json"),
    include_str!("../../content/field-2.json"),
    include_str!("../../content/field-3.json"),
    include_str!("../../content/field-4.json"),
    include_str!("../../content/field-5.json"),
    include_str!("../../content/field-6.json"),
];
const SHIPPED_BANDS: &str = include_str!("../../content/bands.json");

/// Why content could not be read at all (as opposed to [`ContentError`], which is about valid JSON with bad data).
#[derive(Debug)]
pub struct ParseError {
    pub file: String,
    pub message: String,
}

impl Content {
    /// The content compiled into this build. Parsed on first use; a parse failure is a bug that the native tests
    /// catch, so it panics with the file and the reason.
    pub fn shipped() -> &'static Content {
        static SHIPPED: OnceLock<Content> = OnceLock::new();
        SHIPPED.get_or_init(|| match Content::parse(&SHIPPED_FIELDS, SHIPPED_BANDS) {
            Ok(content) => content,
            Err(error) => panic!("shipped content {} does not parse: {}", error.file, error.message),
        })
    }

    /// Parses field files (in order) and the bands file.
    pub fn parse(field_files: &[&str], bands_file: &str) -> Result<Content, ParseError> {
        let fields = field_files
            .iter()
            .enumerate()
            .map(|(index, json)| {
                serde_json::from_str::<Field>(json)
                    .map_err(|e| ParseError { file: format!("field-{}.json", index + 1), message: e.to_string() })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let bands = serde_json::from_str::<Bands>(bands_file)
            .map_err(|e| ParseError { file: "bands.json".into(), message: e.to_string() })?;
        Ok(Content { fields, bands })
    }

    pub fn goals(&self) -> impl Iterator<Item = (&Field, &Goal)> {
        self.fields.iter().flat_map(|field| field.goals.iter().map(move |goal| (field, goal)))
    }

    pub fn statements(&self) -> impl Iterator<Item = (&Goal, &Statement)> {
        self.goals().flat_map(|(_, goal)| goal.statements.iter().map(move |statement| (goal, statement)))
    }

    pub fn measures(&self) -> impl Iterator<Item = (&Goal, &Measure)> {
        self.goals().flat_map(|(_, goal)| goal.measures.iter().map(move |measure| (goal, measure)))
    }

    pub fn statement_count(&self) -> usize {
        self.statements().count()
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals().map(|(_, goal)| goal).find(|goal| goal.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements().map(|(_, statement)| statement).find(|statement| statement.id == id)
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures().map(|(_, measure)| measure).find(|measure| measure.id == id)
    }

    /// The band a score falls into. Scores outside 0–100 are clamped; validated bands cover the whole range.
    pub fn band_for(&self, score: f64) -> Option<&Band> {
        let score = score.clamp(0.0, 100.0);
        let last = self.bands.bands.len().checked_sub(1)?;
        self.bands
            .bands
            .iter()
            .enumerate()
            .find(|(index, band)| score >= band.min && (score < band.max || (*index == last && score <= band.max)))
            .map(|(_, band)| band)
    }

    /// The plain-words reading for a score overall (`field_id` = None) or for one field.
    pub fn reading(&self, field_id: Option<&str>, score: f64) -> Option<&Text> {
        let band = self.band_for(score)?;
        match field_id {
            None => self.bands.overall.get(&band.id),
            Some(id) => self.bands.fields.get(id)?.get(&band.id),
        }
    }
}

/// The limits the product design sets for the questionnaire.
pub const STATEMENTS_PER_GOAL: std::ops::RangeInclusive<usize> = 3..=4;
pub const STATEMENTS_TOTAL: std::ops::RangeInclusive<usize> = 42..=56;
pub const MIN_MEASURES_PER_GOAL: usize = 4;
pub const FIELD_COUNT: usize = 6;
pub const GOAL_COUNT: usize = 14;

/// One problem in the content, precise enough to find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The id (or file part) the problem is in.
    pub at: String,
    pub problem: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.problem)
    }
}

/// Checks the content against every rule in `content/README.md` and returns all problems found.
pub fn validate(content: &Content) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut report = |at: &str, problem: String| errors.push(ContentError { at: at.to_string(), problem });

    if content.fields.len() != FIELD_COUNT {
        report("content", format!("{} fields, expected {FIELD_COUNT}", content.fields.len()));
    }
    let goal_count = content.goals().count();
    if goal_count != GOAL_COUNT {
        report("content", format!("{goal_count} goals, expected {GOAL_COUNT}"));
    }
    let statement_count = content.statement_count();
    if !STATEMENTS_TOTAL.contains(&statement_count) {
        report("content", format!("{statement_count} statements, expected {STATEMENTS_TOTAL:?}"));
    }

    let mut ids = BTreeSet::new();
    let mut statement_texts: BTreeMap<(Lang, String), String> = BTreeMap::new();
    for field in &content.fields {
        check_id(&mut ids, &field.id, &mut report);
        check_text(&field.id, "title", &field.title, &mut report);
        check_text(&field.id, "subtitle", &field.subtitle, &mut report);
        if field.goals.is_empty() {
            report(&field.id, "has no goals".into());
        }
        for goal in &field.goals {
            check_id(&mut ids, &goal.id, &mut report);
            check_text(&goal.id, "title", &goal.title, &mut report);
            if !STATEMENTS_PER_GOAL.contains(&goal.statements.len()) {
                report(&goal.id, format!("{} statements, expected {STATEMENTS_PER_GOAL:?}", goal.statements.len()));
            }
            if goal.measures.len() < MIN_MEASURES_PER_GOAL {
                report(
                    &goal.id,
                    format!("{} measures, expected at least {MIN_MEASURES_PER_GOAL}", goal.measures.len()),
                );
            }
            let goal_statements: BTreeSet<&str> = goal.statements.iter().map(|s| s.id.as_str()).collect();
            let mut addressed = BTreeSet::new();
            for statement in &goal.statements {
                check_id(&mut ids, &statement.id, &mut report);
                check_text(&statement.id, "text", &statement.text, &mut report);
                check_text(&statement.id, "help", &statement.help, &mut report);
                if !(statement.weight.is_finite() && statement.weight > 0.0) {
                    report(&statement.id, format!("weight {} is not a positive number", statement.weight));
                }
                for lang in Lang::ALL {
                    let key = (lang, statement.text.get(lang).trim().to_lowercase());
                    if let Some(other) = statement_texts.insert(key, statement.id.clone()) {
                        report(&statement.id, format!("same {} text as {other}", lang.as_str()));
                    }
                }
            }
            for measure in &goal.measures {
                check_id(&mut ids, &measure.id, &mut report);
                check_text(&measure.id, "title", &measure.title, &mut report);
                check_text(&measure.id, "description", &measure.description, &mut report);
                check_text(&measure.id, "first_step", &measure.first_step, &mut report);
                if let Some(support) = &measure.support {
                    check_text(&measure.id, "support", support, &mut report);
                }
                if measure.sizes.is_empty() {
                    report(&measure.id, "suits no firm size".into());
                }
                if measure.addresses.is_empty() {
                    report(&measure.id, "addresses no statement".into());
                }
                for target in &measure.addresses {
                    if goal_statements.contains(target.as_str()) {
                        addressed.insert(target.as_str());
                    } else {
                        report(
                            &measure.id,
                            format!("addresses {target}, which is not a statement of goal {}", goal.id),
                        );
                    }
                }
            }
            for statement in goal_statements.difference(&addressed) {
                report(statement, "no measure addresses this statement".into());
            }
        }
    }
    validate_bands(content, &mut report);
    errors
}

fn check_id(ids: &mut BTreeSet<String>, id: &str, report: &mut impl FnMut(&str, String)) {
    if id.trim().is_empty() {
        report("content", "an empty id".into());
    } else if !ids.insert(id.to_string()) {
        report(id, "duplicate id".into());
    }
}

fn check_text(at: &str, what: &str, text: &Text, report: &mut impl FnMut(&str, String)) {
    for lang in Lang::ALL {
        if text.get(lang).trim().is_empty() {
            report(at, format!("{what} is empty in {}", lang.as_str()));
        }
    }
}

fn validate_bands(content: &Content, report: &mut impl FnMut(&str, String)) {
    let bands = &content.bands.bands;
    if bands.is_empty() {
        report("bands", "no bands".into());
        return;
    }
    let mut expected_min = 0.0;
    for band in bands {
        check_text(&band.id, "label", &band.label, report);
        if band.min != expected_min {
            report(&band.id, format!("starts at {}, expected {expected_min} (gap or overlap)", band.min));
        }
        if band.max <= band.min {
            report(&band.id, format!("is empty ({}–{})", band.min, band.max));
        }
        expected_min = band.max;
    }
    if expected_min != 100.0 {
        report("bands", format!("end at {expected_min}, expected 100"));
    }
    let band_ids: BTreeSet<&str> = bands.iter().map(|band| band.id.as_str()).collect();
    let check_readings = |at: &str, readings: &BTreeMap<String, Text>, report: &mut dyn FnMut(&str, String)| {
        for id in &band_ids {
            match readings.get(*id) {
                Some(text) => {
                    for lang in Lang::ALL {
                        if text.get(lang).trim().is_empty() {
                            report(at, format!("reading for band {id} is empty in {}", lang.as_str()));
                        }
                    }
                }
                None => report(at, format!("no reading for band {id}")),
            }
        }
        for id in readings.keys() {
            if !band_ids.contains(id.as_str()) {
                report(at, format!("reading for unknown band {id}"));
            }
        }
    };
    check_readings("bands.overall", &content.bands.overall, report);
    for field in &content.fields {
        match content.bands.fields.get(&field.id) {
            Some(readings) => check_readings(&format!("bands.fields.{}", field.id), readings, report),
            None => report(&format!("bands.fields.{}", field.id), "no readings for this field".into()),
        }
    }
    for id in content.bands.fields.keys() {
        if content.field(id).is_none() {
            report(&format!("bands.fields.{id}"), "readings for an unknown field".into());
        }
    }
}
