//! "Leichte Sprache": the check explained in Easy Read German (short sentences, one statement each, hard words
//! explained, no genitive); in English a plain-English summary.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;

use super::accessibility::info_section;
use crate::i18n::info_pages::easy_language;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// The Leichte-Sprache page in German, the plain-English summary in English.
#[component]
pub fn EasyLanguagePage() -> impl IntoView {
    let state = use_app_state();
    let texts = easy_language(state.lang().get());
    let t = state.t();
    view! {
        <section class="page page--info page--easy" data-testid="easy-language-page">
            <h1 id=PAGE_TITLE tabindex="-1">{texts.title}</h1>
            {texts.intro.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
            {texts.sections.iter().map(info_section).collect_view()}
            <ul class="easy__links">
                <li><a href=Screen::EasyResults.to_hash()>{t.easy_results_title}</a></li>
                <li><a href=Screen::Accessibility.to_hash()>{t.footer_accessibility_link}</a></li>
                <li><a href=Screen::Start.to_hash()>{t.back_to_start}</a></li>
            </ul>
        </section>
    }
}
