//! The screens that show the check's content (the questionnaire's fields, overview, results, plan, report, team) are
//! not in the wasm the start page needs. In the release build (feature `split`) `scripts/split-wasm.mjs` moves the
//! code only they reach into a chunk of its own, which the app loads alongside the content file once it runs
//! (`state::content`): a visitor of the start page downloads about a third less before it works, and the screens are
//! here by the time they are asked for. Other builds (tests, `cargo check`) have no chunk; loading is then a no-op.

use leptos::prelude::*;

use crate::state::content::Companion;
use crate::state::route::Screen;

/// The chunk did not load (offline before it was cached, or the server lost it); the loader says why in the console.
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Loads the chunk; once it succeeded, [`render`] returns the screens. A failed load is not remembered, so calling
/// again tries anew.
pub async fn load() -> Result<(), NotLoaded> {
    #[cfg(feature = "split")]
    return preload_screens().await.map_err(NotLoaded::from);
    #[cfg(not(feature = "split"))]
    Ok(())
}

/// The chunk as the content's companion (`state::content`), in builds that have one.
pub fn companion() -> Option<Companion> {
    cfg!(feature = "split").then_some(load_boxed as Companion)
}

fn load_boxed() -> std::pin::Pin<Box<dyn Future<Output = bool>>> {
    Box::pin(async { load().await.is_ok() })
}

/// The view of a screen of the chunk, built at once; `None` before [`load`] has succeeded (the root shows the content's
/// status until then, so this is never asked too early).
pub fn render(screen: Screen) -> Option<AnyView> {
    // Once the chunk is here the split function completes on its first poll, without waiting for a task.
    #[cfg(feature = "split")]
    let built = now_or_never(screen_view(screen))?;
    #[cfg(not(feature = "split"))]
    let built = screen_view(screen);
    built.ok()
}

/// The split point: everything only this function reaches goes into the chunk.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        screens,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_screens),
        fallible
    )
)]
fn screen_view(screen: Screen) -> Result<AnyView, NotLoaded> {
    Ok(match screen {
        Screen::Field(number) => view! { <super::field::FieldPage number=number/> }.into_any(),
        Screen::Overview => super::overview::OverviewPage().into_any(),
        Screen::Results => super::results::ResultsPage().into_any(),
        Screen::Plan => super::plan::PlanPage().into_any(),
        Screen::Report => super::report::ReportPage().into_any(),
        Screen::Team => super::team::TeamPage().into_any(),
        // Not screens of the chunk; the root renders them itself.
        Screen::Start | Screen::Privacy | Screen::Accessibility | Screen::EasyLanguage | Screen::Profile => ().into_any(),
    })
}

/// The future's output if it is ready on its first poll.
#[cfg(feature = "split")]
fn now_or_never<T>(future: impl Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}
