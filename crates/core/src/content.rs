//! The questionnaire and the measures catalogue, loaded from the JSON files in `content/` and validated.
//!
//! The files are embedded at compile time; [`Content::shipped`] parses them once. [`validate`] reports every problem
//! at once so an editor can fix a file in one go; a native test asserts the shipped content has none.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::duties::{Duties, Duty, DutyTexts, Scope};
use super::lang::{Lang, Text};
use super::profile::{Sector, SizeBand};

/// One of the six fields of action of the regional skilled-labour alliance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub title: Text,
    /// A word or two for the phone's step bar and the radar chart's labels (issue 26), at most [`MAX_SHORT_TITLE`].
    pub short_title: Text,
    pub subtitle: Text,
    pub goals: Vec<Goal>,
}

/// A strategic goal of a field, assessed by its statements.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    /// The alliance's official wording: the check's frame, shown as the smaller line.
    pub title: Text,
    /// The same goal in a firm's own words, the heading users read first (issue 26).
    pub plain_title: Text,
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
    /// The practice is a legal obligation (e.g. BEM, risk assessment): an unmet duty is shown first, whatever the
    /// score. Only statements may carry this flag; [`Content::parse`] rejects it anywhere else.
    #[serde(default)]
    pub legal_duty: bool,
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
    /// The co-determination sentence, said after the description only to a firm whose profile says it has a works
    /// council (issue 26); it names the Betriebsrat.
    #[serde(default)]
    pub codetermination: Option<Text>,
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
    /// The laws (with paragraph) and named programmes the measure's text cites, so an adviser can check them.
    /// Names only, never URLs.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The duties (`content/duties.json` ids) this measure fulfils: the only measures that carry "Erfüllt eine
    /// gesetzliche Pflicht". Validation requires the duty's law among the sources and, where the duty has a
    /// statement, that the measure addresses it.
    #[serde(default)]
    pub fulfils: Vec<String>,
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

/// Facts about the content as a whole.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// "Inhalte zuletzt geprüft": the day the legal and programme facts were last checked.
    pub as_of: ContentDate,
    /// Statements an earlier release asked and this one no longer does, each with the statement it was merged into,
    /// so that older result files still import and their answer is carried over (see `export::import`).
    #[serde(default)]
    pub retired_statements: BTreeMap<String, String>,
}

/// A calendar day, written `YYYY-MM-DD` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ContentDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl ContentDate {
    /// Parses `YYYY-MM-DD`; `None` for anything else or an impossible day.
    pub fn parse(text: &str) -> Option<ContentDate> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let date = ContentDate { year: year.parse().ok()?, month: month.parse().ok()?, day: day.parse().ok()? };
        let leap = date.year.is_multiple_of(4) && (!date.year.is_multiple_of(100) || date.year.is_multiple_of(400));
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    /// The date as people write it: "25.11.2026" in German, "25 November 2026" in English.
    pub fn display(&self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match lang {
            Lang::De => format!("{:02}.{:02}.{}", self.day, self.month, self.year),
            Lang::En => {
                let month = MONTHS.get(usize::from(self.month).saturating_sub(1)).copied().unwrap_or_default();
                format!("{} {month} {}", self.day, self.year)
            }
        }
    }
}

impl<'de> Deserialize<'de> for ContentDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ContentDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date written YYYY-MM-DD")))
    }
}

/// The whole content of the check.
#[derive(Clone, Debug)]
pub struct Content {
    pub fields: Vec<Field>,
    pub bands: Bands,
    pub meta: Meta,
    /// The employer duties of the duty check (`content/duties.json`).
    pub duties: Vec<Duty>,
    /// The duty page's and section's words (`content/duties.json`, `texts`); read them with
    /// [`Content::duty_texts`]. Boxed and optional so the empty content the start page may hold costs nothing.
    pub duty_texts: Option<Box<DutyTexts>>,
}

/// The JSON files as shipped, in field order.
const SHIPPED_FIELDS: [&str; 6] = [
    include_str!("../../../content/field-1.json"),
    include_str!("../../../content/field-2.json"),
    include_str!("../../../content/field-3.json"),
    include_str!("../../../content/field-4.json"),
    include_str!("../../../content/field-5.json"),
    include_str!("../../../content/field-6.json"),
];
const SHIPPED_BANDS: &str = include_str!("../../../content/bands.json");
const SHIPPED_META: &str = include_str!("../../../content/meta.json");
const SHIPPED_DUTIES: &str = include_str!("../../../content/duties.json");

