//! How a score is shown everywhere (screen and paper): the rounded number, or "nicht bewertet", and the band label
//! with a band class. Text always carries the meaning; colour only repeats it.

use leptos::prelude::*;

use crate::components::benchmark::{BenchmarkLevel, has_benchmark, median_text};
use crate::components::chart::ChartValue;
use crate::components::delta::{Of, delta_of};
use crate::domain::compare::Comparison;
use crate::domain::content::Content;
use crate::domain::hyphen::hyphenate;
use crate::domain::lang::Lang;
use crate::domain::reading::{BandClass, band};
use crate::domain::scoring::{GoalScore, Score, Scores};
use crate::i18n::messages;
use crate::state::content;

/// "72" or "nicht bewertet".
pub fn score_text(score: &Score, lang: Lang) -> String {
    match score.rounded() {
        Some(value) => value.to_string(),
        None => messages(lang).results_not_scored.to_string(),
    }
}

/// The band label for a score, or "–" when not scored.
fn band_label(content: &'static Content, score: &Score, lang: Lang) -> &'static str {
    band(content, score).map(|band| band.label.get(lang)).unwrap_or("–")
}

/// A goal's score text, saying "nicht relevant" where every statement was marked so.
pub fn goal_score_text(goal: &GoalScore<'_>, lang: Lang) -> String {
    if goal.is_not_relevant() { messages(lang).results_not_relevant.to_string() } else { score_text(&goal.score, lang) }
}

/// The number (or "nicht bewertet") with the band as a labelled badge.
#[component]
pub fn ScoreBadge(
    score: Score,
    lang: Lang,
    /// `data-testid` of the number, for tests that compare screen and paper.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let content = content::get_or_parse();
    let band = band(content, &score);
    let scored = score.value.is_some();
    view! {
        <span class="score" class:score--none=!scored>
            <span class="score__value" data-testid=testid>{score_text(&score, lang)}</span>
            {scored.then(|| view! { <span class="score__max">" / 100"</span> })}
        </span>
        {band.map(|band| {
            // An id a class cannot carry safely keeps the label and loses only the colour.
            let class = BandClass::of(band).map(BandClass::badge_class).unwrap_or_else(|| "badge band".into());
            view! { <span class=class>{band.label.get(lang)}</span> }
        })}
    }
}

/// The six fields as chart values.
pub fn field_chart_values(scores: &Scores<'static>, lang: Lang) -> Vec<ChartValue> {
    scores
        .fields
        .iter()
        .map(|field| ChartValue { label: hyphenate(lang, field.field.short_title.get(lang)), value: field.score.value })
        .collect()
}

/// The 14 goals as chart values, labelled with their numbers (the table gives the titles).
pub fn goal_chart_values(scores: &Scores<'static>) -> Vec<ChartValue> {
    scores.goals().map(|goal| ChartValue { label: goal.goal.id.clone(), value: goal.score.value }).collect()
}

/// The table equivalent of the charts: every field and goal with score and band, and the change when compared.
#[component]
pub fn ScoreTable(
    scores: Scores<'static>,
    lang: Lang,
    /// The comparison with an earlier state, shown as a change column.
    #[prop(default = None)]
    comparison: Option<Comparison<'static>>,
) -> impl IntoView {
    let t = messages(lang);
    let content = content::get_or_parse();
    // One cell per row when compared, none otherwise.
    let change =
        |of: Of<'_>| delta_of(comparison.as_ref(), of, lang, "table-delta").map(|delta| view! { <td>{delta}</td> });
    let rows = scores
        .fields
        .iter()
        .map(|field| {
            let goals = field
                .goals
                .iter()
                .map(|goal| {
                    view! {
                        <tr class="table__goal">
                            <th scope="row">{format!("{} {}", goal.goal.id, hyphenate(lang, goal.goal.plain_title.get(lang)))}</th>
                            <td>{goal_score_text(goal, lang)}</td>
                            <td>{hyphenate(lang, band_label(content, &goal.score, lang))}</td>
                            <MedianCell level=BenchmarkLevel::Goal(goal.goal.id.clone())/>
                            {change(Of::Goal(&goal.goal.id))}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tr class="table__field">
                    <th scope="row">{hyphenate(lang, field.field.title.get(lang))}</th>
                    <td data-testid="table-field-score">{score_text(&field.score, lang)}</td>
                    <td>{hyphenate(lang, band_label(content, &field.score, lang))}</td>
                    <MedianCell level=BenchmarkLevel::Field(field.field.id.clone())/>
                    {change(Of::Field(&field.field.id))}
                </tr>
                {goals}
            }
        })
        .collect_view();
    let change_header = comparison.is_some().then(|| view! { <th scope="col">{t.compare_column}</th> });
    view! {
        <table class="table table--scores">
            <caption>{t.results_table_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.results_table_area}</th>
                    <th scope="col">{t.results_table_score}</th>
                    <th scope="col">{t.results_table_band}</th>
                    {move || has_benchmark().then(|| view! { <th scope="col">{t.results_table_median}</th> })}
                    {change_header}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The regional median of a level as a table cell: only with a benchmark, "–" where it has no figure for the level.
#[component]
fn MedianCell(level: BenchmarkLevel) -> impl IntoView {
    move || {
        has_benchmark().then(|| {
            view! { <td data-testid="table-median">{median_text(&level).unwrap_or_else(|| "–".into())}</td> }
        })
    }
}

/// A goal's heading: its number and plain title, the official title as the smaller line, and the score with its band
/// on a line of its own, so a long title never leaves a dangling dash or pushes the score onto a broken line.
#[component]
pub fn GoalHeading(
    goal_score: GoalScore<'static>,
    lang: Lang,
    /// Leave the official title out (a compact goal says it inside its disclosure).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let goal = goal_score.goal;
    view! {
        <h3 class="goal-heading">
            <span class="priority__id">{goal.id.clone()}</span>
            {format!(" {}", goal.plain_title.get(lang))}
        </h3>
        {(!compact).then(|| view! { <p class="goal-heading__official">{goal.title.get(lang).to_string()}</p> })}
        <p class="goal-heading__score"><ScoreBadge score=goal_score.score lang=lang testid="goal-score"/></p>
    }
}
