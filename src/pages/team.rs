//! "Team-Auswertung" (`#/team`): a coordinator invites colleagues (a text to copy), adds 2–30 result files one or
//! several at a time (picker or drag and drop) and removes them one at a time, sees the team scores with their spread
//! and chart, the statements the team sees differently, what each person left open and the goals to talk about first
//! (their measures into the plan), and may save the merged data as a team file. Roles stand beside the answers only
//! when no role is a group of one or two (or the coordinator chooses so). Printed, the same screen is the team
//! report with the firm and the date (style/print.css).

use leptos::prelude::*;

use crate::components::chart::{ChartValue, RadarChart};
use crate::components::focus::{PAGE_TITLE, focus_by_id, focus_page_title};
use crate::domain::content::Measure;
use crate::domain::date::CalendarDate;
use crate::domain::lang::Lang;
use crate::domain::team::{
    DIVIDED_STEPS, Divided, MIN_MEMBERS, Marker, TeamGoal, TeamResult, TeamScore, merge, merge_anonymous,
    roles_identify,
};
use crate::i18n::{Messages, screen_texts};
use crate::state::clipboard;
use crate::state::clock::{now, now_iso, offset_at};
use crate::state::content;
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
        <section class="page page--team">
            <h1 id=PAGE_TITLE tabindex="-1">{t.team_title}</h1>
            <LeaveDialog/>
            <p class="lead no-print">{t.team_intro}</p>
            <Invite/>
            <LoadArea/>
            <LoadedFiles/>
            <FileProblems/>
            {move || team.data().with(|data| (data.roster.len() >= MIN_MEMBERS).then(|| {
                let members = data.roster.members();
                let identify = roles_identify(&members);
                let result = if identify && !data.show_roles {
                    merge_anonymous(content::get_or_parse(), &members)
                } else {
                    merge(content::get_or_parse(), &members)
                };
                let firm = data.roster.firm();
                let firm = if firm.is_empty() { state.saved().with_untracked(|s| s.profile.company_name.clone()) } else { firm };
                team_result(t, state.lang().get_untracked(), &result, TeamHead { firm, identify, show_roles: data.show_roles })
            }))}
        </section>
    }
}

/// "Kolleginnen und Kollegen einladen": a text to send (what to do, how to save the file, where to send it) with the
/// check's address, a button that copies it, and whether that worked, announced politely.
#[component]
fn Invite() -> impl IntoView {
    let s = screen_texts(use_app_state().lang().get());
    let copied = RwSignal::new(None::<bool>);
    let location = window().location();
    let address = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    let text = s.team_invite_text.replace("{url}", &address);
    let to_copy = text.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        copied.set(None);
        leptos::task::spawn_local(async move {
            let done = clipboard::copy(&text).await;
            if !done {
                clipboard::select_for_copying("team-invite-text");
            }
            copied.set(Some(done));
        });
    };
    view! {
        <section class="card team-invite no-print">
            <h2 id="team-invite-title">{s.team_invite_title}</h2>
            <p id="team-invite-intro">{s.team_invite_intro}</p>
            <textarea id="team-invite-text" readonly rows="6" aria-labelledby="team-invite-intro">{text}</textarea>
            <p class="actions">
                <button type="button" on:click=copy>{s.team_invite_copy}</button>
            </p>
            <p role="status" aria-live="polite">
                {move || copied.get().map(|done| if done { s.team_invite_copied } else { s.team_invite_copy_failed })}
            </p>
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
        read_files(chosen_files(&event), move |files| team.add_result_files(&files));
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let files = files_of(dropped_files(&event));
        read_files(files, move |files| team.add_result_files(&files));
    };
    let on_team_file = move |event: leptos::ev::Event| {
        read_files(chosen_files(&event), move |files| {
            if let Some((name, bytes)) = files.first() {
                team.load_team_file(name, bytes);
            }
        });
    };
    view! {
        <section class="dropzone no-print" class:dropzone--active=move || dragging.get()
            aria-labelledby="team-load-title"
            on:dragover=move |event: leptos::ev::DragEvent| { event.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h2 id="team-load-title" tabindex="-1">{t.team_drop_label}</h2>
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

/// The files loaded so far, each removable on its own; focus stays in the list (or goes to the picker).
#[component]
fn LoadedFiles() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    let s = screen_texts(use_app_state().lang().get());
    let remove = move |index: usize| {
        team.remove_file(index);
        request_animation_frame(move || {
            let remaining = team.data().with_untracked(|data| data.roster.len());
            if remaining == 0 {
                focus_by_id("team-load-title");
            } else {
                focus_by_id(&format!("team-remove-{}", index.min(remaining - 1)));
            }
        });
    };
    move || {
        team.data().with(|data| (!data.roster.is_empty()).then(|| {
        let items = data.roster.file_names().into_iter().enumerate().map(|(index, name)| view! {
            <li>
                <span class="team-files__name">{name.clone()}</span>" "
                <button type="button" class="link-button" id=format!("team-remove-{index}")
                    on:click=move |_| remove(index)>{t.snapshot_remove}<span class="visually-hidden">{format!(": {name}")}</span></button>
            </li>
        }).collect_view();
        view! {
            <section class="team-files no-print" aria-labelledby="team-files-title">
                <h2 id="team-files-title">{s.team_files_title}</h2>
                <ul class="team-files">{items}</ul>
            </section>
        }
    }))
    }
}

/// What the last files did ("2 hinzugefügt, 1 nicht verwendet. Geladen: 3 Ergebnisdateien."), the files left out
/// with the reason, a rejected team file, or too few people: announced politely.
#[component]
fn FileProblems() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    let s = screen_texts(use_app_state().lang().get());
    view! {
        <div role="status" aria-live="polite" class="team-status no-print" data-testid="team-status">
            {move || team.data().with(|data| {
                let summary = data.last_added.map(|(added, left)| {
                    let text = s.team_status.replace("{added}", &added.to_string()).replace("{left}", &left.to_string())
                        .replace("{total}", &data.roster.len().to_string());
                    view! { <p data-testid="team-summary">{text}</p> }
                });
                let team_file = data.team_file_error.as_ref().map(|error| view! {
                    <p class="notice notice--warning">{t.team_file_error(error)}</p>
                });
                let too_few = (data.roster.len() == 1).then(|| view! { <p class="notice notice--warning">{t.team_too_few}</p> });
                let rejected = (!data.rejected.is_empty()).then(|| {
                    let items = data.rejected.iter().map(|rejected| view! {
                        <li><strong>{rejected.file_name.clone()}</strong>": "{t.rejection(&rejected.reason)}</li>
                    }).collect_view();
                    view! { <h2>{t.team_rejected_title}</h2><ul class="team-rejected">{items}</ul> }
                });
                view! { {summary} {team_file} {too_few} {rejected} }
            })}
        </div>
    }
}

