//! Loads the chamber's `kammer.json` at start and offers it to the views as a signal.
//!
//! The file lives beside `index.html` and is fetched relative to the document in `same-origin` mode, so the browser
//! refuses any other origin; `no-cache` makes an edited file show at the next visit. The app never waits for it:
//! views render at once with no chamber settings and update when the file arrives. A missing, slow, broken or
//! partly wrong file leaves the check working; every ignored field is logged with `console.warn` for the web editor.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::kammer::{self, Kammer};

/// The file name, relative to the document.
pub const FILE: &str = "kammer.json";
/// After this the request is abandoned: a chamber's contact is welcome, but never worth a hanging request.
const TIMEOUT: Duration = Duration::from_secs(5);

/// The chamber settings in context: `None` until the file has arrived (and when it is missing or unreadable).
#[derive(Clone, Copy)]
pub struct KammerSettings(pub ReadSignal<Option<Kammer>>);

/// Starts loading `kammer.json` and provides the settings as context. Call once in the root, before the views.
pub fn provide() -> KammerSettings {
    let settings = KammerSettings(load());
    provide_context(settings);
    settings
}

/// The chamber settings for a view (read with `.get()` inside a reactive closure); `None` while loading, without a
/// file, or outside the root (browser tests that mount a single component), so a view never panics for want of them.
pub fn use_kammer() -> Signal<Option<Kammer>> {
    match use_context::<KammerSettings>() {
        Some(KammerSettings(settings)) => settings.into(),
        None => Signal::stored(None),
    }
}

/// Starts the request in the background and returns at once.
pub fn load() -> ReadSignal<Option<Kammer>> {
    let (settings, set_settings) = signal(None);
    spawn_local(async move {
        match fetch_text(FILE).await {
            Ok(Some(text)) => {
                let (kammer, warnings) = kammer::parse(&text);
                for warning in &warnings {
                    leptos::logging::warn!("Arbeitgeber-Check: {warning}");
                }
                set_settings.set(Some(kammer));
            }
            Ok(None) => {}
            Err(error) => leptos::logging::warn!(
                "Arbeitgeber-Check: {FILE} could not be loaded ({error}); no chamber settings are used"
            ),
        }
    });
    settings
}

/// The text of `file` beside the document (same origin, no cache, abandoned after the timeout); `None` when the
/// server has no such file (404), which is a normal setup. Also used for the benchmark file the settings name.
pub async fn fetch_text(file: &str) -> Result<Option<String>, String> {
    let describe = |error: wasm_bindgen::JsValue| format!("{error:?}");
    let controller = web_sys::AbortController::new().map_err(describe)?;
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_signal(Some(&controller.signal()));
    let timeout = set_timeout_with_handle(move || controller.abort(), TIMEOUT).ok();
    let result = async {
        let response = JsFuture::from(window().fetch_with_str_and_init(file, &init)).await.map_err(describe)?;
        let response: web_sys::Response = response.dyn_into().map_err(describe)?;
        match response.status() {
            404 => Ok(None),
            status if !response.ok() => Err(format!("HTTP status {status}")),
            _ => {
                let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
                Ok(text.as_string())
            }
        }
    }
    .await;
    if let Some(timeout) = timeout {
        timeout.clear();
    }
    result
}
