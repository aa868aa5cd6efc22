//! Running inside a chamber's page: report the content height and screen changes to the embedding page, theme the
//! accent colour, and hand the current answers to a new window when the frame may not store them.
//!
//! Messages to the parent carry only sizes and navigation events, never answers; hence the `*` target origin. The
//! hand-off to a new window stays on the app's own origin in both directions.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::domain::saved::{Saved, decode};

const HEIGHT: &str = "arbeitgeber-check:height";
const NAVIGATE: &str = "arbeitgeber-check:navigate";
const READY: &str = "arbeitgeber-check:ready";
const LANG: &str = "arbeitgeber-check:lang";
const HANDOFF: &str = "arbeitgeber-check:handoff";
/// Query parameter of a window opened to continue the answers of a frame.
pub const HANDOFF_PARAM: &str = "handoff";

/// Whether the app runs inside a frame of another page.
pub fn in_frame() -> bool {
    let window = window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

fn post_to_parent(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent()
        && let Err(error) = parent.post_message(message, "*")
    {
        leptos::logging::warn!("could not message the embedding page: {error:?}");
    }
}

fn message(kind: &str) -> js_sys::Object {
    let object = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    object
}

/// Reports the document height to the parent now and on every later size change (screen, layout, window resize,
/// language): a ResizeObserver on the root element sees them all.
pub fn report_height() {
    let send = || {
        let height = document().document_element().map(|root| root.get_bounding_client_rect().height()).unwrap_or(0.0);
        let message = message(HEIGHT);
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
        post_to_parent(&message);
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    match web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            if let Some(root) = document().document_element() {
                observer.observe(&root);
            }
        }
        Err(error) => leptos::logging::warn!("no ResizeObserver: {error:?}"),
    }
    // The observer and its callback live as long as the page.
    callback.forget();
}

/// Tells the parent the language the app shows ("de" or "en"), so the loader titles the frame in it.
pub fn report_lang(lang: &str) {
    let message = message(LANG);
    let _ = js_sys::Reflect::set(&message, &"lang".into(), &lang.into());
    post_to_parent(&message);
}

/// Tells the parent that the screen changed, so it can scroll the frame's top into view.
pub fn report_navigation() {
    post_to_parent(&message(NAVIGATE));
}

/// Sets the accent colour (already validated as a dark-enough `#rrggbb`) through the CSSOM, which a strict CSP
/// allows, unlike inline style attributes.
pub fn apply_accent(accent: &str) {
    let root = document().document_element().and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root
        && let Err(error) = root.style().set_property("--accent", accent)
    {
        leptos::logging::warn!("could not set the accent colour: {error:?}");
    }
}

/// Opens the app in a new top-level window (where storage works) and hands it the current answers once it says it
/// is ready. Returns false when the browser blocked the window.
pub fn open_in_new_window(saved: &Saved) -> bool {
    let window = window();
    let location = window.location();
    let url = format!(
        "{}{}?{HANDOFF_PARAM}=1",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let Ok(Some(opened)) = window.open_with_url_and_target(&url, "_blank") else { return false };
    let origin = location.origin().unwrap_or_default();
    let payload = saved.encode();
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let from_opened = event.source().is_some_and(|source| js_sys::Object::is(&source, &opened));
        if event.origin() != origin || !from_opened || message_type(&event.data()) != Some(READY.into()) {
            return;
        }
        let reply = message(HANDOFF);
        let _ = js_sys::Reflect::set(&reply, &"saved".into(), &payload.clone().into());
        if let Err(error) = opened.post_message(&reply, &origin) {
            leptos::logging::warn!("could not hand the answers over: {error:?}");
        }
    });
    if let Err(error) = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref()) {
        leptos::logging::warn!("could not listen for the new window: {error:?}");
    }
    listener.forget();
    true
}

/// In a window opened by [`open_in_new_window`]: asks the opener for the answers and calls `receive` with them.
pub fn receive_handoff(receive: impl Fn(Saved) + 'static) {
    let window = window();
    let Ok(opener) = window.opener() else { return };
    if opener.is_null() || opener.is_undefined() {
        return;
    }
    // The opener is a window of another browsing context: `instanceof Window` is false across realms, so no
    // checked cast; `postMessage` is all that is used.
    let opener: web_sys::Window = opener.unchecked_into();
    let origin = window.location().origin().unwrap_or_default();
    let own_origin = origin.clone();
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if event.origin() != own_origin || message_type(&event.data()) != Some(HANDOFF.into()) {
            return;
        }
        let raw = js_sys::Reflect::get(&event.data(), &"saved".into()).ok().and_then(|value| value.as_string());
        match raw.as_deref().map(decode) {
            Some(Ok(saved)) => receive(saved),
            _ => leptos::logging::warn!("ignored an unreadable hand-off"),
        }
    });
    if let Err(error) = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref()) {
        leptos::logging::warn!("could not listen for the hand-off: {error:?}");
    }
    listener.forget();
    if let Err(error) = opener.post_message(&message(READY), &origin) {
        leptos::logging::warn!("could not ask for the answers: {error:?}");
    }
}

fn message_type(data: &JsValue) -> Option<String> {
    js_sys::Reflect::get(data, &"type".into()).ok()?.as_string()
}
