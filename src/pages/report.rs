//! The printable report (A4 through the browser's print, no library): cover, summary, chart, results per field with
//! top measures, the action plan, a hand-off page for an adviser conversation and a method note. Every number
//! comes from the same engine calls and formatting as the results screen, so screen and paper agree.

use leptos::prelude::*;

use crate::components::benchmark::{BenchmarkLevel, BenchmarkLine, median_outline};
use crate::components::chart::RadarChart;
use crate::components::compare::{ChangeTable, current_comparison, earlier_outline};
use crate::components::contact::HandoffContact;
use crate::components::focus::PAGE_TITLE;
use crate::components::legal_duties::LegalDuties;
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, score_text};
use crate::domain::compare::Comparison;
use crate::domain::content::{Content, ContentDate, Measure};
use crate::domain::duties::check_duties;
use crate::domain::lang::{Lang, Text};
use crate::domain::plan::PlanEntry;
use crate::domain::report::{HandoffGoal, ReportField, assemble};
use crate::domain::scoring::{Score, Scores};
use crate::i18n::{Messages, messages};
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::clock::today;
use crate::state::use_app_state;

/// A reading in the language, or the hint that the level is not scored.
fn reading_text(reading: Option<&Text>, lang: Lang) -> String {
    reading.map(|text| text.get(lang).to_string()).unwrap_or_else(|| messages(lang).results_not_scored_hint.into())
}

/// The report screen: a print button and the report itself. Re-renders when the data or the language change.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();

    move || {
        let lang = state.lang().get();
        let t = state.t();
        let saved = state.saved().get();
        let report = assemble(content, &saved);
        let comparison = current_comparison(&saved.answers);
        let company = if saved.profile.company_name.is_empty() {
            t.report_company_unnamed.to_string()
        } else {
            saved.profile.company_name.clone()
        };
        let fields =
            report.fields.into_iter().map(|field| view! { <FieldSection field=field lang=lang/> }).collect_view();
        view! {
            <PrintActions t=t/>
            <article class="report" data-testid="report">
                <Cover company=company.clone() overall=report.scores.overall reading=reading_text(report.overall_reading, lang) lang=lang/>
                // First after the title page, before any score.
                <LegalDuties content=content checks=check_duties(content, &saved.profile, &saved.answers, &saved.duties) lang=lang/>
                <Summary scores=report.scores.clone() comparison=comparison.clone() lang=lang/>
                {comparison.map(|comparison| view! { <ChangeTable comparison=comparison current=report.scores.clone() lang=lang/> })}
                <section class="report__fields">
                    <h2>{t.report_fields}</h2>
                    {fields}
                </section>
                <PlanTable plan=report.plan lang=lang/>
                <Handoff company=company overall=report.scores.overall goals=report.handoff lang=lang/>
                <Method content=content as_of=report.content_as_of lang=lang/>
            </article>
        }
    }
}

/// The print button and a way back; not printed.
#[component]
fn PrintActions(t: &'static Messages) -> impl IntoView {
    view! {
        <div class="report-actions no-print">
            <button type="button" class="button--primary" data-testid="print" on:click=move |_| {
                if let Err(error) = window().print() {
                    leptos::logging::error!("print failed: {error:?}");
                }
            }>{t.report_print}</button>
            <p class="hint">{t.report_print_hint}</p>
            <a href=Screen::Plan.to_hash()>{t.back}</a>
        </div>
    }
}

/// The cover: company, date and the overall result.
#[component]
fn Cover(company: String, overall: Score, reading: String, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    view! {
        <section class="report__cover">
            <p class="eyebrow">{t.app_name}</p>
            <h1 id=PAGE_TITLE tabindex="-1">{format!("{} – {}", t.report_title, company)}</h1>
            <p class="lead">{t.report_cover_subtitle}</p>
            <p data-testid="report-company">{company}</p>
            <p>{t.report_date}": "{today(lang)}</p>
            <div class="report__overall">
                <h2>{t.results_overall}</h2>
                <p class="overall__score"><ScoreBadge score=overall lang=lang testid="report-overall-score"/></p>
                <p>{reading}</p>
            </div>
        </section>
    }
}

/// The field chart and the score table.
#[component]
fn Summary(scores: Scores<'static>, comparison: Option<Comparison<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let levels = BenchmarkLevel::fields(&scores);
    let values = field_chart_values(&scores, lang);
    let title = format!("{} – {}", t.results_chart_title, t.results_chart_fields);
    let overall = scores.overall;
    let earlier = comparison.map(|comparison| earlier_outline(&comparison, false, lang));
    let overlays = move || median_outline(&levels, lang).into_iter().chain(earlier.clone()).collect::<Vec<_>>();
    view! {
        <section class="report__summary">
            <h2>{t.report_summary}</h2>
            <BenchmarkLine level=BenchmarkLevel::Overall score=overall lang=lang/>
            <div class="chart-wrap">
                {move || view! { <RadarChart values=values.clone() title=title.clone() overlays=overlays()/> }}
            </div>
            <ScoreTable scores=scores lang=lang/>
        </section>
    }
}

