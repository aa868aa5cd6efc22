//! The re-check's intents ("Neuen Check beginnen", `domain::recheck`): each one change of the saved data through
//! `AppState::update`, so a round survives a reload and reaches another tab like an answer does. Only chunk screens
//! call them, so their code is not in the start page's part of the wasm.

use crate::domain::plan::Effect;
use crate::domain::recheck::{self, RoundError};

use super::AppState;
use super::clock::now;

impl AppState {
    /// Starts a round from the current answers. `Err(Running)` when one is there already (a double click, or another
    /// tab started it): the caller continues that round.
    pub fn start_round(&self) -> Result<(), RoundError> {
        let mut started = Err(RoundError::NoAnswers);
        self.update(|saved| started = recheck::start(saved, now()));
        started
    }

    /// "Neuen Check abbrechen": the answers as before the round.
    pub fn cancel_round(&self) {
        self.update(|saved| {
            recheck::cancel(saved);
        });
    }

    /// "Neuen Check abschließen": the answers stay, the results no longer compare with the round by themselves.
    pub fn close_round(&self) {
        self.update(recheck::close);
    }

    /// "Wie beim letzten Mal" for one statement.
    pub fn take_over_answer(&self, statement_id: &str) {
        self.update(|saved| {
            recheck::take_over(saved, statement_id);
        });
    }

    /// "Alle offenen wie beim letzten Mal" for the statements given; how many were taken over.
    pub fn take_over_open(&self, statement_ids: &[&str]) -> usize {
        let mut taken = 0;
        self.update(|saved| taken = recheck::take_over_open(saved, statement_ids.iter().copied()));
        taken
    }

    /// "Hat es gewirkt?" for a done measure the round asks about; `None` clears it.
    pub fn set_effect(&self, measure_id: &str, effect: Option<Effect>) {
        self.update(|saved| recheck::set_effect(saved, measure_id, effect));
    }
}
