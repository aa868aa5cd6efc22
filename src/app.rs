//! The root: creates the state, keeps it in step with the URL hash, other tabs and the document, moves focus on
//! screen changes, lays out the page and switches between the screens, and mounts all that in steps over the
//! pre-rendered start page. It sits above the pages, which it renders; nothing imports it but `lib.rs` (and `main`).

use leptos::prelude::*;

use crate::components::content_gate::ContentPending;
use crate::components::focus::{MAIN, focus_by_id, focus_page_title, focus_statement};
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::notice::NoticeBar;
use crate::pages;
use crate::state::content::{ContentState, Status, use_content};
use crate::state::embed;
use crate::domain::options::{Options, parse_query};
use crate::domain::route::Screen;
use crate::state::team::TeamState;
use crate::state::{AppState, use_app_state};

/// The whole app in one step, as the browser tests mount it.
#[component]
pub fn App() -> impl IntoView {
    let root = Root::start_at_once();
    view! { {root.top()} {root.main()} {root.bottom()} }
}

/// Mounts the app to `<body>` in seven tasks after the one that instantiated the wasm (the root's state, its requests,
/// its wiring, header, main, footer, then the swap), so that the browser can handle input between them instead of
/// waiting for one long task: most of a step's time is V8 compiling the wasm functions it calls for the first time
/// (`make perf-ui`, start-up). The views are built into a detached element, where their ids cannot meet the
/// pre-rendered start page's, and replace the pre-render in the last task, so no frame shows both or neither.
pub fn mount_in_steps() {
    let Ok(parts) = document().create_element("div") else {
        remove_prerender();
        leptos::mount::mount_to_body(App);
        return;
    };
    // What `leptos::mount::mount_to` does first: effects need the executor (an error means it already runs).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The root's state in a task of its own, then the steps that need it.
    set_timeout(
        move || {
            let owner = Owner::new();
            let (root, wiring) = owner.with(Root::start_state);
            let request = {
                let owner = owner.clone();
                Box::new(move || owner.with(Wiring::request)) as Box<dyn FnOnce()>
            };
            let connect = {
                let owner = owner.clone();
                Box::new(move || owner.with(|| wiring.connect())) as Box<dyn FnOnce()>
            };
            let part = |build: fn(Root) -> AnyView| -> Box<dyn FnOnce()> {
                let (owner, parts) = (owner.clone(), parts.clone());
                Box::new(move || {
                    let mut view = owner.with(|| build(root).build());
                    view.mount(&parts, None);
                    // Kept for the page's lifetime, as `mount_to_body` keeps its view.
                    std::mem::forget(view);
                })
            };
            run_in_tasks(vec![
                request,
                connect,
                part(|root| root.top().into_any()),
                part(|root| root.main().into_any()),
                part(|root| root.bottom().into_any()),
                Box::new(move || {
                    replace_prerender(&parts);
                    // kammer.json may have come while the app's header was still detached (the pre-render's header,
                    // gone now, was the one in the document then): its name and logo go into the header shown now.
                    owner.with(show_known_chamber);
                    // The root owner lives as long as the page, as under `mount_to_body`.
                    std::mem::forget(owner);
                }),
            ]);
        },
        std::time::Duration::ZERO,
    );
}

/// Runs the steps in order, each in a task of its own.
fn run_in_tasks(mut steps: Vec<Box<dyn FnOnce()>>) {
    if steps.is_empty() {
        return;
    }
    let step = steps.remove(0);
    set_timeout(
        move || {
            step();
            run_in_tasks(steps);
        },
        std::time::Duration::ZERO,
    );
}

/// Moves the mounted app from its detached element into `<body>`, in the task that removes the pre-rendered start
/// page. (What the user did on the pre-render — focus, a ticked "merken" box — public/start.js carries over.)
fn replace_prerender(parts: &web_sys::Element) {
    remove_prerender();
    let Some(body) = document().body() else { return };
    while let Some(node) = parts.first_child() {
        if let Err(error) = body.append_child(&node) {
            leptos::logging::error!("could not show the app: {error:?}");
            return;
        }
    }
}

/// Fills the header with the chamber's name and logo when `kammer.json` has already been read.
fn show_known_chamber() {
    let known = use_context::<crate::state::kammer::KammerSettings>().and_then(|kammer| kammer.0.get_untracked());
    if let Some(kammer) = known {
        crate::components::header::show_chamber(&kammer);
    }
}

/// The start page pre-rendered into index.html (examples/prerender.rs) gives way to the app.
fn remove_prerender() {
    if let Some(prerendered) = document().get_element_by_id("prerender") {
        prerendered.remove();
    }
}

/// The root's state, which its views read; `Root::start_state` sets it up with the listeners, `Wiring::request` starts the
/// requests, `Wiring::connect` the rest.
#[derive(Clone, Copy)]
struct Root {
    state: AppState,
    compact: bool,
}

