//! "Neuer Check" (`#/neuer-check`): starts a re-check from the last state, and while one runs shows how far it is,
//! asks "Hat es gewirkt?" about the measures done since the last check, and closes or cancels it.

use leptos::prelude::*;

use crate::components::focus::{PAGE_TITLE, focus_by_id};
use crate::domain::content::Content;
use crate::domain::date::CalendarDate;
use crate::domain::lang::Lang;
use crate::domain::plan::{Effect, plan_item};
use crate::domain::progress::progress;
use crate::domain::recheck::{RoundError, asked};
use crate::domain::route::Screen;
use crate::i18n::recheck::recheck_texts;
use crate::state::clock::offset_at;
use crate::state::content;
use crate::state::use_app_state;

/// The line that says how far the round is: focus goes there once a round has started.
const RUNNING: &str = "recheck-running";
/// The status line: focus goes there once a round is closed or cancelled (the controls are gone).
const SAID: &str = "recheck-said";
const CANCEL: &str = "recheck-cancel";

/// The screen. The status line stays in place across the switch between "begin" and "running", so what it says is
/// announced.
#[component]
pub fn RecheckPage() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang().get_untracked();
    let t = state.t();
    let said = RwSignal::new(None::<&'static str>);
    let running = Memo::new(move |_| state.saved().with(|saved| saved.round.is_some()));
    view! {
        <section class="page page--recheck">
            <h1 id=PAGE_TITLE tabindex="-1">{t.recheck_title}</h1>
            <p role="status" id=SAID tabindex="-1" data-testid="recheck-said">{move || said.get()}</p>
            {move || if running.get() {
                view! { <Running lang=lang said=said/> }.into_any()
            } else {
                view! { <Begin lang=lang said=said/> }.into_any()
            }}
        </section>
    }
}

/// Before a round: what a new check does, and the button that starts it (or, without answers, the way to a first
/// check).
#[component]
fn Begin(lang: Lang, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    let state = use_app_state();
    let r = recheck_texts(lang);
    if state.saved().with_untracked(|saved| saved.answers.is_empty()) {
        return view! {
            <p>{r.nothing_to_start_from}</p>
            <p><a class="button button--primary" href=Screen::Profile.to_hash()>{r.first_check}</a></p>
        }
        .into_any();
    }
    let begin = move |_| match state.start_round() {
        // Started here or, a moment ago, in another tab: either way the round is there now and continues.
        Ok(()) | Err(RoundError::Running) => {
            said.set(None);
            request_animation_frame(|| focus_by_id(RUNNING));
        }
        Err(RoundError::Full) => said.set(Some(r.full)),
        Err(RoundError::NoAnswers) => said.set(Some(r.nothing_to_start_from)),
    };
    view! {
        <p class="lead">{r.intro}</p>
        <p class="actions">
            <button type="button" class="button--primary button--large" on:click=begin>
                {r.begin}
            </button>
        </p>
    }
    .into_any()
}

/// A round in progress: how far, "Hat es gewirkt?", where to go on, and closing or cancelling.
#[component]
fn Running(lang: Lang, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    let state = use_app_state();
    let r = recheck_texts(lang);
    let content = content::get_or_parse();
    let date = state.saved().with_untracked(|saved| {
        let started_at = saved.round.unwrap_or_default();
        CalendarDate::from_millis(started_at, offset_at(started_at)).map(|date| date.format(lang))
    });
    let counts = Memo::new(move |_| {
        state.saved().with(|saved| {
            let progress = progress(content, &saved.answers);
            (progress.answered, progress.total, progress.next_open.map(|(field, _)| field))
        })
    });
    let line = move || {
        let (confirmed, total, _) = counts.get();
        let template = if date.is_some() { r.running } else { r.running_undated };
        template
            .replace("{date}", date.as_deref().unwrap_or_default())
            .replace("{confirmed}", &confirmed.to_string())
            .replace("{total}", &total.to_string())
    };
    let close = move |_| {
        state.close_round();
        said.set(Some(r.closed));
        request_animation_frame(|| focus_by_id(SAID));
    };
    view! {
        <p class="lead" id=RUNNING tabindex="-1" data-testid="recheck-running"><strong>{line}</strong></p>
        <p>{r.how}</p>
        <EffectQuestions lang=lang content=content/>
        {move || match counts.get() {
            (_, _, Some(field)) => view! {
                <p class="actions">
                    <a class="button button--primary" href=Screen::Field(field).to_hash()>
                        {r.to_statements}
                    </a>
                </p>
            }
            .into_any(),
            (_, _, None) => view! {
                <p>{r.all_confirmed}</p>
                <p class="actions">
                    <a class="button button--primary" href=Screen::Results.to_hash()>
                        {r.to_results}
                    </a>
                    <button type="button" on:click=close>{r.close}</button>
                </p>
                <p class="hint">{r.close_hint}</p>
            }
            .into_any(),
        }}
        <CancelRound lang=lang said=said/>
    }
}

