//! The printable report (A4 through the browser's print, no library): cover, summary, chart, results per field with
//! top measures, the action plan, a hand-off page for an adviser conversation and a method note. Every number
//! comes from the same engine calls and formatting as the results screen, so screen and paper agree.

use leptos::prelude::*;

use crate::components::chart::RadarChart;
use crate::components::measure::{effort_label, time_label};
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, score_text};
use crate::domain::lang::Lang;
use crate::domain::report::assemble;
use crate::state::route::Screen;
use crate::state::use_app_state;

/// Today's date in the language's usual form.
fn today(lang: Lang) -> String {
    let locale = match lang {
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    };
    js_sys::Date::new_0().to_locale_date_string(locale, &wasm_bindgen::JsValue::UNDEFINED).into()
}

/// The report screen: a print button and the report itself.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app_state();
    let content = state.content();

    move || {
        let lang = state.lang.get();
        let t = state.t();
        let saved = state.saved.get();
        let report = assemble(content, &saved);
        let scores = &report.scores;
        let company = if saved.profile.company_name.is_empty() {
            t.report_company_unnamed.to_string()
        } else {
            saved.profile.company_name.clone()
        };

        let fields = report
            .fields
            .iter()
            .map(|field| {
                let top = field
                    .top_measures
                    .iter()
                    .map(|m| {
                        let measure = m.measure;
                        view! {
                            <li>
                                <strong>{measure.title.get(lang).to_string()}</strong>
                                {m.quick_win.then(|| format!(" ({})", t.quick_win))}
                                " – "{measure.first_step.get(lang).to_string()}
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
                        <p>{field.reading.map(|r| r.get(lang).to_string()).unwrap_or_else(|| t.results_not_scored_hint.to_string())}</p>
                        {top}
                    </section>
                }
            })
            .collect_view();

        let plan_rows = report
            .plan
            .iter()
            .map(|(measure, entry)| {
                view! {
                    <tr>
                        <td>{measure.title.get(lang).to_string()}</td>
                        <td>{entry.owner.clone()}</td>
                        <td>{entry.due.clone()}</td>
                        <td>{t.status_labels[entry.status as usize]}</td>
                        <td>{entry.note.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let plan = if report.plan.is_empty() {
            view! { <p>{t.report_plan_empty}</p> }.into_any()
        } else {
            view! {
                <table class="table table--plan" data-testid="report-plan">
                    <thead><tr>
                        <th scope="col">{t.plan_measure}</th><th scope="col">{t.plan_owner}</th>
                        <th scope="col">{t.plan_due}</th><th scope="col">{t.plan_status}</th><th scope="col">{t.plan_note}</th>
                    </tr></thead>
                    <tbody>{plan_rows}</tbody>
                </table>
            }
            .into_any()
        };

        let handoff_goals = report
            .handoff
            .iter()
            .map(|handoff| {
                let measure = handoff.measure.map(|measure| {
                    format!(
                        "{} ({}: {}, {}: {})",
                        measure.title.get(lang),
                        t.measure_effort,
                        effort_label(measure.effort, t),
                        t.measure_time,
                        time_label(measure.time_to_effect, t)
                    )
                });
                view! {
                    <li>
                        <strong>{format!("{} {}", handoff.goal.id, handoff.goal.title.get(lang))}</strong>
                        {format!(" – {} / 100", score_text(&handoff.score, lang))}
                        {measure.map(|m| view! { <br/>{t.report_handoff_proposed}" "{m} })}
                    </li>
                }
            })
            .collect_view();

        let bands = content
            .bands
            .bands
            .iter()
            .map(|band| view! { <li>{format!("{}: {}–{}", band.label.get(lang), band.min, band.max)}</li> })
            .collect_view();

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
            <article class="report" data-testid="report">
                <section class="report__cover">
                    <p class="eyebrow">{t.app_name}</p>
                    <h1 id="page-title" tabindex="-1">{format!("{} – {}", t.report_title, company)}</h1>
                    <p class="lead">{t.report_cover_subtitle}</p>
                    <p data-testid="report-company">{company.clone()}</p>
                    <p>{t.report_date}": "{today(lang)}</p>
                    <div class="report__overall">
                        <h2>{t.results_overall}</h2>
                        <p class="overall__score"><ScoreBadge score=scores.overall lang=lang testid="report-overall-score"/></p>
                        <p>{report.overall_reading.map(|r| r.get(lang).to_string())
                            .unwrap_or_else(|| t.results_not_scored_hint.to_string())}</p>
                    </div>
                </section>
                <section class="report__summary">
                    <h2>{t.report_summary}</h2>
                    <div class="chart-wrap">
                        <RadarChart values=field_chart_values(scores, lang) title=format!("{} – {}", t.results_chart_title, t.results_chart_fields)/>
                    </div>
                    <ScoreTable scores=scores.clone() lang=lang/>
                </section>
                <section class="report__fields">
                    <h2>{t.report_fields}</h2>
                    {fields}
                </section>
                <section class="report__plan">
                    <h2>{t.report_plan}</h2>
                    {plan}
                </section>
                <section class="report__handoff" data-testid="report-handoff">
                    <h2>{t.report_handoff_title}</h2>
                    <p>{t.report_handoff_intro}</p>
                    <p><strong>{company.clone()}</strong>" · "{t.results_overall}": "{score_text(&scores.overall, lang)}</p>
                    <h3>{t.report_handoff_goals}</h3>
                    <ol>{handoff_goals}</ol>
                    <h3>{t.report_handoff_questions_title}</h3>
                    <ul class="report__questions">
                        {t.report_handoff_questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
                    </ul>
                    <h3>{t.report_handoff_notes}</h3>
                    <div class="report__notes" aria-hidden="true"></div>
                </section>
                <section class="report__method">
                    <h2>{t.report_method_title}</h2>
                    {t.report_method.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <ul>{bands}</ul>
                </section>
            </article>
        }
    }
}
