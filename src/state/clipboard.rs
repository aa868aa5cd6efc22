//! The clipboard, for the team round's invitation: `navigator.clipboard.writeText`, read by property (which spares
//! web-sys bindings), and the fallback of selecting the text for the user to copy.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; false where the browser refuses or lacks it.
pub async fn copy(text: &str) -> bool {
    let call = || -> Option<js_sys::Promise> {
        let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into().ok()?;
        write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
    };
    match call() {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Selects the text of the field with this id and focuses it, so that copying by hand is one key press away.
pub fn select_for_copying(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    let select =
        js_sys::Reflect::get(&element, &"select".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(select) = select {
        let _ = select.call0(&element);
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