/// "Hat es gewirkt?" for each measure done since the last check: optional, a choice saves at once.
#[component]
fn EffectQuestions(lang: Lang, content: &'static Content) -> impl IntoView {
    let state = use_app_state();
    let r = recheck_texts(lang);
    // Each done measure by its title (the content's or the user's own), read once: the list is fixed for the round.
    let asked: Vec<(String, String)> = state.saved().with_untracked(|saved| {
        let titled = |id: String| {
            let entry = saved.plan.entries().iter().find(|entry| entry.measure_id == id)?;
            Some((id, plan_item(content, entry, lang)?.title.to_string()))
        };
        asked(saved).into_iter().filter_map(titled).collect()
    });
    if asked.is_empty() {
        return ().into_any();
    }
    let questions = asked
        .into_iter()
        .enumerate()
        .map(|(index, (id, title))| {
            let id = StoredValue::new(id);
            let current = Memo::new(move |_| {
                state.saved().with(|saved| {
                    let entry = saved.plan.entries().iter().find(|entry| id.with_value(|id| entry.measure_id == *id));
                    entry.and_then(|entry| entry.effect)
                })
            });
            let choices = [None, Some(Effect::NotYet), Some(Effect::Some), Some(Effect::Clear)]
                .into_iter()
                .map(|choice| {
                    view! {
                        <label class="scale__option">
                            <input type="radio" name=format!("effect-{index}")
                                value=choice.map(Effect::as_str).unwrap_or("none")
                                prop:checked=move || current.get() == choice
                                on:change=move |_| id.with_value(|id| state.set_effect(id, choice))/>
                            <span>{r.effect_label(choice)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="statement" data-testid="effect-question" data-measure=id.get_value()>
                    <legend class="statement__text">{title}</legend>
                    <div class="scale">{choices}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="card recheck__effect" aria-labelledby="effect-title">
            <h2 id="effect-title">{r.effect_title}</h2>
            <p>{r.effect_intro}</p>
            {questions}
        </section>
    }
    .into_any()
}

/// "Neuen Check abbrechen" with an inline confirmation; the safe choice first, Escape keeps checking.
#[component]
fn CancelRound(lang: Lang, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    let state = use_app_state();
    let r = recheck_texts(lang);
    let confirming = RwSignal::new(false);
    let keep = move || {
        confirming.set(false);
        request_animation_frame(|| focus_by_id(CANCEL));
    };
    move || if !confirming.get() {
        view! {
            <p class="actions">
                <button type="button" class="button--danger" id=CANCEL on:click=move |_| {
                    confirming.set(true);
                    request_animation_frame(|| focus_by_id("recheck-cancel-no"));
                }>{r.cancel}</button>
            </p>
        }
        .into_any()
    } else {
        view! {
            <div class="confirm" role="group" aria-labelledby="recheck-cancel-text"
                on:keydown=move |event| if event.key() == "Escape" { keep() }>
                <p id="recheck-cancel-text">{r.cancel_confirm}</p>
                <div class="actions">
                    <button type="button" class="button--danger" on:click=move |_| {
                        state.cancel_round();
                        said.set(Some(r.cancelled));
                        request_animation_frame(|| focus_by_id(SAID));
                    }>{r.cancel_yes}</button>
                    <button type="button" id="recheck-cancel-no" on:click=move |_| keep()>{r.cancel_no}</button>
                </div>
            </div>
        }
        .into_any()
    }
}
