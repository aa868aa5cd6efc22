//! The saved-data format: what is written to browser storage, versioned so that older data migrates and unreadable
//! data is recognised instead of crashing the app.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answers;
use super::date::CalendarDate;
use super::focus::FocusChoice;
use super::duties::DutyAnswers;
use super::lang::Lang;
use super::plan::Plan;
use super::profile::Profile;
use super::recheck;
use super::snapshot::{SnapshotError, Snapshots};

/// The version written today. Bump it when the format changes and add a step to [`migrate`].
/// 1: profile, answers, plan. 2: snapshots ("Zwischenstand speichern") and the optional role in the profile.
/// 3: the answer "weiß ich nicht" (`unknown`), `asked_to_remember`, the profile's optional `works_council` and
/// `employees` (exact headcount), and the duty page's answers (`duties`).
/// 4: the re-check's `round` and, per plan entry, "Hat es gewirkt?" (`effect`, `asked_in`).
pub const SCHEMA_VERSION: u32 = 4;

/// Everything the app keeps for the user between page loads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    /// Milliseconds since the epoch of the last change; lets two tabs tell whose data is newer.
    pub updated_at: f64,
    pub lang: Option<Lang>,
    pub profile: Profile,
    pub answers: Answers,
    #[serde(default)]
    pub plan: Plan,
    /// Earlier states of the answers the user chose to keep, to compare with.
    pub snapshots: Snapshots,
    /// The user has been asked (at the first answer) whether to keep the data on this device; asked once.
    #[serde(default)]
    pub asked_to_remember: bool,
    /// The goals the firm chose to focus on; absent in older data, which then follows the suggestion.
    #[serde(default)]
    pub focus: FocusChoice,
    /// "Nächster Check am" as the user set it (`YYYY-MM-DD`), or empty for the default ([`recheck::effective`]).
    #[serde(default)]
    pub recheck_on: String,
    /// Milliseconds since the epoch of the last answer: the check's date, from which the re-check is counted. 0 in
    /// older data, which then counts from the last change.
    #[serde(default)]
    pub answered_at: f64,
    /// "Neuen Check beginnen": the re-check in progress, named by the kept snapshot of the answers it started from
    /// (its `taken_at`; `domain::recheck`). A plain number, so the start page's code reads it at no cost.
    #[serde(default)]
    pub round: Option<f64>,
    /// "Gesetzliche Pflichten: ein kurzer Abgleich": the answers on the duty page, by duty id. Never scored. Absent
    /// in version 2 data, which reads as none.
    #[serde(default)]
    pub duties: DutyAnswers,
}

impl Saved {
    pub fn new() -> Self {
        Saved { version: SCHEMA_VERSION, ..Saved::default() }
    }

    pub fn encode(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether there is work the user would miss: answers or plan entries. Closing a tab that holds the only copy
    /// of such data asks first.
    pub fn has_work(&self) -> bool {
        !self.answers.is_empty() || !self.plan.is_empty()
    }

    /// The moment of the check: the last answer, or in older data the last change.
    pub fn checked_at(&self) -> f64 {
        if self.answered_at > 0.0 { self.answered_at } else { self.updated_at }
    }

    /// "Nächster Check am": the date the user set, else twelve months after the check; `None` before any answer.
    /// `offset_minutes` is the local time zone's offset at [`Saved::checked_at`].
    pub fn recheck_date(&self, offset_minutes: i32) -> Option<CalendarDate> {
        let checked_on = (!self.answers.is_empty())
            .then(|| CalendarDate::from_millis(self.checked_at(), offset_minutes))
            .flatten();
        recheck::effective(&self.recheck_on, checked_on)
    }

    /// "Zwischenstand speichern": keeps a dated copy of the current answers; returns its `taken_at`.
    pub fn take_snapshot(&mut self, now: f64) -> Result<f64, SnapshotError> {
        self.snapshots.add(&self.answers, now)
    }
}

/// Why saved data could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of any known version.
    Unreadable(String),
    /// Written by a newer version of the app than this one.
    TooNew(u32),
}

