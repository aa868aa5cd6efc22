//! "Results that lead", second part: every goal after the leading three as one compact line each (score, band, the
//! weakest answer), with its measures behind a disclosure rendered only when opened.

use leptos::prelude::*;

use crate::components::delta::{Of, delta_of};
use crate::components::measure::MoreMeasures;
use crate::components::score::GoalHeading;
use crate::domain::compare::Comparison;
use crate::domain::lang::Lang;
use crate::domain::recommend::GoalRecommendation;
use crate::domain::scoring::Scores;
use crate::i18n::messages;

/// The compact list of the other goals, in the engine's order, behind a disclosure (issue 30: the focus leads, the
/// other goals stay one click away); nothing when there are none. The list renders once opened; `open` lives with the
/// page, so a change of focus, which re-renders the list, leaves it open.
#[component]
pub fn OtherGoals(
    others: Vec<GoalRecommendation<'static>>,
    scores: Scores<'static>,
    comparison: Option<Comparison<'static>>,
    lang: Lang,
    open: RwSignal<bool>,
) -> impl IntoView {
    let t = messages(lang);
    (!others.is_empty()).then(|| {
        let label = t.results_others_show.replace("{n}", &others.len().to_string());
        let items = move || {
            open.get().then(|| {
                others
                    .iter()
                    .cloned()
                    .map(|recommendation| {
                        let change =
                            delta_of(comparison.as_ref(), Of::Goal(&recommendation.goal.id), lang, "goal-delta");
                        view! { <OtherGoal recommendation=recommendation scores=scores.clone() change=change lang=lang/> }
                    })
                    .collect_view()
            })
        };
        view! {
            <section class="other-goals">
                <h2 id="other-goals-title">{t.results_others_title}</h2>
                <details class="other-goals__toggle" prop:open=open.get_untracked() on:toggle=move |event| {
                    open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
                }>
                    <summary>{label}</summary>
                    <ul class="other-goals__list deferred deferred--others">{items}</ul>
                </details>
            </section>
        }
    })
}

/// One goal in a line: its heading (plain title, official title, score with band), its weakest answer (or that every
/// answer is "fully") and its measures behind a disclosure.
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
    let heading = scores
        .goal(&goal.id)
        .cloned()
        .map(|goal_score| view! { <GoalHeading goal_score=goal_score lang=lang compact=true/> });
    let line = match weakest.first() {
        Some(statement) => format!("{} {}", t.results_weakest, statement.text.get(lang)),
        None => t.results_others_all_met.to_string(),
    };
    // The official title, the smaller line, said once the goal is opened.
    let official = goal.title.get(lang).to_string();
    let more = if measures.is_empty() {
        view! { <p class="goal-heading__official">{official}</p><p class="other-goal__line">{line}</p> }.into_any()
    } else {
        let label = t.results_show_measures.replace("{n}", &measures.len().to_string());
        view! { <MoreMeasures measures=measures label=label intro=vec![official, line]/> }.into_any()
    };
    view! {
        <li class="other-goal">
            <article class="priority priority--compact" data-testid="priority" data-goal=goal.id.clone()>
                {heading}
                {change.map(|change| view! { <p class="other-goal__score">{change}</p> })}
                {more}
            </article>
        </li>
    }
}
