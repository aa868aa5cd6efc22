//! The team round's data on the team screen: the people merged and the files left out. Runtime only: it never goes
//! into `Saved` (a coordinator's own answers stay apart from the team's), and it is lost when the tab closes unless
//! the coordinator saves a team file. Leaving the screen with unsaved data asks first ([`TeamState::hold_navigation`]).

use leptos::prelude::*;

use crate::domain::export::ImportError;
use crate::domain::route::Screen;
use crate::domain::team::{Rejected, Roster, decode_team, encode_team, team_file_name};
use crate::state::content;

/// What the team screen shows.
#[derive(Clone, Debug, Default)]
pub struct TeamData {
    /// The people added so far, each with the file they came from.
    pub roster: Roster,
    /// The files of the last set that were left out, with the reason.
    pub rejected: Vec<Rejected>,
    /// What the last addition did: (files added, files left out); announced in the status.
    pub last_added: Option<(usize, usize)>,
    /// The coordinator chose to show roles beside the answers although a role has fewer than three people.
    pub show_roles: bool,
    /// The members are not in a team file yet: leaving would lose them.
    pub unsaved: bool,
    /// The last team file chosen could not be read; nothing else changed.
    pub team_file_error: Option<ImportError>,
}

/// The team screen's state, provided once at the root. `Copy` handles; only this module writes the signals.
#[derive(Clone, Copy)]
pub struct TeamState {
    data: RwSignal<TeamData>,
    /// The screen the user tried to go to while the team data was unsaved; `Some` shows the "leave?" dialog.
    leaving: RwSignal<Option<Screen>>,
}

impl TeamState {
    /// Creates the state and provides it as context.
    pub fn provide() -> Self {
        let state = TeamState { data: RwSignal::new(TeamData::default()), leaving: RwSignal::new(None) };
        provide_context(state);
        state
    }

    pub fn data(&self) -> ReadSignal<TeamData> {
        self.data.read_only()
    }

    pub fn leaving(&self) -> ReadSignal<Option<Screen>> {
        self.leaving.read_only()
    }

    /// Whether there is team data that only lives in this tab.
    pub fn has_unsaved(&self) -> bool {
        self.data.with_untracked(|data| data.unsaved)
    }

    /// Result files join the people already loaded: each is validated, the bad ones are listed.
    pub fn add_result_files(&self, files: &[(String, Vec<u8>)]) {
        self.data.update(|data| {
            let rejected = data
                .roster
                .add(files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())), content::get_or_parse());
            data.last_added = Some((files.len() - rejected.len(), rejected.len()));
            data.unsaved |= rejected.len() < files.len();
            data.rejected = rejected;
            data.team_file_error = None;
        });
    }

    /// Takes one person out again (by position in the list of loaded files).
    pub fn remove_file(&self, index: usize) {
        self.data.update(|data| {
            if data.roster.remove(index) {
                data.unsaved = !data.roster.is_empty();
                data.last_added = None;
                data.rejected.clear();
            }
        });
    }

    /// "Rollen trotzdem neben den Antworten zeigen".
    pub fn set_show_roles(&self, show: bool) {
        self.data.update(|data| data.show_roles = show);
    }

    /// A saved team file's people join the loaded ones (it is saved, so nothing unsaved is added); a bad one changes
    /// nothing but the message.
    pub fn load_team_file(&self, name: &str, bytes: &[u8]) {
        match decode_team(bytes, content::get_or_parse()) {
            Ok((members, firm)) => self.data.update(|data| {
                let count = members.len();
                let left_out = data.roster.add_team(members, &firm, name);
                data.last_added = Some((count - left_out, left_out));
                data.rejected.clear();
                data.team_file_error = None;
            }),
            Err(error) => {
                leptos::logging::warn!("team file rejected: {error:?}");
                self.data.update(|data| data.team_file_error = Some(error));
            }
        }
    }

    /// The team file's text and name for `saved_at` (an ISO date-time); marks the data as saved.
    pub fn save(&self, saved_at: &str) -> (String, String) {
        let text = self.data.with_untracked(|data| encode_team(&data.roster.members(), &data.roster.firm(), saved_at));
        self.data.update(|data| data.unsaved = false);
        (text, team_file_name(saved_at.get(..10).unwrap_or_default()))
    }

    /// Called for every hash change: going from the team screen elsewhere with unsaved data is held, the address
    /// put back, and the "leave?" dialog shown. Returns whether the navigation was held.
    pub fn hold_navigation(&self, current: Screen, target: Screen) -> bool {
        if current != Screen::Team || target == Screen::Team || !self.has_unsaved() {
            return false;
        }
        // `replaceState` fires no `hashchange`, and leaves no extra history entry behind.
        let restored = window().history().and_then(|history| {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&Screen::Team.to_hash()))
        });
        if let Err(error) = restored {
            leptos::logging::warn!("could not keep the team screen's address: {error:?}");
        }
        self.leaving.set(Some(target));
        true
    }

    /// "Bleiben": close the dialog, keep everything.
    pub fn stay(&self) {
        self.leaving.set(None);
    }

    /// "Verlassen": forget the team data and go where the user wanted to go.
    pub fn leave(&self) {
        let target = self.leaving.get_untracked();
        self.leaving.set(None);
        self.data.set(TeamData::default());
        if let Some(target) = target
            && let Err(error) = window().location().set_hash(&target.to_hash())
        {
            leptos::logging::warn!("could not leave the team screen: {error:?}");
        }
    }
}

/// The team state from context; provided by the root.
pub fn use_team_state() -> TeamState {
    expect_context::<TeamState>()
}
