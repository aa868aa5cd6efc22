//! Result files: everything the user entered (profile, answers, plan, language) as a versioned JSON file they can
//! move to another device, and a strict import that accepts a whole valid file or changes nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::{Answer, Answers};
use super::content::Content;
use super::focus::FocusChoice;
use super::duties::DutyAnswers;
use super::lang::Lang;
use super::plan::{MAX_TEXT, Plan, PlanEntry, is_iso_date};
use super::profile::{MAX_COMPANY_NAME, MAX_EMPLOYEES, Profile};
use super::saved::Saved;
use super::snapshot::{Snapshot, Snapshots};

/// Marks a file as ours, so that any other JSON is rejected with a clear message.
pub const FORMAT: &str = "arbeitgeber-check-export";
/// The export version written today. Older versions are migrated in [`migrate`].
/// 1: profile, answers, plan. 2: the optional role in the profile (for team rounds). 3: the answer "weiß ich nicht"
/// (`unknown`), the snapshots ("Zwischenstand speichern"), so a comparison months later survives a closed tab, the
/// profile's optional `works_council` and `employees` (exact headcount), and the duty page's answers (`duties`).
/// 4: the re-check in progress (`round`), so a round can move to another device or be started from an opened
/// file, and per plan entry "Hat es gewirkt?" (`effect`, `asked_in`).
pub const EXPORT_VERSION: u32 = 4;
/// Largest file accepted. A complete export is a few kilobytes; this leaves room for long notes.
pub const MAX_BYTES: usize = 256 * 1024;

/// The file's shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    /// ISO date-time of the export, for the user's orientation only.
    pub exported_at: String,
    pub lang: Lang,
    pub profile: Profile,
    pub answers: BTreeMap<String, Answer>,
    pub plan: Vec<PlanEntry>,
    pub snapshots: Vec<Snapshot>,
    /// The chosen focus goals (issue 30); absent in older files, which then follow the suggestion.
    #[serde(default)]
    pub focus: FocusChoice,
    /// "Nächster Check am" as set by the user, or empty for the default.
    #[serde(default)]
    pub recheck_on: String,
    /// The check's moment (the last answer), from which the default re-check date counts; 0 when unknown.
    #[serde(default)]
    pub answered_at: f64,
    /// The re-check in progress, if any (version 4): the `taken_at` of the file's snapshot it started from.
    #[serde(default)]
    pub round: Option<f64>,
    /// The duty page's answers, `id=answer;…` (`duties::DutyAnswers`); absent before version 3.
    #[serde(default)]
    pub duties: DutyAnswers,
}

/// The export of `saved`, pretty-printed so a curious user can read it.
pub fn export(saved: &Saved, lang: Lang, exported_at: &str) -> String {
    let file = ExportFile {
        format: FORMAT.into(),
        version: EXPORT_VERSION,
        exported_at: exported_at.into(),
        lang,
        profile: saved.profile.clone(),
        answers: saved.answers.iter().fold(BTreeMap::new(), |mut answers, (id, answer)| {
            // Not `collect`: see `Answers::from_iter`.
            answers.insert(id.to_string(), answer);
            answers
        }),
        plan: saved.plan.entries().to_vec(),
        snapshots: saved.snapshots.to_vec(),
        focus: saved.focus.clone(),
        recheck_on: saved.recheck_on.clone(),
        answered_at: saved.answered_at,
        round: saved.round,
        duties: saved.duties.clone(),
    };
    // Plain data with string keys always serialises.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A file name like `arbeitgeber-check-tischlerei-muster-2026-11-25.json`.
pub fn file_name(company: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in company.to_lowercase().chars() {
        let c = match c {
            'ä' => "ae".to_string(),
            'ö' => "oe".to_string(),
            'ü' => "ue".to_string(),
            'ß' => "ss".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        slug.push_str(&c);
    }
    let slug: Vec<&str> = slug.split('-').filter(|part| !part.is_empty()).collect();
    let slug = slug.join("-").chars().take(40).collect::<String>();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("arbeitgeber-check-{date}.json")
    } else {
        format!("arbeitgeber-check-{slug}-{date}.json")
    }
}

/// Why a file was rejected. Each has a message in both languages in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    Empty,
    /// Not JSON (or not text).
    NotJson,
    /// JSON, but not an Arbeitgeber-Check export.
    NotAnExport,
    /// From a newer version of the app.
    TooNew(u32),
    /// The right kind of file with a wrong or missing part; the detail names it.
    Invalid(String),
    /// Answers to statements this version does not know.
    UnknownStatements(Vec<String>),
    /// Plan entries for measures this version does not know.
    UnknownMeasures(Vec<String>),
}

