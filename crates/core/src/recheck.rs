//! "Nächster Check am" (issue 30): when the firm means to check again. By default twelve months after the check (the
//! day of the last answer); the user may set another day on the plan. The start page, the plan, the report and the
//! calendar file all read the date through [`effective`], so they agree.
//!
//! "Neuen Check beginnen": a new round of the check from the last state, and "Hat es gewirkt?".
//!
//! A round starts by keeping the answers as a snapshot ("Zwischenstand speichern", automatically) and clearing them: every
//! statement shows the earlier answer from that snapshot, and an answer counts (progress, scores) only once the user
//! has confirmed or changed it, so a pre-filled answer is never mistaken for a conscious one. The round is the
//! snapshot's `taken_at` in `Saved::round`, a plain number saved with the rest (it survives a reload and reaches
//! another tab like any change, and costs the start page nothing to read); the snapshot cannot be removed while the
//! round names it. Cancelling restores the earlier answers exactly. While the round is there, the results compare
//! with its snapshot by themselves.

use super::answers::{Answer, Answers};
use super::content::{Content, Goal};
use super::date::CalendarDate;
use super::lang::Lang;
use super::plan::{Effect, Plan, Status, is_iso_date, plan_item};
use super::saved::Saved;
use super::scoring::Scores;
use super::snapshot::{Snapshot, SnapshotError};

/// Months from the check to the suggested re-check: a year gives measures time to work and matches the yearly
/// rhythm of staff talks and budgets.
pub const RECHECK_MONTHS: u32 = 12;

/// The re-check date: the one the user set (`chosen`, `YYYY-MM-DD`), else [`RECHECK_MONTHS`] after `checked_on`.
/// `None` without either (no answer given yet).
pub fn effective(chosen: &str, checked_on: Option<CalendarDate>) -> Option<CalendarDate> {
    is_iso_date(chosen)
        .then(|| CalendarDate::parse_iso(chosen, 0))
        .flatten()
        .or_else(|| checked_on.map(|date| date.add_months(RECHECK_MONTHS)))
}

/// Whether the re-check is due: its day has come or passed.
pub fn is_due(recheck: CalendarDate, today: CalendarDate) -> bool {
    today >= recheck
}

#[cfg(test)]
mod recheck_date_tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    #[test]
    fn twelve_months_after_the_check_unless_the_user_chose_a_day() {
        assert_eq!(effective("", Some(date(2026, 12, 6))), Some(date(2027, 12, 6)));
        assert_eq!(effective("2027-06-30", Some(date(2026, 12, 6))), Some(date(2027, 6, 30)));
        assert_eq!(effective("2027-02-30", Some(date(2026, 12, 6))), Some(date(2027, 12, 6)), "an impossible day");
        assert_eq!(effective("morgen", None), None);
        assert_eq!(effective("2027-06-30", None), Some(date(2027, 6, 30)));
    }

    #[test]
    fn due_on_the_day_and_after() {
        let recheck = date(2027, 12, 6);
        assert!(!is_due(recheck, date(2027, 12, 5)));
        assert!(is_due(recheck, date(2027, 12, 6)));
        assert!(is_due(recheck, date(2028, 1, 1)));
    }
}

/// Why no round was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundError {
    /// No answers: there is no last state to start from.
    NoAnswers,
    /// A round is running already; it is continued, not started again (a double click, a second tab).
    Running,
    /// Ten states are kept already and the current one is not among them: the user removes one first (nothing kept
    /// is dropped without their doing).
    Full,
}

