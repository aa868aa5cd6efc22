//! Where the user's data is kept and how it gets there: per-tab storage by default, persistent storage only after
//! the user opts in, memory when the browser allows neither. Decisions about *what* to load live in
//! `domain::saved`; this module only moves text in and out of browser storage.

use crate::domain::saved::{Area, Loaded, Saved, load};

use super::other_tabs::{self, Removal};
use super::storage::{StorageError, Store};

/// The storage key of the user's data.
pub const KEY: &str = "arbeitgeber-check";
/// Prefix of keys under which unreadable data is kept aside instead of being deleted.
pub const ASIDE_PREFIX: &str = "arbeitgeber-check.unreadable.";
/// Where changes are being saved right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// In a storage area: this tab's by default, this device's after the user asked to be remembered.
    Stored(Area),
    /// Nowhere: storage is unavailable, answers live until the page is closed.
    Memory,
}

impl Mode {
    /// The name e2e tests and the save status read from `data-mode`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Stored(Area::Session) => "Session",
            Mode::Stored(Area::Local) => "Local",
            Mode::Memory => "Memory",
        }
    }
}

/// The storage areas this browser lets us use, probed once at start-up.
#[derive(Clone, Debug)]
pub struct Persistence {
    session: Option<Store>,
    local: Option<Store>,
}

/// What start-up found.
pub struct Startup {
    pub loaded: Loaded,
    pub mode: Mode,
    /// Some unreadable data was found and kept aside under another key.
    pub kept_aside: bool,
}

impl Persistence {
    pub fn open() -> Self {
        Persistence { session: Store::open(Area::Session), local: Store::open(Area::Local) }
    }

    /// No storage opened: where there is no browser (the start page rendered at build time, `AppState::first_visit`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn unopened() -> Self {
        Persistence { session: None, local: None }
    }

    fn store(&self, area: Area) -> Option<&Store> {
        match area {
            Area::Session => self.session.as_ref(),
            Area::Local => self.local.as_ref(),
        }
    }

    /// Reads what was saved, keeps unreadable data aside, and picks the mode to continue in.
    pub fn start(&self, now: f64) -> Startup {
        let local_raw = self.read(Area::Local);
        let session_raw = self.read(Area::Session);
        let loaded = load(local_raw.as_deref(), session_raw.as_deref());
        let mut kept_aside = false;
        for bad in &loaded.unreadable {
            if let Some(store) = self.store(bad.area) {
                // Kept under a new key so a later version (or a support person) can still recover it.
                // Whole milliseconds, written as an integer: formatting an f64 would cost 9.5 KB of wasm.
                let aside = format!("{ASIDE_PREFIX}{}", now as u64);
                match store.write(&aside, &bad.raw).and_then(|()| store.remove(KEY)) {
                    Ok(()) => kept_aside = true,
                    Err(error) => leptos::logging::error!("could not keep unreadable data aside: {error}"),
                }
            }
        }
        let mode = if loaded.area == Area::Local && self.local.is_some() {
            Mode::Stored(Area::Local)
        } else if self.session.is_some() {
            Mode::Stored(Area::Session)
        } else {
            Mode::Memory
        };
        Startup { loaded, mode, kept_aside }
    }

    /// Whether persistent storage can be offered at all.
    pub fn can_remember(&self) -> bool {
        self.local.is_some()
    }

    pub fn read(&self, area: Area) -> Option<String> {
        self.store(area)?.read(KEY).ok().flatten()
    }

    /// Saves in the given mode. Memory mode saves nothing and succeeds.
    pub fn write(&self, mode: Mode, saved: &Saved) -> Result<(), StorageError> {
        match mode {
            Mode::Stored(area) => match self.store(area) {
                Some(store) => store.write(KEY, &saved.encode()),
                None => Ok(()),
            },
            Mode::Memory => Ok(()),
        }
    }

    /// Removes the user's data from one area; other tabs hear why (`reason`) if it is the persistent copy.
    pub fn remove(&self, area: Area, reason: Removal) -> Result<(), StorageError> {
        let Some(store) = self.store(area) else { return Ok(()) };
        if area == Area::Local {
            other_tabs::tell(store, reason);
        }
        store.remove(KEY)
    }

    /// Removes every trace: the data in both areas and everything kept aside.
    pub fn delete_all(&self) {
        if let Some(local) = &self.local {
            other_tabs::tell(local, Removal::Deleted);
        }
        for store in [&self.session, &self.local].into_iter().flatten() {
            let mut keys = vec![KEY.to_string()];
            keys.extend(store.keys().into_iter().filter(|key| key.starts_with(ASIDE_PREFIX)));
            for key in keys {
                if let Err(error) = store.remove(&key) {
                    leptos::logging::error!("could not delete {key}: {error}");
                }
            }
        }
    }
}
