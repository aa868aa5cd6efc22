//! "Mit früherem Zwischenstand vergleichen": how the scores changed between an earlier state (a snapshot or an earlier
//! result file) and the current answers.
//!
//! A delta is the difference of the *shown* (rounded) scores, so "58 → 70" is always "+12" and screen, table and
//! paper agree number for number. A level that is "nicht bewertet" on either side has no delta (`None`), never 0.
//! Comparing only reads: it takes both sets of answers by reference and returns a new value.

use super::answers::Answers;
use super::content::{Content, Field, Goal};
use super::date::CalendarDate;
use super::export::Imported;
use super::scoring::{Score, Scores, score};
use super::snapshot::Snapshot;

/// The state compared with: its answers and, if known, the day it was taken.
#[derive(Clone, Debug, PartialEq)]
pub struct Earlier {
    pub answers: Answers,
    /// `None` when a hand-edited file's `exported_at` is not a date: the texts then say "im früheren Zwischenstand".
    pub date: Option<CalendarDate>,
}

impl Earlier {
    /// A snapshot kept on this device; `offset_minutes` is the local time zone's offset at `taken_at`.
    pub fn from_snapshot(snapshot: &Snapshot, offset_minutes: i32) -> Earlier {
        Earlier {
            answers: snapshot.answers.clone(),
            date: CalendarDate::from_millis(snapshot.taken_at, offset_minutes),
        }
    }

    /// An earlier result file, already imported with the app's strict import; dated by its `exported_at`.
    pub fn from_file(imported: &Imported, offset_minutes: i32) -> Earlier {
        Earlier {
            answers: imported.answers.clone(),
            date: CalendarDate::parse_iso(&imported.exported_at, offset_minutes),
        }
    }
}

/// The change of every level, in content order, plus the earlier scores (for the chart's second outline).
#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    pub date: Option<CalendarDate>,
    pub earlier: Scores<'a>,
    pub overall: Option<i16>,
    pub fields: Vec<FieldDelta<'a>>,
    pub goals: Vec<GoalDelta<'a>>,
}

#[derive(Clone, Debug)]
pub struct FieldDelta<'a> {
    pub field: &'a Field,
    pub delta: Option<i16>,
}

#[derive(Clone, Debug)]
pub struct GoalDelta<'a> {
    pub goal: &'a Goal,
    pub delta: Option<i16>,
}

impl Comparison<'_> {
    /// The change of one field; `None` for an unknown id or a field unscored on either side.
    pub fn field(&self, field_id: &str) -> Option<i16> {
        self.fields.iter().find(|f| f.field.id == field_id)?.delta
    }

    /// The change of one goal; `None` for an unknown id or a goal unscored on either side.
    pub fn goal(&self, goal_id: &str) -> Option<i16> {
        self.goals.iter().find(|g| g.goal.id == goal_id)?.delta
    }
}

/// Compares the current answers with an earlier state. Neither is changed.
pub fn compare<'a>(content: &'a Content, current: &Answers, earlier: &Earlier) -> Comparison<'a> {
    let now = score(content, current);
    let before = score(content, &earlier.answers);
    let fields = now
        .fields
        .iter()
        .zip(&before.fields)
        .map(|(now, before)| FieldDelta { field: now.field, delta: delta(&now.score, &before.score) })
        .collect();
    let goals = now
        .goals()
        .zip(before.goals())
        .map(|(now, before)| GoalDelta { goal: now.goal, delta: delta(&now.score, &before.score) })
        .collect();
    Comparison { date: earlier.date, overall: delta(&now.overall, &before.overall), fields, goals, earlier: before }
}

/// Current minus earlier shown score; `None` when either is not scored.
pub fn delta(current: &Score, earlier: &Score) -> Option<i16> {
    Some(i16::from(current.rounded()?) - i16::from(earlier.rounded()?))
}

/// The delta as printed: "+12", "−33" (with the real minus sign U+2212), "±0".
pub fn format_delta(delta: i16) -> String {
    match delta {
        0 => "±0".into(),
        d if d > 0 => format!("+{d}"),
        d => format!("\u{2212}{}", d.unsigned_abs()),
    }
}

/// Which way a score moved, for choosing the screen-reader text; with the number of points (always positive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    More(u16),
    Fewer(u16),
    Same,
}

impl Change {
    pub fn of(delta: i16) -> Change {
        match delta {
            0 => Change::Same,
            d if d > 0 => Change::More(d.unsigned_abs()),
            d => Change::Fewer(d.unsigned_abs()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_signed_deltas_with_a_real_minus_sign() {
        assert_eq!(format_delta(12), "+12");
        assert_eq!(format_delta(-33), "\u{2212}33");
        assert_eq!(format_delta(-33), "−33");
        assert_eq!(format_delta(0), "±0");
        assert_eq!(format_delta(-100), "−100");
        assert_eq!(format_delta(i16::MIN), "−32768");
    }

    #[test]
    fn changes_carry_the_size_and_the_direction() {
        assert_eq!(Change::of(12), Change::More(12));
        assert_eq!(Change::of(-1), Change::Fewer(1));
        assert_eq!(Change::of(0), Change::Same);
    }

    #[test]
    fn deltas_use_the_shown_numbers_and_need_both_scores() {
        let at = |value: Option<f64>| Score { value, answered: 4, total: 4 };
        assert_eq!(delta(&at(Some(70.4)), &at(Some(57.6))), Some(12));
        assert_eq!(delta(&at(Some(0.0)), &at(Some(100.0))), Some(-100));
        assert_eq!(delta(&at(None), &at(Some(50.0))), None);
        assert_eq!(delta(&at(Some(50.0)), &at(None)), None);
    }
}
