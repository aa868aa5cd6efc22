//! The check's content (fields, goals, statements, measures, bands), fetched from its own file
//! (`domain::content::BUNDLE_FILE`) once the app runs, instead of being part of the wasm: it is a sixth of what a
//! visitor would otherwise download before the start page works, and the start page needs none of it.
//!
//! Screens that show content wait for it: the root shows a status meanwhile, and a retry if the request failed
//! (`components::content_gate`). They also wait for their code where the build moved it into a chunk of its own
//! (`pages::on_demand`), which the root hands in as a [`LoadScreensChunk`] loaded alongside the file. Actions that need the
//! content (importing a file, reading a benchmark) fetch it themselves when it has not arrived yet ([`ensure`]).
//! Nothing the user entered depends on it, so a failure loses nothing.
//!
//! The text is parsed when something first needs it, not when it arrives: the parse is a long task on a slow phone,
//! and right after start-up the visitor is reading the start page. The parser itself waits in the chunk
//! (`state::split`); the content is ready once both the text and the parser are here.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::OnceLock;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::content::{BUNDLE_FILE, Bands, Content, ContentDate, Meta};
use crate::split_point;
use crate::state::fetch::{Fetch, fetch_text};
use crate::state::split::{NotLoaded, now_or_never};

/// Fired on `window` once the content (and the screens' chunk) has arrived: the app has all its files, and public/start.js
/// registers the service worker only then, so that the worker's copies never download alongside the app's own.
pub const READY_EVENT: &str = "arbeitgeber-check-ready";

/// The content once it has been parsed; set once per page load.
static LOADED: OnceLock<Content> = OnceLock::new();

thread_local! {
    /// The file's text from its arrival until the first parse.
    static ARRIVED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the parser is here (it waits in the chunk, `state::split`): a parse can then run at once.
    static PARSER_HERE: Cell<bool> = const { Cell::new(false) };
}

/// Loads the screens' wasm chunk (`pages::on_demand`), which the content's screens need besides the file, alongside
/// it: resolves to whether it arrived.
pub type LoadScreensChunk = fn() -> Pin<Box<dyn Future<Output = bool>>>;

/// Where the content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Loading,
    Ready,
    Failed,
}

/// The content's status in context, for the views that wait for it.
#[derive(Clone, Copy)]
pub struct ContentState {
    /// The file's.
    status: RwSignal<Status>,
    /// The screens' chunk's; ready where the build has none.
    screens_chunk: RwSignal<Status>,
    load_screens_chunk: Option<LoadScreensChunk>,
}

impl ContentState {
    /// Provides the state as context and starts the requests, for what is not here yet. Call once in the root.
    pub fn provide(screens_chunk: Option<LoadScreensChunk>) -> Self {
        let state = ContentState {
            status: RwSignal::new(initial_status()),
            screens_chunk: RwSignal::new(if screens_chunk.is_some() { Status::Loading } else { Status::Ready }),
            load_screens_chunk: screens_chunk,
        };
        provide_context(state);
        if state.status.get_untracked() == Status::Loading {
            state.request();
        }
        state.request_screens_chunk();
        state
    }

    /// The status of the file and the screens' chunk together (tracked): failed as soon as one failed, ready once both are.
    pub fn status(&self) -> Status {
        match (self.status.get(), self.screens_chunk.get()) {
            (Status::Failed, _) | (_, Status::Failed) => Status::Failed,
            (Status::Ready, Status::Ready) => Status::Ready,
            _ => Status::Loading,
        }
    }

    /// The screens' chunk's status alone (tracked), for the screens that need its code but not the content.
    pub fn screens_chunk_status(&self) -> Status {
        self.screens_chunk.get()
    }

    /// Asks again for what failed.
    pub fn retry(&self) {
        if self.status.get_untracked() == Status::Failed {
            self.status.set(Status::Loading);
            self.request();
        }
        if self.screens_chunk.get_untracked() == Status::Failed {
            self.screens_chunk.set(Status::Loading);
            self.request_screens_chunk();
        }
    }

    fn request_screens_chunk(self) {
        let Some(load) = self.load_screens_chunk else { return };
        // Started here, in the caller's context, which the loader reads (`pages::on_demand`); the task has none.
        let loading = load();
        spawn_local(async move {
            let status = if loading.await { Status::Ready } else { Status::Failed };
            self.screens_chunk.set(status);
            self.announce_if_ready();
        });
    }

    fn request(self) {
        spawn_local(async move {
            let status = match fetch().await {
                Ok(text) => {
                    if LOADED.get().is_none() {
                        ARRIVED.with(|arrived| *arrived.borrow_mut() = Some(text));
                    }
                    // Ready once the text can be read at once, when a screen asks for it.
                    if preload_parser().await.is_ok() {
                        PARSER_HERE.set(true);
                        Status::Ready
                    } else {
                        leptos::logging::warn!(
                            "Arbeitgeber-Check: the code that reads the content could not be loaded"
                        );
                        Status::Failed
                    }
                }
                Err(error) => {
                    leptos::logging::warn!("Arbeitgeber-Check: the content could not be loaded ({error})");
                    Status::Failed
                }
            };
            self.status.set(status);
            self.announce_if_ready();
        });
    }

