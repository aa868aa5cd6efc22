//! The adviser's desk ("Beratungsmappe", issue 31): the result files firms send their chamber adviser, merged into one
//! firm per company with its checks in time order, and the table the desk shows. Pure; the desk keeps it in memory.
//!
//! - Every file goes through the app's own strict import; a team file, a benchmark file or a `kammer.json` dropped
//!   by mistake is named as such rather than as "not a result file".
//! - A firm is recognised by its company name ([`firm_key`]: case, spaces and soft hyphens ignored), the identity
//!   the result file carries, not by the file's name. Files without a company name are a firm each.
//! - A duplicate is the same hand-over seen twice (byte for byte, or the same time stamp, profile and answers however
//!   the JSON is laid out): it counts once. The same firm with the same time stamp but other data is refused too (the
//!   first one stays), so no check is counted twice.
//! - The domain accessors other issues refine live here in one place each: [`focus_goals`] (issue 30 part A: saved
//!   focus, else the three leading goals), [`recheck_date`] (issue 30: saved date, else the check plus 12 months) and
//!   [`open_duties`] (issue 27: the duty check's open duties; today the unmet `legal_duty` statements).

use std::cmp::Ordering;

use serde_json::Value;

use super::benchmark;
use super::answers::Answer;
use super::content::{Content, Goal};
use super::lang::Lang;
use super::plan::plan_item;
use super::date::CalendarDate;
use super::export::{self, ImportError, Imported};
use super::duties::{Duty, DutyStatus, check_duties};
use super::focus::in_focus;
use super::profile::{Sector, SizeBand};
use super::recheck;
use super::scoring::score;
use super::sort::sort_short;
use super::team::TEAM_FORMAT;

/// Most files one desk holds (an adviser's firms over a few years; more in one go are named and left out).
pub const MAX_FILES: usize = 300;
/// How long before the re-check date the table says "fällig".
pub const DUE_SOON_MONTHS: u8 = 1;

/// Why a file was not taken onto the desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Rejected by the strict import (too large, not JSON, newer version, …).
    Import(ImportError),
    /// A team file (`#/team`), not one firm's result.
    TeamFile,
    /// A regional benchmark file.
    BenchmarkFile,
    /// A chamber's `kammer.json`.
    KammerFile,
    /// The same hand-over as `of`, counted once.
    Duplicate { of: String },
    /// The same firm with the same time stamp as `of` but other data; `of` stays.
    SameTimeStamp { of: String },
    /// Beyond [`MAX_FILES`].
    TooMany,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub file_name: String,
    pub reason: Refusal,
}

/// One firm's check: the file it came from and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub file_name: String,
    /// The file as it came, for the encrypted Mappe and the benchmark (which read it again).
    pub bytes: Vec<u8>,
    pub imported: Imported,
}

impl Check {
    /// The check's date (UTC, as written in the file).
    pub fn date(&self) -> Option<CalendarDate> {
        CalendarDate::parse_iso(&self.imported.exported_at, 0)
    }
}

/// A firm with its checks, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Firm {
    pub key: String,
    pub checks: Vec<Check>,
}

impl Firm {
    /// The newest check (a firm always has one).
    pub fn latest(&self) -> &Check {
        &self.checks[self.checks.len() - 1]
    }

    /// The check before the newest, if any.
    pub fn previous(&self) -> Option<&Check> {
        self.checks.len().checked_sub(2).map(|i| &self.checks[i])
    }
}

/// What adding a set of files did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub added: usize,
    pub refused: Vec<Refused>,
}

/// The firms on the desk.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Desk {
    firms: Vec<Firm>,
}