/// What a valid file contains, ready to replace the current state.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// As written in the file (an ISO date-time); a comparison shows it as a date.
    pub exported_at: String,
    pub lang: Lang,
    pub profile: Profile,
    pub answers: Answers,
    pub plan: Plan,
    /// The file's snapshots (none in files before version 3).
    pub snapshots: Snapshots,
    pub focus: FocusChoice,
    pub recheck_on: String,
    pub answered_at: f64,
    /// The file's re-check in progress (none in files before version 4): one of its snapshots.
    pub round: Option<f64>,
    /// The duty page's answers (none in files before version 3).
    pub duties: DutyAnswers,
}

impl Imported {
    /// The imported data as fresh saved state, stamped `now`, with the file's snapshots.
    pub fn into_saved(self, now: f64) -> Saved {
        self.replacing(Saved { updated_at: now, ..Saved::new() })
    }

    /// `current` with answers, profile, plan and language replaced by the file's. Its snapshots and time stamp stay
    /// (an import must not erase this device's history of earlier states); the file's snapshots join them as far as
    /// there is room ([`Snapshots::merge`]). The file's re-check comes along when its snapshot did (the newest, so
    /// it goes first; only a device with ten kept states leaves it out, and then the round with it).
    pub fn replacing(self, current: Saved) -> Saved {
        let mut snapshots = current.snapshots;
        snapshots.merge(&self.snapshots);
        let round = self.round.filter(|&taken_at| {
            self.snapshots.get(taken_at).is_some_and(|state| snapshots.get(taken_at) == Some(state))
        });
        Saved {
            updated_at: current.updated_at,
            lang: Some(self.lang),
            profile: self.profile,
            answers: self.answers,
            plan: self.plan,
            duties: self.duties,
            snapshots,
            asked_to_remember: current.asked_to_remember,
            focus: self.focus,
            recheck_on: self.recheck_on,
            answered_at: self.answered_at,
            round,
            ..Saved::new()
        }
    }
}

/// Reads a result file strictly: the whole file must be valid against `content`, or nothing is imported.
pub fn import(bytes: &[u8], content: &Content) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = value.get("version").and_then(Value::as_u64).ok_or_else(|| ImportError::Invalid("version".into()))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > EXPORT_VERSION {
        return Err(ImportError::TooNew(version));
    }
    let mut file: ExportFile =
        serde_json::from_value(migrate(version, value)?).map_err(|e| ImportError::Invalid(e.to_string()))?;
    carry_over_retired(&mut file.answers, content);
    let mut snapshots = Vec::with_capacity(file.snapshots.len());
    for snapshot in std::mem::take(&mut file.snapshots) {
        let mut answers: BTreeMap<String, Answer> =
            snapshot.answers.iter().map(|(id, a)| (id.to_string(), a)).collect();
        carry_over_retired(&mut answers, content);
        check_statements(&answers, content)?;
        snapshots.push(Snapshot { taken_at: snapshot.taken_at, answers: answers.into_iter().collect() });
    }
    let snapshots = Snapshots::from_file(snapshots).map_err(ImportError::Invalid)?;
    // A round names one of the file's snapshots: the answers it started from.
    if file.round.is_some_and(|taken_at| snapshots.get(taken_at).is_none()) {
        return Err(ImportError::Invalid("round".into()));
    }
    check(&file, content)?;
    let mut plan = Plan::default();
    for entry in &file.plan {
        plan.add(&entry.measure_id);
        plan.edit(&entry.measure_id, |e| *e = entry.clone());
    }
    Ok(Imported {
        exported_at: file.exported_at,
        lang: file.lang,
        profile: file.profile,
        answers: file.answers.into_iter().collect(),
        plan,
        snapshots,
        focus: file.focus,
        recheck_on: file.recheck_on,
        answered_at: file.answered_at,
        round: file.round,
        duties: file.duties,
    })
}

/// Brings an older export up to [`EXPORT_VERSION`], one step at a time.
fn migrate(version: u32, mut value: Value) -> Result<Value, ImportError> {
    match version {
        EXPORT_VERSION => Ok(value),
        // Version 1 had no role; a profile without one reads as "not given", so only the number changes.
        1 => {
            value["version"] = 2.into();
            migrate(2, value)
        }
        2 => migrate_2_to_3(value),
        3 => migrate_3_to_4(value),
        other => Err(ImportError::Invalid(format!("version {other}"))),
    }
}

