//! The printable report (A4 through the browser's print, no library). Page one sums up (issue 26): the firm named once
//! with its profile and the date, the overall result beside the field chart, the open legal duties and the plan in
//! brief; then the results per field with top measures and the score table, a method note, and last, on its own
//! page, the hand-off for an adviser conversation built from the firm's plan (who, by when, status, note). Every page carries a footer with firm and date
//! and a page number (`PrintFooter`, print.css). Every number
//! comes from the same engine calls and formatting as the results screen, so screen and paper agree.

use leptos::prelude::*;

use crate::components::benchmark::{BenchmarkLevel, BenchmarkLine, median_outline};
use crate::components::chart::RadarChart;
use crate::components::compare::{ChangeTable, current_comparison, earlier_outline};
use crate::components::done_beside::DoneBesideChange;
use crate::components::contact::HandoffContact;
use crate::components::send_result::SendToAdviser;
use crate::components::focus::PAGE_TITLE;
use crate::components::header::chamber;
use crate::components::legal_duties::LegalDuties;
use crate::components::print_footer::PrintFooter;
use crate::components::result_file::SaveFile;
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, score_text};
use crate::domain::compare::Comparison;
use crate::domain::content::{Content, ContentDate};
use crate::domain::date::short_due_date;
use crate::domain::duties::check_duties;
use crate::domain::lang::{Lang, Text};
use crate::domain::plan::{PlanEntry, plan_item};
use crate::domain::profile::Profile;
use crate::domain::reading::shown_range;
use crate::domain::report::{HandoffGoal, ReportField, assemble};
use crate::domain::route::Screen;
use crate::domain::scoring::{Score, Scores};
use crate::i18n::desk::desk_texts;
use crate::i18n::cycle::cycle;
use crate::i18n::later::later;
use crate::i18n::{Messages, messages, screen_texts};
use crate::domain::focus::in_focus;
use crate::domain::sort::sort_short;
use crate::state::clock::local_date;
use crate::state::followup;
use crate::state::content;
use crate::state::kammer::use_kammer;
use crate::state::use_app_state;

/// Today's date as the report writes every date: "6.12.2026" / "6 Dec 2026".
fn today(lang: Lang) -> String {
    local_date().map(|date| date.format_short(lang)).unwrap_or_default()
}

/// A reading in the language, or the hint that the level is not scored.
fn reading_text(reading: Option<&Text>, lang: Lang) -> String {
    reading.map(|text| text.get(lang).to_string()).unwrap_or_else(|| messages(lang).results_not_scored_hint.into())
}

/// The profile as one line of facts for the cover: size, sector, training, works council, as far as given.
fn profile_line(profile: &Profile, lang: Lang) -> String {
    let t = messages(lang);
    let parts = [
        profile.size.map(|size| t.report_profile_size.replace("{size}", t.size_label(size))),
        profile.sector.map(|sector| t.sector_label(sector).to_string()),
        profile
            .trains_apprentices
            .map(|trains| if trains { t.report_profile_trains } else { t.report_profile_not_training }.to_string()),
        profile
            .works_council
            .map(|council| if council { t.report_profile_council } else { t.report_profile_no_council }.to_string()),
    ];
    parts.into_iter().flatten().collect::<Vec<_>>().join(" · ")
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
        let date = today(lang);
        let cover = Cover {
            company: company.clone(),
            profile: profile_line(&saved.profile, lang),
            date: date.clone(),
            overall: report.scores.overall,
            reading: reading_text(report.overall_reading, lang),
        };
        // The focus first (issue 30): its goals, then the plan with the focus's measures first, and the re-check date.
        let focus = in_focus(content, &saved);
        let order: Vec<String> = followup::lines(content, &saved, lang).into_iter().map(|line| line.entry.measure_id).collect();
        let mut plan = report.plan;
        sort_short(&mut plan, |a, b| rank(&order, &a.measure_id).cmp(&rank(&order, &b.measure_id)));
        let recheck = followup::recheck_date(&saved).map(|date| date.format_short(lang));
        let fields =
            report.fields.into_iter().map(|field| view! { <FieldSection field=field lang=lang/> }).collect_view();
        view! {
            <PrintActions t=t lang=lang/>
            <PrintFooter text=format!("{company} · {} {date}", t.report_date)/>
            <article class="report" data-testid="report">
                // Page one: who, when, the overall result and chart, the plan, and the duties, which may go on to page
                // two (what is to do in full, the rest by name); the fields follow without a page break.
                <section class="report__first">
                    <CoverView cover=cover scores=report.scores.clone() comparison=comparison.clone() lang=lang/>
                    <FocusSummary focus=focus scores=report.scores.clone() lang=lang/>
                    <PlanSummary content=content plan=plan lang=lang/>
                    {recheck.map(|date| view! {
                        <p class="report__recheck" data-testid="report-recheck"><strong>{cycle(lang).recheck_label}</strong>" "{date}</p>
                    })}
                    <LegalDuties content=content checks=check_duties(content, &saved.profile, &saved.answers, &saved.duties) lang=lang/>
                </section>
                <section class="report__fields">
                    <h2>{t.report_fields}</h2>
                    {fields}
                    <ScoreTable scores=report.scores.clone() lang=lang/>
                </section>
                {comparison.map(|comparison| view! {
                    <DoneBesideChange comparison=comparison.clone() scores=report.scores.clone() plan=saved.plan.clone() lang=lang/>
                    <ChangeTable comparison=comparison current=report.scores.clone() lang=lang/>
                })}
                <Method content=content as_of=report.content_as_of lang=lang/>
                // Last, on a page of its own: the page an adviser takes into the conversation.
                <Handoff content=content company=company overall=report.scores.overall goals=report.handoff from_plan=report.handoff_from_plan lang=lang/>
            </article>
            <SaveFile with_status=true/>
        }
    }
}

