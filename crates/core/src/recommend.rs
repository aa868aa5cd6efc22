//! Recommended measures: where the company is weakest first, tailored by the company profile.
//!
//! Order, fully deterministic:
//! 1. goals by gap (100 − score), largest first, so the firm's weakest goals lead; equal gaps by lower coverage
//!    first, then content order. An unmet legal duty does not move its goal: a strong goal with one duty answered
//!    "trifft eher zu" would otherwise push a weaker goal out of the priorities (issue 26); duties are shown as
//!    duties on their own ([`unmet_legal_duties`]);
//! 2. within a goal, measures that answer an unmet legal duty first, then by how weak the statements they address
//!    are, then a profile sector match, then lower effort, then shorter time to effect, then content order.
//!
//! [`unmet_legal_duties`] lists every unmet duty on its own, scored goal or not, for the top of results and report.
//!
//! Only scored goals get recommendations: a goal without enough answers has no reliable gap. Measures that do not
//! fit the profile (firm size, whether it trains apprentices) are left out; measures that address only statements
//! answered "nicht relevant" are left out too.

use std::cmp::Ordering;

use super::answers::{Answer, Answers};
use super::content::{ApprenticeFit, Content, Field, Goal, Measure, Statement};
use super::profile::Profile;
use super::scoring::{GoalScore, Scores};
use super::sort::sort_short;

/// How many weak statements are listed per goal.
pub const WEAKEST_PER_GOAL: usize = 3;

#[derive(Clone, Debug)]
pub struct GoalRecommendation<'a> {
    pub goal: &'a Goal,
    /// The goal's score, 0–100.
    pub score: f64,
    /// The goal's statements with a value below "trifft voll zu": unmet legal duties first, then weakest (and
    /// weightiest) first.
    pub weakest: Vec<&'a Statement>,
    /// The goal's legal duties answered below "trifft voll zu", in content order (shown; never moves the goal).
    pub unmet_duties: Vec<&'a Statement>,
    pub measures: Vec<RecommendedMeasure<'a>>,
}

#[derive(Clone, Debug)]
pub struct RecommendedMeasure<'a> {
    pub measure: &'a Measure,
    /// Mean shortfall (0–1) of the answered, relevant statements the measure addresses.
    pub weakness: f64,
    /// The measure names the profile's sector.
    pub sector_match: bool,
    pub quick_win: bool,
    /// The content marks the measure as fulfilling a duty (`fulfils`) and it addresses an unmet duty statement; such
    /// measures come first within their goal and carry "Erfüllt eine gesetzliche Pflicht". A measure that merely
    /// addresses a duty statement (a team talk on strain) does not.
    pub meets_legal_duty: bool,
}

/// A legal duty the answers say is not (fully) met, with where it sits.
#[derive(Clone, Debug)]
pub struct UnmetDuty<'a> {
    pub field: &'a Field,
    pub goal: &'a Goal,
    pub statement: &'a Statement,
    pub answer: Answer,
}

/// Every statement flagged `legal_duty` that is answered below "trifft voll zu", in content order. Unanswered and
/// "nicht relevant" are not unmet: the check knows nothing about them.
pub fn unmet_legal_duties<'a>(content: &'a Content, answers: &Answers) -> Vec<UnmetDuty<'a>> {
    content
        .goals()
        .flat_map(|(field, goal)| goal.statements.iter().map(move |statement| (field, goal, statement)))
        .filter_map(|(field, goal, statement)| {
            let answer = answers.get(&statement.id)?;
            is_unmet_duty(statement, answers).then_some(UnmetDuty { field, goal, statement, answer })
        })
        .collect()
}

fn is_unmet_duty(statement: &Statement, answers: &Answers) -> bool {
    statement.legal_duty && answers.get(&statement.id).and_then(Answer::value).is_some_and(|value| value < 1.0)
}

