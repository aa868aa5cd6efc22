//! Every screen but the start page is a split point (`state::split`): in the release build their code is in the chunk,
//! which the app loads alongside the content file once it runs (`state::content`), so a visitor of the start page
//! downloads about 40 % less before it works, and the screens are here by the time they are asked for.

use leptos::prelude::*;

use crate::split_point;
use crate::state::content::LoadScreensChunk;
use crate::domain::route::Screen;
use crate::state::split::{NotLoaded, now_or_never};
use crate::state::AppState;

/// The loader of the screens' chunk, which `state::content` runs alongside the content's request, in builds that
/// have the chunk.
pub fn screens_chunk() -> Option<LoadScreensChunk> {
    cfg!(feature = "split").then_some(load as LoadScreensChunk)
}

/// Once the chunk is here, closing the tab while the answers live only in it asks first, from the start page on
/// (issue 26: after a reload the start page is the only screen, and it has no save status that would install it).
fn load() -> std::pin::Pin<Box<dyn Future<Output = bool>>> {
    let state = use_context::<AppState>();
    Box::pin(async move {
        preload_screens().await.is_ok() && guard_unload(state).await.is_ok()
    })
}

/// The view of a screen of the chunk, built at once; `None` before the chunk has loaded (the root shows the content's
/// status until then, so this is never asked too early).
pub fn render(screen: Screen) -> Option<AnyView> {
    now_or_never(screen_view(screen))?.ok()
}

split_point! {
    preload preload_screens;
    fn screen_view(screen: Screen) -> Result<AnyView, NotLoaded> {
        Ok(match screen {
            Screen::Field(number) => view! { <super::field::FieldPage number=number/> }.into_any(),
            Screen::Overview => super::overview::OverviewPage().into_any(),
            Screen::Results => super::results::ResultsPage().into_any(),
            Screen::EasyResults => super::easy_results::EasyResultsPage().into_any(),
            Screen::Plan => super::plan::PlanPage().into_any(),
            Screen::Report => super::report::ReportPage().into_any(),
            Screen::Aushang => super::aushang::AushangPage().into_any(),
            Screen::Team => super::team::TeamPage().into_any(),
            Screen::Duties => super::duties::DutiesPage().into_any(),
            Screen::Privacy => super::privacy::PrivacyPage().into_any(),
            Screen::Accessibility => super::accessibility::AccessibilityPage().into_any(),
            Screen::EasyLanguage => super::easy_language::EasyLanguagePage().into_any(),
            Screen::Profile => super::profile::ProfilePage().into_any(),
            Screen::Preview => super::preview::PreviewPage().into_any(),
            Screen::Desk => super::desk::DeskPage().into_any(),
            // The start page itself is not in the chunk (the root renders it); only its note that the re-check is
            // due (issue 30), which the root puts above it once the chunk is here.
            Screen::Start => crate::components::follow_up::RecheckDue().into_any(),
            Screen::Recheck => super::recheck::RecheckPage().into_any(),
        })
    }
}

split_point! {
    /// The tab-close guard of `components::storage_control`, installed from the chunk: its code stays out of the
    /// start page's load.
    fn guard_unload(state: Option<AppState>) -> Result<(), NotLoaded> {
        if let Some(state) = state {
            crate::components::storage_control::guard_unload(state);
        }
        Ok(())
    }
}
