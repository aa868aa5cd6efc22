//! What the printed report shows, assembled from the engine's results in one pure function, so the paper is tested
//! natively and takes every number from the same place as the screen.

use super::content::{Content, ContentDate, Goal, Measure};
use super::lang::Text;
use super::plan::PlanEntry;
use super::reading::reading;
use super::recommend::{GoalRecommendation, RecommendedMeasure, UnmetDuty, recommend, unmet_legal_duties};
use super::saved::Saved;
use super::scoring::{FieldScore, Score, Scores, score};

/// Measures listed per field: the best measure of each of the field's weakest goals.
pub const MEASURES_PER_FIELD: usize = 2;
/// Goals on the adviser hand-off page.
pub const HANDOFF_GOALS: usize = 3;

pub struct Report<'a> {
    pub scores: Scores<'a>,
    /// Legal duties the answers say are not (fully) met, in content order: shown before everything else, whatever
    /// the score band, each with the neutral sentence that this is a legal obligation.
    pub unmet_duties: Vec<UnmetDuty<'a>>,
    /// "Stand der Inhalte" for the method note: when the legal and programme facts were last checked.
    pub content_as_of: ContentDate,
    /// The reading for the overall score, if scored.
    pub overall_reading: Option<&'a Text>,
    pub fields: Vec<ReportField<'a>>,
    /// Plan entries whose measure this version knows, in plan order.
    pub plan: Vec<(&'a Measure, PlanEntry)>,
    pub handoff: Vec<HandoffGoal<'a>>,
}

pub struct ReportField<'a> {
    pub score: FieldScore<'a>,
    pub reading: Option<&'a Text>,
    pub top_measures: Vec<RecommendedMeasure<'a>>,
}

/// A priority goal for the adviser conversation, with the measure proposed first. Goals with an unmet legal duty
/// come first.
pub struct HandoffGoal<'a> {
    pub goal: &'a Goal,
    pub score: Score,
    pub measure: Option<&'a Measure>,
    /// The goal has a legal duty that is not (fully) met.
    pub has_unmet_duty: bool,
}

/// Builds the report for the saved answers, profile and plan.
pub fn assemble<'a>(content: &'a Content, saved: &Saved) -> Report<'a> {
    let scores = score(content, &saved.answers);
    let recommendations = recommend(&scores, &saved.answers, &saved.profile);
    let fields = scores
        .fields
        .iter()
        .map(|field| ReportField {
            score: field.clone(),
            reading: reading(content, Some(&field.field.id), &field.score),
            top_measures: top_measures(field, &recommendations),
        })
        .collect();
    let plan = saved
        .plan
        .entries()
        .iter()
        .filter_map(|entry| Some((content.measure(&entry.measure_id)?, entry.clone())))
        .collect();
    let handoff = recommendations
        .iter()
        .take(HANDOFF_GOALS)
        .filter_map(|rec| {
            let score = scores.goal(&rec.goal.id)?.score;
            Some(HandoffGoal {
                goal: rec.goal,
                score,
                measure: rec.measures.first().map(|m| m.measure),
                has_unmet_duty: !rec.unmet_duties.is_empty(),
            })
        })
        .collect();
    Report {
        unmet_duties: unmet_legal_duties(content, &saved.answers),
        content_as_of: content.meta.as_of,
        overall_reading: reading(content, None, &scores.overall),
        scores,
        fields,
        plan,
        handoff,
    }
}

/// The first recommended measure of each of the field's goals, in priority order (unmet duties, then weakest goal).
fn top_measures<'a>(field: &FieldScore<'a>, recommendations: &[GoalRecommendation<'a>]) -> Vec<RecommendedMeasure<'a>> {
    recommendations
        .iter()
        .filter(|rec| field.goals.iter().any(|goal| goal.goal.id == rec.goal.id))
        .filter_map(|rec| rec.measures.first().cloned())
        .take(MEASURES_PER_FIELD)
        .collect()
}