/// The file the app fetches the content from once the start page is up (`examples/content_file.rs` writes it into
/// the build: the shipped content as one [`bundle`]); named after the content's bytes (build.rs).
pub const BUNDLE_FILE: &str = concat!("content-", env!("CONTENT_HASH"), ".json");

/// The content files as one JSON document, `{"fields":[…],"bands":…,"meta":…,"duties":…}`, each file's text as given.
pub fn bundle(field_files: &[&str], bands_file: &str, meta_file: &str, duties_file: &str) -> String {
    format!(
        "{{\"fields\":[{}],\"bands\":{bands_file},\"meta\":{meta_file},\"duties\":{duties_file}}}",
        field_files.join(",")
    )
}

/// The shipped content files as one [`bundle`], for the build (`examples/content_file.rs`), without the files'
/// indentation (a fifth of their bytes, which every visitor would download and the app would parse).
pub fn shipped_bundle() -> String {
    let fields = SHIPPED_FIELDS.map(compact);
    bundle(
        &fields.each_ref().map(String::as_str),
        &compact(SHIPPED_BANDS),
        &compact(SHIPPED_META),
        &compact(SHIPPED_DUTIES),
    )
}

/// JSON text without whitespace between tokens; text that is not JSON stays as it is, for the parse to report.
fn compact(text: &str) -> String {
    serde_json::from_str::<serde_json::Value>(text).map_or_else(|_| text.to_string(), |value| value.to_string())
}

// How many statements the shipped content has, known without parsing it: the start page shows the number, and the
// parse (about a fifth of the start-up task) then waits for the first screen that needs the statements. Counted from
// the content files by build.rs, so a new statement needs no Rust edit; a test keeps it equal to the parsed count.
include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// Why content could not be read at all (as opposed to [`ContentError`], which is about valid JSON with bad data).
#[derive(Debug)]
pub struct ParseError {
    pub file: String,
    pub message: String,
}

/// The one flag that only statements may carry.
const STATEMENT_ONLY_FLAG: &str = "legal_duty";

/// Parses one file. A `legal_duty` flag outside a statement is reported with every place it occurs (by id), before
/// serde's first-error-only message could name just one.
fn parse_file<T: serde::de::DeserializeOwned>(file: &str, json: &str) -> Result<T, ParseError> {
    let value =
        serde_json::from_str(json).map_err(|e| ParseError { file: file.to_string(), message: e.to_string() })?;
    parse_value(file, value)
}

fn parse_value<T: serde::de::DeserializeOwned>(file: &str, value: serde_json::Value) -> Result<T, ParseError> {
    let error = |message: String| ParseError { file: file.to_string(), message };
    let mut misplaced = Vec::new();
    misplaced_flags(&value, false, "top level", &mut misplaced);
    if !misplaced.is_empty() {
        return Err(error(format!(
            "{STATEMENT_ONLY_FLAG} is only allowed on statements, found on: {}",
            misplaced.join(", ")
        )));
    }
    serde_json::from_value(value).map_err(|e| error(e.to_string()))
}

