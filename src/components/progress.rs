//! The questionnaire's progress: answered statements overall and per field, a step list to jump to any field, and
//! a shortcut to the next open statement. Shown on every questionnaire screen.

use leptos::prelude::*;

use super::focus::focus_statement;
use super::storage_control::StorageControl;
use crate::domain::hyphen::hyphenate;
use crate::domain::progress::{Progress, progress};
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::use_app_state;

/// Progress bar, field steps and the "next open statement" shortcut.
#[component]
pub fn ProgressPanel() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let lang = state.lang().get_untracked();
    let content = content::get_or_parse();
    let progress = Memo::new(move |_| state.saved().with(|saved| progress(content, &saved.answers)));
    let percent = move || {
        let p = progress.get();
        (p.answered * 100).checked_div(p.total).unwrap_or(0)
    };

    let steps = content
        .fields
        .iter()
        .zip(Screen::fields())
        .enumerate()
        .map(|(index, (field, screen))| {
            let counts = move || {
                let f = progress.get().fields[index];
                format!("{}/{}", f.answered, f.total)
            };
            let complete = move || {
                let f = progress.get().fields[index];
                f.answered == f.total
            };
            view! {
                <li class="steps__item" class:steps__item--complete=complete>
                    <a
                        href=screen.to_hash()
                        class="steps__link"
                        aria-current=move || (state.screen().get() == screen).then_some("step")
                    >
                        <span class="steps__number">{index + 1}</span>
                        <span class="steps__name">{hyphenate(lang, field.short_title.get(lang))}</span>
                        <span class="steps__count">
                            <span class="visually-hidden">{t.progress_label}": "</span>
                            {counts}
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <div class="progress no-print" data-testid="progress">
            <div class="progress__summary">
                <p class="progress__text" role="status" data-testid="progress-text">
                    {move || {
                        let p = progress.get();
                        t.answered_of(p.answered, p.total)
                    }}
                </p>
                <div class="progress__bar" aria-hidden="true">
                    <div class="progress__fill" style:width=move || format!("{}%", percent())></div>
                </div>
                <NextOpenLink progress=progress/>
                <StorageControl/>
            </div>
            <nav aria-label=t.progress_nav_label>
                <ol class="steps">{steps}</ol>
            </nav>
        </div>
    }
}

/// "Zur nächsten offenen Aussage": to the statement's field, focus on the statement. On that field already, the link
/// would change nothing, so focus goes there at once (and no target is kept for a later screen).
#[component]
fn NextOpenLink(progress: Memo<Progress>) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    move || {
        progress.get().next_open.map(|(number, statement_id)| {
            view! {
                <a
                    class="progress__next"
                    href=Screen::Field(number).to_hash()

                    on:click=move |event| {
                        if state.screen().get_untracked() == Screen::Field(number) {
                            event.prevent_default();
                            focus_statement(statement_id);
                        } else {
                            state.focus_after_navigation(statement_id);
                        }
                    }
                >
                    {t.next_open_statement}
                </a>
            }
        })
    }
}
