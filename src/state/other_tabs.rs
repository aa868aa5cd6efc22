//! The other-tab protocol, whole: tabs of this origin share the persistent copy (`persist::KEY`) and learn of each
//! other's changes through the browser's `storage` event. A tab that removes the persistent copy first writes (and at
//! once removes) [`SIGNAL_KEY`] with the reason, so the others can tell "deleted" from "no longer remembered"; a
//! tab that saves on top of a newer copy takes that first (`AppState::update`).

use leptos::prelude::*;

use super::compare::CompareState;
use super::persist::{KEY, Mode, Persistence};
use super::storage::Store;
use super::{AppState, Notice};
use crate::domain::saved::{Area, Saved, newer_stored};

/// Written (and removed at once) in persistent storage right before its copy goes away, so other tabs learn *why*:
/// a `storage` event for the data key alone cannot tell "deleted" from "no longer remembered".
pub const SIGNAL_KEY: &str = "arbeitgeber-check.signal";

/// Why the persistent copy went away, as told to other tabs through [`SIGNAL_KEY`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// "Alle Antworten löschen": every tab forgets the answers.
    Deleted,
    /// "Auf diesem Gerät merken" switched off: other tabs keep their answers for the tab's lifetime.
    Forgotten,
}

impl Removal {
    pub fn as_str(self) -> &'static str {
        match self {
            Removal::Deleted => "deleted",
            Removal::Forgotten => "forgotten",
        }
    }

    pub fn parse(value: &str) -> Option<Removal> {
        [Removal::Deleted, Removal::Forgotten].into_iter().find(|removal| removal.as_str() == value)
    }
}

/// Listens for the other tabs' changes for as long as the current owner lives: newer data is taken over, a deletion
/// empties this tab (and its comparison) too, switching "remember" off keeps this tab's answers in the tab.
pub fn listen(state: AppState, compare: CompareState) {
    let listener = window_event_listener(leptos::ev::storage, move |event| match event.key().as_deref() {
        Some(KEY) => state.on_other_tab_change(event.new_value()),
        Some(SIGNAL_KEY) => {
            if let Some(reason) = event.new_value().as_deref().and_then(Removal::parse) {
                state.on_other_tab_removal(reason);
                if reason == Removal::Deleted {
                    compare.clear();
                }
            }
        }
        _ => {}
    });
    on_cleanup(move || listener.remove());
}

/// Tells other tabs why the persistent copy is about to go: the `storage` event carries the value; the key itself
/// is removed at once and never holds user data.
pub(super) fn tell(store: &Store, reason: Removal) {
    let written = store.write(SIGNAL_KEY, reason.as_str()).and_then(|()| store.remove(SIGNAL_KEY));
    if let Err(error) = written {
        leptos::logging::warn!("could not tell other tabs: {error}");
    }
}

impl AppState {
    /// Another tab saved to the persistent copy (a `storage` event for the data key): take over newer data. If the
    /// copy vanished without a signal (e.g. cleared in the browser's settings), keep the answers in this tab.
    fn on_other_tab_change(&self, new_value: Option<String>) {
        if self.mode.get_untracked() != Mode::Stored(Area::Local) {
            return;
        }
        match new_value {
            None => self.on_other_tab_removal(Removal::Forgotten),
            Some(raw) => {
                if let Some(newer) = self.saved.with_untracked(|current| newer_stored(current, Some(&raw))) {
                    self.saved.set(newer);
                    self.notice.set(Some(Notice::UpdatedFromOtherTab));
                }
            }
        }
    }

    /// Another tab removed the persistent copy and said why (see [`SIGNAL_KEY`]). A deletion empties this tab
    /// too; switching "remember" off leaves this tab's answers in this tab's own storage.
    fn on_other_tab_removal(&self, reason: Removal) {
        if self.mode.get_untracked() != Mode::Stored(Area::Local) {
            return;
        }
        self.mode.set(Mode::Stored(Area::Session));
        match reason {
            Removal::Deleted => {
                self.persistence.with_value(Persistence::delete_all);
                self.saved.set(Saved::new());
                self.notice.set(Some(Notice::DeletedInOtherTab));
            }
            Removal::Forgotten => {
                let kept = self.saved.with_untracked(|saved| {
                    self.persistence.with_value(|p| p.write(Mode::Stored(Area::Session), saved))
                });
                if kept.is_err() {
                    self.mode.set(Mode::Memory);
                }
                self.notice.set(Some(Notice::ForgottenInOtherTab));
            }
        }
    }
}
