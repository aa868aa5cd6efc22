//! Loads the chamber's `kammer.json` at start and offers it to the views as a signal.
//!
//! The file lives beside `index.html` and is fetched relative to the document in `same-origin` mode, so the browser
//! refuses any other origin; `no-cache` makes an edited file show at the next visit. The app never waits for it:
//! views render at once with no chamber settings and update when the file arrives. A missing, slow, broken or
//! partly wrong file leaves the check working; every ignored field is logged with `console.warn` for the web editor.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::kammer::{self, Kammer};
use crate::split_point;
use crate::state::fetch::{Fetch, fetch_text};
use crate::state::split::NotLoaded;

/// The file name, relative to the document.
pub const FILE: &str = "kammer.json";

/// The chamber settings in context: `None` until the load has ended; empty settings without a readable file.
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

/// What loading the file found, for the web editor's preview (`#/vorschau`).
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// No `kammer.json` (404, or the shipped configurations' 204): the check runs without chamber details.
    Missing,
    /// The request failed; why.
    Failed(String),
    /// Read, with every warning as the console shows it.
    Read(Vec<String>),
}

thread_local! {
    /// Set once the load has ended (the settings' signal then changes, so a view that reads both is in step).
    static FOUND: RefCell<Option<Found>> = const { RefCell::new(None) };
}

/// What the load found; `None` while it runs. Read it in a closure that also reads the settings' signal.
pub fn found() -> Option<Found> {
    FOUND.with(|found| found.borrow().clone())
}

split_point! {
    /// The file checked, with a console warning for each field left out. The checks and their German messages wait
    /// in the chunk (`state::split`), which the app loads right after the start page: the start page's first load
    /// has no room for them, and the views never wait for the chamber's details anyway.
    fn read(text: &str) -> Result<(Kammer, Vec<String>), NotLoaded> {
        let (kammer, warnings) = kammer::parse(text);
        let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        for warning in &warnings {
            leptos::logging::warn!("Arbeitgeber-Check: {warning}");
        }
        Ok((kammer, warnings))
    }
}

/// No settings, with a console warning saying why.
fn failed(error: String) -> (Kammer, Found) {
    leptos::logging::warn!(
        "Arbeitgeber-Check: {FILE} konnte nicht geladen werden ({error}); es werden keine Kammer-Angaben genutzt"
    );
    (Kammer::default(), Found::Failed(error))
}

/// Starts the request in the background and returns at once.
pub fn load() -> ReadSignal<Option<Kammer>> {
    let (settings, set_settings) = signal(None);
    spawn_local(async move {
        let (kammer, found) = match fetch_text(FILE, Fetch::FRESH).await {
            Ok(Some(text)) => match read(&text).await {
                Ok((kammer, warnings)) => (kammer, Found::Read(warnings)),
                Err(NotLoaded) => failed("the screens' chunk did not load".into()),
            },
            Ok(None) => (Kammer::default(), Found::Missing),
            Err(error) => failed(error),
        };
        FOUND.with(|place| *place.borrow_mut() = Some(found));
        // Without a file the settings are empty, not absent: the views show no chamber details either way.
        set_settings.set(Some(kammer));
    });
    settings
}
