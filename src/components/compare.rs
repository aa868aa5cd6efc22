//! "Mit früherem Zwischenstand vergleichen" on screen and paper: the panel that keeps states and chooses what to compare
//! with, the earlier scores' outline in the charts, and the report's "Veränderung seit …" table (the delta beside a
//! score is `delta`'s).
//!
//! The numbers come from `domain::compare` (differences of the shown, rounded scores), so the delta always matches
//! the two numbers a reader sees.

use leptos::prelude::*;

use super::chart::Overlay;
use super::delta::{Delta, earlier_date};
use super::focus::focus_by_id;
use super::score::{goal_score_text, score_text};
use crate::domain::answers::Answers;
use crate::domain::compare::{Comparison, Earlier, compare};
use crate::domain::date::CalendarDate;
use crate::domain::lang::Lang;
use crate::domain::recheck::earlier;
use crate::domain::saved::Area;
use crate::domain::scoring::Scores;
use crate::i18n::later::later;
use crate::i18n::recheck::recheck_texts;
use crate::i18n::{messages, screen_texts};
use crate::state::clock::{local_time, offset_at};
use crate::state::compare::use_compare;
use crate::state::content;
use crate::state::files::{chosen_files, import_file};
use crate::domain::route::Screen;
use crate::state::persist::Mode;
use crate::state::use_app_state;

/// Where focus goes once a comparison is chosen: the line that names it.
const ACTIVE: &str = "compare-active";
/// Where focus goes when the list it was in changes.
const TAKE: &str = "snapshot-take";
/// The disclosure's summary: the panel's name, and where focus goes when the comparison is removed.
const SUMMARY: &str = "compare-summary";

/// The comparison of `answers` with the chosen earlier state (reactive), or else, while a re-check is there, with the
/// state it started from ("the results compare with it without further steps"). The round is read untracked: it
/// starts and ends on its own screen, and a page that re-rendered on every saved change would lose its place.
pub fn current_comparison(answers: &Answers) -> Option<Comparison<'static>> {
    let chosen = use_compare().earlier().get();
    let earlier = chosen.or_else(|| {
        let state = use_app_state().saved().with_untracked(|saved| earlier(saved).cloned())?;
        Some(Earlier::from_snapshot(&state, offset_at(state.taken_at)))
    })?;
    Some(compare(content::get_or_parse(), answers, &earlier))
}

/// The chart's dashed outline of the earlier scores, over the 14 goals or the six fields, with its legend.
pub fn earlier_outline(comparison: &Comparison<'_>, goals: bool, lang: Lang) -> Overlay {
    let t = messages(lang);
    let values = if goals {
        comparison.earlier.goals().map(|goal| goal.score.value).collect()
    } else {
        comparison.earlier.fields.iter().map(|field| field.score.value).collect()
    };
    let legend = match earlier_date(comparison, lang) {
        Some(date) => t.compare_legend.replace("{date}", &date),
        None => t.compare_legend_unknown.into(),
    };
    Overlay { values, legend, class: "chart__earlier", testid: "chart-legend-earlier" }
}

/// When a snapshot was taken: "3. März 2026, 14:05" (local time; several may be kept on one day).
fn snapshot_time(taken_at: f64, lang: Lang) -> String {
    let (hours, minutes) = local_time(taken_at);
    let date =
        CalendarDate::from_millis(taken_at, offset_at(taken_at)).map(|date| date.format(lang)).unwrap_or_default();
    format!("{date}, {hours:02}:{minutes:02}")
}

/// What the panel last said: a state was kept, or why not, or why a file cannot be compared.
#[derive(Clone, PartialEq)]
enum Said {
    Nothing,
    Done(String),
    Refused(String),
}

/// The comparison panel: the active comparison with "Vergleich entfernen", and behind "Mit früherem Zwischenstand
/// vergleichen" the two sources (kept states, an earlier result file) and "Zwischenstand speichern".
#[component]
pub fn ComparePanel(
    comparison: Option<Comparison<'static>>,
    lang: Lang,
    /// Whether the sources are shown; owned by the page so it survives the re-render a comparison causes.
    open: RwSignal<bool>,
) -> impl IntoView {
    let t = messages(lang);
    let compare = use_compare();
    let said = RwSignal::new(Said::Nothing);
    // Compared with the re-check's earlier state (nothing chosen here): the round's screen closes that comparison.
    let from_round = compare.earlier().with_untracked(Option::is_none);
    let active = comparison.map(|comparison| {
        let heading = t.change_since(earlier_date(&comparison, lang).as_deref());
        let end = if from_round {
            view! { <a href=Screen::Recheck.to_hash() data-testid="compare-round">{recheck_texts(lang).compare_round}</a> }
                .into_any()
        } else {
            view! {
                <button type="button" on:click=move |_| {
                    compare.clear();
                    request_animation_frame(|| focus_by_id(SUMMARY));
                }>{t.compare_remove}</button>
            }
            .into_any()
        };
        view! {
            <div class="compare__active">
                <p id=ACTIVE tabindex="-1" data-testid="compare-active"><strong>{heading}</strong></p>
                {end}
            </div>
        }
    });
    view! {
        <section class="card compare" data-testid="compare">
            {active}
            <details prop:open=move || open.get() on:toggle=move |event| {
                open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
            }>
                <summary id=SUMMARY>{t.compare_button}</summary>
                <p class="hint">{t.compare_hint}</p>
                <KeptStates lang=lang said=said/>
                <EarlierFile lang=lang said=said/>
                <TakeSnapshot lang=lang said=said/>
                <p role="status">
                    {move || match said.get() {
                        Said::Nothing => ().into_any(),
                        Said::Done(text) => view! { <span>{text}</span> }.into_any(),
                        Said::Refused(text) => view! { <span class="notice notice--warning">{text}</span> }.into_any(),
                    }}
                </p>
            </details>
        </section>
    }
}

