//! "Results that lead": what the top of the results screen shows first. The goals come from
//! [`recommend`](super::recommend::recommend), so this inherits its priority order (whatever it puts first comes
//! first here); the rest follow as a compact list.

use super::answers::{Answer, Answers};
use super::content::Statement;
use super::profile::Profile;
use super::recommend::{GoalRecommendation, RecommendedMeasure, recommend};
use super::scoring::Scores;

/// Goals shown in full at the top.
pub const LEAD_GOALS: usize = 3;
/// Measures shown per leading goal.
pub const LEAD_MEASURES: usize = 3;

/// A goal shown in full: its score, the weakest answers behind the gap and the best measures.
#[derive(Clone, Debug)]
pub struct LeadGoal<'a> {
    pub recommendation: GoalRecommendation<'a>,
    /// The weakest statements with the answer given, weakest first (as `recommend` lists them).
    pub weakest: Vec<(&'a Statement, Answer)>,
    /// The first [`LEAD_MEASURES`] measures in `recommend`'s order.
    pub measures: Vec<RecommendedMeasure<'a>>,
}

/// The results in reading order.
#[derive(Clone, Debug)]
pub struct Lead<'a> {
    /// At most [`LEAD_GOALS`] goals with something to improve (a score below 100).
    pub top: Vec<LeadGoal<'a>>,
    /// Every other scored goal, in `recommend`'s order, for the compact list.
    pub others: Vec<GoalRecommendation<'a>>,
}

/// Splits the recommendations into the goals shown first and the rest.
pub fn lead<'a>(scores: &Scores<'a>, answers: &Answers, profile: &Profile) -> Lead<'a> {
    let mut top = Vec::new();
    let mut others = Vec::new();
    for recommendation in recommend(scores, answers, profile) {
        if top.len() < LEAD_GOALS && recommendation.score < 100.0 {
            let weakest = recommendation
                .weakest
                .iter()
                .filter_map(|statement| Some((*statement, answers.get(&statement.id)?)))
                .collect();
            let measures = recommendation.measures.iter().take(LEAD_MEASURES).cloned().collect();
            top.push(LeadGoal { recommendation, weakest, measures });
        } else {
            others.push(recommendation);
        }
    }
    Lead { top, others }
}
