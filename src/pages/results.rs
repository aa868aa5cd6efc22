//! The results, in the order that leads to action (issue 26: the first screen says what matters): the overall score,
//! the open legal duties, the three weakest goals (the priorities: weakest answers and the measure proposed first with
//! its first step, more on demand) beside the firm's strengths; then, under their own headings, every other goal as
//! a compact line, the six fields beside the radar chart; the comparison sits beside the priorities. The page is a list of named components so
//! features can add one line each; on arrival the part from the contact card on renders after the first view's
//! paint.

use leptos::prelude::*;

use crate::components::after_paint::after_first_view;
use crate::components::benchmark::{BenchmarkLevel, BenchmarkLine, median_outline};
use crate::components::chart::{Overlay, RadarChart};
use crate::components::compare::{ComparePanel, current_comparison, earlier_outline};
use crate::components::delta::{Of, delta_of};
use crate::components::done_beside::DoneBesideChange;
use crate::components::contact::ContactCard;
use crate::components::send_result::SendToAdviser;
use crate::components::focus::PAGE_TITLE;
use crate::components::focus_choice::FocusChooser;
use crate::components::glance::Strengths;
use crate::components::legal_duties::LegalDuties;
use crate::components::measure::{MeasureCard, MoreMeasures};
use crate::components::other_goals::OtherGoals;
use crate::components::result_file::SaveFile;
use crate::components::score::{GoalHeading, ScoreBadge, ScoreTable, field_chart_values, goal_chart_values};
use crate::components::to_clarify::ToClarify;
use crate::domain::compare::Comparison;
use crate::domain::hyphen::hyphenate;
use crate::domain::lang::Lang;
use crate::domain::focus::in_focus;
use crate::domain::answers::Answers;
use crate::domain::lead::{Lead, LeadGoal, focused_lead, strengths};
use crate::domain::profile::Profile;
use crate::domain::reading::reading;
use crate::domain::duties::check_duties;
use crate::domain::route::Screen;
use crate::domain::scoring::{GoalScore, Score, Scores, score};
use crate::i18n::later::later;
use crate::i18n::{Messages, messages};
use crate::state::content;
use crate::state::use_app_state;

/// The results screen. Re-renders when answers or language change, its lower part also when the profile changes; the
/// plan buttons update on their own.
/// On arrival the first view (what a screen shows first: the open legal duties and the overall score) renders at once,
/// the rest after the browser has shown it.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let answers = Memo::new(move |_| state.saved().with(|saved| saved.answers.clone()));
    let profile = Memo::new(move |_| state.saved().with(|saved| saved.profile.clone()));
    // What the duty check needs beyond the answers; a change of plan does not re-render the page.
    let duty_inputs = Memo::new(move |_| state.saved().with(|saved| (saved.profile.clone(), saved.duties.clone())));
    // Outside the re-rendering closure, so the chart keeps its view and the comparison panel stays open across a
    // change of answers or of the comparison, and a re-render shows the whole screen at once.
    let (show_goals, compare_open, table_open, others_open) =
        (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    let first_view_shown = after_first_view(state);
    // The focus (issue 30): read only where it shows; a change re-renders the priorities, not the chooser.
    let focus = Memo::new(move |_| state.saved().with(|saved| in_focus(content, saved)));

    move || {
        let lang = state.lang().get();
        let (answers, t) = (answers.get(), state.t());
        let scores = score(content, &answers);
        let comparison = current_comparison(&answers);
        let duty_checks = duty_inputs.with(|(profile, duties)| check_duties(content, profile, &answers, duties));
        let lead = Focused { scores: scores.clone(), answers: answers.clone(), profile: profile.get(), focus };
        let below = {
            let (scores, comparison, lead) = (scores.clone(), comparison.clone(), lead.clone());
            move || {
                first_view_shown.get().then(|| {
                    view! {
                        <ContactCard/>
                        <SendToAdviser/>
                        {other_goals(lead.clone(), comparison.clone(), lang, others_open)}
                        <div class="fields-and-chart">
                            <FieldCards scores=scores.clone() comparison=comparison.clone() lang=lang/>
                            // The file box stands below the chart, in the room the field cards' column leaves.
                            <div class="chart-and-file">
                                <ChartSection
                                    scores=scores.clone()
                                    comparison=comparison.clone()
                                    lang=lang
                                    show_goals=show_goals
                                    table_open=table_open
                                />
                                <SaveFile with_status=true/>
                            </div>
                        </div>
                        <ToClarify/>
                        <ResultsPager t=t/>
                    }
                })
            }
        };
        view! {
            <section class="page page--results">
                <h1 id=PAGE_TITLE tabindex="-1">{t.results_title}</h1>
                <p class="lead">{t.results_intro}</p>
                <p class="no-print"><a href=Screen::EasyResults.to_hash()>{t.easy_results_title}</a></p>
                <LegalDuties content=content checks=duty_checks lang=lang compact=true/>
                <OverallCard overall=scores.overall comparison=comparison.clone() lang=lang/>
                <div class="lead-and-strengths">
                    <section class="priorities" aria-labelledby="priorities-title">
                        <h2 id="priorities-title">{t.results_priorities_title}</h2>
                        <p>{t.results_priorities_rule}</p>
                        <FocusChooser focus=focus scores=scores.clone() lang=lang/>
                        <UnscoredGoals scores=scores.clone() lang=lang/>
                        {priorities(lead, comparison.clone(), lang)}
                    </section>
                    <div class="lead-aside">
                        <Strengths strengths=strengths(content, &scores) lang=lang/>
                        <ComparePanel comparison=comparison.clone() lang=lang open=compare_open/>
                    </div>
                </div>
                {comparison.clone().map(|comparison| {
                    let plan = state.saved().with_untracked(|saved| saved.plan.clone());
                    view! { <DoneBesideChange comparison=comparison scores=scores.clone() plan=plan lang=lang/> }
                })}
                {below}
            </section>
        }
    }
}

