//! One statement of the questionnaire as a radio group: the statement is the legend, the options are the scale plus
//! "nicht relevant". Native radios give screen readers the group and keyboard users arrow keys for free.

use leptos::prelude::*;

use super::focus::{focus_by_id_if_there, focus_statement, statement_dom_id};
use super::storage_control::FirstAnswerQuestion;
use crate::domain::answers::Answer;
use crate::domain::content::Statement;
use crate::domain::duties::allows_not_relevant;
use crate::domain::recheck::earlier_answer;
use crate::i18n::recheck::recheck_texts;
use crate::state::content;
use crate::state::use_app_state;

/// A statement with its answer scale, help text and a way to clear the answer.
#[component]
pub fn StatementItem(
    /// The statement from the shipped content.
    statement: &'static Statement,
    /// Its position on the page, shown before the text.
    number: usize,
) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let lang = state.lang().get_untracked();
    let id = statement.id.as_str();
    let answer = Memo::new(move |_| state.saved().with(|saved| saved.answers.get(id)));
    let answered = Memo::new(move |_| answer.get().is_some());
    let group = statement_dom_id(id);
    let help_id = format!("{group}-help");
    let text = statement.text.get(lang);

    // "nicht relevant" is not offered on a statement that answers a duty every employer has (the risk assessment).
    let not_relevant_allowed = allows_not_relevant(content::get_or_parse(), id);
    let options = Answer::ALL
        .into_iter()
        .filter(|option| *option != Answer::NotRelevant || not_relevant_allowed)
        .map(|option| {
            let input_id = format!("{group}-{}", option.as_str());
            view! {
                <label
                    class="scale__option"
                    class:scale__option--na=option == Answer::NotRelevant
                >
                    <input
                        type="radio"
                        id=input_id
                        name=group.clone()
                        value=option.as_str()
                        prop:checked=move || answer.get() == Some(option)
                        on:change=move |_| state.set_answer(id, Some(option))
                    />
                    <span>{t.answer_label(option)}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <fieldset class="statement" id=group.clone() data-testid="statement" data-statement=id
            data-answer=move || answer.get().map(Answer::as_str).unwrap_or("")>
            <legend class="statement__text">
                <span class="statement__number">{number}". "</span>
                {text}
            </legend>
            <LastTime statement=statement answered=answered/>
            <div class="scale">{options}</div>
            <div class="statement__tools">
                <details class="help">
                    <summary>{t.why_we_ask}</summary>
                    <p id=help_id>{statement.help.get(lang)}</p>
                </details>
                {move || answered.get().then(|| view! {
                    <button
                        type="button"
                        class="link-button"
                        data-testid="clear-answer"
                        on:click=move |_| {
                            state.set_answer(id, None);
                            focus_statement(id);
                        }
                    >
                        {t.clear_answer}
                        <span class="visually-hidden">": " {text}</span>
                    </button>
                })}
            </div>
        </fieldset>
        <FirstAnswerQuestion statement_id=id/>
    }
}

/// In a re-check: "Beim letzten Mal: …" and, until the statement is answered in this round, "Wie beim letzten Mal",
/// which confirms that answer and moves focus to the next statement still to confirm (one key each).
#[component]
fn LastTime(statement: &'static Statement, answered: Memo<bool>) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let r = recheck_texts(state.lang().get_untracked());
    let id = statement.id.as_str();
    let earlier = Memo::new(move |_| state.saved().with(|saved| earlier_answer(saved, id)));
    let text = statement.text.get(state.lang().get_untracked());
    move || {
        earlier.get().map(|before| {
            view! {
                <p class="statement__earlier" data-testid="last-time">
                    <span>{r.last_time.replace("{answer}", t.answer_label(before))}</span>
                    {move || (!answered.get()).then(|| view! {
                        <button type="button" id=take_over_dom_id(id) on:click=move |_| {
                            state.take_over_answer(id);
                            request_animation_frame(move || focus_next_to_confirm(id));
                        }>
                            {r.same_as_last_time}<span class="visually-hidden">": "{text}</span>
                        </button>
                    })}
                </p>
            }
        })
    }
}

/// The id of a statement's "Wie beim letzten Mal".
fn take_over_dom_id(statement_id: &str) -> String {
    format!("{}-same", statement_dom_id(statement_id))
}

/// After "Wie beim letzten Mal": focus on the next "Wie beim letzten Mal" of the field, or, when none is left after
/// this statement, on this statement's choice (its button is gone; focus is never lost).
fn focus_next_to_confirm(statement_id: &str) {
    let content = content::get_or_parse();
    let in_field = |field: &&crate::domain::content::Field| {
        field.goals.iter().flat_map(|goal| &goal.statements).any(|statement| statement.id == statement_id)
    };
    if let Some(field) = content.fields.iter().find(in_field) {
        let statements = field.goals.iter().flat_map(|goal| &goal.statements);
        let mut later = statements.skip_while(|statement| statement.id != statement_id).skip(1);
        if later.any(|statement| focus_by_id_if_there(&take_over_dom_id(&statement.id))) {
            return;
        }
    }
    focus_statement(statement_id);
}
