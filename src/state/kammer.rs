//! Loads the chamber's `kammer.json` at start and offers it to the views as a signal.
//!
//! The file lives beside `index.html` and is fetched relative to the document in `same-origin` mode, so the browser
//! refuses any other origin; `no-cache` makes an edited file show at the next visit. The app never waits for it:
//! views render at once with no chamber settings and update when the file arrives. A missing, slow, broken or
//! partly wrong file leaves the check working; every ignored field is logged with `console.warn` for the web editor.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::kammer::{self, Kammer};
use crate::state::fetch::{Fetch, fetch_text};

/// The file name, relative to the document.
pub const FILE: &str = "kammer.json";

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
        match fetch_text(FILE, Fetch::FRESH).await {
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