/// Starts a round at `now`: keeps the answers as a snapshot (or uses the newest one when it holds exactly these
/// answers), marks the done measures not asked about yet, and clears the answers.
pub fn start(saved: &mut Saved, now: f64) -> Result<(), RoundError> {
    if saved.round.is_some() {
        return Err(RoundError::Running);
    }
    let round = match saved.take_snapshot(now) {
        Ok(taken_at) => taken_at,
        Err(SnapshotError::Unchanged) => match saved.snapshots.newest_first().first() {
            Some(newest) => newest.taken_at,
            None => return Err(RoundError::NoAnswers),
        },
        Err(SnapshotError::NoAnswers) => return Err(RoundError::NoAnswers),
        Err(SnapshotError::Full) => return Err(RoundError::Full),
    };
    let to_ask: Vec<String> = saved
        .plan
        .entries()
        .iter()
        .filter(|entry| entry.status == Status::Done && entry.asked_in.is_none())
        .map(|entry| entry.measure_id.clone())
        .collect();
    for id in &to_ask {
        saved.plan.edit(id, |entry| entry.asked_in = Some(round));
    }
    saved.answers = Answers::new();
    saved.round = Some(round);
    Ok(())
}

/// The snapshot the round started from, while a round is there.
pub fn earlier(saved: &Saved) -> Option<&Snapshot> {
    saved.snapshots.get(saved.round?)
}

/// "Neuen Check abbrechen": the answers and the "Hat es gewirkt?" marks are as before the round (its snapshot stays
/// kept, like any other; the user may remove it). Returns whether there was a round.
pub fn cancel(saved: &mut Saved) -> bool {
    if saved.round.is_none() {
        return false;
    }
    if let Some(state) = earlier(saved) {
        saved.answers = state.answers.clone();
    }
    for id in asked(saved) {
        saved.plan.edit(&id, |entry| {
            entry.asked_in = None;
            entry.effect = None;
        });
    }
    saved.round = None;
    true
}

/// "Neuen Check abschließen": the answers stay as they are now; the earlier state stays kept to compare with later,
/// but is no longer compared with by itself.
pub fn close(saved: &mut Saved) {
    saved.round = None;
}

/// The done measures this round asks "Hat es gewirkt?" about, in plan order.
pub fn asked(saved: &Saved) -> Vec<String> {
    let Some(round) = saved.round else { return Vec::new() };
    saved
        .plan
        .entries()
        .iter()
        .filter(|entry| entry.asked_in == Some(round))
        .map(|entry| entry.measure_id.clone())
        .collect()
}

/// The answer before the round, while a round is there.
pub fn earlier_answer(saved: &Saved, statement_id: &str) -> Option<Answer> {
    earlier(saved)?.answers.get(statement_id)
}

/// "Wie beim letzten Mal": answers the statement as before the round. Returns the answer taken over, if there was one.
pub fn take_over(saved: &mut Saved, statement_id: &str) -> Option<Answer> {
    let answer = earlier_answer(saved, statement_id)?;
    saved.answers.set(statement_id, Some(answer));
    Some(answer)
}

/// "Alle offenen in diesem Feld wie beim letzten Mal": takes over the earlier answer of every statement of
/// `statement_ids` not answered in this round yet; answers already given stay. Returns how many were taken over.
pub fn take_over_open<'a>(saved: &mut Saved, statement_ids: impl IntoIterator<Item = &'a str>) -> usize {
    let mut taken = 0;
    for id in statement_ids {
        if saved.answers.get(id).is_none() && take_over(saved, id).is_some() {
            taken += 1;
        }
    }
    taken
}

/// "Hat es gewirkt?" for one measure the round asks about; `None` clears it (the question is optional).
pub fn set_effect(saved: &mut Saved, measure_id: &str, effect: Option<Effect>) {
    let Some(round) = saved.round else { return };
    saved.plan.edit(measure_id, |entry| {
        if entry.asked_in == Some(round) {
            entry.effect = effect;
        }
    });
}

/// One goal's done measures beside its score before and now: shown side by side, never as cause and effect.
#[derive(Clone, Debug)]
pub struct DoneBeside<'a> {
    pub goal: &'a Goal,
    /// The done measures of the goal (the content's and the user's own) in plan order, each by its title in the
    /// language asked for, with the user's "Hat es gewirkt?".
    pub done: Vec<(String, Option<Effect>)>,
    /// The shown scores, `None` for "nicht bewertet".
    pub before: Option<u8>,
    pub now: Option<u8>,
}

