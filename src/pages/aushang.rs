//! The Aushang (issue 30): one A4 page for the team, what the firm has set out to do: the focus goals in plain
//! titles and the plan's measures with who and by which month, focus first. Without scores unless the user ticks
//! "Werte zeigen" (not saved: a choice for this print). print.css and screens.css keep it to one page.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::domain::date::CalendarDate;
use crate::domain::focus::in_focus;
use crate::domain::followup::PlanLine;
use crate::domain::lang::Lang;
use crate::domain::plan::Status;
use crate::domain::route::Screen;
use crate::domain::scoring::score;
use crate::i18n::cycle::cycle;
use crate::i18n::messages;
use crate::state::content;
use crate::state::followup::{lines, recheck_date};
use crate::state::use_app_state;

/// The Aushang screen: print button, "Werte zeigen", and the page itself.
#[component]
pub fn AushangPage() -> impl IntoView {
    let state = use_app_state();
    let show_scores = RwSignal::new(false);
    move || {
        let lang = state.lang().get();
        let c = cycle(lang);
        let t = messages(lang);
        view! {
            <section class="page page--aushang">
                <div class="aushang-actions no-print">
                    <button type="button" class="button--primary" on:click=move |_| {
                        if let Err(error) = window().print() {
                            leptos::logging::error!("print failed: {error:?}");
                        }
                    }>{c.aushang_print}</button>
                    <p class="hint">{c.aushang_print_hint}</p>
                    <div class="check">
                        <input type="checkbox" id="aushang-scores"
                            prop:checked=move || show_scores.get()
                            on:change=move |event| show_scores.set(event_target_checked(&event))/>
                        <label for="aushang-scores">{c.aushang_scores}</label>
                    </div>
                    <p><a href=Screen::Plan.to_hash()>{t.plan_title}</a>" · "<a href=Screen::Report.to_hash()>{t.report_title}</a></p>
                </div>
                <Sheet show_scores=show_scores lang=lang/>
            </section>
        }
    }
}

/// The printed page.
#[component]
fn Sheet(show_scores: RwSignal<bool>, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let c = cycle(lang);
    let content = content::get_or_parse();
    let saved = state.saved().get_untracked();
    let firm = saved.profile.company_name.clone();
    let intro = match recheck_date(&saved) {
        Some(date) => c.aushang_intro.replace("{date}", &date.format(lang)),
        None => c.aushang_intro_undated.to_string(),
    };
    let scores = score(content, &saved.answers);
    let goals = in_focus(content, &saved)
        .into_iter()
        .filter_map(|id| {
            let goal = scores.goals().find(|goal| goal.goal.id == id)?;
            let value = goal.score.rounded().map(|value| format!("{value} / 100"));
            Some(view! {
                <li>
                    <strong>{goal.goal.plain_title.get(lang)}</strong>
                    {move || show_scores.get().then(|| view! { " "<span class="aushang__score" data-testid="aushang-score">{value.clone()}</span> })}
                </li>
            })
        })
        .collect_view();
    let plan = lines(content, &saved, lang);
    view! {
        <article class="aushang" data-testid="aushang">
            {(!firm.is_empty()).then(|| view! { <p class="eyebrow">{firm.clone()}</p> })}
            <h1 id=PAGE_TITLE tabindex="-1">{c.aushang_heading}</h1>
            <p class="aushang__intro">{intro}</p>
            <h2>{c.aushang_goals}</h2>
            <ol class="aushang__goals">{goals}</ol>
            <h2>{c.aushang_plan}</h2>
            <Measures plan=plan lang=lang/>
            <p class="aushang__invite">{c.aushang_invite}</p>
        </article>
    }
}

/// The plan as a table: measure, who, by which month (done ones say so).
#[component]
fn Measures(plan: Vec<PlanLine<'static>>, lang: Lang) -> impl IntoView {
    let c = cycle(lang);
    let t = messages(lang);
    if plan.is_empty() {
        return view! { <p>{c.aushang_no_plan}</p> }.into_any();
    }
    let rows = plan
        .into_iter()
        .map(|line| {
            let month = CalendarDate::parse_iso(&line.entry.due, 0).map(|date| date.format_month(lang)).unwrap_or_default();
            let by = if line.entry.status == Status::Done { t.status_label(Status::Done).to_string() } else { month };
            view! {
                <tr data-measure=line.entry.measure_id.clone()>
                    <td>
                        <strong>{line.title}</strong>
                        {line.goal.map(|goal| view! { <br/><span class="hint">{goal.plain_title.get(lang)}</span> })}
                    </td>
                    <td>{line.entry.owner}</td>
                    <td>{by}</td>
                </tr>
            }
        })
        .collect_view();
    let [measure, who, by] = c.aushang_columns;
    view! {
        <table class="table aushang__plan">
            <thead><tr><th scope="col">{measure}</th><th scope="col">{who}</th><th scope="col">{by}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
