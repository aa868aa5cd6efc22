//! The results: overall score and reading, six field cards, the radar chart with its table, and per goal the
//! weakest statements with the recommended measures in the engine's order.

use leptos::prelude::*;

use crate::components::chart::RadarChart;
use crate::components::focus::PAGE_TITLE;
use crate::components::measure::MeasureCard;
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, goal_chart_values, goal_score_text};
use crate::domain::content::Content;
use crate::domain::lang::Lang;
use crate::domain::reading::reading;
use crate::domain::recommend::{GoalRecommendation, RecommendedMeasure, recommend};
use crate::domain::scoring::{Score, Scores, score};
use crate::i18n::{Messages, messages};
use crate::state::route::Screen;
use crate::state::use_app_state;

/// How many measures per goal are shown before "more".
const MEASURES_SHOWN: usize = 3;

/// The results screen. Re-renders when answers, profile or language change; the plan buttons update on their own.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_app_state();
    let content = state.content();
    let answers = Memo::new(move |_| state.saved().with(|saved| saved.answers.clone()));
    let profile = Memo::new(move |_| state.saved().with(|saved| saved.profile.clone()));
    // Outside the re-rendering closure, so the chart keeps its view across a change of answers.
    let show_goals = RwSignal::new(false);

    move || {
        let lang = state.lang().get();
        let t = state.t();
        let answers = answers.get();
        let scores = score(content, &answers);
        let recommendations = recommend(&scores, &answers, &profile.get());
        view! {
            <section class="page page--results" aria-labelledby=PAGE_TITLE>
                <h1 id=PAGE_TITLE tabindex="-1">{t.results_title}</h1>
                <p class="lead">{t.results_intro}</p>
                <OverallCard overall=scores.overall lang=lang/>
                <FieldCards scores=scores.clone() lang=lang/>
                <ChartSection scores=scores.clone() lang=lang show_goals=show_goals/>
                <section aria-labelledby="priorities-title">
                    <h2 id="priorities-title">{t.results_priorities_title}</h2>
                    <p>{t.results_priorities_intro}</p>
                    <UnscoredGoals scores=scores.clone() lang=lang/>
                    <Priorities recommendations=recommendations scores=scores lang=lang/>
                </section>
                <ResultsPager t=t/>
            </section>
        }
    }
}

/// The overall score with its coverage and reading.
#[component]
fn OverallCard(overall: Score, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let text = reading(Content::shipped(), None, &overall).map(|text| text.get(lang));
    view! {
        <section class="card overall" aria-labelledby="overall-title" data-testid="overall">
            <h2 id="overall-title">{t.results_overall}</h2>
            <p class="overall__score"><ScoreBadge score=overall lang=lang testid="overall-score"/></p>
            <p class="hint">{t.coverage(overall.answered, overall.total)}</p>
            <p>{text.unwrap_or(t.results_not_scored_hint)}</p>
        </section>
    }
}

