//! "Gesetzliche Pflichten: ein kurzer Abgleich": one short question per duty (ja / teilweise / nein / weiß ich
//! nicht, and "trifft auf uns nicht zu" only where the content says when the duty does not apply). A duty the
//! questionnaire already asks shows that answer with a link to change it; a duty the profile rules out shows why.
//! Separate from the score: the answers never change a number.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::domain::content::Content;
use crate::domain::duties::{Applicability, Duty, DutyAnswer, applicability, condition_line, duty_answer, fill};
use crate::domain::lang::Lang;
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::use_app_state;

/// The duty page. The list is built once per language; each question reads its own answer, so answering never
/// re-creates a control or moves the focus.
#[component]
pub fn DutiesPage() -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let texts = content.duty_texts();
    let progress = move || {
        let lang = state.lang().get();
        state.saved().with(|saved| {
            let answered =
                content.duties.iter().filter(|duty| duty_answer(duty, &saved.answers, &saved.duties).is_some()).count();
            fill(texts.progress.get(lang), &answered.to_string(), Some(content.duties.len()))
        })
    };
    move || {
        let lang = state.lang().get();
        let t = state.t();
        let items = content.duties.iter().map(|duty| view! { <DutyQuestion duty=duty lang=lang/> }).collect_view();
        view! {
            <section class="page page--duties" aria-labelledby=PAGE_TITLE>
                <h1 id=PAGE_TITLE tabindex="-1">{texts.page_title.get(lang)}</h1>
                <p class="lead">{texts.page_intro.get(lang)}</p>
                <p><strong>{texts.no_legal_advice.get(lang)}</strong></p>
                <HeadcountHint content=content lang=lang/>
                <p class="hint" data-testid="duties-progress">{progress}</p>
                <ol class="duty-questions">{items}</ol>
                <nav class="pager" aria-label=t.pager_label>
                    <a class="button" href=Screen::Overview.to_hash()>{t.back}</a>
                    <a class="button button--primary" href=Screen::Results.to_hash() data-testid="to-results">
                        {texts.to_results.get(lang)}
                    </a>
                </nav>
            </section>
        }
    }
}

/// Where a size threshold cannot be decided from the band, the way to decide it: the exact number in the profile.
#[component]
fn HeadcountHint(content: &'static Content, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    move || {
        let undecided = state.saved().with(|saved| {
            content.duties.iter().any(|duty| applicability(duty, &saved.profile) == Applicability::Check)
        });
        undecided.then(|| {
            view! {
                <p class="hint" data-testid="headcount-hint">
                    {content.duty_texts().headcount_hint.get(lang)}" "
                    <a href=Screen::Profile.to_hash()>{t.profile_title}</a>
                </p>
            }
        })
    }
}

/// One duty: its title as a heading, then the question, the answer from the questionnaire, or why it does not apply.
#[component]
fn DutyQuestion(duty: &'static Duty, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let heading_id = format!("duty-{}-title", duty.id);
    // Only a change of applicability re-renders the body: an answer must not re-create the radios (and lose focus).
    let applies = Memo::new(move |_| state.saved().with(|saved| applicability(duty, &saved.profile)));
    let body = move || match (applies.get(), &duty.statement) {
        (ruled_out @ (Applicability::BelowThreshold | Applicability::NotTraining), _) => {
            view! { <p class="duty__condition">{condition_line(content, duty, ruled_out, lang)}</p> }.into_any()
        }
        (_, Some(statement)) => view! { <FromQuestionnaire duty=duty statement=statement lang=lang/> }.into_any(),
        (_, None) => view! { <DutyScale duty=duty lang=lang/> }.into_any(),
    };
    view! {
        <li class="duty-question" data-testid="duty-question" data-duty=duty.id.as_str()>
            <h2 class="duty-question__title" id=heading_id>{duty.title.get(lang)}</h2>
            {body}
            <DutyHelp duty=duty lang=lang/>
        </li>
    }
}

/// A duty the questionnaire asks: its answer there, and a link to the statement.
#[component]
fn FromQuestionnaire(duty: &'static Duty, statement: &'static String, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let t = state.t();
    let texts = content.duty_texts();
    let screen = content
        .fields
        .iter()
        .position(|field| field.goals.iter().any(|goal| goal.statements.iter().any(|s| &s.id == statement)))
        .and_then(|index| Screen::fields().nth(index))
        .unwrap_or(Screen::Overview);
    let answer = move || {
        state.saved().with(|saved| match saved.answers.get(statement) {
            Some(answer) => t.answer_label(answer).to_string(),
            None => texts.status_unknown.get(lang).to_string(),
        })
    };
    let id: &'static str = statement.as_str();
    view! {
        <p>{duty.text.get(lang)}</p>
        <p data-testid="duty-from-questionnaire">
            {texts.answered_in_questionnaire.get(lang)}" "<strong>{answer}</strong>" "
            <a href=screen.to_hash() on:click=move |_| state.focus_after_navigation(id)>
                {texts.change_in_questionnaire.get(lang)}
            </a>
        </p>
    }
}

/// The answer scale of a duty asked on this page, with the size condition where there is one.
#[component]
fn DutyScale(duty: &'static Duty, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let texts = content.duty_texts();
    let id = duty.id.as_str();
    let answer = Memo::new(move |_| state.saved().with(|saved| saved.duties.get(id)));
    let group = format!("duty-{id}");
    let options = DutyAnswer::offered(duty)
        .map(|option| {
            view! {
                <label class="scale__option" class:scale__option--na=option == DutyAnswer::NotApplicable>
                    <input
                        type="radio"
                        id=format!("{group}-{}", option.as_str())
                        name=group.clone()
                        value=option.as_str()
                        prop:checked=move || answer.get() == Some(option)
                        on:change=move |_| state.set_duty_answer(id, Some(option))
                    />
                    <span>{texts.answer(option).get(lang)}</span>
                </label>
            }
        })
        .collect_view();
    let applies = Memo::new(move |_| state.saved().with(|saved| applicability(duty, &saved.profile)));
    let condition = move || {
        condition_line(content, duty, applies.get(), lang).map(|line| view! { <p class="duty__condition">{line}</p> })
    };
    view! {
        <fieldset class="statement duty-scale" id=group.clone() data-answer=move || answer.get().map(DutyAnswer::as_str).unwrap_or("")>
            <legend class="statement__text">{duty.text.get(lang)}</legend>
            {condition}
            <div class="scale">{options}</div>
            {move || answer.get().is_some().then(|| view! {
                <button type="button" class="link-button" on:click=move |_| state.set_duty_answer(id, None)>
                    {texts.clear_answer.get(lang)}
                    <span class="visually-hidden">{format!(": {}", duty.title.get(lang))}</span>
                </button>
            })}
        </fieldset>
    }
}

/// What the duty asks, when it does not apply, its legal basis and the body that advises.
#[component]
fn DutyHelp(duty: &'static Duty, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let texts = content::get_or_parse().duty_texts();
    let when = duty.not_applicable_when.as_ref().map(|when| {
        view! { <p>{texts.not_applicable_label.get(lang)}" "{when.get(lang)}</p> }
    });
    view! {
        <details class="help">
            <summary>{t.why_we_ask}<span class="visually-hidden">{format!(": {}", duty.title.get(lang))}</span></summary>
            <p>{duty.help.get(lang)}</p>
            {when}
            <p>{format!("{} {} · {} {}", texts.law_label.get(lang), duty.law, texts.advice_label.get(lang), duty.advice.get(lang))}</p>
        </details>
    }
}