/// "Team-Auswertung verlassen?": shown when the user navigates away with unsaved team data; focus goes to the safe
/// choice "Bleiben". A plain group (the page stays usable, so no alertdialog); Escape stays. After staying, focus goes
/// to the page's heading, as the dialog it was in is gone.
#[component]
fn LeaveDialog() -> impl IntoView {
    let team = use_team_state();
    let t = use_app_state().t();
    Effect::new(move |_| {
        if team.leaving().get().is_some() {
            request_animation_frame(|| focus_by_id("team-stay"));
        }
    });
    let stay = move || {
        team.stay();
        request_animation_frame(focus_page_title);
    };
    move || {
        team.leaving().get().map(|_| view! {
            <div class="confirm no-print" role="group" aria-labelledby="team-leave-title" aria-describedby="team-leave-text"
                on:keydown=move |event| if event.key() == "Escape" { stay() }>
                <h2 id="team-leave-title">{t.team_leave_title}</h2>
                <p id="team-leave-text">{t.team_leave_text}</p>
                <div class="actions">
                    <button type="button" class="button--danger" on:click=move |_| team.leave()>{t.team_leave}</button>
                    <button type="button" id="team-stay" on:click=move |_| stay()>{t.team_stay}</button>
                </div>
            </div>
        })
    }
}

/// What the result's head shows besides the numbers: the firm, and whether roles would identify people and the
/// coordinator chose to show them anyway.
struct TeamHead {
    firm: String,
    identify: bool,
    show_roles: bool,
}

/// The merged result: the firm and date (the printed report's head), who took part, save and print, the chart and
/// the scores, where the team differs, what each person left open, what to talk about first, and ruled space for
/// notes (printed only).
fn team_result(
    t: &'static Messages,
    lang: Lang,
    result: &TeamResult<'static>,
    head: TeamHead,
) -> impl IntoView + use<> {
    let s = screen_texts(lang);
    let roles = (!result.roles.is_empty()).then(|| {
        let roles = result.roles.iter().map(|(role, count)| format!("{} ({count})", t.role(*role))).collect::<Vec<_>>();
        view! { <p>{t.team_roles}": "{roles.join(", ")}</p> }
    });
    let moment = now();
    let date = CalendarDate::from_millis(moment, offset_at(moment)).map(|date| date.format(lang)).unwrap_or_default();
    let dated = if head.firm.is_empty() { date } else { format!("{} · {date}", head.firm) };
    let values = result
        .fields
        .iter()
        .map(|field| ChartValue { label: field.field.title.get(lang).to_string(), value: field.score.score.value })
        .collect::<Vec<_>>();
    view! {
        <div class="team-result">
            <p class="team-dated" data-testid="team-dated">{dated}</p>
            <section class="team-people">
                <h2 id="team-people">{t.people(result.people.len())}</h2>
                {roles}
                {head.identify.then(|| view! { <RolesChoice show=head.show_roles/> })}
                <TeamActions/>
            </section>
            <section class="team-chart">
                <h2 id="team-chart-title">{s.team_chart_title}</h2>
                <div class="chart-wrap"><RadarChart values=values title=s.team_chart_title.to_string()/></div>
            </section>
            {scores_table(t, lang, result)}
            {divided_list(t, lang, &result.divided)}
            {open_list(t, lang, &result.open)}
            {talk_first_list(t, lang, &result.talk_first)}
            <section class="team-notes print-only">
                <h2 id="team-notes-title">{t.team_notes_title}</h2>
                <div class="ruled"></div>
            </section>
        </div>
    }
}

