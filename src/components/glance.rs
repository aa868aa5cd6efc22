//! "Ihre Stärken": the firm's strongest goals beside its priorities in the results' first view (issue 26), so the
//! first screen says what works as well as where the most potential lies.

use leptos::prelude::*;

use crate::components::score::ScoreBadge;
use crate::domain::lang::Lang;
use crate::domain::scoring::GoalScore;
use crate::i18n::messages;

/// The strongest goals, or that none is past the lowest band yet.
#[component]
pub fn Strengths(strengths: Vec<GoalScore<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let body = if strengths.is_empty() {
        view! { <p>{t.results_strengths_none}</p> }.into_any()
    } else {
        let items = strengths
            .into_iter()
            .map(|goal| {
                view! {
                    <li data-testid="strength" data-goal=goal.goal.id.clone()>
                        <span class="glance__goal">{goal.goal.plain_title.get(lang).to_string()}</span>
                        " "<span class="glance__score"><ScoreBadge score=goal.score lang=lang/></span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="glance__list">{items}</ul> }.into_any()
    };
    view! {
        <section class="card strengths" aria-labelledby="strengths-title">
            <h2 id="strengths-title">{t.results_strengths_title}</h2>
            {body}
        </section>
    }
}