/// Recommendations for every scored goal, in priority order.
pub fn recommend<'a>(scores: &Scores<'a>, answers: &Answers, profile: &Profile) -> Vec<GoalRecommendation<'a>> {
    let mut goals: Vec<(&GoalScore<'a>, f64)> =
        scores.goals().filter_map(|goal| goal.score.value.map(|value| (goal, value))).collect();
    // A stable sort keeps content order among equal keys.
    sort_short(&mut goals, |(a, a_value), (b, b_value)| {
        a_value.total_cmp(b_value).then_with(|| coverage(a).total_cmp(&coverage(b)))
    });
    goals
        .into_iter()
        .map(|(goal_score, value)| {
            let goal = goal_score.goal;
            GoalRecommendation {
                goal,
                score: value,
                weakest: weakest_statements(goal, answers),
                unmet_duties: goal.statements.iter().filter(|s| is_unmet_duty(s, answers)).collect(),
                measures: recommend_measures(goal, answers, profile),
            }
        })
        .collect()
}

fn coverage(goal: &GoalScore<'_>) -> f64 {
    goal.score.answered as f64 / goal.score.total.max(1) as f64
}

fn weakest_statements<'a>(goal: &'a Goal, answers: &Answers) -> Vec<&'a Statement> {
    let mut weak: Vec<(&Statement, f64)> = goal
        .statements
        .iter()
        .filter_map(|statement| {
            let value = answers.get(&statement.id)?.value()?;
            (value < 1.0).then_some((statement, value))
        })
        .collect();
    sort_short(&mut weak, |(a, a_value), (b, b_value)| {
        b.legal_duty.cmp(&a.legal_duty).then(a_value.total_cmp(b_value)).then(b.weight.total_cmp(&a.weight))
    });
    weak.into_iter().take(WEAKEST_PER_GOAL).map(|(statement, _)| statement).collect()
}

fn recommend_measures<'a>(goal: &'a Goal, answers: &Answers, profile: &Profile) -> Vec<RecommendedMeasure<'a>> {
    let mut measures: Vec<RecommendedMeasure<'a>> = goal
        .measures
        .iter()
        .filter(|measure| fits_profile(measure, profile))
        .filter_map(|measure| {
            let weakness = weakness(measure, answers)?;
            let sector_match = profile.sector.is_some_and(|sector| measure.sectors.contains(&sector));
            let meets_legal_duty = !measure.fulfils.is_empty()
                && measure.addresses.iter().any(|id| {
                    goal.statements.iter().any(|statement| &statement.id == id && is_unmet_duty(statement, answers))
                });
            Some(RecommendedMeasure {
                measure,
                weakness,
                sector_match,
                quick_win: measure.is_quick_win(),
                meets_legal_duty,
            })
        })
        .collect();
    sort_short(&mut measures, compare_measures);
    measures
}

fn compare_measures(a: &RecommendedMeasure<'_>, b: &RecommendedMeasure<'_>) -> Ordering {
    b.meets_legal_duty
        .cmp(&a.meets_legal_duty)
        .then(b.weakness.total_cmp(&a.weakness))
        .then(b.sector_match.cmp(&a.sector_match))
        .then(a.measure.effort.cmp(&b.measure.effort))
        .then(a.measure.time_to_effect.cmp(&b.measure.time_to_effect))
}

/// Whether a measure suits the firm as far as the profile tells. Unknown profile parts exclude nothing.
pub fn fits_profile(measure: &Measure, profile: &Profile) -> bool {
    let size_fits = profile.size.is_none_or(|size| measure.sizes.contains(&size));
    let apprentices_misfit = matches!(
        (measure.apprentices, profile.trains_apprentices),
        (Some(ApprenticeFit::Training), Some(false)) | (Some(ApprenticeFit::NotTraining), Some(true))
    );
    size_fits && !apprentices_misfit
}

/// Mean shortfall of the addressed statements that are answered and relevant. Unanswered statements count as
/// unknown (no shortfall assumed). `None` when every addressed statement is "nicht relevant": the measure is moot.
fn weakness(measure: &Measure, answers: &Answers) -> Option<f64> {
    let addressed: Vec<Option<Answer>> = measure.addresses.iter().map(|id| answers.get(id)).collect();
    if addressed.iter().all(|answer| *answer == Some(Answer::NotRelevant)) {
        return None;
    }
    let shortfalls: Vec<f64> =
        addressed.iter().filter_map(|answer| answer.and_then(Answer::value)).map(|v| 1.0 - v).collect();
    Some(if shortfalls.is_empty() { 0.0 } else { shortfalls.iter().sum::<f64>() / shortfalls.len() as f64 })
}