/// One card per field: score, coverage, and the reading or a way to answer more.
#[component]
fn FieldCards(scores: Scores<'static>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let content = Content::shipped();
    let cards = scores
        .fields
        .iter()
        .zip(Screen::fields())
        .map(|(field, screen)| {
            let text = reading(content, Some(&field.field.id), &field.score);
            view! {
                <li class="card field-card" data-testid="field-card" data-field=field.field.id.clone()>
                    <h3>{field.field.title.get(lang).to_string()}</h3>
                    <p class="field-card__score">
                        <ScoreBadge score=field.score lang=lang testid="field-score"/>
                    </p>
                    <p class="hint">{t.coverage(field.score.answered, field.score.total)}</p>
                    {match text {
                        Some(text) => view! { <p>{text.get(lang).to_string()}</p> }.into_any(),
                        None => view! {
                            <p>{t.results_not_scored_hint}" "<a href=screen.to_hash()>{t.results_answer_more}</a></p>
                        }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="fields-title">
            <h2 id="fields-title">{t.results_fields_title}</h2>
            <ul class="field-cards">{cards}</ul>
        </section>
    }
}

/// The radar chart over fields or goals, with the table that carries the same numbers.
#[component]
fn ChartSection(scores: Scores<'static>, lang: Lang, show_goals: RwSignal<bool>) -> impl IntoView {
    let t = messages(lang);
    let field_values = field_chart_values(&scores, lang);
    let goal_values = goal_chart_values(&scores);
    let chart = move || {
        if show_goals.get() {
            view! { <RadarChart values=goal_values.clone() title=format!("{} – {}", t.results_chart_title, t.results_chart_goals) wrap=4/> }
        } else {
            view! { <RadarChart values=field_values.clone() title=format!("{} – {}", t.results_chart_title, t.results_chart_fields)/> }
        }
    };
    view! {
        <section class="chart-section" aria-labelledby="chart-title">
            <h2 id="chart-title">{t.results_chart_title}</h2>
            <div class="toggle" role="group" aria-label=t.results_chart_title>
                <button type="button" aria-pressed=move || (!show_goals.get()).to_string() on:click=move |_| show_goals.set(false)>
                    {t.results_chart_fields}
                </button>
                <button type="button" aria-pressed=move || show_goals.get().to_string() on:click=move |_| show_goals.set(true) data-testid="chart-goals">
                    {t.results_chart_goals}
                </button>
            </div>
            <div class="chart-wrap">{chart}</div>
            <ScoreTable scores=scores lang=lang/>
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
                    <a href=screen.to_hash()>{format!("{} {}", goal.id, goal.title.get(lang))}</a>
                    " – "{t.coverage(score.answered, score.total)}
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

/// The priority goals in the engine's order, or a note that there are none.
#[component]
fn Priorities(recommendations: Vec<GoalRecommendation<'static>>, scores: Scores<'static>, lang: Lang) -> impl IntoView {
    if recommendations.is_empty() {
        return view! { <p>{messages(lang).results_no_priorities}</p> }.into_any();
    }
    recommendations
        .into_iter()
        .map(|recommendation| {
            let goal_score =
                scores.goal(&recommendation.goal.id).map(|goal| goal_score_text(goal, lang)).unwrap_or_default();
            view! { <Priority recommendation=recommendation goal_score=goal_score lang=lang/> }
        })
        .collect_view()
        .into_any()
}

/// One priority goal: its score, weakest statements and recommended measures, the rest behind "more".
#[component]
fn Priority(recommendation: GoalRecommendation<'static>, goal_score: String, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let GoalRecommendation { goal, weakest, measures, .. } = recommendation;
    let weakest = (!weakest.is_empty()).then(|| {
        let items =
            weakest.iter().map(|statement| view! { <li>{statement.text.get(lang).to_string()}</li> }).collect_view();
        view! {
            <p class="priority__weak-title">{t.results_weakest}</p>
            <ul class="priority__weak">{items}</ul>
        }
    });
    let mut measures = measures.into_iter();
    let shown = measures.by_ref().take(MEASURES_SHOWN).map(|m| view! { <MeasureCard recommended=m/> }).collect_view();
    let more: Vec<_> = measures.collect();
    let more = (!more.is_empty()).then(|| {
        let label = format!("{} (+{})", t.results_measures, more.len());
        view! { <MoreMeasures measures=more label=label/> }
    });
    view! {
        <article class="priority" data-testid="priority" data-goal=goal.id.clone()>
            <h3>
                <span class="priority__id">{goal.id.clone()}</span>" "
                {goal.title.get(lang).to_string()}
                " – "<span data-testid="goal-score">{goal_score}</span>
                " / 100"
            </h3>
            {weakest}
            <h4 class="visually-hidden">{t.results_measures}</h4>
            <ul class="measures">{shown}</ul>
            {more}
        </article>
    }
}

/// Further measures of a goal behind a disclosure. They are rendered only once opened: most users never open most of
/// them, and the results screen renders faster with a third of the measure cards.
#[component]
fn MoreMeasures(measures: Vec<RecommendedMeasure<'static>>, label: String) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class="more-measures" on:toggle=move |event| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
        }>
            <summary>{label}</summary>
            {move || open.get().then(|| {
                let cards = measures.iter().cloned().map(|m| view! { <MeasureCard recommended=m/> }).collect_view();
                view! { <ul class="measures">{cards}</ul> }
            })}
        </details>
    }
}

/// Back to the overview, on to the report or the plan.
#[component]
fn ResultsPager(t: &'static Messages) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=t.pager_label>
            <a class="button" href=Screen::Overview.to_hash()>{t.back}</a>
            <span class="pager__group">
                <a class="button" href=Screen::Report.to_hash() data-testid="results-to-report">{t.to_report}</a>
                <a class="button" href=Screen::Team.to_hash()>{t.team_title}</a>
                <a class="button button--primary" href=Screen::Plan.to_hash() data-testid="to-plan">{t.to_plan}</a>
            </span>
        </nav>
    }
}
