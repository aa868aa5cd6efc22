//! The action plan: measures the user picked, each with a responsible person, a due date, a status and a note.

use serde::{Deserialize, Deserializer, Serialize};

use super::content::{Content, Goal, Measure};
use super::date::CalendarDate;
use super::lang::Lang;

/// Where a planned measure stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Planned, Status::InProgress, Status::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
        }
    }

    pub fn parse(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.as_str() == id)
    }
}

/// "Hat es gewirkt?": the user's own view of a done measure, asked once in the re-check after it was done. Only an
/// impression, never a measured effect: results and report show it beside the change in score, not as its cause.
/// Written as its id (`as_str`) by hand-written serde impls: the start page reads and writes saved data, and a
/// derived enum visitor would cost it several hundred bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// "noch keine Wirkung"
    NotYet,
    /// "etwas"
    Some,
    /// "deutlich"
    Clear,
}

impl Effect {
    pub const ALL: [Effect; 3] = [Effect::NotYet, Effect::Some, Effect::Clear];

    pub fn as_str(self) -> &'static str {
        match self {
            Effect::NotYet => "not_yet",
            Effect::Some => "some",
            Effect::Clear => "clear",
        }
    }

    pub fn parse(id: &str) -> Option<Effect> {
        Effect::ALL.into_iter().find(|effect| effect.as_str() == id)
    }
}

impl Serialize for Effect {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Effect {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Effect, D::Error> {
        let id = String::deserialize(deserializer)?;
        Effect::parse(&id).ok_or_else(|| serde::de::Error::custom("effect"))
    }
}

/// One measure in the plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanEntry {
    #[serde(deserialize_with = "current_measure_id")]
    pub measure_id: String,
    pub owner: String,
    /// An ISO date `YYYY-MM-DD` as an `<input type=date>` gives it, or empty.
    pub due: String,
    pub status: Status,
    pub note: String,
    /// "Hat es gewirkt?" as answered in a re-check (format 4); `None` when not asked or skipped. Like `asked_in`,
    /// left out when `None`, so an entry without a re-check reads and writes as in format 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    /// The re-check that asked about this done measure (its `Saved::round`, format 4): each is asked once, answered
    /// or skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asked_in: Option<f64>,
    /// An own measure's title (issue 26: the user adds measures of her own, `measure_id` then begins with
    /// [`OWN_PREFIX`]); empty, and not written, for a measure of the content.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// An own measure's first step, if she gave one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub first_step: String,
    /// The goal an own measure belongs to (a goal id such as `3.1`), if she chose one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal_id: String,
}

/// The id of an own measure: this and a number. Content measures' ids begin with `m`, so the two never meet.
pub const OWN_PREFIX: &str = "own-";

/// What a plan entry is called, its first step and its goal, whether it is a measure of the content or one of the
/// user's own: the one place the plan, the report, the hand-off and every export take them from.
/// The texts live as long as the shorter of content and entry (`'e`), goal and measure as long as the content.
#[derive(Clone, Copy, Debug)]
pub struct PlanItem<'c, 'e> {
    pub title: &'e str,
    /// Empty when an own measure has none.
    pub first_step: &'e str,
    pub goal: Option<&'c Goal>,
    /// The content's measure; `None` for an own one.
    pub measure: Option<&'c Measure>,
}

/// The entry's title, first step and goal in `lang`; `None` for a content measure this version no longer has (an
/// entry from an old file), which views show by id and removable.
pub fn plan_item<'c: 'e, 'e>(content: &'c Content, entry: &'e PlanEntry, lang: Lang) -> Option<PlanItem<'c, 'e>> {
    if entry.is_own() {
        return Some(PlanItem {
            title: &entry.title,
            first_step: &entry.first_step,
            goal: content.goal(&entry.goal_id),
            measure: None,
        });
    }
    let (goal, measure) = content.measures().find(|(_, measure)| measure.id == entry.measure_id)?;
    Some(PlanItem {
        title: measure.title.get(lang),
        first_step: measure.first_step.get(lang),
        goal: Some(goal),
        measure: Some(measure),
    })
}

/// Measures that moved to another goal, old id first: a plan saved or exported before the move reads the old id as
/// the new one, so the entry keeps its goal, its badge on the results and its place in the report (issue 27 moved the
/// Validierungsverfahren from new apprentice groups, 1.3, to lifelong learning, 2.2).
pub const MOVED_MEASURES: [(&str, &str); 1] = [("m1.3.e", "m2.2.g")];

