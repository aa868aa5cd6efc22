//! The start page: what the check is, for whom, how it works, what happens with the data, the storage choice, and
//! start or continue.

use leptos::prelude::*;

use crate::components::focus::{PAGE_TITLE, focus_by_id, focus_page_title};
use crate::components::notice::SaveStatus;
use crate::components::result_file::ResultFile;
use crate::domain::content::SHIPPED_STATEMENT_COUNT;
use crate::domain::progress::progress;
use crate::domain::saved::Area;
use crate::state::compare::use_compare;
use crate::state::content::use_content;
use crate::state::persist::Mode;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// The first screen a visitor sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    // A re-check that has just begun has no answers yet, but it is work to continue.
    let has_answers = Memo::new(move |_| state.saved().with(|saved| !saved.answers.is_empty() || saved.round.is_some()));
    let can_remember = state.can_remember();
    let content = use_content();
    // Continue where the first open statement is, or at the overview when everything is answered (and until the
    // content has arrived, which the status read makes this follow).
    let continue_to = move || {
        let _ = content.status();
        state.saved().with(|saved| match progress(crate::state::content::get_or_parse(), &saved.answers).next_open {
            Some((number, _)) => Screen::Field(number),
            None => Screen::Overview,
        })
    };

    view! {
        <section class="page page--start">
            <h1 id=PAGE_TITLE tabindex="-1">{t.start_title}</h1>
            <p class="lead">{t.start_intro}</p>
            <p class="facts">{t.start_facts.replace("{statements}", &SHIPPED_STATEMENT_COUNT.to_string())}</p>
            <div class="actions">
                {move || if has_answers.get() {
                    view! {
                        <p class="hint">{t.start_restart_hint}</p>
                        <a class="button button--primary button--large" href=move || continue_to().to_hash()>
                            {t.start_continue_button}
                        </a>
                        <a class="button" href=Screen::Recheck.to_hash()>{t.start_recheck}</a>
                    }
                    .into_any()
                } else {
                    view! {
                        <a class="button button--primary button--large" href=Screen::Profile.to_hash() data-testid="start">
                            {t.start_button}
                        </a>
                    }
                    .into_any()
                }}
            </div>
            // The storage choice right below start/continue (issue 26: not below the fold, where a returning user
            // whose answers live only in this tab would not see it).
            <div class="check">
                <input
                    type="checkbox"
                    id="remember"
                    data-testid="remember"
                    disabled=!can_remember
                    aria-describedby="remember-hint"
                    prop:checked=move || state.mode().get() == Mode::Stored(Area::Local)
                    on:change=move |event| state.set_remember(event_target_checked(&event))
                />
                <label for="remember">{t.remember_label}</label>
            </div>
            <p class="hint" id="remember-hint">
                {if can_remember { t.remember_hint } else { t.remember_unavailable }}
            </p>
            <div class="info-grid">
                <section class="info-card">
                    <h2>{t.start_for_whom_title}</h2>
                    <p>{t.start_for_whom}</p>
                </section>
                <section class="info-card">
                    <h2>{t.start_how_title}</h2>
                    <p>{t.start_how}</p>
                </section>
                <section class="info-card">
                    <h2>{t.start_data_title}</h2>
                    <p>{t.start_data}</p>
                    <p><a href=Screen::Privacy.to_hash()>{t.privacy_title}</a></p>
                </section>
            </div>
            <p class="team-link">{t.team_link_hint}" "<a href=Screen::Team.to_hash()>{t.team_title}</a></p>
            <StorageChoice/>
        </section>
    }
}

/// "Auf diesem Gerät merken" and "Alle Antworten löschen" with an inline confirmation.
#[component]
fn StorageChoice() -> impl IntoView {
    let state = use_app_state();
    let compare = use_compare();
    let t = state.t();
    let confirming = RwSignal::new(false);
    let has_data = Memo::new(move |_| {
        state.saved().with(|saved| !saved.answers.is_empty() || saved.profile != Default::default())
    });

    view! {
        <section class="storage-choice" aria-labelledby="storage-title">
            <h2 id="storage-title">{t.storage_title}</h2>
            <SaveStatus/>
            <ResultFile/>
            {move || has_data.get().then_some(move || if !confirming.get() {
                    view! {
                        <button type="button" class="button--danger" id="delete-all" on:click=move |_| {
                            confirming.set(true);
                            // The safe choice first: Enter by habit must not delete everything.
                            request_animation_frame(|| focus_by_id("delete-all-cancel"));
                        }>
                            {t.delete_all_button}
                        </button>
                    }
                    .into_any()
                } else {
                    let cancel = move || {
                        confirming.set(false);
                        request_animation_frame(|| focus_by_id("delete-all"));
                    };
                    // A plain group, not an alertdialog: the rest of the page stays usable. Escape cancels.
                    view! {
                    <div class="confirm" role="group" aria-labelledby="confirm-text"
                        on:keydown=move |event| if event.key() == "Escape" { cancel() }>
                        <p id="confirm-text">{t.delete_all_confirm}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button--danger"
                                id="delete-all-confirm"
                                on:click=move |_| {
                                    state.delete_all();
                                    // Nothing of the deleted answers stays on screen, an earlier state neither.
                                    compare.clear();
                                    confirming.set(false);
                                    // The dialog is gone: continue from the page heading, as after a screen change.
                                    focus_page_title();
                                }
                            >
                                {t.delete_all_yes}
                            </button>
                            <button type="button" id="delete-all-cancel" on:click=move |_| cancel()>
                                {t.delete_all_cancel}
                            </button>
                        </div>
                    </div>
                    }
                    .into_any()
                })}
        </section>
    }
}