/// Reads saved data of this or an older version.
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| DecodeError::Unreadable(e.to_string()))?;
    let version =
        value.get("version").and_then(Value::as_u64).ok_or_else(|| DecodeError::Unreadable("no version".into()))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::TooNew(u32::MAX))?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::TooNew(version));
    }
    let current = migrate(version, value)?;
    serde_json::from_value(current).map_err(|e| DecodeError::Unreadable(e.to_string()))
}

/// Brings data of an older version up to [`SCHEMA_VERSION`], one step at a time.
fn migrate(version: u32, mut value: Value) -> Result<Value, DecodeError> {
    match version {
        SCHEMA_VERSION => Ok(value),
        // Version 1 had no snapshots; its profile has no role, which reads as "not given".
        1 => {
            let object = value.as_object_mut().ok_or_else(|| DecodeError::Unreadable("not an object".into()))?;
            object.insert("snapshots".into(), Value::Array(Vec::new()));
            object.insert("version".into(), 2.into());
            migrate(2, value)
        }
        2 => migrate_2_to_3(value),
        3 => migrate_3_to_4(value),
        other => Err(DecodeError::Unreadable(format!("unknown version {other}"))),
    }
}

/// Version 3 adds the answer "weiß ich nicht", which no older data holds, whether the user was asked about keeping
/// the data on this device (older data was made before the question existed, so it reads as not yet asked: the app
/// asks at the next answer, unless the data is remembered on the device already), the profile's optional
/// `works_council` and `employees` (exact headcount), which read as "not given" when absent, and the duty page's
/// answers (`duties`), which read as none when absent (`serde(default)`, so this step need not insert them).
fn migrate_2_to_3(mut value: Value) -> Result<Value, DecodeError> {
    let object = value.as_object_mut().ok_or_else(|| DecodeError::Unreadable("not an object".into()))?;
    object.insert("asked_to_remember".into(), false.into());
    object.insert("version".into(), 3.into());
    migrate(3, value)
}

/// Version 4 adds the follow-up cycle (issue 30): the focus (`focus`, absent: the suggestion), "Nächster Check am"
/// (`recheck_on`, `answered_at`; absent: twelve months after the last change), the re-check in progress (`round`,
/// none in older data), own plan measures (`title`, `first_step`, `goal_id`) and the plan entries' "Hat es gewirkt?"
/// (`effect`, `asked_in`; absent reads as not asked). All additive: only the number changes.
fn migrate_3_to_4(mut value: Value) -> Result<Value, DecodeError> {
    let object = value.as_object_mut().ok_or_else(|| DecodeError::Unreadable("not an object".into()))?;
    object.insert("version".into(), 4.into());
    migrate(4, value)
}

/// A browser storage area. The one model of "this tab" versus "this device" used by `domain`, `state::storage`,
/// `state::persist` and the views (`state::persist::Mode` adds "nowhere" for when neither works).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Kept for this tab only (sessionStorage): the default.
    Session,
    /// Kept on this device until deleted (localStorage): only after the user asks to be remembered.
    Local,
}

/// What was found in storage at start-up, decided without touching the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub saved: Saved,
    /// Where the data came from: [`Area::Local`] when the user had asked to be remembered on this device.
    pub area: Area,
    /// Stored texts that could not be read; the caller keeps them aside and tells the user.
    pub unreadable: Vec<Unreadable>,
}

/// Saved data that could not be used, with where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub area: Area,
    pub raw: String,
    pub error: DecodeError,
}

/// Chooses what to start with from the raw texts in persistent (`local`) and per-tab (`session`) storage. Valid
/// data wins over invalid; when both are valid (a tab that was open while the user opted in elsewhere), the newer.
pub fn load(local: Option<&str>, session: Option<&str>) -> Loaded {
    let mut unreadable = Vec::new();
    let mut read = |raw: Option<&str>, area: Area| {
        let raw = raw?;
        decode(raw).map_err(|error| unreadable.push(Unreadable { area, raw: raw.to_string(), error })).ok()
    };
    let local = read(local, Area::Local);
    let session = read(session, Area::Session);
    let (saved, area) = match (local, session) {
        (Some(local), Some(session)) if session.updated_at > local.updated_at => (session, Area::Local),
        (Some(local), _) => (local, Area::Local),
        (None, Some(session)) => (session, Area::Session),
        (None, None) => (Saved::new(), Area::Session),
    };
    Loaded { saved, area, unreadable }
}