impl Root {
    /// The whole root in one task (the browser tests and the fallback mount): the state, the requests, the rest.
    fn start_at_once() -> Root {
        let (root, wiring) = Root::start_state();
        Wiring::request();
        wiring.connect();
        root
    }

    /// The state, from the URL and the browser's storage, and the listeners that keep it in step with the URL hash and
    /// other tabs (`state::other_tabs`; in the same task as the storage is read, so no other tab's write can fall
    /// between).
    fn start_state() -> (Root, Wiring) {
        let location = window().location();
        let options = parse_query(&location.search().unwrap_or_default());
        for name in &options.ignored {
            leptos::logging::warn!("Arbeitgeber-Check: ignored invalid URL parameter `{name}`");
        }
        let screen = Screen::parse(&location.hash().unwrap_or_default()).unwrap_or(Screen::Start);
        let state = AppState::start(options.lang, screen);
        provide_context(state);
        let compare = crate::state::compare::CompareState::provide();
        let team = TeamState::provide();

        // Back/forward, links and typed URLs all arrive here; the hash is the single source of the current screen.
        let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            let target = Screen::parse(&hash).unwrap_or(Screen::Start);
            if !team.hold_navigation(state.screen().get_untracked(), target) {
                state.show_screen(target);
            }
        });
        crate::state::other_tabs::listen(state, compare);
        on_cleanup(move || hash_listener.remove());
        let compact = options.embed;
        (Root { state, compact }, Wiring { options, state })
    }

    /// The skip link and the header.
    fn top(self) -> impl IntoView {
        let state = self.state;
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{move || state.t().skip_link}</a>
            <Header compact=self.compact/>
        }
    }

    /// `<main>`: the notices and the current screen.
    fn main(self) -> impl IntoView {
        view! {
            <main id=MAIN tabindex="-1">
                <NoticeBar/>
                <CurrentScreen/>
            </main>
        }
    }

    fn bottom(self) -> impl IntoView {
        view! { <Footer compact=self.compact/> }
    }
}

/// The rest of the root's set-up, which `mount_in_steps` runs in two tasks of their own.
struct Wiring {
    options: Options,
    state: AppState,
}

impl Wiring {
    /// The requests that take longest, the content file with the screens' code and kammer.json, whose states go into
    /// the context for `connect`: a step of its own, as in the state's step they made that the longest of the
    /// start-up.
    fn request() {
        ContentState::provide(pages::on_demand::screens_chunk());
        crate::state::kammer::provide();
    }

    /// The benchmark, the embedding (compact mode, accent, height reports, hand-off) and the effects that keep the
    /// document and the focus in step with the state. After `request`, whose states it takes from the context.
    fn connect(self) {
        let Wiring { options, state } = self;
        let content = expect_context::<ContentState>();
        let kammer = expect_context::<crate::state::kammer::KammerSettings>();
        crate::state::benchmark::provide();
        set_up_embedding(&options, state);
        apply_kammer_accent(&options, kammer);
        Effect::new(move |_| {
            if let Some(kammer) = kammer.0.get() {
                crate::components::header::show_chamber(&kammer);
            }
        });
        sync_document(state, content);
        move_focus_on_screen_change(state);
        move_focus_when_screen_ready(state, content);
    }
}

/// Compact mode, accent colour, height reports to an embedding page, and a hand-off from a frame.
fn set_up_embedding(options: &Options, state: AppState) {
    if let Some(accent) = &options.accent {
        embed::apply_accent(accent);
    }
    if options.embed
        && let Some(root) = document().document_element()
        && let Err(error) = root.class_list().add_1("embed")
    {
        leptos::logging::error!("could not switch to compact mode: {error:?}");
    }
    if embed::in_frame() {
        embed::report_height();
    }
    if options.handoff {
        embed::receive_handoff(move |saved| state.replace_with_handoff(saved));
    }
}

/// The chamber's accent colour from `kammer.json`, once it arrives; an `?accent=` in the URL wins.
fn apply_kammer_accent(options: &Options, kammer: crate::state::kammer::KammerSettings) {
    if options.accent.is_some() {
        return;
    }
    Effect::new(move |_| {
        if let Some(accent) = kammer.0.get().and_then(|kammer| kammer.accent) {
            embed::apply_accent(&accent);
        }
    });
}