/// The firm a profile's company name stands for: lower case, soft hyphens dropped, runs of white space as one.
pub fn firm_key(company_name: &str) -> String {
    company_name.replace('\u{ad}', "").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// What kind of foreign file `bytes` is, when it is one of ours that is not a result file.
fn foreign(bytes: &[u8]) -> Option<Refusal> {
    let value: Value = serde_json::from_slice(bytes).ok()?;
    let object = value.as_object()?;
    match object.get("format").and_then(Value::as_str) {
        Some(TEAM_FORMAT) => Some(Refusal::TeamFile),
        Some(benchmark::FORMAT) => Some(Refusal::BenchmarkFile),
        Some(_) => None,
        None => ["contacts", "links", "accent", "logo", "offers", "benchmark"]
            .iter()
            .any(|key| object.contains_key(*key))
            .then_some(Refusal::KammerFile),
    }
}

/// The same hand-over however its JSON is laid out: time stamp, profile and answers (as `make benchmark` counts).
fn hand_over(imported: &Imported) -> String {
    serde_json::to_string(&(&imported.exported_at, &imported.profile, &imported.answers)).unwrap_or_default()
}

impl Desk {
    pub fn firms(&self) -> &[Firm] {
        &self.firms
    }

    pub fn firm(&self, key: &str) -> Option<&Firm> {
        self.firms.iter().find(|firm| firm.key == key)
    }

    pub fn is_empty(&self) -> bool {
        self.firms.is_empty()
    }

    /// Every check's file as it came, firm by firm, oldest first.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        self.checks().map(|check| (check.file_name.clone(), check.bytes.clone())).collect()
    }

    pub fn file_count(&self) -> usize {
        self.checks().count()
    }

    fn checks(&self) -> impl Iterator<Item = &Check> {
        self.firms.iter().flat_map(|firm| firm.checks.iter())
    }

    /// Adds each good file as a check of its firm; returns how many were added and the files left out with the
    /// reason, in the order given.
    pub fn add(&mut self, files: &[(String, Vec<u8>)], content: &Content) -> Added {
        let mut outcome = Added::default();
        for (file_name, bytes) in files {
            match self.add_one(file_name, bytes, content) {
                Ok(()) => outcome.added += 1,
                Err(reason) => outcome.refused.push(Refused { file_name: file_name.clone(), reason }),
            }
        }
        outcome
    }

    fn add_one(&mut self, file_name: &str, bytes: &[u8], content: &Content) -> Result<(), Refusal> {
        if let Some(same) = self.checks().find(|check| check.bytes == bytes) {
            return Err(Refusal::Duplicate { of: same.file_name.clone() });
        }
        let imported = match export::import(bytes, content) {
            Ok(imported) => imported,
            Err(ImportError::NotAnExport) => return Err(foreign(bytes).unwrap_or(Refusal::Import(ImportError::NotAnExport))),
            Err(error) => return Err(Refusal::Import(error)),
        };
        let identity = hand_over(&imported);
        if let Some(same) = self.checks().find(|check| hand_over(&check.imported) == identity) {
            return Err(Refusal::Duplicate { of: same.file_name.clone() });
        }
        if self.file_count() >= MAX_FILES {
            return Err(Refusal::TooMany);
        }
        let key = match firm_key(&imported.profile.company_name) {
            // Without a name nothing ties two files together: each is a firm of its own.
            empty if empty.is_empty() => format!("\u{1}{}", self.file_count()),
            key => key,
        };
        let check = Check { file_name: file_name.to_string(), bytes: bytes.to_vec(), imported };
        match self.firms.iter_mut().find(|firm| firm.key == key) {
            Some(firm) => {
                if let Some(same) = firm.checks.iter().find(|c| c.imported.exported_at == check.imported.exported_at) {
                    return Err(Refusal::SameTimeStamp { of: same.file_name.clone() });
                }
                firm.checks.push(check);
                sort_short(&mut firm.checks, |a, b| a.imported.exported_at.cmp(&b.imported.exported_at));
            }
            None => self.firms.push(Firm { key, checks: vec![check] }),
        }
        Ok(())
    }

    /// Takes a firm off the desk; returns whether there was one.
    pub fn remove(&mut self, key: &str) -> bool {
        let before = self.firms.len();
        self.firms.retain(|firm| firm.key != key);
        self.firms.len() < before
    }
}

/// The goals the firm works on: its chosen focus once issue 30 saves one, until then the three leading goals of its
/// results (`lead`). The one place the desk asks for them.
pub fn focus_goals<'c>(imported: &Imported, content: &'c Content) -> Vec<&'c Goal> {
    let saved = imported.clone().into_saved(imported.answered_at);
    in_focus(content, &saved)
        .iter()
        .filter_map(|id| content.goals().map(|(_, goal)| goal).find(|goal| &goal.id == id))
        .collect()
}

/// The day the next check is due: the date the firm set, else twelve months after the check (issue 30's rule).
pub fn recheck_date(check: &Check) -> Option<CalendarDate> {
    recheck::effective(&check.imported.recheck_on, check.date())
}

/// How many legal duties the duty check (issue 27) finds open for this firm.
pub fn open_duties(imported: &Imported, content: &Content) -> usize {
    open_duty_list(imported, content).len()
}

/// The legal duties the duty check (issue 27) finds open for this firm, in content order.
pub fn open_duty_list<'c>(imported: &Imported, content: &'c Content) -> Vec<&'c Duty> {
    check_duties(content, &imported.profile, &imported.answers, &imported.duties)
        .into_iter()
        .filter(|check| check.status == DutyStatus::Open)
        .map(|check| check.duty)
        .collect()
}

/// `date` minus `months`, on the last day of the month when the day does not exist there (29 February).
fn sub_months(date: CalendarDate, months: u8) -> CalendarDate {
    let index = date.year * 12 + i32::from(date.month) - 1 - i32::from(months);
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
    (1..=date.day).rev().find_map(|day| CalendarDate::new(year, month, day)).unwrap_or(date)
}

