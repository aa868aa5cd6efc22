//! Scores per goal, per field and overall, computed from the answers alone (the profile never changes a score).
//!
//! - A statement's value is its place on the scale: 0, 1/3, 2/3 or 1. "Nicht relevant" and unanswered statements
//!   are left out of the value and reported as coverage. "Weiß ich nicht" is left out of both, like an unanswered
//!   statement: it tells nothing about the firm, so it neither scores nor makes a level covered.
//! - Goal = weighted mean of its answered, relevant statements, 0–100.
//! - Field = mean of its scored goals; overall = mean of the scored fields (the seed treats the fields as equals).
//! - A level is scored only with enough coverage ([`MIN_COVERAGE`]); otherwise it is "nicht bewertet", never 0.

use super::answers::Answers;
use super::content::{Content, Field, Goal};

/// The share of a level's parts that must be covered for the level to get a score: half of a goal's statements
/// answered (including "nicht relevant"), half of a field's goals scored, half of all fields scored.
pub const MIN_COVERAGE: f64 = 0.5;

/// A score on one level. `value` is `None` when the level is not scored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// 0–100, or `None` for "nicht bewertet".
    pub value: Option<f64>,
    /// Statements answered below this level, "nicht relevant" included.
    pub answered: usize,
    /// All statements below this level.
    pub total: usize,
}

impl Score {
    /// The value as the whole number shown on screen and on paper; both use this so they always agree.
    pub fn rounded(&self) -> Option<u8> {
        self.value.map(|value| value.clamp(0.0, 100.0).round() as u8)
    }

    /// The shown (rounded) value as a number: bands and readings use it, so a "70" is never labelled as below 70.
    pub fn shown(&self) -> Option<f64> {
        self.rounded().map(f64::from)
    }

    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }
}

#[derive(Clone, Debug)]
pub struct GoalScore<'a> {
    pub goal: &'a Goal,
    pub score: Score,
    /// Answered statements that count (not "nicht relevant").
    pub relevant: usize,
}

impl GoalScore<'_> {
    /// Every statement answered with "nicht relevant": the goal is answered but has nothing to score.
    pub fn is_not_relevant(&self) -> bool {
        self.score.is_complete() && self.relevant == 0
    }
}

#[derive(Clone, Debug)]
pub struct FieldScore<'a> {
    pub field: &'a Field,
    pub score: Score,
    pub goals: Vec<GoalScore<'a>>,
}

#[derive(Clone, Debug)]
pub struct Scores<'a> {
    pub overall: Score,
    pub fields: Vec<FieldScore<'a>>,
}

impl<'a> Scores<'a> {
    pub fn goals(&self) -> impl Iterator<Item = &GoalScore<'a>> {
        self.fields.iter().flat_map(|field| field.goals.iter())
    }

    pub fn goal(&self, goal_id: &str) -> Option<&GoalScore<'a>> {
        self.goals().find(|goal| goal.goal.id == goal_id)
    }

    pub fn field(&self, field_id: &str) -> Option<&FieldScore<'a>> {
        self.fields.iter().find(|field| field.field.id == field_id)
    }
}

/// Scores every level of the content for the given answers. Answers to unknown ids are ignored.
pub fn score<'a>(content: &'a Content, answers: &Answers) -> Scores<'a> {
    let fields: Vec<FieldScore<'a>> = content.fields.iter().map(|field| score_field(field, answers)).collect();
    let overall = combine(fields.iter().map(|field| &field.score));
    Scores { overall, fields }
}

fn score_field<'a>(field: &'a Field, answers: &Answers) -> FieldScore<'a> {
    let goals: Vec<GoalScore<'a>> = field.goals.iter().map(|goal| score_goal(goal, answers)).collect();
    let score = combine(goals.iter().map(|goal| &goal.score));
    FieldScore { field, score, goals }
}

fn score_goal<'a>(goal: &'a Goal, answers: &Answers) -> GoalScore<'a> {
    let mut answered = 0;
    let mut relevant = 0;
    let mut weighted_sum = 0.0;
    let mut weight_sum = 0.0;
    for statement in &goal.statements {
        let Some(answer) = answers.get(&statement.id).filter(|answer| answer.is_known()) else { continue };
        answered += 1;
        if let Some(value) = answer.value() {
            relevant += 1;
            weighted_sum += statement.weight * value;
            weight_sum += statement.weight;
        }
    }
    let total = goal.statements.len();
    let covered = total > 0 && answered as f64 >= MIN_COVERAGE * total as f64;
    let value = (covered && weight_sum > 0.0).then(|| 100.0 * weighted_sum / weight_sum);
    GoalScore { goal, score: Score { value, answered, total }, relevant }
}

/// A level from its parts: the mean of the scored parts if at least [`MIN_COVERAGE`] of them are scored, and the
/// parts' statement coverage added up.
fn combine<'s>(parts: impl Iterator<Item = &'s Score>) -> Score {
    let parts: Vec<&Score> = parts.collect();
    let scored: Vec<f64> = parts.iter().filter_map(|part| part.value).collect();
    let covered = !scored.is_empty() && scored.len() as f64 >= MIN_COVERAGE * parts.len() as f64;
    Score {
        value: covered.then(|| scored.iter().sum::<f64>() / scored.len() as f64),
        answered: parts.iter().map(|part| part.answered).sum(),
        total: parts.iter().map(|part| part.total).sum(),
    }
}
