//! The page footer: what the check is based on, and the links every screen needs: the privacy and accessibility
//! pages and, from `kammer.json`, the host's imprint and privacy notice.

use leptos::prelude::*;

use crate::domain::kammer::Kammer;
use crate::state::kammer::use_kammer;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// Footer with the source of the check and its links. Compact (embedded) it keeps only the links: the accessibility
/// statement and the host's legal pages must stay one step away on every screen.
#[component]
pub fn Footer(
    /// Embedded compact mode.
    compact: bool,
) -> impl IntoView {
    let state = use_app_state();
    let kammer = use_kammer();
    let class = if compact { "site-footer site-footer--compact" } else { "site-footer" };
    view! {
        <footer class=class>
            <div class="site-footer__inner">
                {(!compact).then(|| view! { <p>{move || state.t().footer_note}</p> })}
                <ul class="site-footer__links">
                    <li>
                        <a href=Screen::Privacy.to_hash()>
                            {move || state.t().footer_privacy_link}
                        </a>
                    </li>
                    <li>
                        <a href=Screen::Accessibility.to_hash()>{move || state.t().footer_accessibility_link}</a>
                    </li>
                    {move || host_links(kammer.get())}
                </ul>
            </div>
        </footer>
    }
}

/// The adviser's desk (not in a firm's path, so only here and on the report's hand-off page), and the host's imprint
/// and privacy notice, when `kammer.json` names them (already checked to be `https:` addresses).
fn host_links(kammer: Option<Kammer>) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let links = kammer.map(|kammer| kammer.links).unwrap_or_default();
    // Another site: a new window (never inside a chamber's frame, and the answers stay open), which screen readers hear.
    let link = |href: Option<String>, text: &'static str| {
        href.map(|href| {
            view! {
                <li><a href=href target="_blank" rel="noopener">
                    {text}<span class="visually-hidden">{t.opens_new_window}</span>
                </a></li>
            }
        })
    };
    view! {
        <li><a href=Screen::Desk.to_hash()>{t.desk_title}</a></li>
        {link(links.imprint, t.footer_imprint_link)}
        {link(links.privacy, t.footer_host_privacy_link)}
    }
}