fn current_measure_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let id = String::deserialize(deserializer)?;
    Ok(MOVED_MEASURES.iter().find(|(old, _)| *old == id).map_or(id, |(_, new)| (*new).to_string()))
}

/// The plan in the order the user added measures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Plan(Vec<PlanEntry>);

/// Longest owner, note, own title or first step kept; longer input is cut (at a character boundary).
pub const MAX_TEXT: usize = 500;

impl Plan {
    pub fn entries(&self) -> &[PlanEntry] {
        &self.0
    }

    pub fn contains(&self, measure_id: &str) -> bool {
        self.0.iter().any(|entry| entry.measure_id == measure_id)
    }

    /// Adds a measure once; adding it again changes nothing.
    pub fn add(&mut self, measure_id: &str) {
        if !self.contains(measure_id) {
            self.0.push(PlanEntry { measure_id: measure_id.to_string(), ..PlanEntry::default() });
        }
    }

    /// Adds an own measure and returns its id; `None` (and nothing added) without a title. Texts are trimmed and
    /// cut to [`MAX_TEXT`]; `goal_id` may be empty.
    pub fn add_own(&mut self, title: &str, first_step: &str, goal_id: &str) -> Option<String> {
        let title = limit(title.trim());
        if title.is_empty() {
            return None;
        }
        let next = self.0.iter().filter_map(|e| e.measure_id.strip_prefix(OWN_PREFIX)?.parse::<u32>().ok()).max();
        let measure_id = format!("{OWN_PREFIX}{}", next.map_or(1, |n| n + 1));
        self.0.push(PlanEntry {
            measure_id: measure_id.clone(),
            title,
            first_step: limit(first_step.trim()),
            goal_id: goal_id.to_string(),
            ..PlanEntry::default()
        });
        Some(measure_id)
    }

    pub fn remove(&mut self, measure_id: &str) {
        self.0.retain(|entry| entry.measure_id != measure_id);
    }

