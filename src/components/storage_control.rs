//! Where the answers are kept, as a control on every screen after the start page: the save status with "ändern",
//! which opens the choice between this tab and this device; and the same choice asked once at the first answer,
//! right below that statement (`FirstAnswerQuestion`), where the user's eyes are on a phone. Nothing traps the focus:
//! the choice is part of the page, and after a choice focus returns to where it came from.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use super::focus::{focus_by_id, focus_statement};
use crate::domain::saved::Area;
use crate::i18n::screen_texts;
use crate::state::persist::Mode;
use crate::state::{AppState, use_app_state};

const CHANGE: &str = "storage-change";
const CHOICE: &str = "storage-choice";

/// The save status ("Gespeichert in diesem Tab") with "ändern", and below it the choice when opened.
#[component]
pub fn StorageControl() -> impl IntoView {
    let state = use_app_state();
    guard_unload(state);
    let open = RwSignal::new(false);
    let changeable = move || state.can_remember() && state.mode().get() != Mode::Memory;
    let status = move || {
        let t = state.t();
        match state.mode().get() {
            Mode::Stored(Area::Session) => t.saved_in_tab,
            Mode::Stored(Area::Local) => t.saved_on_device,
            Mode::Memory => t.saved_nowhere,
        }
    };
    let close = move || {
        open.set(false);
        request_animation_frame(|| focus_by_id(CHANGE));
    };
    view! {
        <div class="storage-control">
            <p class="save-status" data-testid="save-status" data-mode=move || state.mode().get().as_str()>
                {status}
                {move || changeable().then(|| view! {
                    " "
                    <button type="button" class="link-button" id=CHANGE
                        aria-expanded=move || open.get().to_string() aria-controls=CHOICE
                        on:click=move |_| open.update(|open| *open = !*open)>
                        {move || screen_texts(state.lang().get()).storage_change}
                        <span class="visually-hidden">": "{move || state.t().storage_title}</span>
                    </button>
                })}
            </p>
            <div id=CHOICE role="status" aria-live="polite">
                {move || open.get().then(|| view! { <RememberChoice close=close/> })}
            </div>
        </div>
    }
}

/// From the first screen that shows this control on (every screen where answers or plan entries are made), and once
/// the screens' chunk is here also on the start page (`pages::on_demand`), closing the tab while they live only in it
/// makes the browser ask first, in its own words. Installed once for the page's life, from the chunk (the start
/// page's budget). Chromium shows the question only after the user has interacted with the page.
pub fn guard_unload(state: AppState) {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::Relaxed) {
        return;
    }
    let listener = window_event_listener(leptos::ev::beforeunload, move |event| {
        if state.only_in_this_tab() {
            event.prevent_default();
            event.set_return_value(state.t().remember_hint);
        }
    });
    // Kept for the page's life: it must outlive the screen that installed it.
    std::mem::forget(listener);
}

/// The question at the first answer, below `statement_id` while it is the first answered statement of its field
/// and the question is open (`AppState::should_ask_to_remember`); announced politely, and after the choice focus
/// goes back to the statement.
#[component]
pub fn FirstAnswerQuestion(statement_id: &'static str) -> impl IntoView {
    let state = use_app_state();
    let content = crate::state::content::get_or_parse();
    let here = Memo::new(move |_| {
        state.should_ask_to_remember()
            && state.saved().with(|saved| {
                let field = content
                    .fields
                    .iter()
                    .find(|field| field.goals.iter().any(|goal| goal.statements.iter().any(|s| s.id == statement_id)));
                let first = field.and_then(|field| {
                    field
                        .goals
                        .iter()
                        .flat_map(|goal| goal.statements.iter())
                        .find(|s| saved.answers.get(&s.id).is_some())
                });
                first.is_some_and(|first| first.id == statement_id)
            })
    });
    view! {
        <div role="status" aria-live="polite">
            {move || here.get().then(|| view! { <RememberChoice close=move || { focus_statement(statement_id); }/> })}
        </div>
    }
}

/// "Antworten auf diesem Gerät behalten?" with both answers, or, when they are kept on the device already, what that
/// means and the way back to this tab only.
#[component]
fn RememberChoice(close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let s = screen_texts(state.lang().get_untracked());
    let on_device = state.mode().get_untracked() == Mode::Stored(Area::Local);
    let choose = move |remember: bool| {
        if on_device {
            state.set_remember(remember);
        } else {
            state.answer_remember_question(remember);
        }
        close();
    };
    view! {
        <div class="remember-ask" data-testid="remember-ask" data-on-device=on_device.to_string()>
            <p><strong>{if on_device { t.saved_on_device } else { s.remember_ask_title }}</strong></p>
            <p>{if on_device { s.remember_on_device_text } else { s.remember_ask_text }}</p>
            <div class="actions">
                {(!on_device).then(|| view! {
                    <button type="button" class="button--primary" on:click=move |_| choose(true)>
                        {s.remember_ask_yes}
                    </button>
                })}
                <button type="button" on:click=move |_| choose(false)>{s.remember_ask_no}</button>
            </div>
        </div>
    }
}
