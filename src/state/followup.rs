//! The follow-up files (issue 30): "In den Kalender übernehmen" (.ics) and "Als Tabelle speichern" (.csv), built by
//! the core from the saved data and offered as downloads. Only ever written; nothing is read back.

use leptos::prelude::*;

use crate::domain::calendar;
use crate::domain::content::Content;
use crate::domain::csv;
use crate::domain::export::file_name;
use crate::domain::focus::in_focus;
use crate::domain::followup::{EventTexts, PlanLine, TableTexts, events, plan_lines, table};
use crate::domain::lang::Lang;
use crate::domain::plan::Status;
use crate::domain::saved::Saved;
use crate::domain::scoring::score;
use crate::i18n::cycle::cycle;
use crate::i18n::messages;
use crate::state::AppState;
use crate::state::clock::{now_iso, offset_at};
use crate::state::files::download_as;

/// The plan's lines with the focus first, as every follow-up view and file lists them.
pub fn lines(content: &'static Content, saved: &Saved, lang: Lang) -> Vec<PlanLine<'static>> {
    plan_lines(content, saved.plan.entries(), &in_focus(content, saved), lang)
}

/// "Nächster Check am" for `saved`, in the user's time zone; `None` before the first answer (then the clock is not
/// asked: the start page's pre-render at build time has none).
pub fn recheck_date(saved: &Saved) -> Option<crate::domain::date::CalendarDate> {
    if saved.answers.is_empty() && saved.recheck_on.is_empty() {
        return None;
    }
    saved.recheck_date(offset_at(saved.checked_at()))
}

/// The file's name: the result file's, with another ending.
fn name(saved: &Saved, ending: &str) -> String {
    let iso = now_iso();
    let json = file_name(&saved.profile.company_name, iso.get(..10).unwrap_or_default());
    format!("{}.{ending}", json.trim_end_matches(".json"))
}

/// Offers the calendar file; returns its name, or `None` when the browser refused the download.
pub fn save_calendar(state: AppState, content: &'static Content) -> Option<String> {
    let lang = state.lang().get_untracked();
    let c = cycle(lang);
    let texts = EventTexts {
        first_step: c.first_step,
        owner: c.owner,
        goal: c.goal,
        recheck: c.event_recheck,
        recheck_text: c.event_recheck_text,
    };
    // DTSTAMP: the moment in UTC, `YYYYMMDDTHHMMSSZ`.
    let stamp: String = now_iso().chars().filter(char::is_ascii_alphanumeric).take(15).collect::<String>() + "Z";
    let (text, name) = state.saved().with_untracked(|saved| {
        let events = events(&lines(content, saved, lang), recheck_date(saved), &texts, lang);
        (calendar::write(&events, &saved.profile.company_name, &stamp), name(saved, "ics"))
    });
    offer(&text, &name, calendar::MEDIA_TYPE)
}

/// Offers the spreadsheet file; returns its name, or `None` when the browser refused the download.
pub fn save_table(state: AppState, content: &'static Content) -> Option<String> {
    let lang = state.lang().get_untracked();
    let c = cycle(lang);
    let status: fn(Status) -> &'static str = match lang {
        Lang::De => |status| messages(Lang::De).status_label(status),
        Lang::En => |status| messages(Lang::En).status_label(status),
    };
    let texts = TableTexts {
        plan: c.csv_plan,
        plan_columns: c.csv_plan_columns,
        scores: c.csv_scores,
        score_columns: c.csv_score_columns,
        overall: c.csv_overall,
        field: c.csv_field,
        goal: c.csv_goal,
        yes: c.csv_yes,
        status,
    };
    let (text, name) = state.saved().with_untracked(|saved| {
        let rows = table(&lines(content, saved, lang), &score(content, &saved.answers), &texts, lang);
        (csv::write(&rows), name(saved, "csv"))
    });
    offer(&text, &name, csv::MEDIA_TYPE)
}

fn offer(text: &str, name: &str, media_type: &str) -> Option<String> {
    match download_as(text, name, media_type) {
        Ok(()) => Some(name.to_string()),
        Err(error) => {
            leptos::logging::error!("download failed: {error:?}");
            None
        }
    }
}