/// The three leading goals, following the focus as the user changes it.
fn priorities(lead: Focused, comparison: Option<Comparison<'static>>, lang: Lang) -> impl IntoView {
    move || view! { <Priorities top=lead.get().top scores=lead.scores.clone() comparison=comparison.clone() lang=lang/> }
}

/// "Alle weiteren Ziele", following the focus as the user changes it.
fn other_goals(lead: Focused, comparison: Option<Comparison<'static>>, lang: Lang, open: RwSignal<bool>) -> impl IntoView {
    move || {
        view! { <OtherGoals others=lead.get().others scores=lead.scores.clone() comparison=comparison.clone() lang=lang open=open/> }
    }
}

/// What the leading goals are computed from; [`Focused::get`] follows the focus (issue 30), so a change of focus
/// re-renders the priorities and the other goals, not the chooser.
#[derive(Clone)]
struct Focused {
    scores: Scores<'static>,
    answers: Answers,
    profile: Profile,
    focus: Memo<Vec<String>>,
}

impl Focused {
    fn get(&self) -> Lead<'static> {
        focused_lead(&self.scores, &self.answers, &self.profile, &self.focus.get())
    }
}

/// The overall score with its coverage and reading.
#[component]
fn OverallCard(overall: Score, comparison: Option<Comparison<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let text = reading(content::get_or_parse(), None, &overall).map(|text| text.get(lang));
    view! {
        <section class="card overall" data-testid="overall">
            <h2 id="overall-title">{t.results_overall}</h2>
            <p class="overall__score">
                <ScoreBadge score=overall lang=lang testid="overall-score"/>
                {delta_of(comparison.as_ref(), Of::Overall, lang, "overall-delta")}
            </p>
            <p class="hint">{t.coverage(overall.answered, overall.total)}</p>
            <p>{text.unwrap_or(t.results_not_scored_hint)}</p>
            <BenchmarkLine level=BenchmarkLevel::Overall score=overall lang=lang/>
        </section>
    }
}

