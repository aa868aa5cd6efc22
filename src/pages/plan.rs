//! The action plan: the measures the user picked, with responsible person, due date, status and note.

use leptos::html::{Input, Select, Textarea};
use leptos::prelude::*;

use crate::components::focus::{PAGE_TITLE, focus_page_title};
use crate::components::follow_up::{FollowUpFiles, RecheckDate};
use crate::components::result_file::SaveFile;
use crate::domain::focus::in_focus;
use crate::i18n::cycle::cycle;
use crate::state::followup;
use crate::domain::plan::{MAX_TEXT, PlanEntry, Status, plan_item};
use crate::i18n::screen_texts;
use crate::domain::route::Screen;
use crate::state::content;
use crate::state::clock::local_date;
use crate::state::use_app_state;

/// The plan screen. Each field saves on change, like the answers.
#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let content = content::get_or_parse();
    let lang = state.lang().get_untracked();
    // The focus's measures first (issue 30), each group in the order the user added them; unknown ones last.
    let ids = Memo::new(move |_| {
        state.saved().with(|saved| {
            let known: Vec<String> =
                followup::lines(content, saved, lang).into_iter().map(|line| line.entry.measure_id).collect();
            let unknown = saved.plan.entries().iter().map(|e| e.measure_id.clone()).filter(|id| !known.contains(id));
            known.clone().into_iter().chain(unknown).collect::<Vec<_>>()
        })
    });
    let focus = Memo::new(move |_| state.saved().with(|saved| in_focus(content, saved)));

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
                    let items = ids.into_iter().map(|id| view! { <PlanItem measure_id=id focus=focus/> }).collect_view();
                    view! { <ol class="plan">{items}</ol> }.into_any()
                }
            }}
            <AddOwnMeasure/>
            <RecheckDate/>
            <FollowUpFiles/>
            <SaveFile with_status=true/>
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=Screen::Results.to_hash()>{t.back}</a>
                <a class="button" href=Screen::Recheck.to_hash()>{t.recheck_title}</a>
                <a class="button button--primary" href=Screen::Report.to_hash()>{t.to_report}</a>
            </nav>
        </section>
    }
}

/// One plan entry as a small form: a measure of the content, or one of the user's own (whose title and first step
/// are fields too). Title and first step come from `domain::plan::plan_item`, as everywhere plan entries show.
#[component]
fn PlanItem(measure_id: String, focus: Memo<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let lang = state.lang().get_untracked();
    let content = content::get_or_parse();
    let entry = {
        let id = measure_id.clone();
        Memo::new(move |_| {
            state.saved().with(|saved| saved.plan.entries().iter().find(|e| e.measure_id == id).cloned().unwrap_or_default())
        })
    };
    let Some((goal, own)) = entry.with_untracked(|e| plan_item(content, e, lang).map(|item| (item.goal, e.is_own())))
    else {
        // A plan entry for a measure this version no longer has (e.g. from an old file): shown by id, removable.
        return view! {
            <li class="card plan__item">
                <p>{measure_id.clone()}</p>
                <button type="button" on:click=move |_| state.remove_from_plan(&measure_id)>{t.plan_remove}</button>
            </li>
        }
        .into_any();
    };
    let text = move |first_step: bool| {
        entry.with(|e| {
            plan_item(content, e, lang)
                .map(|item| if first_step { item.first_step } else { item.title }.to_string())
                .unwrap_or_default()
        })
    };
    let title = Signal::derive(move || text(false));
    let dom = measure_id.replace('.', "-");
    let id = StoredValue::new(measure_id);
    let heading_id = format!("{dom}-title");
    let labelled_by = heading_id.clone();
    let overdue = Memo::new(move |_| local_date().is_some_and(|today| entry.get().is_overdue(today)));
    let goal_id: Option<&'static str> = goal.map(|goal| goal.id.as_str());
    let eyebrow = match goal {
        Some(goal) => format!("{} {}", goal.id, goal.plain_title.get(lang)),
        None => screen_texts(lang).plan_own_no_goal.to_string(),
    };

    view! {
        <li class="card plan__item" class:plan__item--overdue=overdue data-measure=id.get_value() aria-labelledby=labelled_by>
            <p class="eyebrow">{eyebrow}<FocusBadge goal_id=goal_id focus=focus/></p>
            <h2 class="plan__title" id=heading_id>{title}</h2>
            {move || overdue.get().then(|| view! { <p><span class="badge badge--overdue" data-testid="plan-overdue">{t.plan_overdue}</span></p> })}
            {move || {
                let step = text(true);
                (!step.is_empty()).then(|| view! { <p class="plan__step"><strong>{t.measure_first_step}</strong>" "{step}</p> })
            }}
            <div class="plan__fields">
                {own.then(|| view! { <OwnTexts id=id dom=dom.clone() title=title entry=entry/> })}
                <EntryFields id=id dom=dom title=title entry=entry overdue=overdue/>
            </div>
            // The entry and its button go: focus continues from the page's heading.
            <button type="button" class="link-button" on:click=move |_| {
                id.with_value(|id| state.remove_from_plan(id));
                request_animation_frame(focus_page_title);
            }>
                {t.plan_remove}
                <span class="visually-hidden">": "{title}</span>
            </button>
        </li>
    }
    .into_any()
}

