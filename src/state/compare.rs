//! "Mit früherem Zwischenstand vergleichen": the earlier state the results are compared with, and the intents that choose
//! and remove it.
//!
//! The comparison is held in memory for this page load only. Choosing one never touches the saved answers (it is a
//! separate signal, and `domain::compare` only reads), and removing it is one call. The snapshots it may come from
//! are saved data and live in `Saved` (see `AppState::take_snapshot`).

use leptos::prelude::*;

use crate::domain::compare::Earlier;
use crate::domain::export::Imported;
use crate::domain::snapshot::Snapshot;
use crate::state::clock::{now, offset_at, parse_iso};

/// The chosen earlier state, provided once at the root as context.
#[derive(Clone, Copy)]
pub struct CompareState {
    earlier: RwSignal<Option<Earlier>>,
}

impl CompareState {
    /// Provides an empty comparison. Call once in the root.
    pub fn provide() -> CompareState {
        let state = CompareState { earlier: RwSignal::new(None) };
        provide_context(state);
        state
    }

    /// The earlier state compared with, if one is chosen.
    pub fn earlier(&self) -> ReadSignal<Option<Earlier>> {
        self.earlier.read_only()
    }

    /// Compares with a snapshot kept on this device.
    pub fn compare_with_snapshot(&self, snapshot: &Snapshot) {
        self.earlier.set(Some(Earlier::from_snapshot(snapshot, offset_at(snapshot.taken_at))));
    }

    /// Compares with an earlier result file, already imported with the app's strict import.
    pub fn compare_with_file(&self, imported: &Imported) {
        let offset = offset_at(parse_iso(&imported.exported_at).unwrap_or_else(now));
        self.earlier.set(Some(Earlier::from_file(imported, offset)));
    }

    /// "Vergleich entfernen".
    pub fn clear(&self) {
        self.earlier.set(None);
    }
}

/// The comparison state from context. Every view is rendered below [`crate::App`], which provides it.
pub fn use_compare() -> CompareState {
    expect_context::<CompareState>()
}