/// One field: score, coverage, reading and its top measures.
#[component]
fn FieldSection(field: ReportField<'static>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let top = field
        .top_measures
        .iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{m.measure.title.get(lang).to_string()}</strong>
                    {m.quick_win.then(|| format!(" ({})", t.quick_win))}
                    " – "{m.measure.first_step.get(lang).to_string()}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let top = (!top.is_empty()).then(|| view! { <h4>{t.report_top_measures}</h4><ul>{top}</ul> });
    let score = field.score.score;
    view! {
        <section class="report-field card" data-testid="report-field">
            <h3>{field.score.field.title.get(lang).to_string()}": "<ScoreBadge score=score lang=lang testid="report-field-score"/></h3>
            <p class="hint">{t.coverage(score.answered, score.total)}</p>
            <p>{reading_text(field.reading, lang)}</p>
            <BenchmarkLine level=BenchmarkLevel::Field(field.score.field.id.clone()) score=score lang=lang/>
            {top}
        </section>
    }
}

/// The action plan as a table, or a note that it is empty.
#[component]
fn PlanTable(plan: Vec<(&'static Measure, PlanEntry)>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let table = if plan.is_empty() {
        view! { <p>{t.report_plan_empty}</p> }.into_any()
    } else {
        let rows = plan
            .into_iter()
            .map(|(measure, entry)| {
                view! {
                    <tr>
                        <td>{measure.title.get(lang).to_string()}</td>
                        <td>{entry.owner}</td>
                        <td>{entry.due}</td>
                        <td>{t.status_label(entry.status)}</td>
                        <td>{entry.note}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table table--plan" data-testid="report-plan">
                <thead><tr>
                    <th scope="col">{t.plan_measure}</th><th scope="col">{t.plan_owner}</th>
                    <th scope="col">{t.plan_due}</th><th scope="col">{t.plan_status}</th><th scope="col">{t.plan_note}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="report__plan">
            <h2>{t.report_plan}</h2>
            {table}
        </section>
    }
}

/// The page for an adviser conversation: priority goals with the measure proposed first, questions, room for notes.
#[component]
fn Handoff(company: String, overall: Score, goals: Vec<HandoffGoal<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let goals = goals
        .into_iter()
        .map(|handoff| {
            let measure = handoff.measure.map(|measure| {
                format!(
                    "{} ({}: {}, {}: {})",
                    measure.title.get(lang),
                    t.measure_effort,
                    t.effort_label(measure.effort),
                    t.measure_time,
                    t.time_label(measure.time_to_effect)
                )
            });
            view! {
                <li>
                    <strong>{format!("{} {}", handoff.goal.id, handoff.goal.title.get(lang))}</strong>
                    {format!(" – {} / 100", score_text(&handoff.score, lang))}
                    {handoff.has_unmet_duty.then(|| view! { <br/>{t.legal_duty_note} })}
                    {measure.map(|m| view! { <br/>{t.report_handoff_proposed}" "{m} })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="report__handoff" data-testid="report-handoff">
            <h2>{t.report_handoff_title}</h2>
            <p>{t.report_handoff_intro}</p>
            <p><strong>{company}</strong>" · "{t.results_overall}": "{score_text(&overall, lang)}</p>
            <h3>{t.report_handoff_goals}</h3>
            <ol>{goals}</ol>
            <h3>{t.report_handoff_questions_title}</h3>
            <ul class="report__questions">
                {t.report_handoff_questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
            </ul>
            <h3>{t.report_handoff_notes}</h3>
            <div class="report__notes" aria-hidden="true"></div>
            <HandoffContact/>
        </section>
    }
}

/// How the scores are computed, and the bands.
#[component]
fn Method(content: &'static Content, as_of: ContentDate, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let bands = content
        .bands
        .bands
        .iter()
        .map(|band| view! { <li>{format!("{}: {}–{}", band.label.get(lang), band.min, band.max)}</li> })
        .collect_view();
    view! {
        <section class="report__method">
            <h2>{t.report_method_title}</h2>
            {t.report_method.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <ul>{bands}</ul>
            <p>{t.method_time_to_effect}</p>
            <p>{t.method_quick_win}</p>
            <p>{t.method_legal_duties}</p>
            <p data-testid="content-as-of">{t.content_as_of.replace("{date}", &as_of.display(lang))}</p>
        </section>
    }
}
