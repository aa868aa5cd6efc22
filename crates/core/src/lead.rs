//! "Results that lead": what the top of the results screen shows first. The goals come from
//! [`recommend`](super::recommend::recommend), so this inherits its priority order (the weakest goals first); the
//! rest follow as a compact list. [`strengths`] names the strongest goals for the first view.

use super::answers::{Answer, Answers};
use super::content::{Content, Statement};
use super::profile::Profile;
use super::recommend::{GoalRecommendation, RecommendedMeasure, recommend};
use super::scoring::{GoalScore, Scores};
use super::sort::sort_short;

/// Goals shown in full at the top.
pub const LEAD_GOALS: usize = 3;
/// Measures shown per leading goal before the reader asks for more: the one proposed first, with its first step
/// (issue 26: the first screen says what matters; the rest is one click away).
pub const LEAD_MEASURES: usize = 1;

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

/// As [`lead`], with the firm's focus (issue 30) in place of the three weakest: the focus goals in the focus's
/// order (also one at full score, if the user chose it), every other scored goal in `recommend`'s order after them.
pub fn focused_lead<'a>(scores: &Scores<'a>, answers: &Answers, profile: &Profile, focus: &[String]) -> Lead<'a> {
    let mut top = Vec::new();
    let mut others = Vec::new();
    for recommendation in recommend(scores, answers, profile) {
        match focus.iter().position(|id| *id == recommendation.goal.id) {
            Some(rank) => top.push((rank, lead_goal(recommendation, answers))),
            None => others.push(recommendation),
        }
    }
    sort_short(&mut top, |a, b| a.0.cmp(&b.0));
    Lead { top: top.into_iter().map(|(_, goal)| goal).collect(), others }
}

fn lead_goal<'a>(recommendation: GoalRecommendation<'a>, answers: &Answers) -> LeadGoal<'a> {
    let weakest =
        recommendation.weakest.iter().filter_map(|statement| Some((*statement, answers.get(&statement.id)?))).collect();
    let measures = recommendation.measures.iter().take(LEAD_MEASURES).cloned().collect();
    LeadGoal { recommendation, weakest, measures }
}

/// Strengths shown at a glance.
pub const STRENGTHS: usize = 3;

/// The firm's strengths: its highest-scoring goals, at most [`STRENGTHS`], highest first (equal scores in content
/// order). A goal in the lowest band (e.g. "Handlungsbedarf") is never called a strength, however it compares.
pub fn strengths<'a>(content: &Content, scores: &Scores<'a>) -> Vec<GoalScore<'a>> {
    let lowest = content.bands.bands.first().map(|band| band.id.as_str());
    let mut goals: Vec<GoalScore<'a>> = scores
        .goals()
        .filter(|goal| goal.score.shown().is_some_and(|shown| content.band_for(shown).map(|b| b.id.as_str()) != lowest))
        .cloned()
        .collect();
    sort_short(&mut goals, |a, b| b.score.value.unwrap_or(0.0).total_cmp(&a.score.value.unwrap_or(0.0)));
    goals.truncate(STRENGTHS);
    goals
}
