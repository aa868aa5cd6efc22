//! "Fokus ändern" (issue 30): the goals in focus as checkboxes, at most three. With three chosen the others are
//! disabled and the status says why; the count is announced on every change. The boxes are rendered once and follow
//! the saved focus, so keyboard focus stays on the box the user just changed.

use leptos::prelude::*;

use crate::components::focus::focus_by_id;
use crate::domain::focus::FOCUS_GOALS;
use crate::domain::lang::Lang;
use crate::domain::scoring::Scores;
use crate::i18n::cycle::cycle;
use crate::state::use_app_state;

/// The chooser, closed until asked for. `focus` is the focus now (chosen or suggested).
#[component]
pub fn FocusChooser(focus: Memo<Vec<String>>, scores: Scores<'static>, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let c = cycle(lang);
    let said = RwSignal::new(None::<&'static str>);
    let chosen = Memo::new(move |_| state.saved().with(|saved| saved.focus.chosen().is_some()));
    let boxes = scores
        .goals()
        .filter(|goal| goal.score.value.is_some())
        .map(|goal| {
            let id: &'static str = goal.goal.id.as_str();
            let dom = format!("focus-{}", id.replace('.', "-"));
            let title = format!("{} {}", id, goal.goal.plain_title.get(lang));
            let score = goal.score.rounded().map(|score| format!(" ({score})")).unwrap_or_default();
            let checked = move || focus.with(|focus| focus.iter().any(|goal| goal == id));
            view! {
                <li class="check">
                    <input type="checkbox" id=dom.clone() data-goal=id
                        prop:checked=checked
                        disabled=move || { !checked() && focus.with(Vec::len) >= FOCUS_GOALS }
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            said.set(None);
                            if !state.set_focus_goal(id, on, &focus.get_untracked()) {
                                said.set(Some(c.focus_full));
                            }
                        }/>
                    <label for=dom>{title}<span class="hint">{score}</span></label>
                </li>
            }
        })
        .collect_view();
    let status = move || {
        said.get().map(str::to_string).unwrap_or_else(|| {
            let n = focus.with(Vec::len);
            let count = c.focus_count.replace("{n}", &n.to_string());
            if n >= FOCUS_GOALS { format!("{count} {}", c.focus_full) } else { count }
        })
    };
    view! {
        <details class="focus-choice no-print">
            <summary id="focus-choice-summary">{c.focus_change}</summary>
            <fieldset>
                <legend>{c.focus_legend}</legend>
                <ul class="focus-choice__goals">{boxes}</ul>
            </fieldset>
            <p class="hint" role="status" data-testid="focus-status">{status}</p>
            {move || chosen.get().then(|| view! {
                <button type="button" class="link-button" on:click=move |_| {
                    state.reset_focus();
                    said.set(Some(c.focus_reset_done));
                    // The button goes with the choice: focus continues on the disclosure.
                    request_animation_frame(|| focus_by_id("focus-choice-summary"));
                }>{c.focus_reset}</button>
            })}
        </details>
    }
}
