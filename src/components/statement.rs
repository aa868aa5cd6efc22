//! One statement of the questionnaire as a radio group: the statement is the legend, the options are the scale plus
//! "nicht relevant". Native radios give screen readers the group and keyboard users arrow keys for free.

use leptos::prelude::*;

use super::focus::{focus_statement, statement_dom_id};
use super::storage_control::FirstAnswerQuestion;
use crate::domain::answers::Answer;
use crate::domain::content::Statement;
use crate::domain::duties::allows_not_relevant;
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
