//! The privacy page: answers never leave the browser.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// Plain-words explanation of where answers are kept.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    view! {
        <section class="page page--privacy">
            <h1 id=PAGE_TITLE tabindex="-1">{t.privacy_title}</h1>
            {t.privacy_paragraphs.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
            <p><a href=Screen::Start.to_hash()>{t.back_to_start}</a></p>
        </section>
    }
}