/// The snapshots kept on this device, newest first, each to compare with or remove.
#[component]
fn KeptStates(lang: Lang, said: RwSignal<Said>) -> impl IntoView {
    let t = messages(lang);
    let state = use_app_state();
    let compare = use_compare();
    move || {
        let (snapshots, round) = state.saved().with(|saved| (saved.snapshots.clone(), saved.round));
        (!snapshots.is_empty()).then(|| {
            let items = snapshots
                .newest_first()
                .into_iter()
                .cloned()
                .map(|snapshot| {
                    let label = t.snapshot_of.replace("{date}", &snapshot_time(snapshot.taken_at, lang));
                    let taken_at = snapshot.taken_at;
                    let removed = later(lang).snapshot_removed.replace("{label}", &label);
                    view! {
                        <li>
                            <span class="compare__label">{label.clone()}</span>
                            <button type="button" on:click=move |_| {
                                said.set(Said::Nothing);
                                compare.compare_with_snapshot(&snapshot);
                                request_animation_frame(|| focus_by_id(ACTIVE));
                            }>
                                {t.compare_with}<span class="visually-hidden">": "{label.clone()}</span>
                            </button>
                            // The state a re-check started from stays while the round is there.
                            {(round != Some(taken_at)).then(move || view! {
                                <button type="button" on:click={
                                    move |_| {
                                        state.remove_snapshot(taken_at);
                                        // Focus moves on (the line is gone) and the status says what happened.
                                        said.set(Said::Done(removed.clone()));
                                        request_animation_frame(|| focus_by_id(TAKE));
                                    }
                                }>
                                    {t.snapshot_remove}<span class="visually-hidden">": "{label}</span>
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{t.snapshot_list_title}</h3>
                <ul class="compare__list">{items}</ul>
            }
        })
    }
}

/// "Frühere Ergebnisdatei wählen": a result file validated like an import, then compared with; it changes nothing.
#[component]
fn EarlierFile(lang: Lang, said: RwSignal<Said>) -> impl IntoView {
    let t = messages(lang);
    let compare = use_compare();
    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = chosen_files(&event).into_iter().next() else { return };
        said.set(Said::Nothing);
        leptos::task::spawn_local(async move {
            match import_file(file).await {
                Ok(imported) => {
                    compare.compare_with_file(&imported);
                    request_animation_frame(|| focus_by_id(ACTIVE));
                }
                Err(error) => said.set(Said::Refused(format!("{} {}", t.compare_file_rejected, error.text(t)))),
            }
        });
    };
    view! {
        <p class="actions">
            <label class="button file-button">
                {t.compare_from_file}
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file/>
            </label>
        </p>
    }
}

/// "Zwischenstand speichern", with a note on where the copy is kept.
#[component]
fn TakeSnapshot(lang: Lang, said: RwSignal<Said>) -> impl IntoView {
    let t = messages(lang);
    let s = screen_texts(lang);
    let state = use_app_state();
    let take = move |_| {
        let text = match state.take_snapshot() {
            Ok(taken_at) => Said::Done(t.snapshot_taken.replace("{date}", &snapshot_time(taken_at, lang))),
            Err(error) => Said::Refused(t.snapshot_error(error)),
        };
        said.set(text);
    };
    view! {
        <p class="actions">
            <button type="button" id=TAKE on:click=take>{t.snapshot_take}</button>
        </p>
        <p class="hint">{t.snapshot_hint}</p>
        // In the default mode the kept states live in this tab only: say so where they are taken.
        {move || (state.mode().get() != Mode::Stored(Area::Local)).then(|| view! {
            <p class="notice notice--warning" data-testid="snapshot-tab-warning">{s.snapshot_tab_warning}</p>
        })}
    }
}

/// The report's "Veränderung seit …": earlier and current score and the change, overall, per field and per goal.
#[component]
pub fn ChangeTable(comparison: Comparison<'static>, current: Scores<'static>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let date = earlier_date(&comparison, lang);
    let row = |name: String, then: String, now: String, delta: Option<i16>, class: &'static str| {
        view! {
            <tr class=class>
                <th scope="row">{name}</th>
                <td>{then}</td>
                <td>{now}</td>
                <td><Delta delta=delta date=date.clone() lang=lang testid="report-delta"/></td>
            </tr>
        }
    };
    let mut rows = vec![row(
        t.results_overall.into(),
        score_text(&comparison.earlier.overall, lang),
        score_text(&current.overall, lang),
        comparison.overall,
        "table__field",
    )];
    for (field, before) in current.fields.iter().zip(&comparison.earlier.fields) {
        let name = field.field.title.get(lang).to_string();
        let delta = comparison.field(&field.field.id);
        rows.push(row(name, score_text(&before.score, lang), score_text(&field.score, lang), delta, "table__field"));
        for (goal, before) in field.goals.iter().zip(&before.goals) {
            let name = format!("{} {}", goal.goal.id, goal.goal.plain_title.get(lang));
            let delta = comparison.goal(&goal.goal.id);
            rows.push(row(name, goal_score_text(before, lang), goal_score_text(goal, lang), delta, "table__goal"));
        }
    }
    view! {
        <section class="report__change">
            <h2 id="change-title">{t.change_since(date.as_deref())}</h2>
            <p>{t.compare_report_intro}</p>
            <table class="table table--scores">
                <thead>
                    <tr>
                        <th scope="col">{t.results_table_area}</th>
                        <th scope="col">{t.compare_then}</th>
                        <th scope="col">{t.compare_now}</th>
                        <th scope="col">{t.compare_column}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
