//! Files in and out of the browser: the files a user chose or dropped, reading them, the strict import of a result
//! file, and offering text as a download. Views call these; they hold no browser plumbing of their own.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::content::Content;
use crate::domain::export::{ImportError, Imported, MAX_BYTES, export, file_name, import};
use crate::i18n::Messages;
use crate::split_point;
use crate::state::AppState;
use crate::state::clock::now_iso;
use crate::state::split::NotLoaded;

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
    let text = JsFuture::from(file.text()).await.ok().and_then(|value| value.as_string());
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

split_point! {
    /// The strict import: only a chosen file needs it, so it waits in the chunk (`state::split`).
    fn checked_import(text: &str, content: &'static Content) -> Result<Result<Imported, ImportError>, NotLoaded> {
        let imported = import(text.as_bytes(), content);
        if let Err(error) = &imported {
            leptos::logging::warn!("import rejected: {error:?}");
        }
        Ok(imported)
    }
}

/// Offers `text` as a JSON file download named `name` (also the team file).
pub fn download(text: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    download_as(text, name, "application/json")
}

/// Offers `text` as a download of `media_type` named `name`: a `Blob` and an object URL, nothing leaves the browser.
pub fn download_as(text: &str, name: &str, media_type: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Freed a minute later, not at once: the browser may start the download after this task, and a URL revoked by
    // then fails it without a word (seen on a loaded machine: no download in e2e/keep.test.mjs).
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(60));
    Ok(())
}

split_point! {
    /// Offers everything the user entered as a result file download. Only a click needs the result file's writer, so
    /// it waits in the chunk (`state::split`), which the start page has loaded by then (or the click awaits it).
    pub fn save_file(state: AppState) -> Result<(), NotLoaded> {
        let iso = now_iso();
        let date = iso.get(..10).unwrap_or_default();
        let (text, name) = state.saved().with_untracked(|saved| {
            (export(saved, state.lang().get_untracked(), &iso), file_name(&saved.profile.company_name, date))
        });
        if let Err(error) = download(&text, &name) {
            leptos::logging::error!("export failed: {error:?}");
        }
        Ok(())
    }
}

/// [`save_file`] for a button with no place to say that it failed: the chunk not loading is logged.
pub fn offer_file(state: AppState) {
    leptos::task::spawn_local(async move {
        if save_file(state).await.is_err() {
            leptos::logging::warn!("export impossible: the code that writes the file could not be loaded");
        }
    });
}

/// The files of a drop, in the order given.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default()
}

/// The files of a drop. Read by property, which spares the `DataTransfer` binding (and its bytes) in web-sys.
pub fn dropped_files(event: &web_sys::DragEvent) -> Option<web_sys::FileList> {
    let transfer = js_sys::Reflect::get(event, &"dataTransfer".into()).ok()?;
    js_sys::Reflect::get(&transfer, &"files".into()).ok()?.dyn_into().ok()
}

/// Reads every file; an unreadable one is passed on empty, so it is listed as rejected ("leer") like any bad file.
pub fn read_files(files: Vec<web_sys::File>, done: impl FnOnce(Vec<(String, Vec<u8>)>) + 'static) {
    leptos::task::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(error) => {
                    leptos::logging::warn!("could not read {}: {error:?}", file.name());
                    Vec::new()
                }
            };
            read.push((file.name(), bytes));
        }
        done(read);
    });
}