/// Why roles are not beside the answers, and the coordinator's choice to show them anyway.
#[component]
fn RolesChoice(show: bool) -> impl IntoView {
    let team = use_team_state();
    let s = screen_texts(use_app_state().lang().get());
    view! {
        <div class="team-roles-choice no-print">
            <p class="hint" id="team-roles-hint">{s.team_roles_hidden}</p>
            <div class="check">
                <input type="checkbox" id="team-show-roles" prop:checked=show
                    aria-describedby="team-roles-hint"
                    on:change=move |event| {
                        team.set_show_roles(event_target_checked(&event));
                        request_animation_frame(|| focus_by_id("team-show-roles"));
                    }/>
                <label for="team-show-roles">{s.team_show_roles}</label>
            </div>
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

/// Measures offered per goal to talk about first.
const TALK_MEASURES: usize = 3;

/// A measure of a goal to talk about, with "In den Maßnahmenplan" (the coordinator's own plan).
#[component]
fn TalkMeasure(measure: &'static Measure) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let id = measure.id.as_str();
    let title = measure.title.get(state.lang().get_untracked());
    let in_plan = Memo::new(move |_| state.saved().with(|saved| saved.plan.contains(id)));
    view! {
        <li data-measure=id>
            {title}" "
            <button type="button" class="link-button" data-testid="team-add-to-plan" aria-pressed=move || in_plan.get().to_string()
                on:click=move |_| if in_plan.get_untracked() { state.remove_from_plan(id) } else { state.add_to_plan(id) }>
                {t.add_to_plan}
                <span class="visually-hidden">{format!(": {title}")}</span>
            </button>
        </li>
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
                    let name = format!("{} {}", goal.goal.id, goal.goal.plain_title.get(lang));
                    score_row("table__goal", name, t, &goal.score)
                })
                .collect_view();
            view! { {score_row("table__field", field.field.title.get(lang).to_string(), t, &field.score)} {goals} }
        })
        .collect_view();
    view! {
        <section class="team-scores">
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
    let s = screen_texts(lang);
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
            let steps = (divided.steps >= DIVIDED_STEPS).then(|| t.team_divided_steps.replace("{steps}", &divided.steps.to_string()));
            let against = divided.not_relevant_against.then_some(s.team_not_relevant_against);
            let how = [steps.as_deref(), against].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            view! {
                <li class="team-divided__item" data-testid="team-divided" data-statement=divided.statement.id.clone()>
                    <h3>{statement}</h3>
                    <p class="hint">{how}</p>
                    <ul class="team-answers" aria-label=t.team_answers_of>{answers}</ul>
                </li>
            }
        })
        .collect_view();
    let none = divided.is_empty().then(|| view! { <p>{t.team_divided_none}</p> });
    view! {
        <section class="team-divided">
            <h2 id="team-divided-title">{t.team_divided_title}</h2>
            {none}
            <ol class="team-divided__list">{items}</ol>
        </section>
    }
}

/// Each person's unanswered ("offen") and "weiß ich nicht" ("zu klären") statements; nothing when all answered.
fn open_list(t: &'static Messages, lang: Lang, open: &[(Marker, usize, usize)]) -> impl IntoView + use<> {
    let s = screen_texts(lang);
    let items = open
        .iter()
        .map(|(marker, open, unknown)| {
            let counts = [(*open, s.team_open_count), (*unknown, s.team_clarify_count)]
                .into_iter()
                .filter(|(count, _)| *count > 0)
                .map(|(count, text)| text.replace("{count}", &count.to_string()))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <li>{format!("{}: {counts}", t.person(*marker))}</li> }
        })
        .collect_view();
    (!open.is_empty()).then(|| {
        view! {
            <section class="team-open">
                <h2 id="team-open-title">{s.team_open_title}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The goals to talk about first, with team score and spread, and their measures to put into the plan.
fn talk_first_list(t: &'static Messages, lang: Lang, goals: &[TeamGoal<'static>]) -> impl IntoView + use<> {
    let items = goals
        .iter()
        .map(|goal| {
            let text = format!(
                "{} {} – {} ({})",
                goal.goal.id,
                goal.goal.plain_title.get(lang),
                score_text(t, &goal.score),
                spread_text(t, &goal.score)
            );
            let measures =
                goal.goal.measures.iter().take(TALK_MEASURES).map(|measure| view! { <TalkMeasure measure=measure/> });
            view! { <li>{text}<ul class="team-talk__measures no-print">{measures.collect_view()}</ul></li> }
        })
        .collect_view();
    view! {
        <section class="team-talk">
            <h2 id="team-talk-title">{t.team_talk_first_title}</h2>
            <ol>{items}</ol>
        </section>
    }
}
