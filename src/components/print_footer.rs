//! The printed report's running footer: firm and date bottom left, the page number bottom right, on every page of
//! the browser's own print (Ctrl+P), not only in a PDF tool. print.css sets both in `@page` margin boxes; the text
//! comes from here as the custom property `--report-footer` on `<html>`, set through the CSSOM (the CSP allows no
//! inline style) while the report is shown and removed when it is left, so no other printed screen carries it.

use leptos::prelude::*;

use crate::domain::report::css_string;

const PROPERTY: &str = "--report-footer";

/// Sets the footer text for printing; renders nothing.
#[component]
pub fn PrintFooter(text: String) -> impl IntoView {
    let style = document().document_element().and_then(|root| {
        use wasm_bindgen::JsCast;
        root.dyn_into::<web_sys::HtmlElement>().ok().map(|root| root.style())
    });
    if let Some(Err(error)) = style.as_ref().map(|style| style.set_property(PROPERTY, &css_string(&text))) {
        leptos::logging::warn!("report footer not set: {error:?}");
    }
    on_cleanup(move || {
        if let Some(style) = style {
            let _ = style.remove_property(PROPERTY);
        }
    });
}
