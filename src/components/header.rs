//! The page header: product name, the chamber's name and logo from `kammer.json`, the link to the page in plain
//! language, and the language switch.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::kammer::Kammer;
use crate::domain::lang::Lang;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// Product name (a link to the start page) and a button that switches to the other language. In compact mode (embedded
/// on a host page that has its own header) only a slim bar with the language switch.
#[component]
pub fn Header(
    /// Embedded compact mode.
    compact: bool,
) -> impl IntoView {
    let state = use_app_state();
    let other = move || match state.lang().get() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let switch = move || {
        view! {
            <button
                type="button"
                class="lang-switch"
                data-testid="lang-switch"
                lang=move || other().as_str()
                on:click=move |_| state.set_lang(other())
            >
                {move || state.t().other_language_name}
            </button>
        }
    };
    let easy_language = move || {
        view! {
            <a class="easy-language-link" href=Screen::EasyLanguage.to_hash()>
                {move || state.t().header_easy_language_link}
            </a>
        }
    };
    if compact {
        return view! {
            <div class="embed-bar">
                {easy_language}
                <nav aria-label=move || state.t().language_switch_label>{switch}</nav>
            </div>
        }
        .into_any();
    }
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href="#/">{move || state.t().app_name}</a>
                <span class="site-header__chamber" data-testid="header-chamber"><img alt="" height="32"/><span></span></span>
                <span class="site-header__links">
                    {easy_language}
                    <nav aria-label=move || state.t().language_switch_label>{switch}</nav>
                </span>
            </div>
        </header>
    }
    .into_any()
}

/// Fills the header's place for the chamber (an empty logo and name in the markup above) once `kammer.json` has
/// arrived. Set through the DOM rather than as reactive view parts: the header is on the start page, whose first load
/// has no room for the view code (reactive text and attribute: +1 KB brotli; this: a few bytes). The header is built
/// once, so nothing overwrites it. Compact (embedded) mode has no header: nothing to fill.
pub fn show_chamber(kammer: &Kammer) {
    // Every header in the document: the pre-rendered one too while it is still there (it goes with the take-over).
    let Ok(places) = document().query_selector_all(".site-header__chamber") else { return };
    for index in 0..places.length() {
        let Some(place) = places.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        if let (Some(logo), Ok(Some(img))) = (&kammer.logo, place.query_selector("img")) {
            let _ = img.set_attribute("src", logo);
        }
        if let Ok(Some(name)) = place.query_selector("span") {
            name.set_text_content(kammer.name.as_deref());
        }
    }
}

/// The chamber's logo and name as the report's cover and the editor's preview show them, when `kammer.json` gives
/// them. The logo is decorative beside the name; alone it is named "Logo".
pub fn chamber(kammer: Kammer) -> Option<impl IntoView> {
    (kammer.name.is_some() || kammer.logo.is_some()).then(|| {
        let alt = if kammer.name.is_some() { "" } else { "Logo" };
        view! {
            <span class="site-header__chamber" data-testid="header-chamber">
                {kammer.logo.map(|file| view! { <img src=file alt=alt height="32"/> })}
                {kammer.name}
            </span>
        }
    })
}