/// Keeps `<html lang>` and the document title in step with the language and screen, for screen readers and tabs.
fn sync_document(state: AppState, content: ContentState) {
    Effect::new(move |_| {
        let lang = state.lang().get();
        let document = document();
        if let Some(root) = document.document_element() {
            // Setting an attribute on <html> cannot fail in practice; a failure would be a browser bug worth logging.
            if let Err(error) = root.set_attribute("lang", lang.as_str()) {
                leptos::logging::error!("could not set <html lang>: {error:?}");
            }
        }
        if embed::in_frame() {
            embed::report_lang(lang.as_str());
        }
        let t = state.t();
        // Only a field's title needs the content (asking for it parses it); the status is read so that the title
        // follows once the content has arrived.
        let screen = state.screen().get();
        let content =
            (screen.field_index().is_some() && content.status() == Status::Ready).then(crate::state::content::get_or_parse);
        let title = pages::title(screen, lang, content);
        document.set_title(&if title.is_empty() {
            t.app_name.to_string()
        } else {
            format!("{title} – {}", t.app_name)
        });
    });
}

/// After a screen change (not on first load), focus goes to the new page's heading so screen readers announce it
/// and keyboard users continue from the top, or to a statement the user asked to jump to.
fn move_focus_on_screen_change(state: AppState) {
    Effect::new(move |previous: Option<Screen>| {
        let screen = state.screen().get();
        if previous.is_some_and(|previous| previous != screen) {
            if embed::in_frame() {
                embed::report_navigation();
            }
            // After the new page is in the DOM.
            // A statement asked for but not on this screen (never kept for a later one) leaves focus to the heading.
            request_animation_frame(move || {
                if !state.take_statement_to_focus().is_some_and(focus_statement) {
                    focus_page_title();
                }
            });
        }
        screen
    });
}

/// A screen that waited (for the content, for its code) replaces its status with its own page; focus, which was on
/// the status heading (now gone), goes to the page's heading.
fn move_focus_when_screen_ready(state: AppState, content: ContentState) {
    Effect::new(move |previous: Option<(Screen, Status)>| {
        let screen = state.screen().get();
        let status = readiness(screen, content);
        // A change of screen is the other effect's; this one follows a screen whose status changed.
        if previous.is_some_and(|previous| previous.0 == screen && previous.1 != status) {
            // After the page has replaced the status; only if focus went down with the status heading.
            request_animation_frame(|| {
                if document().active_element().is_none_or(|element| element.tag_name() == "BODY") {
                    focus_page_title();
                }
            });
        }
        (screen, status)
    });
}

/// The skip link moves focus to `<main>` without changing the hash, which is the router's.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    focus_by_id(MAIN);
}

/// The page for the current screen.
#[component]
fn CurrentScreen() -> impl IntoView {
    let state = use_app_state();
    let content = use_content();
    // Pages render their texts once; a language switch renders the page anew, which keeps the wasm small (no reactive
    // closure per text) and costs nothing noticeable. Answers and focus targets live in state, not in the DOM.
    move || {
        let screen = (state.lang().track(), state.screen().get()).1;
        if screen == Screen::Start {
            // The chunk's part of the start page (the re-check note, issue 30), once the chunk is here.
            let note = move || (content.screens_chunk_status() == Status::Ready).then(|| pages::on_demand::render(screen)).flatten();
            return view! { {note} <pages::start::StartPage/> }.into_any();
        }
        // The others once what they wait for is here (`pages::on_demand`); the status until then.
        let status = readiness(screen, content);
        let page = match status {
            Status::Ready => pages::on_demand::render(screen),
            Status::Loading | Status::Failed => None,
        };
        page.unwrap_or_else(|| view! { <ContentPending content=content status=status/> }.into_any())
    }
}

/// What a screen waits for (tracked): the start page nothing; the others their code, in the chunk of the release build;
/// those that show the check's content that too.
fn readiness(screen: Screen, content: ContentState) -> Status {
    match screen {
        Screen::Start => Status::Ready,
        screen if screen.needs_content() => content.status(),
        _ => content.screens_chunk_status(),
    }
}

/// The page a first visit sees, in German, as HTML: what the build puts into index.html (post-build step prerender,
/// examples/prerender.rs), so the start page reads before the wasm runs. Rendered by the very components `App` mounts
/// (skip link, header, notices, start page, footer) from a first visit's state, plus the compact (embedded) header
/// and footer, which CSS shows instead of the full ones under `html.embed`. Native only: the build runs it, and
/// nothing reacts in it (effects are dropped, handlers never fire).
#[cfg(not(target_arch = "wasm32"))]
pub fn first_visit_html() -> String {
    use crate::domain::lang::Lang;

    /// Takes the effects' tasks and drops them: a page rendered once to text has nothing to react to.
    struct NoEffects;
    impl any_spawner::CustomExecutor for NoEffects {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    // An error means an executor runs already (a second render), which is as good.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);

    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::first_visit(Lang::De);
        provide_context(state);
        crate::state::compare::CompareState::provide();
        TeamState::provide();
        let page = Root { state, compact: false };
        let embedded = Root { state, compact: true };
        // Read once, as a component body reads: the views' closures run here outside any effect, on purpose.
        untrack(|| {
            view! { {page.top()} <Header compact=true/> {page.main()} {page.bottom()} {embedded.bottom()} }.to_html()
        })
    })
}