/// Version 3 adds the answer "weiß ich nicht", which no older file holds, the snapshots (an older file has none),
/// the profile's optional `works_council` and `employees` (absent reads as "not given") and the duty page's answers
/// (`duties`, absent reads as none: `serde(default)`, so this step need not insert them).
fn migrate_2_to_3(mut value: Value) -> Result<Value, ImportError> {
    let object = value.as_object_mut().ok_or_else(|| ImportError::Invalid("not an object".into()))?;
    object.insert("snapshots".into(), Value::Array(Vec::new()));
    object.insert("version".into(), 3.into());
    migrate(3, value)
}

/// Version 4 adds the focus, "Nächster Check am" (`focus`, `recheck_on`, `answered_at`), the re-check in progress
/// (`round`: an older file has none, which reads as absent), own plan measures and the plan entries' "Hat es
/// gewirkt?" (`effect`, `asked_in`; absent reads as not asked). All additive: only the number changes.
fn migrate_3_to_4(mut value: Value) -> Result<Value, ImportError> {
    let object = value.as_object_mut().ok_or_else(|| ImportError::Invalid("not an object".into()))?;
    object.insert("version".into(), 4.into());
    migrate(4, value)
}

/// Answers to statements a newer release merged into another (`Content::successor`) count for that statement,
/// unless the file answers it itself: a file exported before the merge still imports, and nothing the user said
/// that the check still asks is lost.
fn carry_over_retired(answers: &mut BTreeMap<String, Answer>, content: &Content) {
    let retired: Vec<String> = answers.keys().filter(|id| content.successor(id).is_some()).cloned().collect();
    for id in retired {
        if let (Some(answer), Some(successor)) = (answers.remove(&id), content.successor(&id)) {
            answers.entry(successor.to_string()).or_insert(answer);
        }
    }
}

/// Answers only to statements the content has.
fn check_statements(answers: &BTreeMap<String, Answer>, content: &Content) -> Result<(), ImportError> {
    let unknown: Vec<String> = answers.keys().filter(|id| content.statement(id).is_none()).cloned().collect();
    if unknown.is_empty() { Ok(()) } else { Err(ImportError::UnknownStatements(unknown)) }
}

/// Everything serde cannot see: ids against the content, lengths, dates, duplicates.
fn check(file: &ExportFile, content: &Content) -> Result<(), ImportError> {
    check_statements(&file.answers, content)?;
    let unknown: Vec<String> =
        file.plan.iter().filter(|e| !e.is_own()).map(|e| e.measure_id.clone()).filter(|id| content.measure(id).is_none()).collect();
    if !unknown.is_empty() {
        return Err(ImportError::UnknownMeasures(unknown));
    }
    if file.profile.company_name.chars().count() > MAX_COMPANY_NAME {
        return Err(ImportError::Invalid("profile.company_name".into()));
    }
    if !file.focus.is_valid() {
        return Err(ImportError::Invalid("focus".into()));
    }
    if !file.recheck_on.is_empty() && !is_iso_date(&file.recheck_on) {
        return Err(ImportError::Invalid("recheck_on".into()));
    }
    if !file.answered_at.is_finite() || file.answered_at < 0.0 {
        return Err(ImportError::Invalid("answered_at".into()));
    }
    if file.profile.employees.is_some_and(|n| !(1..=MAX_EMPLOYEES).contains(&n)) {
        return Err(ImportError::Invalid("profile.employees".into()));
    }
    let unknown = file.duties.ids().find(|id| !content.duties.iter().any(|duty| duty.id == *id));
    if let Some(id) = file.duties.first_unreadable().or(unknown) {
        return Err(ImportError::Invalid(format!("duties: {id}")));
    }
    let mut seen = std::collections::BTreeSet::new();
    for entry in &file.plan {
        if !seen.insert(entry.measure_id.as_str()) {
            return Err(ImportError::Invalid(format!("plan: {} twice", entry.measure_id)));
        }
        let texts = [&entry.owner, &entry.note, &entry.title, &entry.first_step];
        if texts.iter().any(|text| text.chars().count() > MAX_TEXT) {
            return Err(ImportError::Invalid(format!("plan: {} text too long", entry.measure_id)));
        }
        if !entry.due.is_empty() && !is_iso_date(&entry.due) {
            return Err(ImportError::Invalid(format!("plan: {} due date", entry.measure_id)));
        }
        if entry.is_own() && entry.title.trim().is_empty() {
            return Err(ImportError::Invalid(format!("plan: {} without a title", entry.measure_id)));
        }
    }
    Ok(())
}