/// One card per field: score, coverage, and the reading or a way to answer more.
#[component]
fn FieldCards(scores: Scores<'static>, comparison: Option<Comparison<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let content = content::get_or_parse();
    let cards = scores
        .fields
        .iter()
        .zip(Screen::fields())
        .map(|(field, screen)| {
            let text = reading(content, Some(&field.field.id), &field.score);
            view! {
                <li class="card field-card" data-testid="field-card" data-field=field.field.id.clone()>
                    <h3>{hyphenate(lang, field.field.title.get(lang))}</h3>
                    <p class="field-card__score">
                        <ScoreBadge score=field.score lang=lang testid="field-score"/>
                        {delta_of(comparison.as_ref(), Of::Field(&field.field.id), lang, "field-delta")}
                    </p>
                    <p class="hint">{t.coverage(field.score.answered, field.score.total)}</p>
                    <BenchmarkLine level=BenchmarkLevel::Field(field.field.id.clone()) score=field.score lang=lang/>
                    {match text {
                        Some(text) => view! {
                            <details class="field-card__reading">
                                <summary>{t.results_field_reading}</summary>
                                <p>{text.get(lang).to_string()}</p>
                            </details>
                        }.into_any(),
                        None => view! {
                            <p>{t.results_not_scored_hint}" "<a href=screen.to_hash()>{t.results_answer_more}</a></p>
                        }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2 id="fields-title">{t.results_fields_title}</h2>
            <ul class="field-cards">{cards}</ul>
        </section>
    }
}

/// The radar chart over fields or goals, with the table that carries the same numbers.
#[component]
fn ChartSection(
    scores: Scores<'static>,
    comparison: Option<Comparison<'static>>,
    lang: Lang,
    show_goals: RwSignal<bool>,
    /// Whether the score table is shown; it is rendered only then, as most readers take the numbers from the cards.
    table_open: RwSignal<bool>,
) -> impl IntoView {
    let t = messages(lang);
    let field_values = field_chart_values(&scores, lang);
    let goal_values = goal_chart_values(&scores);
    // The chart's name sums it up: its highest and lowest value (the table below carries all of them).
    let field_names: Vec<_> =
        scores.fields.iter().map(|field| (field.field.title.get(lang).to_string(), field.score.rounded())).collect();
    let goal_names: Vec<_> = scores
        .goals()
        .map(|goal| (format!("{} {}", goal.goal.id, goal.goal.title.get(lang)), goal.score.rounded()))
        .collect();
    let fields_name =
        later(lang).chart_summary(&format!("{} – {}", t.results_chart_title, t.results_chart_fields), &field_names);
    let goals_name =
        later(lang).chart_summary(&format!("{} – {}", t.results_chart_title, t.results_chart_goals), &goal_names);
    let field_levels = BenchmarkLevel::fields(&scores);
    let goal_levels = BenchmarkLevel::goals(&scores);
    let earlier = comparison
        .as_ref()
        .map(|comparison| (earlier_outline(comparison, false, lang), earlier_outline(comparison, true, lang)));
    let chart = move || {
        let goals = show_goals.get();
        let levels = if goals { &goal_levels } else { &field_levels };
        let overlays: Vec<Overlay> = median_outline(levels, lang)
            .into_iter()
            .chain(earlier.as_ref().map(|(fields, goal_outline)| if goals { goal_outline } else { fields }.clone()))
            .collect();
        if goals {
            view! { <RadarChart values=goal_values.clone() title=goals_name.clone() wrap=4 overlays=overlays/> }
        } else {
            view! { <RadarChart values=field_values.clone() title=fields_name.clone() overlays=overlays/> }
        }
    };
    view! {
        <section class="chart-section deferred deferred--chart">
            <h2 id="chart-title">{t.results_chart_title}</h2>
            <div class="toggle" role="group" aria-label=t.results_chart_title>
                <button type="button" aria-pressed=move || (!show_goals.get()).to_string() on:click=move |_| show_goals.set(false)>
                    {t.results_chart_fields}
                </button>
                <button type="button" aria-pressed=move || show_goals.get().to_string() on:click=move |_| show_goals.set(true)>
                    {t.results_chart_goals}
                </button>
            </div>
            <div class="chart-wrap">{chart}</div>
            <details class="table-toggle" prop:open=move || table_open.get() on:toggle=move |event| {
                table_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
            }>
                <summary>{t.results_table_show}</summary>
                {move || table_open.get().then(|| {
                    view! { <ScoreTable scores=scores.clone() lang=lang comparison=comparison.clone()/> }
                })}
            </details>
        </section>
    }
}

/// Goals without enough answers: named, with a way to answer them, never shown as 0.
#[component]
fn UnscoredGoals(scores: Scores<'static>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let items: Vec<_> = scores
        .fields
        .iter()
        .zip(Screen::fields())
        .flat_map(|(field, screen)| {
            field
                .goals
                .iter()
                .filter(|goal| goal.score.value.is_none() && !goal.is_not_relevant())
                .map(move |goal| (screen, goal.goal, goal.score))
        })
        .map(|(screen, goal, score)| {
            view! {
                <li>
                    <a href=screen.to_hash()>{format!("{} {}", goal.id, goal.plain_title.get(lang))}</a>
                    {format!(" – {}", t.coverage(score.answered, score.total))}
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <section class="card unscored" data-testid="unscored">
                <h3>{t.results_unscored_title}</h3>
                <p>{t.results_not_scored_hint}</p>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The goals with the largest gap, or a note that there are none.
#[component]
fn Priorities(
    top: Vec<LeadGoal<'static>>,
    scores: Scores<'static>,
    comparison: Option<Comparison<'static>>,
    lang: Lang,
) -> impl IntoView {
    if top.is_empty() {
        return view! { <p>{messages(lang).results_no_priorities}</p> }.into_any();
    }
    top.into_iter()
        .filter_map(|lead_goal| {
            let goal = lead_goal.recommendation.goal;
            let goal_score = scores.goal(&goal.id)?.clone();
            let change = delta_of(comparison.as_ref(), Of::Goal(&goal.id), lang, "goal-delta");
            Some(view! { <Priority lead_goal=lead_goal goal_score=goal_score change=change lang=lang/> })
        })
        .collect_view()
        .into_any()
}

/// The weakest answers said under a leading goal: two read in a glance, the measures address the rest.
const WEAKEST_SHOWN: usize = 2;

/// One leading goal: its plain title (the official one as the smaller line), its score, the weakest answers behind
/// the gap and its best measures, the rest behind "Weitere Maßnahmen zeigen".
#[component]
fn Priority(
    lead_goal: LeadGoal<'static>,
    goal_score: GoalScore<'static>,
    change: Option<AnyView>,
    lang: Lang,
) -> impl IntoView {
    let t = messages(lang);
    let LeadGoal { recommendation, weakest, measures } = lead_goal;
    let goal = recommendation.goal;
    let weakest = (!weakest.is_empty()).then(|| {
        let items = weakest
            .iter()
            .take(WEAKEST_SHOWN)
            .map(|(statement, answer)| {
                view! {
                    <li>
                        {format!("{} ", statement.text.get(lang))}
                        <span class="priority__answer">{format!("({})", t.answer_label(*answer))}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="priority__weak-title">{t.results_weakest}</p>
            <ul class="priority__weak">{items}</ul>
        }
    });
    let more: Vec<_> = recommendation.measures.into_iter().skip(measures.len()).collect();
    let shown = measures.into_iter().map(|m| view! { <MeasureCard recommended=m/> }).collect_view();
    let more = (!more.is_empty()).then(|| {
        let label = t.results_more_measures.replace("{n}", &more.len().to_string());
        view! { <MoreMeasures measures=more label=label/> }
    });
    view! {
        <article class="priority" data-testid="priority" data-goal=goal.id.clone()>
            <GoalHeading goal_score=goal_score lang=lang/>
            {change.map(|change| view! { <p class="priority__change">{t.compare_column}": "{change}</p> })}
            {weakest}
            <h4 class="visually-hidden">{t.results_measures}</h4>
            <ul class="measures">{shown}</ul>
            {more}
        </article>
    }
}

/// Back to the overview, on to the report or the plan.
#[component]
fn ResultsPager(t: &'static Messages) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=t.pager_label>
            <a class="button" href=Screen::Overview.to_hash()>{t.back}</a>
            <span class="pager__group">
                <a class="button" href=Screen::Report.to_hash()>{t.to_report}</a>
                <a class="button" href=Screen::Team.to_hash()>{t.team_title}</a>
                <a class="button" href=Screen::Recheck.to_hash()>{t.recheck_title}</a>
                <a class="button button--primary" href=Screen::Plan.to_hash()>{t.to_plan}</a>
            </span>
        </nav>
    }
}
