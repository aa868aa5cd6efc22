//! One field of action: its goals as headed sections, each with its statements.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::components::progress::ProgressPanel;
use crate::components::result_file::SaveFile;
use crate::components::statement::StatementItem;
use crate::domain::content::Field;
use crate::domain::hyphen::hyphenate;
use crate::domain::progress::progress;
use crate::domain::route::Screen;
use crate::i18n::recheck::recheck_texts;
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
    let total = content.fields.len();
    let all_answered = Memo::new(move |_| {
        state.saved().with(|saved| {
            let progress = progress(content, &saved.answers);
            progress.answered == progress.total
        })
    });
    let next = move || screen.next_when(all_answered.get()).unwrap_or(Screen::Overview);

    view! {
        <ProgressPanel/>
        <section class="page page--field" data-field=number>
            // "Handlungsfeld 3 von 6" is part of the heading, so it is read when focus lands there.
            <h1 id=PAGE_TITLE tabindex="-1">
                <span class="eyebrow">{t.field_of(usize::from(number), total)}<span class="visually-hidden">": "</span></span>
                {hyphenate(lang, field.title.get(lang))}
            </h1>
            <p class="lead">{field.subtitle.get(lang)}</p>
            <RoundPanel field=field/>
            <Goals field=field/>
            // The last field ends the questionnaire: the place to save the file (and, in a team round, to send it).
            {(usize::from(number) == total).then(|| view! { <SaveFile team_hint=true/> })}
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=back.to_hash()>{t.back}</a>
                <a class="button button--primary" href=move || next().to_hash() data-testid="next">
                    {move || match next() {
                        Screen::Overview => t.to_overview,
                        Screen::Results => t.to_results,
                        _ => t.next,
                    }}
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
            let statements = goal
                .statements
                .iter()
                .map(|statement| {
                    number += 1;
                    view! { <StatementItem statement=statement number=number/> }
                })
                .collect_view();
            view! {
                <section class="goal">
                    <p class="eyebrow">{t.goal_eyebrow}" "{goal.id.clone()}</p>
                    <h2 id=heading_id>{hyphenate(lang, goal.plain_title.get(lang))}</h2>
                    <p class="goal-heading__official">{goal.title.get(lang)}</p>
                    {statements}
                </section>
            }
        })
        .collect_view()
}

/// In a re-check: what counts, and "Alle offenen in diesem Feld wie beim letzten Mal" with what it did announced.
#[component]
fn RoundPanel(field: &'static Field) -> impl IntoView {
    let state = use_app_state();
    let r = recheck_texts(state.lang().get_untracked());
    let running = Memo::new(move |_| state.saved().with(|saved| saved.round.is_some()));
    let said = RwSignal::new(String::new());
    let ids: Vec<&'static str> =
        field.goals.iter().flat_map(|goal| &goal.statements).map(|statement| statement.id.as_str()).collect();
    move || {
        let ids = ids.clone();
        running.get().then(|| view! {
            <div class="card recheck__field">
                <p>{r.field_hint}" "<a href=Screen::Recheck.to_hash()>{r.compare_round}</a></p>
                <p class="actions">
                    <button type="button" on:click=move |_| {
                        said.set(r.taken_over(state.take_over_open(&ids)));
                    }>{r.take_over_field}</button>
                </p>
                <p role="status" data-testid="take-over-said">{move || said.get()}</p>
            </div>
        })
    }
}
