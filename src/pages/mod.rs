//! One module per screen. Pages read state and domain results and render them; they hold no logic of their own.
//! They use components and `state`, never the root (`crate::app`, held by tests/architecture.rs).

pub mod accessibility;
pub mod aushang;
pub mod duties;
pub mod desk;
pub mod desk_benchmark;
pub mod desk_firm;
pub mod desk_mappe;
pub mod easy_language;
pub mod easy_results;
pub mod field;
pub mod on_demand;
pub mod overview;
pub mod plan;
pub mod preview;
pub mod privacy;
pub mod profile;
pub mod recheck;
pub mod report;
pub mod results;
pub mod start;
pub mod team;

use crate::domain::content::Content;
use crate::domain::lang::Lang;
use crate::i18n::messages;
use crate::domain::route::Screen;

/// The heading of a screen, also used for the document title; a field's title needs the content (empty before it has
/// arrived).
pub fn title(screen: Screen, lang: Lang, content: Option<&Content>) -> String {
    let t = messages(lang);
    match screen {
        Screen::Start => t.start_title.into(),
        Screen::Privacy => t.privacy_title.into(),
        Screen::Accessibility => crate::i18n::info_pages::accessibility(lang).title.into(),
        Screen::EasyLanguage => crate::i18n::info_pages::easy_language(lang).title.into(),
        Screen::Profile => t.profile_title.into(),
        Screen::Field(_) => screen
            .field_index()
            .and_then(|index| content?.fields.get(index))
            .map(|field| field.title.get(lang).to_string())
            .unwrap_or_default(),
        Screen::Overview => t.overview_title.into(),
        Screen::Results => t.results_title.into(),
        Screen::EasyResults => t.easy_results_title.into(),
        Screen::Plan => t.plan_title.into(),
        Screen::Report => t.report_title.into(),
        // Not from `i18n::cycle`, whose texts load with the chunk; this function is on the start page.
        Screen::Aushang => if lang == Lang::De { "Aushang" } else { "Notice" }.into(),
        Screen::Team => t.team_title.into(),
        // The texts' field, not `Content::duty_texts`: its fallback would bring the empty texts into the first load.
        Screen::Duties => content
            .and_then(|content| content.duty_texts.as_deref())
            .map(|texts| texts.page_title.get(lang).to_string())
            .unwrap_or_default(),
        Screen::Preview => t.preview_title.into(),
        Screen::Desk => t.desk_title.into(),
        Screen::Recheck => t.recheck_title.into(),
    }
}
