//! Fetching a text file that lives beside the document: same origin only (the browser refuses any other), same-origin
//! credentials, abandoned after a timeout. Used for the chamber's settings, the benchmark they name, and the content.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How a file is fetched.
#[derive(Clone, Copy)]
pub struct Fetch {
    cache: web_sys::RequestCache,
    /// After this the request is abandoned.
    timeout: Duration,
}

impl Fetch {
    /// Files an operator edits (`kammer.json`, the benchmark): revalidated each time, so an edit shows at the next
    /// visit; five seconds at most, since a chamber's contact is welcome but never worth a hanging request.
    pub const FRESH: Fetch = Fetch { cache: web_sys::RequestCache::NoCache, timeout: Duration::from_secs(5) };
    /// A file named after its content (the content file): the browser's cache may keep it for good; a minute, since
    /// the check cannot go on without it.
    pub const IMMUTABLE: Fetch = Fetch { cache: web_sys::RequestCache::Default, timeout: Duration::from_secs(60) };
}

/// The text of `file` beside the document; `None` when the server has no such file: 404, or 204 (No Content), which
/// the shipped server configurations answer for a missing `kammer.json` so the browser logs no error.
pub async fn fetch_text(file: &str, how: Fetch) -> Result<Option<String>, String> {
    let describe = |error: wasm_bindgen::JsValue| format!("{error:?}");
    let controller = web_sys::AbortController::new().map_err(describe)?;
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_cache(how.cache);
    init.set_signal(Some(&controller.signal()));
    let timeout = set_timeout_with_handle(move || controller.abort(), how.timeout).ok();
    let result = async {
        let response = JsFuture::from(window().fetch_with_str_and_init(file, &init)).await.map_err(describe)?;
        let response: web_sys::Response = response.dyn_into().map_err(describe)?;
        match response.status() {
            204 | 404 => Ok(None),
            status if !response.ok() => Err(format!("HTTP status {status}")),
            _ => {
                let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
                Ok(text.as_string())
            }
        }
    }
    .await;
    if let Some(timeout) = timeout {
        timeout.clear();
    }
    result
}
