//! Browser-bound code, run by wasm-bindgen-test in headless Chromium (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use arbeitgeber_check::App;
use arbeitgeber_check::state::persist::{ASIDE_PREFIX, KEY, Mode, Persistence};
use arbeitgeber_check::state::storage::{Area, Store};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app; dropping it unmounts the app and removes its container.
struct Mounted {
    container: web_sys::HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Mounts the whole app at `hash` into a fresh container, with no saved data from earlier tests.
fn mount_app(hash: &str) -> Mounted {
    clear_app_storage();
    serve_the_content_file();
    window().location().set_hash(hash).unwrap();
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || App().into_any());
    Mounted { container, _handle: handle }
}

/// The test runner serves none of the build's files: the page's `fetch` answers the request for the content file
/// with the file the build ships, so the app loads its content as it does in production.
fn serve_the_content_file() {
    use arbeitgeber_check::domain::content::{BUNDLE_FILE, shipped_bundle};
    let serve = js_sys::Function::new_with_args(
        "file, text",
        "if (!window.__servesContent) {
            const real = window.fetch.bind(window);
            window.fetch = (url, init) =>
                url === file ? Promise.resolve(new Response(text, { status: 200 })) : real(url, init);
            window.__servesContent = true;
        }",
    );
    serve.call2(&JsValue::NULL, &BUNDLE_FILE.into(), &shipped_bundle().into()).unwrap();
}

async fn settle() {
    leptos::task::tick().await;
}

