//! Keyboard focus and the few DOM ids that several views share. Below every view, so pages, components and the root
//! can all use it without importing each other.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of every page's `<h1>`: the target of focus after a screen change and of each page's `aria-labelledby`.
pub const PAGE_TITLE: &str = "page-title";
/// The id of `<main>`, the skip link's target.
pub const MAIN: &str = "main";

/// The DOM id of a statement's fieldset: ids like `1.1.a` become `s-1-1-a` (no dots, so CSS selectors need no
/// escaping).
pub fn statement_dom_id(statement_id: &str) -> String {
    format!("s-{}", statement_id.replace('.', "-"))
}

/// Moves keyboard focus to the current page's heading.
pub fn focus_page_title() {
    focus_by_id(PAGE_TITLE);
}

/// Moves keyboard focus into a statement's group: its checked option, else its first option. False when the
/// statement is not on the screen (focus then stays where it was).
pub fn focus_statement(statement_id: &str) -> bool {
    let group = statement_dom_id(statement_id);
    let selector = format!("#{group} input:checked, #{group} input");
    focus(document().query_selector(&selector).ok().flatten())
}

/// Moves keyboard focus to the element with this id, if it is there.
pub fn focus_by_id(id: &str) {
    focus(document().get_element_by_id(id));
}

/// Moves keyboard focus to the element with this id; false when it is not there (focus then stays where it was).
pub fn focus_by_id_if_there(id: &str) -> bool {
    focus(document().get_element_by_id(id))
}

/// Moves keyboard focus to an element, if there is one and it can take focus; whether there was one.
fn focus(element: Option<web_sys::Element>) -> bool {
    match element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => {
            // `focus()` only fails for detached or inert elements; there is nothing better to do then.
            let _ = element.focus();
            true
        }
        None => false,
    }
}
