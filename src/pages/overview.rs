//! The overview: progress per field with links, and every open statement with a link to it.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::components::progress::ProgressPanel;
use crate::components::result_file::SaveFile;
use crate::domain::progress::progress;
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::use_app_state;

/// Where the user stands before going on to the results.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = use_app_state();
    let content = content::get_or_parse();
    let t = state.t();

    // Open statements grouped by field: (field screen, field, open statements).
    let open = move || {
        state.saved().with(|saved| {
            content
                .fields
                .iter()
                .zip(Screen::fields())
                .map(|(field, screen)| {
                    let statements = field.goals.iter().flat_map(|goal| goal.statements.iter());
                    let statements: Vec<_> = statements.filter(|s| saved.answers.get(&s.id).is_none()).collect();
                    (screen, field, statements)
                })
                .filter(|(_, _, statements)| !statements.is_empty())
                .collect::<Vec<_>>()
        })
    };
    let all_answered = move || state.saved().with(|saved| progress(content, &saved.answers).next_open.is_none());

    view! {
        <ProgressPanel/>
        <section class="page page--overview">
            <h1 id=PAGE_TITLE tabindex="-1">{t.overview_title}</h1>
            <p class="lead">{t.overview_intro}</p>
            <h2>{t.overview_open_title}</h2>
            {move || if all_answered() {
                view! { <p>{t.overview_none_open}</p> }.into_any()
            } else {
                view! {
                <p class="hint">{t.overview_open_hint}</p>
                <div data-testid="open-statements">
                    {move || {
                        open()
                            .into_iter()
                            .map(|(screen, field, statements)| {
                                let lang = state.lang().get_untracked();
                                let links = statements
                                    .into_iter()
                                    .map(|statement| {
                                        let id: &'static str = statement.id.as_str();
                                        view! {
                                            <li>
                                                <a
                                                    href=screen.to_hash()
                                                    on:click=move |_| state.focus_after_navigation(id)
                                                >
                                                    {statement.text.get(lang).to_string()}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view();
                                view! {
                                    <section class="open-field">
                                        <h3>{field.title.get(lang).to_string()}</h3>
                                        <ul>{links}</ul>
                                    </section>
                                }
                            })
                            .collect_view()
                    }}
                </div>
                }
                .into_any()
            }}
            <OverviewFoot/>
        </section>
    }
}

/// The way to the duty page ("Gesetzliche Pflichten: ein kurzer Abgleich"), which is not part of the score, and the
/// pager.
#[component]
fn OverviewFoot() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let texts = content::get_or_parse().duty_texts();
    let lang = state.lang().get_untracked();
    view! {
        <SaveFile team_hint=true/>
        <h2>{texts.page_title.get(lang)}</h2>
        <p>
            <a class="button" href=Screen::Duties.to_hash() data-testid="to-duties">{texts.open_page.get(lang)}</a>
        </p>
        <nav class="pager" aria-label=t.pager_label>
            <a class="button" href=Screen::Overview.previous().unwrap_or(Screen::Start).to_hash()>{t.back}</a>
            <a class="button button--primary" href=Screen::Results.to_hash() data-testid="to-results">{t.to_results}</a>
        </nav>
    }
}