/// Most questions of each kind on the Gesprächsblatt (it must fit on one A4 page).
pub const QUESTIONS_PER_KIND: usize = 3;

/// A question for the next talk with the firm, from what its latest check says.
#[derive(Clone, Debug)]
pub enum Question<'c> {
    /// A legal duty the answers say is not (fully) met.
    Duty(&'c Duty),
    /// A plan item past its due date, by its title (a content measure's or the firm's own).
    Overdue(String),
    /// A goal the firm works on.
    Focus(&'c Goal),
    /// The overall score fell by this many points since the previous check.
    Fell(i16),
    /// Statements answered "weiß ich nicht".
    Unknown(usize),
}

/// The Gesprächsblatt's questions, most pressing first: open duties, overdue plan items, a fall since the last check,
/// the focus goals, the statements to clarify; at most [`QUESTIONS_PER_KIND`] of each kind.
pub fn questions<'c>(firm: &Firm, content: &'c Content, today: CalendarDate, lang: Lang) -> Vec<Question<'c>> {
    let imported = &firm.latest().imported;
    let mut out: Vec<Question<'c>> =
        open_duty_list(imported, content).into_iter().take(QUESTIONS_PER_KIND).map(Question::Duty).collect();
    out.extend(
        overdue_titles(imported, content, today, lang).into_iter().take(QUESTIONS_PER_KIND).map(Question::Overdue),
    );
    if let Some(change) = row(firm, content, today).change.filter(|change| *change < 0) {
        out.push(Question::Fell(-change));
    }
    out.extend(focus_goals(imported, content).into_iter().take(QUESTIONS_PER_KIND).map(Question::Focus));
    let unknown = imported.answers.iter().filter(|(_, answer)| *answer == Answer::Unknown).count();
    if unknown > 0 {
        out.push(Question::Unknown(unknown));
    }
    out
}

/// The titles of the plan's entries past their due date and not done, in plan order (`plan::plan_item`: a content
/// measure's title or the firm's own; an entry this version no longer knows by its id).
pub fn overdue_titles(imported: &Imported, content: &Content, today: CalendarDate, lang: Lang) -> Vec<String> {
    imported
        .plan
        .entries()
        .iter()
        .filter(|entry| entry.is_overdue(today))
        .map(|entry| plan_item(content, entry, lang).map_or_else(|| entry.measure_id.clone(), |item| item.title.to_string()))
        .collect()
}

/// Where a firm's re-check stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Recheck {
    Overdue,
    /// Within [`DUE_SOON_MONTHS`] of the date, or on it.
    Due,
    Later,
}

impl Recheck {
    pub fn of(date: CalendarDate, today: CalendarDate) -> Recheck {
        if date < today {
            Recheck::Overdue
        } else if sub_months(date, DUE_SOON_MONTHS) <= today {
            Recheck::Due
        } else {
            Recheck::Later
        }
    }
}

/// One line of the desk's table.
#[derive(Clone, Debug)]
pub struct Row<'c> {
    pub key: String,
    pub name: String,
    pub size: Option<SizeBand>,
    pub sector: Option<Sector>,
    pub checks: usize,
    pub last_check: Option<CalendarDate>,
    pub overall: Option<u8>,
    /// The overall score's change since the firm's previous check (both shown scores), if both are scored.
    pub change: Option<i16>,
    pub open_duties: usize,
    pub focus: Vec<&'c Goal>,
    pub overdue: usize,
    pub recheck: Option<(CalendarDate, Recheck)>,
}

/// The table's rows, one per firm, in the order the firms were added.
pub fn rows<'c>(desk: &Desk, content: &'c Content, today: CalendarDate) -> Vec<Row<'c>> {
    desk.firms.iter().map(|firm| row(firm, content, today)).collect()
}

fn row<'c>(firm: &Firm, content: &'c Content, today: CalendarDate) -> Row<'c> {
    let latest = firm.latest();
    let imported = &latest.imported;
    let overall = |check: &Check| score(content, &check.imported.answers).overall.rounded();
    let now = overall(latest);
    let change = match (now, firm.previous().and_then(overall)) {
        (Some(now), Some(before)) => Some(i16::from(now) - i16::from(before)),
        _ => None,
    };
    Row {
        key: firm.key.clone(),
        name: imported.profile.company_name.trim().to_string(),
        size: imported.profile.size,
        sector: imported.profile.sector,
        checks: firm.checks.len(),
        last_check: latest.date(),
        overall: now,
        change,
        open_duties: open_duties(imported, content),
        focus: focus_goals(imported, content),
        overdue: imported.plan.entries().iter().filter(|entry| entry.is_overdue(today)).count(),
        recheck: recheck_date(latest).map(|date| (date, Recheck::of(date, today))),
    }
}