/// Collects the places (the enclosing object's id, or `near` when it has none) of `legal_duty` keys that are not
/// directly on an element of a `statements` array.
fn misplaced_flags(value: &serde_json::Value, is_statement: bool, near: &str, found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(object) => {
            let here = object.get("id").and_then(|id| id.as_str()).unwrap_or(near).to_string();
            if object.contains_key(STATEMENT_ONLY_FLAG) && !is_statement {
                found.push(here.clone());
            }
            for (key, child) in object {
                match child {
                    serde_json::Value::Array(items) => {
                        for item in items {
                            misplaced_flags(item, key == "statements", &here, found);
                        }
                    }
                    _ => misplaced_flags(child, false, &format!("{here}.{key}"), found),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| misplaced_flags(item, false, near, found)),
        _ => {}
    }
}

impl Content {
    /// The content compiled into this build. Parsed on first use; a parse failure is a bug that the native tests
    /// catch, so it panics with the file and the reason.
    pub fn shipped() -> &'static Content {
        static SHIPPED: OnceLock<Content> = OnceLock::new();
        SHIPPED.get_or_init(|| match Content::parse(&SHIPPED_FIELDS, SHIPPED_BANDS, SHIPPED_META, SHIPPED_DUTIES) {
            Ok(content) => content,
            Err(error) => panic!("shipped content {} does not parse: {}", error.file, error.message),
        })
    }

    /// Parses field files (in order), the bands file, the meta file and the duties file.
    pub fn parse(
        field_files: &[&str],
        bands_file: &str,
        meta_file: &str,
        duties_file: &str,
    ) -> Result<Content, ParseError> {
        let fields = field_files
            .iter()
            .enumerate()
            .map(|(index, json)| parse_file::<Field>(&format!("field-{}.json", index + 1), json))
            .collect::<Result<Vec<_>, _>>()?;
        let bands = parse_file::<Bands>("bands.json", bands_file)?;
        let meta = parse_file::<Meta>("meta.json", meta_file)?;
        let Duties { texts: duty_texts, duties } = parse_file::<Duties>("duties.json", duties_file)?;
        Ok(Content { fields, bands, meta, duties, duty_texts: Some(Box::new(duty_texts)) })
    }

    /// Parses a [`bundle`]: the same checks as [`Content::parse`], errors named after the file the part came from.
    pub fn parse_bundle(text: &str) -> Result<Content, ParseError> {
        let error = |file: &str, message: &str| ParseError { file: file.to_string(), message: message.to_string() };
        let serde_json::Value::Object(mut parts) =
            serde_json::from_str(text).map_err(|e| error(BUNDLE_FILE, &e.to_string()))?
        else {
            return Err(error(BUNDLE_FILE, "not a JSON object"));
        };
        let mut part = |name: &str| parts.remove(name).ok_or_else(|| error(BUNDLE_FILE, &format!("no `{name}`")));
        let serde_json::Value::Array(field_values) = part("fields")? else {
            return Err(error(BUNDLE_FILE, "`fields` is not a list"));
        };
        let bands = part("bands")?;
        let meta = part("meta")?;
        let duties = part("duties")?;
        let fields = field_values
            .into_iter()
            .enumerate()
            .map(|(index, value)| parse_value::<Field>(&format!("field-{}.json", index + 1), value))
            .collect::<Result<Vec<_>, _>>()?;
        let Duties { texts: duty_texts, duties } = parse_value::<Duties>("duties.json", duties)?;
        Ok(Content {
            fields,
            bands: parse_value("bands.json", bands)?,
            meta: parse_value("meta.json", meta)?,
            duties,
            duty_texts: Some(Box::new(duty_texts)),
        })
    }

    /// The duty page's words; empty texts for content without them.
    pub fn duty_texts(&self) -> &DutyTexts {
        static NONE: OnceLock<DutyTexts> = OnceLock::new();
        self.duty_texts.as_deref().unwrap_or_else(|| NONE.get_or_init(DutyTexts::default))
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

    /// The statement a retired statement id was merged into (`meta.json`), if `id` is retired.
    pub fn successor(&self, id: &str) -> Option<&str> {
        self.meta.retired_statements.get(id).map(String::as_str)
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
pub const STATEMENTS_PER_GOAL: std::ops::RangeInclusive<usize> = 3..=5;
pub const STATEMENTS_TOTAL: std::ops::RangeInclusive<usize> = 42..=60;
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
/// A field's short title fits a phone's step bar and a chart label at 320 px.
pub const MAX_SHORT_TITLE: usize = 18;

/// A plain goal title fits a step bar, a chart label and a table cell: a heading, not a sentence.
pub const MAX_PLAIN_TITLE: usize = 60;

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
        check_text(&field.id, "short_title", &field.short_title, &mut report);
        for lang in Lang::ALL {
            if field.short_title.get(lang).chars().count() > MAX_SHORT_TITLE {
                report(&field.id, format!("short_title ({}) longer than {MAX_SHORT_TITLE} characters", lang.as_str()));
            }
        }
        check_text(&field.id, "subtitle", &field.subtitle, &mut report);
        if field.goals.is_empty() {
            report(&field.id, "has no goals".into());
        }
        for goal in &field.goals {
            check_id(&mut ids, &goal.id, &mut report);
            check_text(&goal.id, "title", &goal.title, &mut report);
            check_text(&goal.id, "plain_title", &goal.plain_title, &mut report);
            for lang in Lang::ALL {
                if goal.plain_title.get(lang).chars().count() > MAX_PLAIN_TITLE {
                    report(
                        &goal.id,
                        format!("plain_title ({}) longer than {MAX_PLAIN_TITLE} characters", lang.as_str()),
                    );
                }
            }
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
                if let Some(codetermination) = &measure.codetermination {
                    check_text(&measure.id, "codetermination", codetermination, &mut report);
                    if !codetermination.de.contains("Betriebsrat") || !codetermination.en.contains("works council") {
                        report(&measure.id, "codetermination does not name the Betriebsrat / works council".into());
                    }
                }
                check_sources(measure, &mut report);
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
    for (retired, successor) in &content.meta.retired_statements {
        if content.statement(retired).is_some() {
            report(retired, "is retired in meta.json but still a statement".into());
        }
        if content.statement(successor).is_none() {
            report(retired, format!("is retired into {successor}, which is not a statement"));
        }
    }
    validate_bands(content, &mut report);
    validate_duties(content, &mut ids, &mut report);
    errors
}

/// The duties: ids, texts in both languages, a positive threshold with its way of counting, a linked statement
/// that exists and carries `legal_duty`, a training duty that says when it does not apply; and every measure's
/// `fulfils` naming a duty whose law the measure lists and whose statement (if any) it addresses.
fn validate_duties(content: &Content, ids: &mut BTreeSet<String>, report: &mut impl FnMut(&str, String)) {
    for (name, text) in content.duty_texts().all() {
        check_text("duties.texts", name, text, report);
    }
    for (name, text) in [
        ("applies_from", &content.duty_texts().applies_from),
        ("check_threshold", &content.duty_texts().check_threshold),
        ("below_threshold", &content.duty_texts().below_threshold),
        ("below_threshold_short", &content.duty_texts().below_threshold_short),
        ("met_summary", &content.duty_texts().met_summary),
        ("progress", &content.duty_texts().progress),
    ] {
        for lang in Lang::ALL {
            if !text.get(lang).contains("{n}") {
                report("duties.texts", format!("{name} has no {{n}} in {}", lang.as_str()));
            }
        }
    }
    for duty in &content.duties {
        check_id(ids, &duty.id, report);
        for (what, text) in [("title", &duty.title), ("text", &duty.text), ("help", &duty.help), ("advice", &duty.advice)] {
            check_text(&duty.id, what, text, report);
        }
        if !duty.law.contains('§') && !duty.law.contains("Vorschrift") {
            report(&duty.id, format!("law `{}` is not a legal reference", duty.law));
        }
        if let Some(threshold) = &duty.threshold {
            if threshold.min < 2 {
                report(&duty.id, format!("threshold {} is no threshold", threshold.min));
            }
            check_text(&duty.id, "threshold.counts", &threshold.counts, report);
            check_text(&duty.id, "threshold.label", &threshold.label, report);
            // "ab 20 …" names the minimum, "mehr als 200 …" the number below it.
            let numbers = [threshold.min.to_string(), threshold.min.saturating_sub(1).to_string()];
            for lang in Lang::ALL {
                if !numbers.iter().any(|n| threshold.label.get(lang).contains(n.as_str())) {
                    report(&duty.id, format!("threshold.label does not name {} in {}", threshold.min, lang.as_str()));
                }
            }
        }
        if let Some(when) = &duty.not_applicable_when {
            check_text(&duty.id, "not_applicable_when", when, report);
        } else if duty.scope == Scope::Training {
            report(&duty.id, "a training duty needs not_applicable_when (for firms that do not train)".into());
        }
        if let Some(statement) = &duty.statement {
            match content.statement(statement) {
                Some(found) if found.legal_duty => {}
                Some(_) => report(&duty.id, format!("statement {statement} does not carry legal_duty")),
                None => report(&duty.id, format!("statement {statement} does not exist")),
            }
        }
    }
    for (_, statement) in content.statements().filter(|(_, statement)| statement.legal_duty) {
        if !content.duties.iter().any(|duty| duty.statement.as_deref() == Some(statement.id.as_str())) {
            report(&statement.id, "carries legal_duty but no duty in duties.json links it".into());
        }
    }
    for (_, measure) in content.measures() {
        for id in &measure.fulfils {
            let Some(duty) = content.duties.iter().find(|duty| &duty.id == id) else {
                report(&measure.id, format!("fulfils {id}, which is not a duty"));
                continue;
            };
            if !measure.sources.iter().any(|source| source.contains(duty.law.as_str())) {
                report(&measure.id, format!("fulfils {id} but does not list its law `{}` in sources", duty.law));
            }
            if let Some(statement) = &duty.statement
                && !measure.addresses.contains(statement)
            {
                report(&measure.id, format!("fulfils {id} but does not address its statement {statement}"));
            }
        }
    }
}

/// Programmes a measure may name; a measure that names one must list it in `sources`. German names, as the German
/// text is the one an adviser signs.
pub const NAMED_PROGRAMMES: [&str; 14] = [
    "Einstiegsqualifizierung",
    "Assistierte Ausbildung",
    "Aufstiegs-BAföG",
    "VerA",
    "Erasmus+",
    "INQA-Coaching",
    "Validierungsverfahren",
    "Berufsorientierungspraktikum",
    "Einheitliche Ansprechstelle",
    "Berufssprachkurs",
    "Mittelstand-Digital",
    "Anerkennungspartnerschaft",
    "Aktivrente",
    "Entgelttransparenzrichtlinie",
];

/// Every source a measure's texts need: each `§` citation (as written, e.g. "§ 167 Abs. 2 SGB IX") and each named
/// programme, in order of first appearance.
pub fn cited_sources(measure: &Measure) -> Vec<String> {
    let mut texts = vec![&measure.title, &measure.description, &measure.first_step];
    texts.extend(measure.support.as_ref());
    texts.extend(measure.codetermination.as_ref());
    let mut cited: Vec<String> = Vec::new();
    for text in texts {
        for lang in Lang::ALL {
            for citation in paragraph_citations(text.get(lang)).into_iter().chain(
                NAMED_PROGRAMMES.iter().filter(|name| text.get(lang).contains(*name)).map(|name| name.to_string()),
            ) {
                if !cited.contains(&citation) {
                    cited.push(citation);
                }
            }
        }
    }
    cited
}

/// The `§` citations in a text: "§", the paragraph and its parts (Abs., Nr., Satz), then the law's abbreviation
/// (with the book's numeral for the SGB).
fn paragraph_citations(text: &str) -> Vec<String> {
    let normalised = text.replace('\u{a0}', " ");
    let mut citations = Vec::new();
    for (start, _) in normalised.match_indices("§ ") {
        let mut parts = vec!["§".to_string()];
        let mut words = normalised[start + "§ ".len()..].split_whitespace();
        let mut law = None;
        for word in words.by_ref() {
            let word = word.trim_end_matches([',', ')', ';', ':', '.']);
            let is_number = word.chars().next().is_some_and(|c| c.is_ascii_digit());
            if is_number || matches!(word, "Abs" | "Nr" | "Satz") {
                parts.push(if is_number { word.to_string() } else { format!("{word}.") });
            } else {
                law = Some(word.to_string());
                break;
            }
        }
        let Some(law) = law else { continue };
        parts.push(law.clone());
        if law == "SGB"
            && let Some(book) = words.next()
        {
            parts.push(book.trim_end_matches([',', ')', ';', ':', '.']).to_string());
        }
        citations.push(parts.join(" "));
    }
    citations
}

fn check_sources(measure: &Measure, report: &mut impl FnMut(&str, String)) {
    for source in &measure.sources {
        if source.trim().is_empty() {
            report(&measure.id, "has an empty source".into());
        }
        let lower = source.to_lowercase();
        if lower.contains("http") || lower.contains("www.") {
            report(&measure.id, format!("source `{source}` is a link; name the law or programme instead"));
        }
    }
    for cited in cited_sources(measure) {
        if !measure.sources.iter().any(|source| source.contains(&cited)) {
            report(&measure.id, format!("cites `{cited}` but does not list it in sources"));
        }
    }
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