    fn announce_if_ready(self) {
        if self.status.get_untracked() == Status::Ready && self.screens_chunk.get_untracked() == Status::Ready {
            announce_ready();
        }
    }

    /// After the arrived text turned out not to parse: the screen shows the failure and offers to try again.
    fn broken(self) {
        // Not while a view is rendering (this is found during a render): in a task of its own.
        set_timeout(move || self.status.set(Status::Failed), std::time::Duration::ZERO);
    }
}

fn announce_ready() {
    let event = web_sys::Event::new(READY_EVENT);
    if let Err(error) = event.and_then(|event| window().dispatch_event(&event)) {
        leptos::logging::warn!("Arbeitgeber-Check: could not announce the content ({error:?})");
    }
}

fn initial_status() -> Status {
    if LOADED.get().is_some() { Status::Ready } else { Status::Loading }
}

/// The content's status for a view; outside the root (browser tests of single components) a state that is ready when
/// the content is.
pub fn use_content() -> ContentState {
    use_context::<ContentState>().unwrap_or_else(|| ContentState {
        status: RwSignal::new(initial_status()),
        screens_chunk: RwSignal::new(Status::Ready),
        load_screens_chunk: None,
    })
}

/// The content, fetched and parsed first if need be.
pub async fn ensure() -> Result<&'static Content, String> {
    // The parser first, while the arrived text stays where a screen's `get_or_parse()` finds it: taken and parsed only in
    // one go below, with nothing awaited in between, so no screen ever sees the text gone and not yet parsed.
    preload_parser().await.map_err(|_| "the code that reads it could not be loaded".to_string())?;
    PARSER_HERE.set(true);
    if let Some(parsed) = parse_arrived() {
        return parsed;
    }
    let text = fetch().await?;
    now_or_never(parse(&text)).and_then(Result::ok).ok_or("the parser is not here")?
}

async fn fetch() -> Result<String, String> {
    fetch_text(BUNDLE_FILE, Fetch::IMMUTABLE).await?.ok_or_else(|| format!("{BUNDLE_FILE} not found"))
}

split_point! {
    preload preload_parser;
    /// Only the screens that show content need the parser, so it waits in the chunk (`state::split`). It keeps the
    /// content itself (the first parse wins), so the start page's part never holds a [`Content`] of its own: the code
    /// that drops one (the duties' many texts) stays in the chunk too.
    fn parse(text: &str) -> Result<Result<&'static Content, String>, NotLoaded> {
        if let Some(content) = LOADED.get() {
            return Ok(Ok(content));
        }
        Ok(Content::parse_bundle(text)
            .map(|content| LOADED.get_or_init(|| content))
            .map_err(|error| format!("{}: {}", error.file, error.message)))
    }
}

/// The parsed content, parsing the arrived text if that has not happened yet; `None` before the text and its parser
/// are here. A text that does not parse is dropped, so the next request fetches it anew.
fn parse_arrived() -> Option<Result<&'static Content, String>> {
    if let Some(content) = LOADED.get() {
        return Some(Ok(content));
    }
    if !PARSER_HERE.get() {
        return None;
    }
    let text = ARRIVED.with(|arrived| arrived.borrow_mut().take())?;
    // The parser is here, so this is ready on its first poll.
    now_or_never(parse(&text))?.ok()
}

/// The content, parsed from the arrived text on the first call: the one way views and state read it. For a screen
/// that shows only once the content has arrived (the root holds such screens back); before that it is empty, which
/// such a screen never sees, and which keeps a caller that came too early from failing. A file that arrived but does
/// not parse (damaged on the way; found here or by [`ensure`]) turns the status to failed, so the screen says so and
/// offers a retry.
pub fn get_or_parse() -> &'static Content {
    static EMPTY: OnceLock<Content> = OnceLock::new();
    match parse_arrived() {
        Some(Ok(content)) => return content,
        Some(Err(error)) => leptos::logging::warn!("Arbeitgeber-Check: the content does not parse ({error})"),
        None => {}
    }
    // Arrived, yet nothing to show: the text did not parse.
    if let Some(state) = use_context::<ContentState>()
        && state.status.get_untracked() == Status::Ready
    {
        state.broken();
    }
    EMPTY.get_or_init(|| Content {
        fields: Vec::new(),
        bands: Bands { bands: Vec::new(), overall: BTreeMap::new(), fields: BTreeMap::new() },
        meta: Meta { as_of: ContentDate { year: 0, month: 0, day: 0 }, retired_statements: BTreeMap::new() },
        duties: Vec::new(),
        duty_texts: None,
    })
}
