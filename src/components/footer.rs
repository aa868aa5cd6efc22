//! The page footer: what the check is based on and the privacy page link.

use leptos::prelude::*;

use crate::state::route::Screen;
use crate::state::use_app_state;

/// Footer with the source of the check and a link to the privacy explanation.
#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app_state();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{move || state.t().footer_note}</p>
                <p>
                    <a href=Screen::Privacy.to_hash() data-testid="privacy-link">
                        {move || state.t().footer_privacy_link}
                    </a>
                </p>
            </div>
        </footer>
    }
}
