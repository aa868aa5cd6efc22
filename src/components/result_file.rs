//! Export to and import from a result file. The import is all-or-nothing (`domain::export::import`); existing
//! answers are only replaced after the user confirms, and every rejection is explained in the user's language.

use leptos::prelude::*;

use super::focus::focus_by_id;
use crate::domain::export::Imported;
use crate::state::files::{chosen_files, import_file, save_file};
use crate::state::use_app_state;

/// What the import area shows after a file was chosen.
#[derive(Clone)]
enum ImportState {
    Idle,
    /// A valid file waits for the user's go-ahead to replace existing answers.
    Confirm(Box<Imported>),
    Failed(&'static str),
}

/// "Save as file" and "Load a saved file".
#[component]
pub fn ResultFile() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let status = RwSignal::new(ImportState::Idle);
    // Counts chosen files, so a repeated message is still recognisably a new answer (tests wait on it).
    let attempt = RwSignal::new(0u32);

    let save = move |_| save_file(state);

    // Success is announced by the app-wide notice: a language change in the file re-renders this page.
    let apply = move |imported: Imported| {
        status.set(ImportState::Idle);
        state.replace_with_file(imported);
    };

    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = chosen_files(&event).into_iter().next() else { return };
        status.set(ImportState::Idle);
        attempt.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            match import_file(file).await {
                Err(error) => status.set(ImportState::Failed(error.text(state.t()))),
                Ok(imported) => {
                    let has_data =
                        state.saved().with_untracked(|saved| !saved.answers.is_empty() || !saved.plan.is_empty());
                    if has_data {
                        status.set(ImportState::Confirm(Box::new(imported)));
                        request_animation_frame(|| focus_by_id("import-confirm"));
                    } else {
                        apply(imported);
                    }
                }
            }
        });
    };

    view! {
        <section class="result-file" aria-labelledby="result-file-title">
            <h3 id="result-file-title">{t.file_title}</h3>
            <p class="hint">{t.file_hint}</p>
            <div class="actions">
                <button type="button" data-testid="export" on:click=save>{t.file_export}</button>
                <label class="button file-button">
                    {t.file_import}
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="import" on:change=on_file/>
                </label>
            </div>
            <ImportStatus status=status attempt=attempt apply=apply/>
        </section>
    }
}

/// The import's outcome in a polite live region: nothing, why a file was rejected, or the confirmation to replace.
#[component]
fn ImportStatus(
    status: RwSignal<ImportState>,
    /// How many files were chosen so far.
    attempt: RwSignal<u32>,
    /// Replaces the data with the confirmed file.
    apply: impl Fn(Imported) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_app_state().t();
    view! {
        <div role="status" aria-live="polite" data-testid="import-status" data-attempt=move || attempt.get()>
            {move || match status.get() {
                ImportState::Idle => ().into_any(),
                ImportState::Failed(message) => view! {
                    <p class="notice notice--warning" data-result="failed">{message}</p>
                }.into_any(),
                ImportState::Confirm(imported) => view! {
                    <div class="confirm">
                        <p>{t.file_import_confirm}</p>
                        <div class="actions">
                            <button type="button" class="button--danger" id="import-confirm" data-testid="import-confirm"
                                on:click=move |_| apply((*imported).clone())>{t.file_import_yes}</button>
                            <button type="button" data-testid="import-cancel"
                                on:click=move |_| status.set(ImportState::Idle)>{t.file_import_cancel}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}
