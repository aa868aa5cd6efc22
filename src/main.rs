fn main() {
    console_error_panic_hook::set_once();
    // The start page pre-rendered into index.html (examples/prerender.rs) gives way to the app in this same task, so
    // no frame shows both or neither.
    if let Some(prerendered) = leptos::prelude::document().get_element_by_id("prerender") {
        prerendered.remove();
    }
    leptos::mount::mount_to_body(arbeitgeber_check::App);
}