/// Before writing, another tab may have saved newer data to the same storage. Returns that data when it is valid and
/// newer than `current`, so the caller applies its change on top of it instead of overwriting it.
pub fn newer_stored(current: &Saved, stored: Option<&str>) -> Option<Saved> {
    let stored = decode(stored?).ok()?;
    (stored.updated_at > current.updated_at).then_some(stored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::plan::Status;
    use crate::profile::{Role, Sector, SizeBand};

    #[test]
    fn round_trips() {
        let mut saved = Saved::new();
        saved.lang = Some(Lang::En);
        saved.answers.set("1.1.a", Some(Answer::Fully));
        saved.profile.company_name = "Tischlerei Muster".into();
        saved.profile.role = Some(Role::Lead);
        saved.take_snapshot(1_600_000_000_000.0).unwrap();
        saved.answers.set("1.1.a", Some(Answer::Mostly));
        saved.updated_at = 1_700_000_000_000.0;
        assert_eq!(decode(&saved.encode()), Ok(saved));
    }

    #[test]
    fn the_recheck_date_counts_from_the_last_answer_unless_set() {
        let mut saved = Saved::new();
        assert_eq!(saved.recheck_date(60), None, "no check yet");
        saved.answers.set("1.1.a", Some(Answer::Fully));
        saved.updated_at = 1_796_000_000_000.0; // 2026-11-30 00:53 UTC
        assert_eq!(saved.recheck_date(60), CalendarDate::new(2027, 11, 30), "older data: from the last change");
        assert_eq!(saved.recheck_date(-120), CalendarDate::new(2027, 11, 29), "the local day, not UTC's");
        saved.answered_at = 1_765_000_000_000.0; // 2025-12-06
        assert_eq!(saved.recheck_date(60), CalendarDate::new(2026, 12, 6));
        saved.recheck_on = "2026-09-01".into();
        assert_eq!(saved.recheck_date(60), CalendarDate::new(2026, 9, 1));
        let v3 = r#"{"version":3,"updated_at":1.0,"lang":null,"profile":{},"answers":{},"plan":[],"snapshots":[]}"#;
        let old = decode(v3).unwrap();
        assert_eq!((old.focus.chosen(), old.recheck_on.as_str(), old.answered_at), (None, "", 0.0));
        saved.focus.toggle("2.1", true, &[]);
        assert_eq!(decode(&saved.encode()), Ok(saved), "focus and dates round-trip");
    }

    /// Data exactly as version 1 (the first release) wrote it loads unchanged, with no role and no snapshots.
    #[test]
    fn version_1_data_loads_unchanged() {
        let v1 = r#"{"version":1,"updated_at":1764064800000.0,"lang":"de","profile":{"company_name":"Tischlerei Muster","size":"10-49","sector":"handwerk","trains_apprentices":true},"answers":{"s1":"fully","s2":"not_relevant","s3":"rather_not"},"plan":[{"measure_id":"m1","owner":"Frau Albers","due":"2027-03-31","status":"in_progress","note":"Messe"}]}"#;
        let saved = decode(v1).unwrap();
        assert_eq!(saved.version, SCHEMA_VERSION);
        assert_eq!(saved.updated_at, 1_764_064_800_000.0);
        assert_eq!(saved.lang, Some(Lang::De));
        assert_eq!(saved.profile.company_name, "Tischlerei Muster");
        assert_eq!(saved.profile.size, Some(SizeBand::Small));
        assert_eq!(saved.profile.sector, Some(Sector::Handwerk));
        assert_eq!(saved.profile.trains_apprentices, Some(true));
        assert_eq!(saved.profile.role, None);
        assert_eq!(saved.answers.len(), 3);
        assert_eq!(saved.answers.get("s1"), Some(Answer::Fully));
        assert_eq!(saved.answers.get("s2"), Some(Answer::NotRelevant));
        assert_eq!(saved.answers.get("s3"), Some(Answer::RatherNot));
        let entry = &saved.plan.entries()[0];
        assert_eq!(
            (entry.owner.as_str(), entry.due.as_str(), entry.status),
            ("Frau Albers", "2027-03-31", Status::InProgress)
        );
        assert!(saved.snapshots.is_empty());
        assert!(saved.duties.is_empty());
        assert!(!saved.asked_to_remember);
        // Written again, it is the current version and reads back the same.
        assert_eq!(decode(&saved.encode()), Ok(saved));
    }

    #[test]
    fn version_2_data_loads_as_not_yet_asked() {
        let v2 = r#"{"version":2,"updated_at":5.0,"lang":"de","profile":{},"answers":{"s1":"mostly"},"snapshots":[{"taken_at":1.0,"answers":{"s1":"fully"}}]}"#;
        let saved = decode(v2).unwrap();
        assert_eq!(saved.version, SCHEMA_VERSION);
        assert!(!saved.asked_to_remember);
        assert_eq!(saved.snapshots.len(), 1);
        assert_eq!(saved.answers.get("s1"), Some(Answer::Mostly));
    }

    #[test]
    fn work_is_answers_or_plan_entries() {
        let mut saved = Saved::new();
        saved.profile.company_name = "Tischlerei Muster".into();
        assert!(!saved.has_work());
        saved.plan.add("m1");
        assert!(saved.has_work());
        let mut saved = Saved::new();
        saved.answers.set("s1", Some(Answer::Unknown));
        assert!(saved.has_work());
    }

    #[test]
    fn version_3_keeps_unknown_answers_and_the_question_asked() {
        let mut saved = Saved::new();
        saved.answers.set("s1", Some(Answer::Unknown));
        saved.asked_to_remember = true;
        assert_eq!(decode(&saved.encode()), Ok(saved));
    }

    /// Data as version 2 wrote it loads with no duty answers and no headcount; version 3 keeps both.
    #[test]
    fn version_2_data_loads_and_version_3_keeps_duties_and_headcount() {
        let v2 = r#"{"version":2,"updated_at":0,"lang":null,"profile":{"size":"10-49"},"answers":{},"snapshots":[]}"#;
        let saved = decode(v2).unwrap();
        assert_eq!((saved.version, saved.profile.employees, saved.duties.is_empty()), (SCHEMA_VERSION, None, true));
        let mut saved = saved;
        saved.profile.employees = Some(23);
        saved.duties.set("unterweisung", Some(crate::duties::DutyAnswer::Partly));
        assert_eq!(decode(&saved.encode()), Ok(saved));
        let bad_duties = r#"{"version":3,"updated_at":0,"lang":null,"profile":{},"answers":{},"snapshots":[],"duties":{}}"#;
        assert!(matches!(decode(bad_duties), Err(DecodeError::Unreadable(_))));
    }

    #[test]
    fn version_2_needs_its_snapshots() {
        assert!(matches!(
            decode(r#"{"version":2,"updated_at":0,"lang":null,"profile":{},"answers":{}}"#),
            Err(DecodeError::Unreadable(_))
        ));
        let empty = r#"{"version":2,"updated_at":0,"lang":null,"profile":{"role":"auszubildende"},"answers":{},"snapshots":[]}"#;
        assert_eq!(decode(empty).map(|saved| saved.profile.role), Ok(Some(Role::Apprentice)));
        let bad_role =
            r#"{"version":2,"updated_at":0,"lang":null,"profile":{"role":"chef"},"answers":{},"snapshots":[]}"#;
        assert!(matches!(decode(bad_role), Err(DecodeError::Unreadable(_))));
    }

    #[test]
    fn version_2_reads_as_version_3_without_a_works_council_and_version_3_keeps_it() {
        let v2 = r#"{"version":2,"updated_at":0,"lang":null,"profile":{"size":"10-49"},"answers":{},"snapshots":[]}"#;
        let saved = decode(v2).unwrap();
        assert_eq!((saved.version, saved.profile.works_council), (SCHEMA_VERSION, None));
        let v3 =
            r#"{"version":3,"updated_at":0,"lang":null,"profile":{"works_council":true},"answers":{},"snapshots":[]}"#;
        assert_eq!(decode(v3).map(|saved| saved.profile.works_council), Ok(Some(true)));
        assert_eq!(decode(&decode(v3).unwrap().encode()), decode(v3));
    }

    /// Version 3 data (before the re-check) loads with no round and its plan entries not yet asked "Hat es
    /// gewirkt?"; version 4 keeps both; version 5 is refused.
    #[test]
    fn version_3_data_loads_as_version_4_without_a_round_and_version_5_is_refused() {
        let v3 = r#"{"version":3,"updated_at":7.0,"lang":"de","profile":{},"answers":{"s1":"fully"},"plan":[{"measure_id":"m1","owner":"","due":"","status":"done","note":""}],"snapshots":[],"asked_to_remember":true}"#;
        let saved = decode(v3).unwrap();
        assert_eq!((saved.version, saved.round, saved.asked_to_remember), (4, None, true));
        assert_eq!((saved.plan.entries()[0].effect, saved.plan.entries()[0].asked_in), (None, None));
        let mut saved = saved;
        crate::recheck::start(&mut saved, 9.0).unwrap();
        crate::recheck::set_effect(&mut saved, "m1", Some(crate::plan::Effect::NotYet));
        assert_eq!(decode(&saved.encode()), Ok(saved.clone()));
        assert_eq!(saved.round, Some(9.0));
        let v5 = saved.encode().replace("\"version\":4", "\"version\":5");
        assert_eq!(decode(&v5), Err(DecodeError::TooNew(5)));
    }

    fn saved_at(time: f64, answer: Answer) -> Saved {
        let mut saved = Saved::new();
        saved.updated_at = time;
        saved.answers.set("1.1.a", Some(answer));
        saved
    }

    #[test]
    fn load_starts_empty_without_data() {
        let loaded = load(None, None);
        assert_eq!(loaded.saved, Saved::new());
        assert_eq!(loaded.area, Area::Session);
        assert!(loaded.unreadable.is_empty());
    }

    #[test]
    fn load_prefers_valid_data_and_reports_the_unreadable() {
        let session = saved_at(5.0, Answer::Mostly).encode();
        let loaded = load(Some("{broken"), Some(&session));
        assert_eq!(loaded.saved.answers.get("1.1.a"), Some(Answer::Mostly));
        assert_eq!(loaded.area, Area::Session);
        assert_eq!(loaded.unreadable.len(), 1);
        assert_eq!(loaded.unreadable[0].area, Area::Local);
        assert_eq!(loaded.unreadable[0].raw, "{broken");
    }

    #[test]
    fn load_takes_the_newer_of_two_valid_copies_and_stays_remembered() {
        let local = saved_at(5.0, Answer::Mostly).encode();
        let session = saved_at(9.0, Answer::Fully).encode();
        let loaded = load(Some(&local), Some(&session));
        assert_eq!(loaded.saved.answers.get("1.1.a"), Some(Answer::Fully));
        assert_eq!(loaded.area, Area::Local);
        let loaded = load(Some(&session), Some(&local));
        assert_eq!(loaded.saved.answers.get("1.1.a"), Some(Answer::Fully));
    }

    #[test]
    fn newer_stored_only_returns_strictly_newer_valid_data() {
        let current = saved_at(5.0, Answer::Mostly);
        assert_eq!(newer_stored(&current, None), None);
        assert_eq!(newer_stored(&current, Some("garbage")), None);
        assert_eq!(newer_stored(&current, Some(&saved_at(5.0, Answer::Fully).encode())), None);
        assert_eq!(newer_stored(&current, Some(&saved_at(4.0, Answer::Fully).encode())), None);
        let newer = saved_at(6.0, Answer::Fully);
        assert_eq!(newer_stored(&current, Some(&newer.encode())), Some(newer));
    }

    #[test]
    fn rejects_garbage_and_future_versions() {
        assert!(matches!(decode("not json"), Err(DecodeError::Unreadable(_))));
        assert!(matches!(decode("{}"), Err(DecodeError::Unreadable(_))));
        assert!(matches!(decode(r#"{"version":0}"#), Err(DecodeError::Unreadable(_))));
        assert_eq!(decode(r#"{"version":99}"#), Err(DecodeError::TooNew(99)));
        assert!(matches!(
            decode(r#"{"version":1,"updated_at":0,"lang":null,"profile":{},"answers":{"1.1.a":"maybe"}}"#),
            Err(DecodeError::Unreadable(_))
        ));
    }
}