/// The print button and a way back; not printed.
#[component]
fn PrintActions(t: &'static Messages, lang: Lang) -> impl IntoView {
    view! {
        <div class="report-actions no-print">
            <button type="button" class="button--primary" data-testid="print" on:click=move |_| {
                if let Err(error) = window().print() {
                    leptos::logging::error!("print failed: {error:?}");
                }
            }>{t.report_print}</button>
            <p class="hint">{t.report_print_hint}</p>
            <a href=Screen::Plan.to_hash()>{t.back}</a>
            " · "
            <a href=Screen::Aushang.to_hash() data-testid="report-to-aushang">{cycle(lang).aushang_link}</a>
        </div>
    }
}

/// What the cover says about the firm and its result.
struct Cover {
    company: String,
    /// Size, sector, training and works council as one line; empty when the profile is empty.
    profile: String,
    date: String,
    overall: Score,
    reading: String,
}

/// The top of page one: the firm (named once), its profile and the date, the overall result beside the field chart.
#[component]
fn CoverView(
    cover: Cover,
    scores: Scores<'static>,
    comparison: Option<Comparison<'static>>,
    lang: Lang,
) -> impl IntoView {
    let t = messages(lang);
    let kammer = use_kammer();
    let Cover { company, profile, date, overall, reading } = cover;
    let levels = BenchmarkLevel::fields(&scores);
    let values = field_chart_values(&scores, lang);
    let names: Vec<_> =
        scores.fields.iter().map(|field| (field.field.title.get(lang).to_string(), field.score.rounded())).collect();
    let title = later(lang).chart_summary(&format!("{} – {}", t.results_chart_title, t.results_chart_fields), &names);
    let earlier = comparison.map(|comparison| earlier_outline(&comparison, false, lang));
    let overlays = move || median_outline(&levels, lang).into_iter().chain(earlier.clone()).collect::<Vec<_>>();
    view! {
        <header class="report__cover">
            <p class="eyebrow">{t.app_name}" · "{t.report_cover_subtitle}</p>
            {move || kammer.get().and_then(chamber)}
            <h1 id=PAGE_TITLE tabindex="-1">{format!("{} – {}", t.report_title, company)}</h1>
            <p class="report__facts">
                {(!profile.is_empty()).then(|| view! { <span>{profile}</span>" · " })}
                <span>{t.report_date}" "{date}</span>
            </p>
        </header>
        <div class="report__summary">
            <div class="report__overall">
                <h2>{t.results_overall}</h2>
                <p class="overall__score"><ScoreBadge score=overall lang=lang testid="report-overall-score"/></p>
                <p>{reading}</p>
            </div>
            <div class="chart-wrap">
                {move || view! { <RadarChart values=values.clone() title=title.clone() overlays=overlays()/> }}
            </div>
        </div>
        <BenchmarkLine level=BenchmarkLevel::Overall score=overall lang=lang/>
    }
}

/// A measure's place in `order` (the plan's lines, focus first); unknown ones last.
fn rank(order: &[String], measure_id: &str) -> usize {
    order.iter().position(|id| id == measure_id).unwrap_or(usize::MAX)
}