/// The goals with done plan measures, in content order, with the shown scores of the earlier state and of now.
pub fn done_beside_change<'a>(
    content: &'a Content,
    plan: &Plan,
    now: &Scores<'a>,
    earlier: &Scores<'a>,
    lang: Lang,
) -> Vec<DoneBeside<'a>> {
    now.goals()
        .zip(earlier.goals())
        .filter_map(|(now, before)| {
            let done: Vec<(String, Option<Effect>)> = plan
                .entries()
                .iter()
                .filter(|entry| entry.status == Status::Done)
                .filter_map(|entry| {
                    let item = plan_item(content, entry, lang)?;
                    (item.goal?.id == now.goal.id).then(|| (item.title.to_string(), entry.effect))
                })
                .collect();
            (!done.is_empty()).then(|| DoneBeside {
                goal: now.goal,
                done,
                before: before.score.rounded(),
                now: now.score.rounded(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::scoring::score;

    fn content() -> &'static Content {
        Content::shipped()
    }

    fn statement_ids() -> Vec<String> {
        content().statements().map(|(_, s)| s.id.clone()).collect()
    }

    /// Every statement answered "trifft eher zu", two plan measures, one of them done.
    fn checked() -> Saved {
        let mut saved = Saved::new();
        for id in statement_ids() {
            saved.answers.set(&id, Some(Answer::Mostly));
        }
        let goal = &content().fields[0].goals[0];
        saved.plan.add(&goal.measures[0].id);
        saved.plan.add(&goal.measures[1].id);
        saved.plan.edit(&goal.measures[0].id, |entry| entry.status = Status::Done);
        saved
    }

    #[test]
    fn a_round_starts_from_the_last_state_with_no_answer_counted_yet() {
        let mut saved = checked();
        let before = saved.answers.clone();
        assert_eq!(start(&mut saved, 1000.0), Ok(()));
        assert!(saved.answers.is_empty(), "nothing counts before it is confirmed");
        assert_eq!(saved.round, Some(1000.0));
        assert_eq!(earlier(&saved).map(|s| &s.answers), Some(&before), "kept as a snapshot");
        let done = &content().fields[0].goals[0].measures[0].id;
        assert_eq!(asked(&saved), std::slice::from_ref(done));
        assert_eq!(saved.plan.entries()[1].asked_in, None, "only done measures are asked about");
        assert_eq!(saved.plan.len(), 2, "the plan is kept");
        assert_eq!(start(&mut saved, 2000.0), Err(RoundError::Running));
        assert_eq!(start(&mut Saved::new(), 1.0), Err(RoundError::NoAnswers));
    }

    #[test]
    fn taking_over_confirms_one_or_all_open_ones_and_keeps_changes() {
        let mut saved = checked();
        start(&mut saved, 1.0).unwrap();
        let ids = statement_ids();
        assert_eq!(take_over(&mut saved, &ids[0]), Some(Answer::Mostly));
        saved.answers.set(&ids[1], Some(Answer::Fully));
        assert_eq!(take_over(&mut saved, "no-such-statement"), None);
        let taken = take_over_open(&mut saved, ids.iter().take(5).map(String::as_str));
        assert_eq!(taken, 3, "the first two were answered already");
        assert_eq!(saved.answers.get(&ids[1]), Some(Answer::Fully), "a changed answer stays");
        assert_eq!(saved.answers.len(), 5);
        assert_eq!(earlier_answer(&saved, &ids[1]), Some(Answer::Mostly));
    }

    #[test]
    fn cancelling_restores_answers_and_questions_and_keeps_the_snapshot() {
        let original = checked();
        let mut saved = original.clone();
        start(&mut saved, 5.0).unwrap();
        let done = content().fields[0].goals[0].measures[0].id.clone();
        set_effect(&mut saved, &done, Some(Effect::Clear));
        take_over(&mut saved, &statement_ids()[0]);
        assert!(cancel(&mut saved));
        assert_eq!((&saved.answers, &saved.plan, saved.round), (&original.answers, &original.plan, None));
        assert_eq!(saved.snapshots.len(), 1, "the kept state stays kept");
        assert!(!cancel(&mut saved));
    }

    #[test]
    fn the_effect_is_asked_once_and_only_for_the_measures_of_the_round() {
        let mut saved = checked();
        let goal = &content().fields[0].goals[0];
        let (done, open) = (goal.measures[0].id.clone(), goal.measures[1].id.clone());
        set_effect(&mut saved, &done, Some(Effect::Some));
        assert_eq!(saved.plan.entries()[0].effect, None, "no round, no question");
        start(&mut saved, 1.0).unwrap();
        set_effect(&mut saved, &open, Some(Effect::Some));
        set_effect(&mut saved, &done, Some(Effect::Some));
        assert_eq!((saved.plan.entries()[0].effect, saved.plan.entries()[1].effect), (Some(Effect::Some), None));
        set_effect(&mut saved, &done, None);
        assert_eq!(saved.plan.entries()[0].effect, None, "optional: can be cleared");
        take_over_open(&mut saved, statement_ids().iter().map(String::as_str));
        saved.answers.set(&statement_ids()[0], Some(Answer::Fully));
        close(&mut saved);
        assert!(saved.round.is_none());
        start(&mut saved, 2.0).unwrap();
        assert!(asked(&saved).is_empty(), "asked once, even when skipped");
    }

    #[test]
    fn an_unchanged_state_is_the_kept_one_and_a_full_list_refuses_without_dropping() {
        let mut saved = checked();
        saved.take_snapshot(1.0).unwrap();
        start(&mut saved, 2.0).unwrap();
        assert_eq!((saved.round, saved.snapshots.len()), (Some(1.0), 1), "that state was kept already");
        cancel(&mut saved);
        let mut full = Saved::new();
        for i in 0..crate::snapshot::MAX_SNAPSHOTS {
            full.answers.set(&statement_ids()[i], Some(Answer::Fully));
            full.take_snapshot(i as f64).unwrap();
        }
        full.answers.set(&statement_ids()[20], Some(Answer::Fully));
        let before = full.clone();
        assert_eq!(start(&mut full, 99.0), Err(RoundError::Full));
        assert_eq!(full, before);
    }

    #[test]
    fn done_measures_stand_beside_their_goals_scores_before_and_now() {
        let mut saved = checked();
        start(&mut saved, 1.0).unwrap();
        let goal = &content().fields[0].goals[0];
        set_effect(&mut saved, &goal.measures[0].id, Some(Effect::Clear));
        for statement in &goal.statements {
            saved.answers.set(&statement.id, Some(Answer::Fully));
        }
        let (now, before) = (score(content(), &saved.answers), score(content(), &earlier(&saved).unwrap().answers));
        let own = saved.plan.add_own("Azubi-Tag mit der Berufsschule", "", &goal.id).unwrap();
        saved.plan.edit(&own, |entry| entry.status = Status::Done);
        let beside = done_beside_change(content(), &saved.plan, &now, &before, Lang::De);
        assert_eq!(beside.len(), 1, "only goals with done measures");
        assert_eq!(beside[0].goal.id, goal.id);
        assert_eq!(beside[0].done.len(), 2, "the planned measure is not done; the own one is");
        assert_eq!(beside[0].done[0], (goal.measures[0].title.de.clone(), Some(Effect::Clear)));
        assert_eq!(beside[0].done[1], ("Azubi-Tag mit der Berufsschule".to_string(), None));
        assert_eq!((beside[0].before, beside[0].now), (Some(67), Some(100)));
    }
}