/// Waits (up to two seconds) until `selector` matches in `container`: the content arrives through a request.
async fn until_shown(container: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..200 {
        if let Some(element) = container.query_selector(selector).unwrap() {
            return element;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
    }
    panic!("nothing matches {selector}");
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element for {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_renders_german_start_page_and_switches_language() {
    let app = mount_app("");
    let container = &app.container;
    settle().await;
    assert!(text_of(container, "h1").contains("Wie attraktiv"));
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));

    let switch: web_sys::HtmlElement =
        container.query_selector("[data-testid=lang-switch]").unwrap().unwrap().unchecked_into();
    switch.click();
    settle().await;
    assert!(text_of(container, "h1").contains("How attractive"), "{}", text_of(container, "h1"));
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn local_storage_round_trip() {
    let store = Store::open(Area::Local).expect("local storage is available in the test browser");
    store.write("arbeitgeber-check.test", "{\"x\":1}").unwrap();
    assert_eq!(store.read("arbeitgeber-check.test").unwrap().as_deref(), Some("{\"x\":1}"));
    store.remove("arbeitgeber-check.test").unwrap();
    assert_eq!(store.read("arbeitgeber-check.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn session_storage_round_trip() {
    let store = Store::open(Area::Session).expect("session storage is available in the test browser");
    store.write("arbeitgeber-check.test", "abc").unwrap();
    assert_eq!(store.read("arbeitgeber-check.test").unwrap().as_deref(), Some("abc"));
    store.remove("arbeitgeber-check.test").unwrap();
}

fn clear_app_storage() {
    for store in [Store::open(Area::Session), Store::open(Area::Local)].into_iter().flatten() {
        for key in store.keys() {
            if key.starts_with(KEY) {
                store.remove(&key).unwrap();
            }
        }
    }
}

#[wasm_bindgen_test]
async fn a_statement_saves_its_answer_at_once_and_can_be_cleared() {
    let app = mount_app("#/feld/1");
    let container = &app.container;
    settle().await;
    let fieldset = until_shown(container, "fieldset[data-statement]").await;
    let id = fieldset.get_attribute("data-statement").unwrap();
    assert_eq!(fieldset.get_attribute("data-answer").as_deref(), Some(""));
    assert_eq!(fieldset.query_selector("legend").unwrap().unwrap().text_content().map(|t| t.len() > 10), Some(true));
    assert_eq!(fieldset.query_selector_all("input[type=radio]").unwrap().length(), 6);

    let mostly: web_sys::HtmlElement =
        fieldset.query_selector("input[value=mostly]").unwrap().unwrap().unchecked_into();
    mostly.click();
    settle().await;
    assert_eq!(fieldset.get_attribute("data-answer").as_deref(), Some("mostly"));
    let saved = Store::open(Area::Session).unwrap().read(KEY).unwrap().expect("saved at once");
    let saved = arbeitgeber_check::domain::saved::decode(&saved).unwrap();
    assert_eq!(saved.answers.get(&id), Some(arbeitgeber_check::domain::answers::Answer::Mostly));

    let clear: web_sys::HtmlElement = fieldset
        .query_selector("[data-testid=clear-answer]")
        .unwrap()
        .expect("a clear button once answered")
        .unchecked_into();
    clear.click();
    settle().await;
    assert_eq!(fieldset.get_attribute("data-answer").as_deref(), Some(""));
    let focused = document().active_element().and_then(|e| e.closest("fieldset").ok().flatten());
    assert_eq!(focused.and_then(|f| f.get_attribute("data-statement")), Some(id), "focus stays in the group");
}

#[wasm_bindgen_test]
fn persistence_keeps_unreadable_data_aside_and_starts_clean() {
    clear_app_storage();
    let session = Store::open(Area::Session).unwrap();
    session.write(KEY, "{not json").unwrap();
    let startup = Persistence::open().start(42.0);
    assert!(startup.kept_aside);
    assert_eq!(startup.mode, Mode::Stored(Area::Session));
    assert!(startup.loaded.saved.answers.is_empty());
    assert_eq!(session.read(KEY).unwrap(), None, "the unreadable copy no longer blocks the key");
    assert_eq!(session.read(&format!("{ASIDE_PREFIX}42")).unwrap().as_deref(), Some("{not json"));
    clear_app_storage();
}

#[wasm_bindgen_test]
fn persistence_moves_data_between_tab_and_device_and_deletes_every_trace() {
    clear_app_storage();
    let persistence = Persistence::open();
    let mut saved = arbeitgeber_check::domain::saved::Saved::new();
    saved.profile.company_name = "Bäckerei Beispiel".into();
    persistence.write(Mode::Stored(Area::Local), &saved).unwrap();
    persistence.write(Mode::Stored(Area::Session), &saved).unwrap();
    Store::open(Area::Local).unwrap().write(&format!("{ASIDE_PREFIX}1"), "x").unwrap();
    assert!(persistence.read(Area::Local).unwrap().contains("Bäckerei Beispiel"));
    let startup = persistence.start(1.0);
    assert_eq!(startup.mode, Mode::Stored(Area::Local), "data on the device means the user opted in");
    persistence.delete_all();
    assert_eq!(persistence.read(Area::Local), None);
    assert_eq!(persistence.read(Area::Session), None);
    assert!(Store::open(Area::Local).unwrap().keys().iter().all(|key| !key.starts_with(KEY)));
}

#[wasm_bindgen_test]
async fn radar_chart_draws_scored_axes_only_and_names_itself() {
    use arbeitgeber_check::components::chart::{ChartValue, RadarChart};
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let values = vec![
        ChartValue { label: "Ausbildung".into(), value: Some(80.0) },
        ChartValue { label: "Sicherung der Beschäftigungsfähigkeit".into(), value: None },
        ChartValue { label: "Bindung".into(), value: Some(20.0) },
    ];
    let _handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <RadarChart values=values.clone() title="Ergebnis".to_string()/> }.into_any()
    });
    settle().await;
    let svg = container.query_selector("svg").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("Ergebnis"));
    assert_eq!(svg.query_selector("title").unwrap().unwrap().text_content().as_deref(), Some("Ergebnis"));
    assert_eq!(svg.query_selector_all("circle").unwrap().length(), 2, "no dot for the unscored axis");
    assert_eq!(svg.query_selector_all(".chart__area").unwrap().length(), 0, "no closed shape over a gap");
    assert_eq!(svg.query_selector_all("text tspan").unwrap().length(), 1 + 2 + 1, "the long label wraps");
    container.remove();
}

#[wasm_bindgen_test]
fn top_level_page_is_not_a_frame_and_accent_is_set_through_the_cssom() {
    use arbeitgeber_check::state::embed::{apply_accent, in_frame};
    // wasm-bindgen-test runs the tests in a top-level page.
    assert!(!in_frame());
    apply_accent("#004b87");
    let root: web_sys::HtmlElement = document().document_element().unwrap().unchecked_into();
    assert_eq!(root.style().get_property_value("--accent").unwrap(), "#004b87");
    root.style().remove_property("--accent").unwrap();
}
