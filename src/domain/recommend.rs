//! Recommended measures: where the company is weakest first, tailored by the company profile.
//!
//! Order, fully deterministic:
//! 1. goals by gap (100 − score), largest first; equal gaps by lower coverage first, then content order;
//! 2. within a goal, measures by how weak the statements they address are, then a profile sector match, then lower
//!    effort, then shorter time to effect, then content order.
//!
//! Only scored goals get recommendations: a goal without enough answers has no reliable gap. Measures that do not
//! fit the profile (firm size, whether it trains apprentices) are left out; measures that address only statements
//! answered "nicht relevant" are left out too.

use std::cmp::Ordering;

use super::answers::{Answer, Answers};
use super::content::{ApprenticeFit, Goal, Measure, Statement};
use super::profile::Profile;
use super::scoring::{GoalScore, Scores};

/// How many weak statements are listed per goal.
pub const WEAKEST_PER_GOAL: usize = 3;

#[derive(Clone, Debug)]
pub struct GoalRecommendation<'a> {
    pub goal: &'a Goal,
    /// The goal's score, 0–100.
    pub score: f64,
    /// The goal's statements with a value below "trifft voll zu", weakest (and weightiest) first.
    pub weakest: Vec<&'a Statement>,
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
}

/// Recommendations for every scored goal, in priority order.
pub fn recommend<'a>(scores: &Scores<'a>, answers: &Answers, profile: &Profile) -> Vec<GoalRecommendation<'a>> {
    let mut goals: Vec<(&GoalScore<'a>, f64)> =
        scores.goals().filter_map(|goal| goal.score.value.map(|value| (goal, value))).collect();
    // A stable sort keeps content order among equal keys.
    goals.sort_by(|(a, a_value), (b, b_value)| {
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
    weak.sort_by(|(a, a_value), (b, b_value)| a_value.total_cmp(b_value).then(b.weight.total_cmp(&a.weight)));
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
            Some(RecommendedMeasure { measure, weakness, sector_match, quick_win: measure.is_quick_win() })
        })
        .collect();
    measures.sort_by(compare_measures);
    measures
}

fn compare_measures(a: &RecommendedMeasure<'_>, b: &RecommendedMeasure<'_>) -> Ordering {
    b.weakness
        .total_cmp(&a.weakness)
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
