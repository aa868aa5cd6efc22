//! "Team-Auswertung" (`#/team`): a coordinator loads 2–30 result files at once (picker or drag and drop), sees the
//! team scores with their spread, the statements the team sees differently and the goals to talk about first, and
//! may save the merged data as a team file. Printed, the same screen is the team report (style/print.css).

use leptos::prelude::*;

use crate::components::focus::{PAGE_TITLE, focus_by_id};
use crate::domain::lang::Lang;
use crate::domain::team::{Divided, MIN_MEMBERS, TeamGoal, TeamResult, TeamScore, merge};
use crate::i18n::Messages;
use crate::state::content;
use crate::state::clock::now_iso;
use crate::state::files::{chosen_files, download, dropped_files, files_of, read_files};
use crate::state::team::use_team_state;
use crate::state::use_app_state;

/// The team screen. Unsaved team data makes closing the tab ask first (`beforeunload`); leaving within the app asks
/// in [`LeaveDialog`].
#[component]
pub fn TeamPage() -> impl IntoView {
    let state = use_app_state();
    let team = use_team_state();
    let t = state.t();
    let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        if team.has_unsaved() {
            event.prevent_default();
            event.set_return_value(t.team_leave_text);
        }
    });
    on_cleanup(move || unload.remove());
    view! {
        <section class="page page--team" aria-labelledby=PAGE_TITLE>
            <h1 id=PAGE_TITLE tabindex="-1">{t.team_title}</h1>
            <LeaveDialog/>
            <p class="lead no-print">{t.team_intro}</p>
            <LoadArea/>
            <FileProblems/>
            {move || team.data().with(|data| (data.members.len() >= MIN_MEMBERS).then(|| {
                team_result(t, state.lang().get_untracked(), &merge(content::get_or_parse(), &data.members))
            }))}
        </section>
    }
}

/// The drop zone with the multi-file picker (the keyboard path), and the picker for a saved team file.
#[component]
fn LoadArea() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    let dragging = RwSignal::new(false);
    let on_pick = move |event: leptos::ev::Event| {
        read_files(chosen_files(&event), move |files| team.load_result_files(&files));
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let files = files_of(dropped_files(&event));
        read_files(files, move |files| team.load_result_files(&files));
    };
    let on_team_file = move |event: leptos::ev::Event| {
        read_files(chosen_files(&event), move |files| {
            if let Some((_, bytes)) = files.first() {
                team.load_team_file(bytes);
            }
        });
    };
    view! {
        <section class="dropzone no-print" class:dropzone--active=move || dragging.get()
            aria-labelledby="team-load-title"
            on:dragover=move |event: leptos::ev::DragEvent| { event.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h2 id="team-load-title">{t.team_drop_label}</h2>
            <p class="hint">{t.team_drop_hint}</p>
            <div class="actions">
                <label class="button button--primary file-button">
                    {t.team_pick_files}
                    <input type="file" multiple accept=".json,application/json" class="visually-hidden" on:change=on_pick/>
                </label>
                <label class="button file-button">
                    {t.team_load_team_file}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_team_file/>
                </label>
            </div>
        </section>
    }
}

/// Files left out with the reason, a rejected team file, or too few people: announced politely.
#[component]
fn FileProblems() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    view! {
        <div role="status" aria-live="polite" class="team-status no-print">
            {move || team.data().with(|data| {
                let team_file = data.team_file_error.as_ref().map(|error| view! {
                    <p class="notice notice--warning">{t.team_file_error(error)}</p>
                });
                let too_few = (data.members.len() == 1).then(|| view! { <p class="notice notice--warning">{t.team_too_few}</p> });
                let rejected = (!data.rejected.is_empty()).then(|| {
                    let items = data.rejected.iter().map(|rejected| view! {
                        <li><strong>{rejected.file_name.clone()}</strong>": "{t.rejection(&rejected.reason)}</li>
                    }).collect_view();
                    view! { <h2>{t.team_rejected_title}</h2><ul class="team-rejected">{items}</ul> }
                });
                view! { {team_file} {too_few} {rejected} }
            })}
        </div>
    }
}

/// "Team-Auswertung verlassen?": shown when the user navigates away with unsaved team data; takes the focus.
#[component]
fn LeaveDialog() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    Effect::new(move |_| {
        if team.leaving().get().is_some() {
            request_animation_frame(|| focus_by_id("team-stay"));
        }
    });
    move || {
        team.leaving().get().map(|_| view! {
            <div class="confirm no-print" role="alertdialog" aria-labelledby="team-leave-title" aria-describedby="team-leave-text">
                <h2 id="team-leave-title">{t.team_leave_title}</h2>
                <p id="team-leave-text">{t.team_leave_text}</p>
                <div class="actions">
                    <button type="button" class="button--danger" on:click=move |_| team.leave()>{t.team_leave}</button>
                    <button type="button" id="team-stay" on:click=move |_| team.stay()>{t.team_stay}</button>
                </div>
            </div>
        })
    }
}