/// The focus goals on page one, each with its score (issue 30).
#[component]
fn FocusSummary(focus: Vec<String>, scores: Scores<'static>, lang: Lang) -> impl IntoView {
    let c = cycle(lang);
    (!focus.is_empty()).then(|| {
        let items = focus
            .iter()
            .filter_map(|id| scores.goals().find(|goal| goal.goal.id == *id))
            .map(|goal| {
                view! {
                    <li data-goal=goal.goal.id.clone()>
                        <strong>{goal.goal.plain_title.get(lang)}</strong>" – "
                        <ScoreBadge score=goal.score lang=lang testid="report-focus-score"/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="report__focus" data-testid="report-focus">
                <h2>{c.focus_title}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The plan in brief on page one: each measure (of the content or her own) with who and by when; the hand-off page
/// lists it in full.
#[component]
fn PlanSummary(content: &'static Content, plan: Vec<PlanEntry>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let body = if plan.is_empty() {
        view! { <p>{t.report_plan_empty}</p> }.into_any()
    } else {
        let items = plan
            .into_iter()
            .map(|entry| {
                let title = plan_item(content, &entry, lang).map(|item| item.title.to_string()).unwrap_or_default();
                let facts: Vec<String> = [
                    (!entry.owner.is_empty()).then(|| entry.owner.clone()),
                    (!entry.due.is_empty()).then(|| format!("{} {}", t.plan_due, short_due_date(&entry.due, lang))),
                    Some(t.status_label(entry.status).to_string()),
                ]
                .into_iter()
                .flatten()
                .collect();
                view! {
                    <li><strong>{title}</strong>" – "{facts.join(" · ")}</li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section class="report__plan-summary">
            <h2>{t.report_plan}</h2>
            {body}
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
        <section class="report-field card">
            <h3>{field.score.field.title.get(lang).to_string()}": "<ScoreBadge score=score lang=lang testid="report-field-score"/></h3>
            <p class="hint">{t.coverage(score.answered, score.total)}</p>
            <p>{reading_text(field.reading, lang)}</p>
            <BenchmarkLine level=BenchmarkLevel::Field(field.score.field.id.clone()) score=score lang=lang/>
            {top}
        </section>
    }
}

/// The page for an adviser conversation: the firm's own plan (who, by when, status), or without one its weakest
/// goals with the measure proposed first; questions and room for notes.
#[component]
fn Handoff(
    content: &'static Content,
    company: String,
    overall: Score,
    goals: Vec<HandoffGoal<'static>>,
    from_plan: bool,
    lang: Lang,
) -> impl IntoView {
    let t = messages(lang);
    let goals = goals
        .into_iter()
        .map(|handoff| {
            let measure = match &handoff.entry {
                // A line of the plan: its title (own or the content's) with who, by when, status and note.
                Some(entry) => plan_item(content, entry, lang).map(|item| {
                    let facts: Vec<String> = [
                        (!entry.owner.is_empty()).then(|| format!("{}: {}", t.plan_owner, entry.owner)),
                        (!entry.due.is_empty())
                            .then(|| format!("{}: {}", t.plan_due, short_due_date(&entry.due, lang))),
                        Some(format!("{}: {}", t.plan_status, t.status_label(entry.status))),
                        (!entry.note.is_empty()).then(|| format!("{}: {}", t.plan_note, entry.note)),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    // An own measure's first step is news to the adviser: on a line of its own.
                    let step = (entry.is_own() && !item.first_step.is_empty())
                        .then(|| view! { <br/>{format!("{} {}", t.measure_first_step, item.first_step)} });
                    view! { {format!("{}: {} ({})", t.plan_measure, item.title, facts.join(", "))}{step} }.into_any()
                }),
                None => handoff.measure.map(|measure| {
                    format!(
                        "{}: {} ({}: {}, {}: {})",
                        t.report_handoff_proposed,
                        measure.title.get(lang),
                        t.measure_effort,
                        t.effort_label(measure.effort),
                        t.measure_time,
                        t.time_label(measure.time_to_effect)
                    )
                    .into_any()
                }),
            };
            // An own measure without a goal has no goal line: its own line leads.
            let goal = handoff.goal.map(|goal| {
                let score = handoff.score.map(|score| format!(" – {} / 100", score_text(&score, lang)));
                view! { <strong>{format!("{} {}", goal.id, goal.plain_title.get(lang))}</strong>{score}<br/> }
            });
            let own_without_goal = (handoff.goal.is_none()).then(|| view! { <strong>{screen_texts(lang).plan_own_no_goal}</strong><br/> });
            view! { <li>{goal}{own_without_goal}{measure}</li> }
        })
        .collect_view();
    view! {
        <section class="report__handoff">
            <h2>{t.report_handoff_title}</h2>
            <p>{t.report_handoff_intro}</p>
            <p><strong>{company}</strong>" · "{t.results_overall}": "{score_text(&overall, lang)}" / 100"</p>
            <h3>{if from_plan { t.report_handoff_plan } else { t.report_handoff_goals }}</h3>
            <ol>{goals}</ol>
            <h3>{t.report_handoff_questions_title}</h3>
            <ul class="report__questions">
                {t.report_handoff_questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
            </ul>
            <h3>{t.report_handoff_notes}</h3>
            <div class="report__notes" aria-hidden="true"></div>
            <HandoffContact/>
            <SendToAdviser/>
            <p class="no-print hint">{desk_texts(lang).desk_link_hint}" "<a href=Screen::Desk.to_hash()>{t.desk_title}</a></p>
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
        .map(|band| {
            let (low, high) = shown_range(content, band);
            view! { <li>{format!("{}: {low}–{high}", band.label.get(lang))}</li> }
        })
        .collect_view();
    view! {
        <section class="report__method">
            <h2>{t.report_method_title}</h2>
            {t.report_method.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <ul>{bands}</ul>
            <p>{t.method_time_to_effect}</p>
            <p>{t.method_quick_win}</p>
            <p>{t.results_priorities_rule}</p>
            <p>{t.method_legal_duties}</p>
            <p>{t.content_as_of.replace("{date}", &as_of.display(lang))}</p>
        </section>
    }
}
