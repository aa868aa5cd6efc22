//! The action plan: the measures the user picked, with responsible person, due date, status and note.

use leptos::prelude::*;

use crate::components::focus::{PAGE_TITLE, focus_page_title};
use crate::components::result_file::SaveFile;
use crate::domain::plan::{MAX_TEXT, Status};
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::clock::local_date;
use crate::state::use_app_state;

/// The plan screen. Each field saves on change, like the answers.
#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let ids = Memo::new(move |_| {
        state.saved().with(|saved| saved.plan.entries().iter().map(|e| e.measure_id.clone()).collect::<Vec<_>>())
    });

    view! {
        <section class="page page--plan">
            <h1 id=PAGE_TITLE tabindex="-1">{t.plan_title}</h1>
            <p class="lead">{t.plan_intro}</p>
            // Re-rendered only when an entry is added or removed (`ids` is a memo); edits update in place.
            {move || {
                let ids = ids.get();
                if ids.is_empty() {
                    view! { <p>{t.plan_empty}</p> }.into_any()
                } else {
                    let items = ids.into_iter().map(|id| view! { <PlanItem measure_id=id/> }).collect_view();
                    view! { <ol class="plan">{items}</ol> }.into_any()
                }
            }}
            <SaveFile with_status=true/>
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=Screen::Results.to_hash()>{t.back}</a>
                <a class="button" href=Screen::Recheck.to_hash()>{t.recheck_title}</a>
                <a class="button button--primary" href=Screen::Report.to_hash()>{t.to_report}</a>
            </nav>
        </section>
    }
}

/// One plan entry as a small form.
#[component]
fn PlanItem(measure_id: String) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let lang = state.lang().get_untracked();
    let content = content::get_or_parse();
    let Some((goal, measure)) = content.measures().find(|(_, m)| m.id == measure_id) else {
        // A plan entry for a measure this version no longer has (e.g. from an old file): shown by id, removable.
        let id = measure_id.clone();
        return view! {
            <li class="card plan__item">
                <p>{measure_id.clone()}</p>
                <button type="button" on:click=move |_| state.remove_from_plan(&id)>{t.plan_remove}</button>
            </li>
        }
        .into_any();
    };
    let id: &'static str = measure.id.as_str();
    let entry = Memo::new(move |_| {
        state
            .saved()
            .with(|saved| saved.plan.entries().iter().find(|e| e.measure_id == id).cloned().unwrap_or_default())
    });
    let dom = id.replace('.', "-");
    let (owner_id, due_id, status_id, note_id) =
        (format!("{dom}-owner"), format!("{dom}-due"), format!("{dom}-status"), format!("{dom}-note"));
    let heading_id = format!("{dom}-title");
    let title = measure.title.get(lang);
    // Four entries have four "Verantwortlich" fields: each label ends with its measure, for screen readers.
    let of_measure = move || view! { <span class="visually-hidden">": "{title}</span> };
    let labelled_by = heading_id.clone();

    let overdue = Memo::new(move |_| local_date().is_some_and(|today| entry.get().is_overdue(today)));

    view! {
        <li class="card plan__item" class:plan__item--overdue=overdue data-measure=id aria-labelledby=labelled_by>
            <p class="eyebrow">{goal.id.clone()}" "{goal.plain_title.get(lang)}</p>
            <h2 class="plan__title" id=heading_id>{title}</h2>
            {move || overdue.get().then(|| view! { <p><span class="badge badge--overdue" data-testid="plan-overdue">{t.plan_overdue}</span></p> })}
            <p class="plan__step"><strong>{t.measure_first_step}</strong>" "{measure.first_step.get(lang)}</p>
            <div class="plan__fields">
                <div class="form__row">
                    <label for=owner_id.clone()>{t.plan_owner}{of_measure()}</label>
                    <input type="text" id=owner_id maxlength=MAX_TEXT data-testid="plan-owner"
                        prop:value=move || entry.get().owner
                        on:change=move |ev| state.set_plan_owner(id, event_target_value(&ev))/>
                </div>
                <DueDate id=id title=title due_id=due_id due=Signal::derive(move || entry.get().due) overdue=overdue/>
                <div class="form__row">
                    <label for=status_id.clone()>{t.plan_status}{of_measure()}</label>
                    <select id=status_id
                        on:change=move |ev| {
                            if let Some(status) = Status::parse(&event_target_value(&ev)) {
                                state.set_plan_status(id, status);
                            }
                        }>
                        {Status::ALL.into_iter().map(|status| view! {
                            <option value=status.as_str() prop:selected=move || entry.get().status == status>{t.status_label(status)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="form__row plan__note">
                    <label for=note_id.clone()>{t.plan_note}{of_measure()}</label>
                    <textarea id=note_id rows="2" maxlength=MAX_TEXT
                        prop:value=move || entry.get().note
                        on:change=move |ev| state.set_plan_note(id, event_target_value(&ev))></textarea>
                </div>
            </div>
            // The entry and its button go: focus continues from the page's heading.
            <button type="button" class="link-button" on:click=move |_| {
                state.remove_from_plan(id);
                request_animation_frame(focus_page_title);
            }>
                {t.plan_remove}
                <span class="visually-hidden">": "{title}</span>
            </button>
        </li>
    }
    .into_any()
}

/// The due date, and beside it "Überfällig" while it lies before today and the measure is not done. The label names
/// the measure (`title`) for screen readers, as every field of a plan entry does.
#[component]
fn DueDate(
    id: &'static str,
    title: &'static str,
    due_id: String,
    due: Signal<String>,
    overdue: Memo<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let hint_id = format!("{due_id}-hint");
    view! {
        <div class="form__row">
            <label for=due_id.clone()>{t.plan_due}<span class="visually-hidden">": "{title}</span></label>
            <input type="date" id=due_id aria-describedby=hint_id.clone()
                prop:value=move || due.get()
                on:change=move |ev| state.set_plan_due(id, event_target_value(&ev))/>
            <p class="hint plan__due-hint" id=hint_id role="status">{move || overdue.get().then_some(t.plan_overdue)}</p>
        </div>
    }
}
