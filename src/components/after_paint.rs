//! Work a screen's first view does not need, done once the browser has shown that view: a long screen renders its
//! top in the task that swaps the page and the rest after the next paint, so what the user looks at comes sooner and
//! no single task holds the page for the whole screen (`make perf-ui`: results, first view and complete).

use std::time::Duration;

use leptos::prelude::*;

use crate::state::AppState;

/// Whether a long screen shows its lower part: at once when the screen has been painted before (it renders again, for
/// a language switch), else after the browser's next paint: a frame callback runs just before the paint, a task it
/// queues runs after. In a hidden document frames wait until it is shown, and so does the rest, which nobody sees.
pub fn after_first_view(state: AppState) -> RwSignal<bool> {
    let shown = RwSignal::new(state.screen_painted());
    if !shown.get_untracked() {
        request_animation_frame(move || {
            let show = move || {
                // The screen may have been left meanwhile; its flag is gone then, and so is the reason to mark it.
                if shown.try_set(true).is_none() {
                    state.mark_screen_painted();
                }
            };
            set_timeout(show, Duration::ZERO);
        });
    }
    shown
}
