//! "Results that lead", second part: every goal after the leading three as one compact line each (score, band, the
//! weakest answer), with its measures behind a disclosure rendered only when opened.

use leptos::prelude::*;

use crate::components::delta::{Of, delta_of};
use crate::components::measure::MoreMeasures;
use crate::components::score::{ScoreBadge, goal_score_text};
use crate::domain::compare::Comparison;
use crate::domain::lang::Lang;
use crate::domain::recommend::GoalRecommendation;
use crate::domain::scoring::Scores;
use crate::i18n::messages;

/// The compact list of the other goals, in the engine's order; nothing when there are none.
#[component]
pub fn OtherGoals(
    others: Vec<GoalRecommendation<'static>>,
    scores: Scores<'static>,
    comparison: Option<Comparison<'static>>,
    lang: Lang,
) -> impl IntoView {
    let t = messages(lang);
    (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|recommendation| {
                let change = delta_of(comparison.as_ref(), Of::Goal(&recommendation.goal.id), lang, "goal-delta");
                view! { <OtherGoal recommendation=recommendation scores=scores.clone() change=change lang=lang/> }
            })
            .collect_view();
        view! {
            <section class="other-goals deferred deferred--others" aria-labelledby="other-goals-title">
                <h2 id="other-goals-title">{t.results_others_title}</h2>
                <ul class="other-goals__list">{items}</ul>
            </section>
        }
    })
}

/// One goal in a line: id, title, score with band, and its weakest answer (or that every answer is "fully").
#[component]
fn OtherGoal(
    recommendation: GoalRecommendation<'static>,
    scores: Scores<'static>,
    /// The change since the earlier state, when compared.
    change: Option<AnyView>,
    lang: Lang,
) -> impl IntoView {
    let t = messages(lang);
    let GoalRecommendation { goal, weakest, measures, .. } = recommendation;
    let goal_score = scores.goal(&goal.id);
    let score_text = goal_score.map(|score| goal_score_text(score, lang)).unwrap_or_default();
    let badge = goal_score.map(|score| view! { <ScoreBadge score=score.score lang=lang/> });
    let line = match weakest.first() {
        Some(statement) => format!("{} {}", t.results_weakest, statement.text.get(lang)),
        None => t.results_others_all_met.to_string(),
    };
    let more = (!measures.is_empty()).then(|| {
        let label = format!("{} (+{})", t.results_measures, measures.len());
        view! { <MoreMeasures measures=measures label=label/> }
    });
    view! {
        <li class="other-goal">
            <article class="priority priority--compact" data-testid="priority" data-goal=goal.id.clone()>
                <h3 class="other-goal__title">
                    <span class="priority__id">{goal.id.clone()}</span>
                    {format!(" {} – ", goal.title.get(lang))}
                    <span data-testid="goal-score" class="visually-hidden">{score_text}</span>
                    <span class="visually-hidden">" / 100"</span>
                </h3>
                <p class="other-goal__score">{badge}{change.map(|change| view! { " "{change} })}</p>
                <p class="other-goal__line">{line}</p>
                {more}
            </article>
        </li>
    }
}
