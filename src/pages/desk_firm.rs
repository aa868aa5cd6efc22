//! One firm opened on the desk (issue 31): its latest results, read-only, with the components the firm sees (score,
//! legal duties, chart, score table with the change since its previous check), and the Gesprächsblatt, the one A4 page
//! printed for the next talk. The firm's data comes from the desk; the adviser's own answers are never touched.

use leptos::prelude::*;

use crate::components::chart::RadarChart;
use crate::components::focus::focus_by_id;
use crate::components::legal_duties::LegalDuties;
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, score_text};
use crate::domain::compare::{Comparison, Earlier, compare, format_delta};
use crate::domain::content::Content;
use crate::domain::date::CalendarDate;
use crate::domain::desk::{Firm, focus_goals, open_duty_list, overdue_titles, questions};
use crate::domain::duties::check_duties;
use crate::domain::lang::Lang;
use crate::domain::scoring::{Scores, score};
use crate::i18n::desk::{DeskTexts, desk_texts};
use crate::i18n::messages;
use crate::state::clock::local_date;
use crate::state::content;
use crate::state::desk::use_desk_state;
use crate::state::use_app_state;

/// The open firm: back, print and remove on screen; its results; the Gesprächsblatt in print.
#[component]
pub fn DeskFirm(firm: Firm) -> impl IntoView {
    let desk = use_desk_state();
    let lang = use_app_state().lang().get();
    let d = desk_texts(lang);
    let content = content::get_or_parse();
    let latest = firm.latest().imported.clone();
    let scores = score(content, &latest.answers);
    let comparison = firm.previous().map(|previous| compare(content, &latest.answers, &Earlier::from_file(&previous.imported, 0)));
    let name = if latest.profile.company_name.trim().is_empty() { d.no_name.to_string() } else { latest.profile.company_name.clone() };
    let key = firm.key.clone();
    let back = move |_| {
        let key = desk.opened().get_untracked();
        desk.open(None);
        request_animation_frame(move || focus_by_id(&open_button_id(key.as_deref().unwrap_or_default())));
    };
    let remove = move |_| {
        desk.remove_firm(&key);
        desk.open(None);
        request_animation_frame(|| focus_by_id("desk-table-title"));
    };
    let print = move |_| {
        if let Err(error) = window().print() {
            leptos::logging::warn!("could not print: {error:?}");
        }
    };
    let facts = facts_line(&firm, d, lang);
    let duty_checks = check_duties(content, &latest.profile, &latest.answers, &latest.duties);
    let chart_title = messages(lang).results_chart_title.to_string();
    view! {
        <section class="desk-firm" aria-labelledby="desk-firm-title">
            <div class="no-print">
                <p><button type="button" class="link-button" on:click=back>{format!("← {}", d.back)}</button></p>
                <h2 id="desk-firm-title" tabindex="-1">{name.clone()}</h2>
                <p class="facts">{facts}</p>
                <p class="actions">
                    <button type="button" class="button--primary" on:click=print>{d.print_sheet}</button>
                    <button type="button" class="button--danger" on:click=remove>{d.remove_firm}</button>
                </p>
                <p><ScoreBadge score=scores.overall lang=lang testid="desk-firm-overall"/></p>
                <LegalDuties content=content checks=duty_checks lang=lang compact=true read_only=true/>
                <RadarChart values=field_chart_values(&scores, lang) title=chart_title/>
                <ScoreTable scores=scores.clone() lang=lang comparison=comparison.clone()/>
            </div>
            {talk_sheet(&firm, &name, &scores, comparison.as_ref(), content, lang)}
        </section>
    }
}

/// The id of a firm's button in the table, where focus returns.
pub fn open_button_id(key: &str) -> String {
    let slug: String = key.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("desk-open-{slug}-{}", key.len())
}

/// "Letzter Check: 3.11.2026 · 2 Checks · 10–49 Beschäftigte · Handwerk".
fn facts_line(firm: &Firm, d: &'static DeskTexts, lang: Lang) -> String {
    let t = messages(lang);
    let profile = &firm.latest().imported.profile;
    let mut parts = Vec::new();
    if let Some(date) = firm.latest().date() {
        parts.push(d.last_check.replace("{date}", &date.format_short(lang)));
    }
    parts.push(format!("{} {}", firm.checks.len(), d.checks));
    parts.extend(profile.size.map(|size| t.size_label(size).to_string()));
    parts.extend(profile.sector.map(|sector| t.sector_label(sector).to_string()));
    parts.join(" · ")
}

/// The Gesprächsblatt: printed only, one A4 page.
fn talk_sheet(
    firm: &Firm,
    name: &str,
    scores: &Scores<'static>,
    comparison: Option<&Comparison<'static>>,
    content: &'static Content,
    lang: Lang,
) -> impl IntoView + use<> {
    let d = desk_texts(lang);
    let today = local_date().unwrap_or(CalendarDate { year: 1970, month: 1, day: 1 });
    let imported = &firm.latest().imported;
    let change = |delta: Option<i16>| delta.map_or_else(|| "–".to_string(), format_delta);
    let fields = scores.fields.iter().map(|field| view! {
        <tr>
            <th scope="row">{field.field.title.get(lang).to_string()}</th>
            <td class="num">{score_text(&field.score, lang)}</td>
            <td class="num">{change(comparison.and_then(|c| c.field(&field.field.id)))}</td>
        </tr>
    }).collect_view();
    let since = comparison.and_then(|c| c.date).map(|date| d.since.replace("{date}", &date.format_short(lang)));
    let duties = open_duty_list(imported, content).into_iter().map(|duty| duty.title.get(lang).to_string());
    let overdue = overdue_titles(imported, content, today, lang);
    let focus = focus_goals(imported, content).into_iter().map(|goal| format!("{} {}", goal.id, goal.plain_title.get(lang)));
    let asked = questions(firm, content, today, lang).iter().map(|q| view! { <li>{d.question(q, lang)}</li> }).collect_view();
    let overall = format!("{}: {} / 100 ({})", d.sheet_overall, score_text(&scores.overall, lang), change(comparison.and_then(|c| c.overall)));
    view! {
        <section class="print-only talk-sheet" data-testid="desk-talk-sheet">
            <h2>{format!("{}: {name}", d.sheet_title)}</h2>
            <p class="facts">{facts_line(firm, d, lang)}</p>
            <p class="talk-sheet__overall">{overall}{since.map(|since| format!(" · {since}"))}</p>
            <table class="table talk-sheet__fields">
                <thead><tr><th scope="col">{d.sheet_field}</th><th scope="col">{d.sheet_score}</th><th scope="col">{d.sheet_change}</th></tr></thead>
                <tbody>{fields}</tbody>
            </table>
            <div class="talk-sheet__lists">
                {sheet_list(d.sheet_duties, duties.collect(), d)}
                {sheet_list(d.sheet_overdue, overdue, d)}
                {sheet_list(d.sheet_focus, focus.collect(), d)}
            </div>
            <h3>{d.sheet_questions}</h3>
            <ol class="talk-sheet__questions">{asked}</ol>
            <h3>{d.sheet_notes}</h3>
            <p class="talk-sheet__date">{d.sheet_talk_date}": ____________________"</p>
            <div class="talk-sheet__notes" aria-hidden="true"></div>
        </section>
    }
}

fn sheet_list(title: &'static str, items: Vec<String>, d: &'static DeskTexts) -> impl IntoView + use<> {
    let body = if items.is_empty() {
        view! { <p>{d.sheet_none}</p> }.into_any()
    } else {
        view! { <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> }.into_any()
    };
    view! { <div><h3>{title}</h3>{body}</div> }
}
