//! What the printed report shows, assembled from the engine's results in one pure function, so the paper is tested
//! natively and takes every number from the same place as the screen.

use super::content::{Content, ContentDate, Goal, Measure};
use super::lang::{Lang, Text};
use super::lead::lead;
use super::plan::{PlanEntry, plan_item};
use super::reading::reading;
use super::recommend::{GoalRecommendation, RecommendedMeasure, UnmetDuty, recommend, unmet_legal_duties};
use super::saved::Saved;
use super::scoring::{FieldScore, Score, Scores, score};

/// Measures listed per field: the best measure of each of the field's weakest goals.
pub const MEASURES_PER_FIELD: usize = 2;
/// Goals on the adviser hand-off page when the firm has no plan yet (the leading goals of the results).
pub const HANDOFF_GOALS: usize = super::lead::LEAD_GOALS;

pub struct Report<'a> {
    pub scores: Scores<'a>,
    /// Legal duties the answers say are not (fully) met, in content order: shown before everything else, whatever
    /// the score band, each with the neutral sentence that this is a legal obligation.
    pub unmet_duties: Vec<UnmetDuty<'a>>,
    /// "Inhalte zuletzt geprüft" for the method note: when the legal and programme facts were last checked.
    pub content_as_of: ContentDate,
    /// The reading for the overall score, if scored.
    pub overall_reading: Option<&'a Text>,
    pub fields: Vec<ReportField<'a>>,
    /// Plan entries whose measure this version knows and the user's own ones, in plan order; their titles and first
    /// steps come from [`super::plan::plan_item`].
    pub plan: Vec<PlanEntry>,
    /// What the adviser conversation starts from: the firm's own plan, or without one the leading goals.
    pub handoff: Vec<HandoffGoal<'a>>,
    /// Whether [`Report::handoff`] is the firm's plan (true) or, with an empty plan, the leading goals (false).
    pub handoff_from_plan: bool,
}

pub struct ReportField<'a> {
    pub score: FieldScore<'a>,
    pub reading: Option<&'a Text>,
    pub top_measures: Vec<RecommendedMeasure<'a>>,
}

/// One line of the adviser conversation: a planned measure with its goal (and the plan entry: who, by when, status),
/// or, without a plan, a leading goal with the measure proposed first. An own measure of the plan may have no goal.
pub struct HandoffGoal<'a> {
    pub goal: Option<&'a Goal>,
    /// The goal's score; `None` without a goal.
    pub score: Option<Score>,
    /// The content's measure; `None` for an own measure (its title is in [`HandoffGoal::entry`]).
    pub measure: Option<&'a Measure>,
    /// The firm's plan entry for [`HandoffGoal::measure`], when the line comes from the plan.
    pub entry: Option<PlanEntry>,
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
    // The language does not matter here: only whether the entry is known, its goal and measure.
    let from_plan: Vec<HandoffGoal<'a>> = saved
        .plan
        .entries()
        .iter()
        .filter_map(|entry| {
            let item = plan_item(content, entry, Lang::De)?;
            let score = item.goal.and_then(|goal| scores.goal(&goal.id)).map(|goal| goal.score);
            Some(HandoffGoal { goal: item.goal, score, measure: item.measure, entry: Some(entry.clone()) })
        })
        .collect();
    let plan: Vec<PlanEntry> = from_plan.iter().filter_map(|line| line.entry.clone()).collect();
    let handoff_from_plan = !from_plan.is_empty();
    let handoff = if handoff_from_plan {
        from_plan
    } else {
        lead(&scores, &saved.answers, &saved.profile)
            .top
            .into_iter()
            .take(HANDOFF_GOALS)
            .filter_map(|top| {
                let goal = top.recommendation.goal;
                let score = scores.goal(&goal.id)?.score;
                Some(HandoffGoal {
                    goal: Some(goal),
                    score: Some(score),
                    measure: top.measures.first().map(|m| m.measure),
                    entry: None,
                })
            })
            .collect()
    };
    Report {
        unmet_duties: unmet_legal_duties(content, &saved.answers),
        content_as_of: content.meta.as_of,
        overall_reading: reading(content, None, &scores.overall),
        scores,
        fields,
        plan,
        handoff,
        handoff_from_plan,
    }
}

/// The first recommended measure of each of the field's goals, weakest goal first.
fn top_measures<'a>(field: &FieldScore<'a>, recommendations: &[GoalRecommendation<'a>]) -> Vec<RecommendedMeasure<'a>> {
    recommendations
        .iter()
        .filter(|rec| field.goals.iter().any(|goal| goal.goal.id == rec.goal.id))
        .filter_map(|rec| rec.measures.first().cloned())
        .take(MEASURES_PER_FIELD)
        .collect()
}

/// `text` as a CSS string literal (for the printed footer's `content`): quotes, backslashes and line breaks escaped,
/// so a company name can neither end the string nor add to the declaration.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\22 "),
            '\\' => out.push_str("\\5c "),
            '\n' | '\r' | '\u{c}' => out.push_str("\\a "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn a_css_string_cannot_be_left() {
        assert_eq!(css_string("Elektro Hansen GmbH · 6.12.2026"), "\"Elektro Hansen GmbH · 6.12.2026\"");
        assert_eq!(css_string("a\"b\\c\nd\u{0}"), "\"a\\22 b\\5c c\\a d\"");
    }
}