/// The merged result: who took part, save and print, the scores, where the team differs, what to talk about first,
/// and ruled space for notes (printed only).
fn team_result(t: &'static Messages, lang: Lang, result: &TeamResult<'static>) -> impl IntoView + use<> {
    let roles = (!result.roles.is_empty()).then(|| {
        let roles = result.roles.iter().map(|(role, count)| format!("{} ({count})", t.role(*role))).collect::<Vec<_>>();
        view! { <p>{t.team_roles}": "{roles.join(", ")}</p> }
    });
    view! {
        <div class="team-result">
            <section class="team-people" aria-labelledby="team-people">
                <h2 id="team-people">{t.people(result.people.len())}</h2>
                {roles}
                <TeamActions/>
            </section>
            {scores_table(t, lang, result)}
            {divided_list(t, lang, &result.divided)}
            {talk_first_list(t, lang, &result.talk_first)}
            <section class="team-notes print-only" aria-labelledby="team-notes-title">
                <h2 id="team-notes-title">{t.team_notes_title}</h2>
                <div class="ruled"></div>
            </section>
        </div>
    }
}

/// "Team-Datei speichern" (download like the result file) and "Team-Bericht drucken".
#[component]
fn TeamActions() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    let save = move |_| {
        let (text, name) = team.save(&now_iso());
        if let Err(error) = download(&text, &name) {
            leptos::logging::error!("team file download failed: {error:?}");
        }
    };
    let print = |_| {
        if let Err(error) = window().print() {
            leptos::logging::error!("print failed: {error:?}");
        }
    };
    view! {
        <div class="actions no-print">
            <button type="button" class="button--primary" on:click=save>{t.team_save}</button>
            <button type="button" on:click=print>{t.team_print}</button>
        </div>
    }
}

/// A team score as text: "62" or "nicht bewertet".
fn score_text(t: &Messages, score: &TeamScore) -> String {
    score.score.rounded().map_or_else(|| t.results_not_scored.to_string(), |value| value.to_string())
}

/// The spread as text: "40 bis 75", or a dash without scores.
fn spread_text(t: &Messages, score: &TeamScore) -> String {
    match (score.lowest, score.highest) {
        (Some(lowest), Some(highest)) => t.spread(lowest, highest),
        _ => "–".into(),
    }
}

fn score_row(class: &'static str, name: String, t: &'static Messages, score: &TeamScore) -> impl IntoView + use<> {
    view! {
        <tr class=class><th scope="row">{name}</th><td>{score_text(t, score)}</td><td>{spread_text(t, score)}</td></tr>
    }
}

/// Overall, each field and each goal: team score and spread.
fn scores_table(t: &'static Messages, lang: Lang, result: &TeamResult<'static>) -> impl IntoView + use<> {
    let rows = result
        .fields
        .iter()
        .map(|field| {
            let goals = field
                .goals
                .iter()
                .map(|goal| {
                    let name = format!("{} {}", goal.goal.id, goal.goal.title.get(lang));
                    score_row("table__goal", name, t, &goal.score)
                })
                .collect_view();
            view! { {score_row("table__field", field.field.title.get(lang).to_string(), t, &field.score)} {goals} }
        })
        .collect_view();
    view! {
        <section class="team-scores" aria-labelledby="team-scores-title">
            <h2 id="team-scores-title">{t.team_scores_title}</h2>
            <table class="table table--scores">
                <thead><tr>
                    <th scope="col">{t.team_column_area}</th>
                    <th scope="col">{t.team_column_score}</th>
                    <th scope="col">{t.team_column_spread}</th>
                </tr></thead>
                <tbody>
                    {score_row("table__field", t.team_overall.to_string(), t, &result.overall)}
                    {rows}
                </tbody>
            </table>
        </section>
    }
}

/// "Hier sehen Sie es unterschiedlich": most divided first, each with every person's answer in words.
fn divided_list(t: &'static Messages, lang: Lang, divided: &[Divided<'static>]) -> impl IntoView + use<> {
    let items = divided
        .iter()
        .map(|divided| {
            let answers = divided
                .answers
                .iter()
                .map(|(marker, answer)| {
                    let answer = answer.map_or(t.no_answer, |answer| t.answer_label(answer));
                    view! { <li><span class="team-answer__person">{t.person(*marker)}</span>": "<strong>{answer}</strong></li> }
                })
                .collect_view();
            let statement = format!("{} {}", divided.goal.id, divided.statement.text.get(lang));
            view! {
                <li class="team-divided__item">
                    <h3>{statement}</h3>
                    <p class="hint">{t.team_divided_steps.replace("{steps}", &divided.steps.to_string())}</p>
                    <ul class="team-answers" aria-label=t.team_answers_of>{answers}</ul>
                </li>
            }
        })
        .collect_view();
    let none = divided.is_empty().then(|| view! { <p>{t.team_divided_none}</p> });
    view! {
        <section class="team-divided" aria-labelledby="team-divided-title">
            <h2 id="team-divided-title">{t.team_divided_title}</h2>
            {none}
            <ol class="team-divided__list">{items}</ol>
        </section>
    }
}

/// The goals to talk about first, with team score and spread.
fn talk_first_list(t: &'static Messages, lang: Lang, goals: &[TeamGoal<'static>]) -> impl IntoView + use<> {
    let items = goals
        .iter()
        .map(|goal| {
            let text = format!(
                "{} {} – {} ({})",
                goal.goal.id,
                goal.goal.title.get(lang),
                score_text(t, &goal.score),
                spread_text(t, &goal.score)
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <section class="team-talk" aria-labelledby="team-talk-title">
            <h2 id="team-talk-title">{t.team_talk_first_title}</h2>
            <ol>{items}</ol>
        </section>
    }
}