/// A column of the table, to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Size,
    Sector,
    LastCheck,
    Overall,
    Change,
    OpenDuties,
    Focus,
    Overdue,
    Recheck,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Size,
        Column::Sector,
        Column::LastCheck,
        Column::Overall,
        Column::Change,
        Column::OpenDuties,
        Column::Focus,
        Column::Overdue,
        Column::Recheck,
    ];

    /// Whether the column holds a number (set right-aligned, its heading too).
    pub fn is_number(self) -> bool {
        matches!(self, Column::Overall | Column::Change | Column::OpenDuties | Column::Overdue)
    }
}

/// The rows the table shows, as positions in `rows`: those `filter` keeps, sorted by `order` (a column, ascending or
/// not; `None`: as loaded). A row without a value goes last either way, equal rows keep their order. Names compare
/// without case. Positions, not rows: the table's rows stay where they are and show the row at their position.
pub fn shown(rows: &[Row<'_>], filter: Filter, order: Option<(Column, bool)>) -> Vec<usize> {
    let kept = (0..rows.len()).filter(|&i| filter.keeps(&rows[i])).collect();
    match order {
        Some((column, ascending)) => sorted(rows, kept, column, ascending),
        None => kept,
    }
}

fn sorted(rows: &[Row<'_>], mut order: Vec<usize>, column: Column, ascending: bool) -> Vec<usize> {
    fn by<T: Ord>(a: Option<T>, b: Option<T>, ascending: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) if ascending => a.cmp(&b),
            (Some(a), Some(b)) => b.cmp(&a),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    // `sort_short` is quadratic: the lowercased names are worked out once per row, not once per comparison, and the
    // sort moves indices, not rows (200 firms at 4x CPU).
    let names: Vec<Option<String>> = rows
        .iter()
        .map(|row| (column == Column::Name && !row.name.is_empty()).then(|| row.name.to_lowercase()))
        .collect();
    sort_short(&mut order, |&i, &j| {
        let (a, b) = (&rows[i], &rows[j]);
        match column {
            Column::Name => by(names[i].as_deref(), names[j].as_deref(), ascending),
            Column::Size => by(a.size.map(size_rank), b.size.map(size_rank), ascending),
            Column::Sector => by(a.sector.map(Sector::as_str), b.sector.map(Sector::as_str), ascending),
            Column::LastCheck => by(a.last_check, b.last_check, ascending),
            Column::Overall => by(a.overall, b.overall, ascending),
            Column::Change => by(a.change, b.change, ascending),
            Column::OpenDuties => by(Some(a.open_duties), Some(b.open_duties), ascending),
            Column::Focus => by(a.focus.first().map(|g| g.id.as_str()), b.focus.first().map(|g| g.id.as_str()), ascending),
            Column::Overdue => by(Some(a.overdue), Some(b.overdue), ascending),
            Column::Recheck => by(a.recheck.map(|r| r.0), b.recheck.map(|r| r.0), ascending),
        }
    });
    order
}

fn size_rank(size: SizeBand) -> usize {
    SizeBand::ALL.iter().position(|band| *band == size).unwrap_or_default()
}

/// Which rows the table shows: a size band and a sector, each `None` for all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub size: Option<SizeBand>,
    pub sector: Option<Sector>,
}

impl Filter {
    pub fn keeps(&self, row: &Row<'_>) -> bool {
        self.size.is_none_or(|size| row.size == Some(size)) && self.sector.is_none_or(|sector| row.sector == Some(sector))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn months_are_taken_away_on_the_calendar() {
        assert_eq!(sub_months(date(2027, 1, 15), 1), date(2026, 12, 15));
    }

    #[test]
    fn the_recheck_is_due_a_month_ahead_and_overdue_after_its_day() {
        let day = date(2027, 3, 10);
        assert_eq!(Recheck::of(day, date(2027, 2, 9)), Recheck::Later);
        assert_eq!(Recheck::of(day, date(2027, 2, 10)), Recheck::Due);
        assert_eq!(Recheck::of(day, day), Recheck::Due);
        assert_eq!(Recheck::of(day, date(2027, 3, 11)), Recheck::Overdue);
    }

    #[test]
    fn firm_keys_ignore_case_spaces_and_soft_hyphens() {
        assert_eq!(firm_key("  Tischlerei\u{ad} Muster   GmbH "), "tischlerei muster gmbh");
        assert_eq!(firm_key("TISCHLEREI MUSTER GMBH"), firm_key("Tischlerei Muster GmbH"));
        assert_ne!(firm_key("Tischlerei Muster"), firm_key("Tischlerei Mustermann"));
    }
}