/// "Im Fokus" beside the goal of an entry whose goal is in the focus (issue 30).
#[component]
fn FocusBadge(goal_id: Option<&'static str>, focus: Memo<Vec<String>>) -> impl IntoView {
    let lang = use_app_state().lang().get_untracked();
    move || {
        focus.with(|focus| focus.iter().any(|id| Some(id.as_str()) == goal_id)).then(|| {
            view! { " "<span class="badge badge--focus" data-testid="plan-focus">{cycle(lang).focus_badge}</span> }
        })
    }
}

/// Owner, due date, status and note of one entry. Four entries have four "Verantwortlich" fields: each label ends with
/// its measure (`title`), for screen readers.
#[component]
fn EntryFields(
    id: StoredValue<String>,
    dom: String,
    title: Signal<String>,
    entry: Memo<PlanEntry>,
    overdue: Memo<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let (owner_id, due_id, status_id, note_id) =
        (format!("{dom}-owner"), format!("{dom}-due"), format!("{dom}-status"), format!("{dom}-note"));
    let of_measure = move || view! { <span class="visually-hidden">": "{title}</span> };
    view! {
        <div class="form__row">
            <label for=owner_id.clone()>{t.plan_owner}{of_measure()}</label>
            <input type="text" id=owner_id maxlength=MAX_TEXT data-testid="plan-owner"
                prop:value=move || entry.get().owner
                on:change=move |ev| id.with_value(|id| state.set_plan_owner(id, event_target_value(&ev)))/>
        </div>
        <DueDate id=id title=title due_id=due_id due=Signal::derive(move || entry.get().due) overdue=overdue/>
        <div class="form__row">
            <label for=status_id.clone()>{t.plan_status}{of_measure()}</label>
            <select id=status_id
                on:change=move |ev| {
                    if let Some(status) = Status::parse(&event_target_value(&ev)) {
                        id.with_value(|id| state.set_plan_status(id, status));
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
                on:change=move |ev| id.with_value(|id| state.set_plan_note(id, event_target_value(&ev)))></textarea>
        </div>
    }
}

/// An own measure's title and first step, editable like the other fields. An emptied title is refused: the field
/// shows the kept title again and says why.
#[component]
fn OwnTexts(id: StoredValue<String>, dom: String, title: Signal<String>, entry: Memo<PlanEntry>) -> impl IntoView {
    let state = use_app_state();
    let l = screen_texts(state.lang().get_untracked());
    let (title_id, step_id) = (format!("{dom}-own-title"), format!("{dom}-own-step"));
    let error_id = format!("{title_id}-error");
    let refused = RwSignal::new(false);
    let of_measure = move || view! { <span class="visually-hidden">": "{title}</span> };
    view! {
        <div class="form__row plan__note">
            <label for=title_id.clone()>{l.plan_own_name}{of_measure()}</label>
            <input type="text" id=title_id maxlength=MAX_TEXT required aria-describedby=error_id.clone()
                aria-invalid=move || refused.get().to_string()
                prop:value=move || entry.get().title
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    refused.set(value.trim().is_empty());
                    if refused.get_untracked() {
                        event_target::<web_sys::HtmlInputElement>(&ev).set_value(&entry.get_untracked().title);
                    } else {
                        id.with_value(|id| state.set_plan_title(id, value));
                    }
                }/>
            <p class="hint plan__due-hint" id=error_id role="status">{move || refused.get().then_some(l.plan_own_title_kept)}</p>
        </div>
        <div class="form__row plan__note">
            <label for=step_id.clone()>{l.plan_own_first_step}{of_measure()}</label>
            <textarea id=step_id rows="2" maxlength=MAX_TEXT
                prop:value=move || entry.get().first_step
                on:change=move |ev| id.with_value(|id| state.set_plan_first_step(id, event_target_value(&ev)))></textarea>
        </div>
    }
}

/// "Eigene Maßnahme hinzufügen": a title (required), a first step and the goal it belongs to (both optional). Added,
/// the form empties and keeps the focus for the next one, and the status says what was added.
#[component]
fn AddOwnMeasure() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang().get_untracked();
    let l = screen_texts(lang);
    let content = content::get_or_parse();
    let (title, step, goal) = (NodeRef::<Input>::new(), NodeRef::<Textarea>::new(), NodeRef::<Select>::new());
    let missing = RwSignal::new(false);
    let added = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(title), Some(step), Some(goal)) = (title.get(), step.get(), goal.get()) else { return };
        let name = title.value();
        missing.set(state.add_own_to_plan(&name, &step.value(), &goal.value()).is_none());
        if missing.get_untracked() {
            added.set(String::new());
        } else {
            added.set(l.plan_own_added.replace("{title}", name.trim()));
            title.set_value("");
            step.set_value("");
            goal.set_value("");
        }
        let _ = title.focus();
    };
    let goals = content
        .goals()
        .map(|(_, goal)| view! { <option value=goal.id.clone()>{format!("{} {}", goal.id, goal.plain_title.get(lang))}</option> })
        .collect_view();
    view! {
        <section class="card plan-own" aria-labelledby="plan-own-heading">
            <h2 id="plan-own-heading">{l.plan_own_heading}</h2>
            <p class="hint">{l.plan_own_intro}</p>
            <form class="plan__fields" novalidate on:submit=submit>
                <div class="form__row plan__note">
                    <label for="plan-own-title">{l.plan_own_name}</label>
                    <input type="text" id="plan-own-title" node_ref=title maxlength=MAX_TEXT required
                        aria-describedby="plan-own-error" aria-invalid=move || missing.get().to_string()/>
                    <p class="hint plan__due-hint" id="plan-own-error">{move || missing.get().then_some(l.plan_own_missing)}</p>
                </div>
                <div class="form__row plan__note">
                    <label for="plan-own-step">{l.plan_own_first_step}</label>
                    <textarea id="plan-own-step" node_ref=step rows="2" maxlength=MAX_TEXT></textarea>
                </div>
                <div class="form__row plan__note">
                    <label for="plan-own-goal">{l.plan_own_goal}</label>
                    <select id="plan-own-goal" node_ref=goal>
                        <option value="">{l.plan_own_goal_none}</option>
                        {goals}
                    </select>
                </div>
                <div class="form__row plan__note">
                    <button type="submit" class="button--primary">{l.plan_own_add}</button>
                </div>
            </form>
            <p role="status" data-testid="plan-own-status">{move || added.get()}</p>
        </section>
    }
}

/// The due date, and beside it "Überfällig" while it lies before today and the measure is not done. The label names
/// the measure (`title`) for screen readers, as every field of a plan entry does.
#[component]
fn DueDate(
    id: StoredValue<String>,
    title: Signal<String>,
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
                on:change=move |ev| id.with_value(|id| state.set_plan_due(id, event_target_value(&ev)))/>
            <p class="hint plan__due-hint" id=hint_id role="status">{move || overdue.get().then_some(t.plan_overdue)}</p>
        </div>
    }
}