    /// Changes one entry; unknown ids change nothing. Texts are trimmed to [`MAX_TEXT`], dates must be ISO dates.
    pub fn edit(&mut self, measure_id: &str, change: impl FnOnce(&mut PlanEntry)) {
        if let Some(entry) = self.0.iter_mut().find(|entry| entry.measure_id == measure_id) {
            let title = entry.title.clone();
            change(entry);
            entry.owner = limit(&entry.owner);
            entry.note = limit(&entry.note);
            entry.title = limit(entry.title.trim());
            entry.first_step = limit(entry.first_step.trim());
            // An own measure keeps a title: an emptied one stays what it was.
            if entry.is_own() && entry.title.is_empty() {
                entry.title = title;
            }
            if !entry.due.is_empty() && !is_iso_date(&entry.due) {
                entry.due.clear();
            }
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl PlanEntry {
    /// Whether the user wrote this measure herself (see [`Plan::add_own`]).
    pub fn is_own(&self) -> bool {
        self.measure_id.starts_with(OWN_PREFIX)
    }

    /// Due before `today` and not done (issue 26: overdue items are highlighted, and a date in the past is marked
    /// as it is entered). Without a due date nothing is overdue.
    pub fn is_overdue(&self, today: CalendarDate) -> bool {
        self.status != Status::Done
            && is_iso_date(&self.due)
            && CalendarDate::parse_iso(&self.due, 0).is_some_and(|due| due < today)
    }
}

fn limit(text: &str) -> String {
    text.chars().take(MAX_TEXT).collect()
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return false };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let month: u32 = month.parse().unwrap_or(0);
    let day: u32 = day.parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_measure_reads_as_its_new_id() {
        let plan: Plan = serde_json::from_str(r#"[{"measure_id":"m1.3.e","owner":"Frau Hansen"},{"measure_id":"m5.2.a"}]"#)
            .unwrap();
        let ids: Vec<&str> = plan.entries().iter().map(|e| e.measure_id.as_str()).collect();
        assert_eq!(ids, ["m2.2.g", "m5.2.a"]);
        assert_eq!(plan.entries()[0].owner, "Frau Hansen");
    }

    #[test]
    fn add_is_idempotent_and_keeps_order() {
        let mut plan = Plan::default();
        plan.add("m1.1.a");
        plan.add("m2.1.b");
        plan.add("m1.1.a");
        assert_eq!(plan.entries().iter().map(|e| e.measure_id.as_str()).collect::<Vec<_>>(), ["m1.1.a", "m2.1.b"]);
        plan.remove("m1.1.a");
        assert!(!plan.contains("m1.1.a"));
        assert_eq!(plan.len(), 1);
    }

    #[test]
    fn edit_limits_texts_and_rejects_bad_dates() {
        let mut plan = Plan::default();
        plan.add("m1.1.a");
        plan.edit("m1.1.a", |e| {
            e.owner = "x".repeat(MAX_TEXT + 10);
            e.due = "2026-13-01".into();
            e.status = Status::InProgress;
        });
        let entry = &plan.entries()[0];
        assert_eq!(entry.owner.chars().count(), MAX_TEXT);
        assert_eq!(entry.due, "");
        assert_eq!(entry.status, Status::InProgress);
        plan.edit("m1.1.a", |e| e.due = "2027-03-31".into());
        assert_eq!(plan.entries()[0].due, "2027-03-31");
        plan.edit("unknown", |e| e.note = "x".into());
        assert_eq!(plan.entries()[0].note, "");
    }

    #[test]
    fn an_entry_is_overdue_when_due_before_today_and_not_done() {
        let today = CalendarDate::new(2026, 12, 6).unwrap();
        let entry = |due: &str, status| PlanEntry { due: due.into(), status, ..PlanEntry::default() };
        assert!(entry("2026-12-05", Status::Planned).is_overdue(today));
        assert!(entry("2025-01-31", Status::InProgress).is_overdue(today));
        assert!(!entry("2026-12-05", Status::Done).is_overdue(today), "done is done");
        assert!(!entry("2026-12-06", Status::Planned).is_overdue(today), "due today is not late yet");
        assert!(!entry("", Status::Planned).is_overdue(today));
    }

    #[test]
    fn own_measures_need_a_title_get_their_own_ids_and_keep_their_title() {
        let mut plan = Plan::default();
        plan.add("m1.1.a");
        assert_eq!(plan.add_own("  ", "Anrufen", ""), None, "no title, nothing added");
        assert_eq!(plan.len(), 1);
        let first = plan.add_own(" Werkstatt-Rundgang mit Bewerbern ", " Termin mit der Schule ", "1.1").unwrap();
        let second = plan.add_own(&"y".repeat(MAX_TEXT + 5), "", "").unwrap();
        assert_eq!((first.as_str(), second.as_str()), ("own-1", "own-2"));
        let entry = &plan.entries()[1];
        assert!(entry.is_own() && !plan.entries()[0].is_own());
        assert_eq!((entry.title.as_str(), entry.first_step.as_str(), entry.goal_id.as_str()),
            ("Werkstatt-Rundgang mit Bewerbern", "Termin mit der Schule", "1.1"));
        assert_eq!(plan.entries()[2].title.chars().count(), MAX_TEXT);
        plan.edit(&first, |e| e.title = " ".into());
        assert_eq!(plan.entries()[1].title, "Werkstatt-Rundgang mit Bewerbern", "an emptied title stays");
        plan.edit(&first, |e| {
            e.title = "Rundgang".into();
            e.first_step = String::new();
        });
        assert_eq!((plan.entries()[1].title.as_str(), plan.entries()[1].first_step.as_str()), ("Rundgang", ""));
        plan.remove(&first);
        assert_eq!(plan.add_own("Neu", "", ""), Some("own-3".into()), "ids are not reused while a higher one lives");
    }

    #[test]
    fn a_content_entry_is_written_as_before() {
        let mut plan = Plan::default();
        plan.add("m1.1.a");
        let json = serde_json::to_string(&plan).unwrap();
        assert_eq!(json, r#"[{"measure_id":"m1.1.a","owner":"","due":"","status":"planned","note":""}]"#);
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2026-11-25"));
        for bad in ["2026-1-25", "26-11-25", "2026-11-32", "2026-00-10", "abcd-ef-gh", "", "2026-11-25x"] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn effect_ids_match_serde_and_older_entries_read_as_not_asked() {
        for effect in Effect::ALL {
            let json = serde_json::to_string(&effect).unwrap();
            assert_eq!(json, format!("\"{}\"", effect.as_str()));
            assert_eq!(serde_json::from_str::<Effect>(&json).unwrap(), effect);
        }
        assert!(serde_json::from_str::<Effect>("\"huge\"").is_err());
        assert!(serde_json::from_str::<Effect>("2").is_err());
        let old: PlanEntry = serde_json::from_str(r#"{"measure_id":"m1","status":"done"}"#).unwrap();
        assert_eq!((old.effect, old.asked_in), (None, None));
    }

    #[test]
    fn status_ids_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.as_str()));
        }
    }
}
