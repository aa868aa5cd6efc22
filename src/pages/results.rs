//! The results: overall score and reading, six field cards, the radar chart with its table, and per goal the
//! weakest statements with the recommended measures in the engine's order.

use leptos::prelude::*;

use crate::components::chart::RadarChart;
use crate::components::measure::MeasureCard;
use crate::components::score::{ScoreBadge, ScoreTable, field_chart_values, goal_chart_values, goal_score_text};
use crate::domain::recommend::{RecommendedMeasure, recommend};
use crate::domain::scoring::score;
use crate::state::route::Screen;
use crate::state::use_app_state;

/// How many measures per goal are shown before "more".
const MEASURES_SHOWN: usize = 3;

/// The results screen. Re-renders when answers, profile or language change; the plan buttons update on their own.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_app_state();
    let content = state.content();
    let answers = Memo::new(move |_| state.saved.with(|saved| saved.answers.clone()));
    let profile = Memo::new(move |_| state.saved.with(|saved| saved.profile.clone()));
    let show_goals = RwSignal::new(false);

    move || {
        let lang = state.lang.get();
        let t = state.t();
        let answers = answers.get();
        let scores = score(content, &answers);
        let recommendations = recommend(&scores, &answers, &profile.get());
        let overall_reading =
            scores.overall.shown().and_then(|value| content.reading(None, value)).map(|text| text.get(lang));

        let field_cards = scores
            .fields
            .iter()
            .enumerate()
            .map(|(index, field)| {
                let reading = field.score.shown().and_then(|value| content.reading(Some(&field.field.id), value));
                let screen = Screen::Field(index as u8 + 1);
                view! {
                    <li class="card field-card" data-testid="field-card" data-field=field.field.id.clone()>
                        <h3>{field.field.title.get(lang).to_string()}</h3>
                        <p class="field-card__score">
                            <ScoreBadge score=field.score lang=lang testid="field-score"/>
                        </p>
                        <p class="hint">{t.coverage(field.score.answered, field.score.total)}</p>
                        {match reading {
                            Some(text) => view! { <p>{text.get(lang).to_string()}</p> }.into_any(),
                            None => view! {
                                <p>{t.results_not_scored_hint}" "<a href=screen.to_hash()>{t.results_answer_more}</a></p>
                            }.into_any(),
                        }}
                    </li>
                }
            })
            .collect_view();

        let field_values = field_chart_values(&scores, lang);
        let goal_values = goal_chart_values(&scores);
        let chart = move || {
            if show_goals.get() {
                view! { <RadarChart values=goal_values.clone() title=format!("{} – {}", t.results_chart_title, t.results_chart_goals) wrap=4/> }
            } else {
                view! { <RadarChart values=field_values.clone() title=format!("{} – {}", t.results_chart_title, t.results_chart_fields)/> }
            }
        };

        let priorities = if recommendations.is_empty() {
            view! { <p>{t.results_no_priorities}</p> }.into_any()
        } else {
            recommendations
                .into_iter()
                .map(|rec| {
                    let goal_score = scores.goal(&rec.goal.id).map(|g| goal_score_text(g, lang)).unwrap_or_default();
                    let weakest = rec
                        .weakest
                        .iter()
                        .map(|statement| view! { <li>{statement.text.get(lang).to_string()}</li> })
                        .collect_view();
                    let mut measures = rec.measures.into_iter();
                    let shown = measures
                        .by_ref()
                        .take(MEASURES_SHOWN)
                        .map(|m| view! { <MeasureCard recommended=m/> })
                        .collect_view();
                    let more: Vec<_> = measures.collect();
                    let more = (!more.is_empty()).then(|| {
                        let label = format!("{} (+{})", t.results_measures, more.len());
                        view! { <MoreMeasures measures=more label=label/> }
                    });
                    view! {
                        <article class="priority" data-testid="priority" data-goal=rec.goal.id.clone()>
                            <h3>
                                <span class="priority__id">{rec.goal.id.clone()}</span>" "
                                {rec.goal.title.get(lang).to_string()}
                                " – "<span data-testid="goal-score">{goal_score}</span>
                                " / 100"
                            </h3>
                            {(!rec.weakest.is_empty()).then(|| view! {
                                <p class="priority__weak-title">{t.results_weakest}</p>
                                <ul class="priority__weak">{weakest}</ul>
                            })}
                            <h4 class="visually-hidden">{t.results_measures}</h4>
                            <ul class="measures">{shown}</ul>
                            {more}
                        </article>
                    }
                })
                .collect_view()
                .into_any()
        };

        // Goals without enough answers: named, with a way to answer them, never shown as 0.
        let unscored: Vec<_> = scores
            .fields
            .iter()
            .enumerate()
            .flat_map(|(index, field)| {
                field
                    .goals
                    .iter()
                    .filter(|goal| goal.score.value.is_none() && !goal.is_not_relevant())
                    .map(move |goal| (Screen::Field(index as u8 + 1), goal.goal, goal.score))
            })
            .collect();
        let unscored = (!unscored.is_empty()).then(|| {
            let items = unscored
                .into_iter()
                .map(|(screen, goal, score)| {
                    view! {
                        <li>
                            <a href=screen.to_hash()>{format!("{} {}", goal.id, goal.title.get(lang))}</a>
                            " – "{t.coverage(score.answered, score.total)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card unscored" data-testid="unscored">
                    <h3>{t.results_unscored_title}</h3>
                    <p>{t.results_not_scored_hint}</p>
                    <ul>{items}</ul>
                </section>
            }
        });

        view! {
            <section class="page page--results" aria-labelledby="page-title">
                <h1 id="page-title" tabindex="-1">{t.results_title}</h1>
                <p class="lead">{t.results_intro}</p>
                <section class="card overall" aria-labelledby="overall-title" data-testid="overall">
                    <h2 id="overall-title">{t.results_overall}</h2>
                    <p class="overall__score"><ScoreBadge score=scores.overall lang=lang testid="overall-score"/></p>
                    <p class="hint">{t.coverage(scores.overall.answered, scores.overall.total)}</p>
                    <p>{overall_reading.unwrap_or(t.results_not_scored_hint)}</p>
                </section>
                <section aria-labelledby="fields-title">
                    <h2 id="fields-title">{t.results_fields_title}</h2>
                    <ul class="field-cards">{field_cards}</ul>
                </section>
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
                    <ScoreTable scores=scores.clone() lang=lang/>
                </section>
                <section aria-labelledby="priorities-title">
                    <h2 id="priorities-title">{t.results_priorities_title}</h2>
                    <p>{t.results_priorities_intro}</p>
                    {unscored}
                    {priorities}
                </section>
                <nav class="pager" aria-label=t.pager_label>
                    <a class="button" href=Screen::Overview.to_hash()>{t.back}</a>
                    <span class="pager__group">
                        <a class="button" href=Screen::Report.to_hash() data-testid="results-to-report">{t.to_report}</a>
                        <a class="button button--primary" href=Screen::Plan.to_hash() data-testid="to-plan">{t.to_plan}</a>
                    </span>
                </nav>
            </section>
        }
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
