//! The page header: product name, the link to the page in plain language, and the language switch.

use leptos::prelude::*;

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
                <span class="site-header__links">
                    {easy_language}
                    <nav aria-label=move || state.t().language_switch_label>{switch}</nav>
                </span>
            </div>
        </header>
    }
    .into_any()
}
