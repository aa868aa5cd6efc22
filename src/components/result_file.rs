//! Export to and import from a result file. The import is all-or-nothing (`domain::export::import`); existing
//! answers are only replaced after the user confirms, and every rejection is explained in the user's language.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::focus::focus_by_id;
use crate::domain::content::Content;
use crate::domain::export::{ImportError, Imported, MAX_BYTES, export, file_name, import};
use crate::i18n::Messages;
use crate::on_demand;
use crate::state::split::NotLoaded;
use crate::state::{AppState, use_app_state};

/// Why a chosen file was not imported.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// The browser could not read it (removed, no permission).
    Unreadable,
    /// The check's content, which an import is checked against, or the code that reads a file could not be loaded.
    ContentUnavailable,
    Import(ImportError),
}

impl FileError {
    pub fn text(&self, t: &'static Messages) -> &'static str {
        match self {
            FileError::Unreadable => t.file_error_unreadable,
            FileError::ContentUnavailable => t.content_failed_title,
            FileError::Import(error) => t.import_error(error),
        }
    }
}

/// The files chosen in a file input's `change` event, in the order given. The input is reset, so choosing the same
/// files again fires `change` again.
pub fn chosen_files(event: &leptos::ev::Event) -> Vec<web_sys::File> {
    let input: web_sys::HtmlInputElement = event_target(event);
    let files = input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    input.set_value("");
    files
}

/// Reads a result file and imports it with the strict import (too large, not JSON, not ours, unknown ids: refused).
pub async fn import_file(file: web_sys::File) -> Result<Imported, FileError> {
    if file.size() > MAX_BYTES as f64 {
        return Err(FileError::Import(ImportError::TooLarge));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|value| value.as_string());
    let text = text.ok_or(FileError::Unreadable)?;
    let content = crate::state::content::ensure().await.map_err(|error| {
        leptos::logging::warn!("import impossible: the content could not be loaded ({error})");
        FileError::ContentUnavailable
    })?;
    let checked = checked_import(&text, content).await.map_err(|NotLoaded| {
        leptos::logging::warn!("import impossible: the code that reads it could not be loaded");
        FileError::ContentUnavailable
    })?;
    checked.map_err(FileError::Import)
}

on_demand! {
    /// The strict import: only a chosen file needs it, so it waits in the chunk (`state::split`).
    fn checked_import(text: &str, content: &'static Content) -> Result<Result<Imported, ImportError>, NotLoaded> {
        let imported = import(text.as_bytes(), content);
        if let Err(error) = &imported {
            leptos::logging::warn!("import rejected: {error:?}");
        }
        Ok(imported)
    }
}

/// Today as `YYYY-MM-DD` and now as an ISO date-time, from the browser clock.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Offers `text` as a JSON file download named `name` (also the team file).
pub fn download(text: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Offers everything the user entered as a result file download.
pub fn save_file(state: AppState) {
    let iso = now_iso();
    let date = iso.get(..10).unwrap_or_default();
    let (text, name) = state.saved().with_untracked(|saved| {
        (export(saved, state.lang().get_untracked(), &iso), file_name(&saved.profile.company_name, date))
    });
    if let Err(error) = download(&text, &name) {
        leptos::logging::error!("export failed: {error:?}");
    }
}

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
        state.replace_all(imported);
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
                <button type="button" on:click=save>{t.file_export}</button>
                <label class="button file-button">
                    {t.file_import}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file/>
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
                ImportState::Confirm(imported) => view! {
                    <div class="confirm">
                        <p>{t.file_import_confirm}</p>
                        <div class="actions">
                            <button type="button" class="button--danger" id="import-confirm"
                                on:click=move |_| apply((*imported).clone())>{t.file_import_yes}</button>
                            <button type="button"
                                on:click=move |_| status.set(ImportState::Idle)>{t.file_import_cancel}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}
