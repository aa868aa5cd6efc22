//! "Zu klären": the statements answered "weiß ich nicht / muss ich klären", each a link back to its question, duties
//! marked. A compact block of its own, so the results page can place it where it fits; nothing when there are none.

use leptos::prelude::*;

use crate::domain::route::Screen;
use crate::i18n::screen_texts;
use crate::state::use_app_state;

/// Up to this many statements to clarify are listed at once; more wait behind "Aussagen zeigen".
const CLARIFY_OPEN: usize = 3;

/// The statements to clarify, in content order, or nothing.
#[component]
pub fn ToClarify() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang().get_untracked();
    let s = screen_texts(lang);
    let content = crate::state::content::get_or_parse();
    move || {
        let items = state.saved().with(|saved| {
            content
                .fields
                .iter()
                .zip(Screen::fields())
                .flat_map(|(field, screen)| field.goals.iter().map(move |goal| (screen, goal)))
                .flat_map(|(screen, goal)| goal.statements.iter().map(move |statement| (screen, goal, statement)))
                .filter(|(_, _, statement)| saved.answers.get(&statement.id).is_some_and(|answer| !answer.is_known()))
                .map(|(screen, goal, statement)| {
                    let id: &'static str = statement.id.as_str();
                    let duty = statement
                        .legal_duty
                        .then(|| view! { " " <span class="badge badge--duty">{s.clarify_duty}</span> });
                    view! {
                        <li data-statement=id>
                            <a href=screen.to_hash() on:click=move |_| state.focus_after_navigation(id)>
                                {format!("{} {}", goal.id, statement.text.get(lang))}
                            </a>
                            {duty}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        });
        // Compact: the heading with the count, the list behind it (open at once when it is short).
        let count = items.len();
        (count > 0).then(|| {
            view! {
                <section class="card to-clarify" aria-labelledby="to-clarify-title">
                    <h2 id="to-clarify-title">{format!("{} ({count})", s.clarify_title)}</h2>
                    <p class="hint">{s.clarify_hint}</p>
                    <details open=count <= CLARIFY_OPEN>
                        <summary>{s.clarify_show}</summary>
                        <ul>{items}</ul>
                    </details>
                </section>
            }
        })
    }
}
