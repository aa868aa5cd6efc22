//! Export to and import from a result file. The import is all-or-nothing (`domain::export::import`); existing
//! answers are only replaced after the user confirms, and every rejection is explained in the user's language.

use leptos::prelude::*;

use super::focus::{focus_by_id, focus_page_title};
use super::storage_control::StorageControl;
use crate::domain::export::Imported;
use crate::i18n::screen_texts;
use crate::state::files::{chosen_files, import_file, offer_file, save_file};
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

    // The export waits in the chunk: if it cannot load, say so where the import says why it failed.
    let save = move |_| {
        leptos::task::spawn_local(async move {
            if save_file(state).await.is_err() {
                status.set(ImportState::Failed(state.t().content_failed_text));
            }
        })
    };

    // Success is announced by the app-wide notice: a language change in the file re-renders this page, and a
    // confirmation (with the button that had focus) is gone: focus continues from the page's heading.
    let apply = move |imported: Imported| {
        status.set(ImportState::Idle);
        state.replace_with_file(imported);
        request_animation_frame(focus_page_title);
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
                        // The safe choice first.
                        request_animation_frame(|| focus_by_id("import-cancel"));
                    } else {
                        apply(imported);
                    }
                }
            }
        });
    };

    view! {
        <section class="result-file">
            <h3 id="result-file-title">{t.file_title}</h3>
            <p class="hint">{t.file_hint}</p>
            <div class="actions">
                <button type="button" id="file-export" on:click=save>{t.file_export}</button>
                <label class="button file-button">
                    {t.file_import}
                    <input type="file" accept=".json,application/json" class="visually-hidden" id="import-file" on:change=on_file/>
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
        <div role="status" aria-live="polite" data-attempt=move || attempt.get()>
            {move || match status.get() {
                ImportState::Idle => ().into_any(),
                ImportState::Failed(message) => view! {
                    <p class="notice notice--warning" data-result="failed">{message}</p>
                }.into_any(),
                ImportState::Confirm(imported) => {
                    // Back to the file button, which chose the file.
                    let cancel = move || {
                        status.set(ImportState::Idle);
                        request_animation_frame(|| focus_by_id("import-file"));
                    };
                    view! {
                        <div class="confirm" role="group" aria-labelledby="import-question"
                            on:keydown=move |event| if event.key() == "Escape" { cancel() }>
                            <p id="import-question">{t.file_import_confirm}</p>
                            <div class="actions">
                                <button type="button" class="button--danger"
                                    on:click=move |_| apply((*imported).clone())>{t.file_import_yes}</button>
                                <button type="button" id="import-cancel"
                                    on:click=move |_| cancel()>{t.file_import_cancel}</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// "Ergebnis sichern": the result file where the user is (results, plan, report, the end of the questionnaire), with
/// where the answers are kept right now and, at the end of the questionnaire, the hint for a team round.
#[component]
pub fn SaveFile(
    /// Also show the save status with its "ändern" (screens without the questionnaire's progress panel).
    #[prop(optional)]
    with_status: bool,
    /// Say that a colleague in a team round sends the file to the person who asked.
    #[prop(optional)]
    team_hint: bool,
) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let s = screen_texts(state.lang().get());
    view! {
        <section class="card save-file no-print">
            <h2>{s.file_save_title}</h2>
            <p class="hint">{s.file_save_hint}</p>
            {team_hint.then(|| view! { <p>{s.file_team_hint}</p> })}
            <p class="actions">
                <button type="button" class="button--primary" data-testid="save-file-export" on:click=move |_| offer_file(state)>
                    {t.file_export}
                </button>
            </p>
            {with_status.then(|| view! { <StorageControl/> })}
        </section>
    }
}
