//! One field of action: its goals as headed sections, each with its statements.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::components::progress::ProgressPanel;
use crate::components::statement::StatementItem;
use crate::domain::content::Field;
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::use_app_state;

/// The questionnaire page for the field at `number` (1-based).
#[component]
pub fn FieldPage(
    /// Position of the field, 1 to 6; the router only produces valid numbers.
    number: u8,
) -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let screen = Screen::Field(number);
    let Some(field) = screen.field_index().and_then(|index| content.fields.get(index)) else {
        leptos::logging::error!("no field {number}");
        return ().into_any();
    };
    let lang = state.lang().get_untracked();
    let t = state.t();
    let back = screen.previous().unwrap_or(Screen::Start);
    let next = screen.next().unwrap_or(Screen::Overview);
    let total = content.fields.len();

    view! {
        <ProgressPanel/>
        <section class="page page--field" aria-labelledby=PAGE_TITLE data-testid="field-page" data-field=number>
            <p class="eyebrow">{t.field_of(usize::from(number), total)}</p>
            <h1 id=PAGE_TITLE tabindex="-1">{field.title.get(lang)}</h1>
            <p class="lead">{field.subtitle.get(lang)}</p>
            <Goals field=field/>
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=back.to_hash() data-testid="back">{t.back}</a>
                <a class="button button--primary" href=next.to_hash() data-testid="next">
                    {if next == Screen::Overview { t.to_overview } else { t.next }}
                </a>
            </nav>
        </section>
    }
    .into_any()
}

/// The goals of a field, numbered statements running on across goals.
#[component]
fn Goals(field: &'static Field) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let lang = state.lang().get_untracked();
    let mut number = 0;
    field
        .goals
        .iter()
        .map(|goal| {
            let heading_id = format!("goal-{}", goal.id.replace('.', "-"));
            let labelled_by = heading_id.clone();
            let statements = goal
                .statements
                .iter()
                .map(|statement| {
                    number += 1;
                    view! { <StatementItem statement=statement number=number/> }
                })
                .collect_view();
            view! {
                <section class="goal" aria-labelledby=labelled_by>
                    <p class="eyebrow">{t.goal_eyebrow}" "{goal.id.clone()}</p>
                    <h2 id=heading_id>{goal.title.get(lang)}</h2>
                    {statements}
                </section>
            }
        })
        .collect_view()
}
