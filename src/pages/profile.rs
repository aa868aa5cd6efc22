//! The optional company profile: name for the report cover, size, sector, whether the firm trains apprentices and
//! has a works council; a step indicator shows where the profile sits in the check.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::domain::profile::{MAX_COMPANY_NAME, MAX_EMPLOYEES, Profile, Role, Sector, SizeBand};
use crate::domain::route::Screen;
use crate::i18n::Messages;
use crate::state::use_app_state;

/// The profile form. Every change is saved at once, like the answers.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    // Each control reads its own memo and is rendered once, so a change never re-creates a control (and never
    // takes the keyboard focus away from it).
    let profile = Memo::new(move |_| state.saved().with(|saved| saved.profile.clone()));

    let mut sizes: Vec<(&'static str, &'static str, Option<SizeBand>)> =
        SizeBand::ALL.into_iter().map(|band| (band.as_str(), t.size_label(band), Some(band))).collect();
    sizes.push(("none", t.no_answer, None));
    let size_options = sizes
        .into_iter()
        .map(|(value, label, band)| {
            choice("size", value, label, move || profile.with(|p| p.size == band), move || state.set_size(band))
        })
        .collect_view();

    let trains_options = yes_no(
        t,
        "trains",
        move || profile.with(|p| p.trains_apprentices),
        move |trains| state.set_trains_apprentices(trains),
    );
    let council_options = yes_no(
        t,
        "council",
        move || profile.with(|p| p.works_council),
        move |council| state.set_works_council(council),
    );
    let journey = t
        .journey_steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            view! { <li aria-current=(index == 0).then_some("step")><span class="journey__number">{index + 1}</span>" "{*step}</li> }
        })
        .collect_view();

    view! {
        <section class="page page--profile">
            <ol class="journey" aria-label=t.progress_label>{journey}</ol>
            <h1 id=PAGE_TITLE tabindex="-1">{t.profile_title}</h1>
            <p class="lead">{t.profile_intro}</p>
            <form class="form" on:submit=|event| event.prevent_default()>
                <CompanyName/>
                <fieldset class="form__row">
                    <legend>{t.profile_size_legend}</legend>
                    <div class="choices">{size_options}</div>
                </fieldset>
                <Employees/>
                <SectorSelect/>
                <fieldset class="form__row">
                    <legend>{t.profile_trains_legend}</legend>
                    <div class="choices">{trains_options}</div>
                </fieldset>
                <fieldset class="form__row">
                    <legend>{t.profile_council_legend}</legend>
                    <div class="choices">{council_options}</div>
                </fieldset>
                <RoleSelect/>
            </form>
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=Screen::Start.to_hash()>{t.back}</a>
                <a class="button button--primary" href=Screen::Field(1).to_hash()>{t.next}</a>
            </nav>
        </section>
    }
}

/// The company name for the report cover, saved on change.
#[component]
fn CompanyName() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    view! {
        <div class="form__row">
            <label for="company-name">{t.profile_company_name}</label>
            <input
                type="text"
                id="company-name"
                autocomplete="organization"
                maxlength=MAX_COMPANY_NAME
                aria-describedby="company-name-hint"
                prop:value=move || state.saved().with(|saved| saved.profile.company_name.clone())
                on:change=move |event| state.set_company_name(&event_target_value(&event))
            />
            <p class="hint" id="company-name-hint">{t.profile_company_name_hint}</p>
        </div>
    }
}

/// The exact number of employees, optional beside the band: the duty check needs it where a threshold lies inside a
/// band (20 jobs in "10–49"). Anything but a whole number from 1 to [`MAX_EMPLOYEES`] clears it.
#[component]
fn Employees() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let value = move || state.saved().with(|saved| saved.profile.employees.map(|n| n.to_string()).unwrap_or_default());
    view! {
        <div class="form__row">
            <label for="employees">{t.profile_employees}</label>
            <input
                type="number"
                id="employees"
                inputmode="numeric"
                min="1"
                max=MAX_EMPLOYEES
                class="input--short"
                aria-describedby="employees-hint"
                prop:value=value
                on:change=move |event| state.set_employees(Profile::parse_employees(&event_target_value(&event)))
            />
            <p class="hint" id="employees-hint">{t.profile_employees_hint}</p>
        </div>
    }
}

/// The sector as a select, "no answer" first.
#[component]
fn SectorSelect() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let sector = Memo::new(move |_| state.saved().with(|saved| saved.profile.sector));
    let options = Sector::ALL
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.as_str() prop:selected=move || sector.get() == Some(option)>
                    {t.sector_label(option)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="form__row">
            <label for="sector">{t.profile_sector_label}</label>
            <select id="sector" on:change=move |event| state.set_sector(Sector::parse(&event_target_value(&event)))>
                <option value="" prop:selected=move || sector.get().is_none()>{t.no_answer}</option>
                {options}
            </select>
        </div>
    }
}

/// The optional role for a team round, as a select: never a name, so the team screen stays anonymous.
#[component]
fn RoleSelect() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    let role = Memo::new(move |_| state.saved().with(|saved| saved.profile.role));
    let options = Role::ALL
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.as_str() prop:selected=move || role.get() == Some(option)>{t.role(option)}</option>
            }
        })
        .collect_view();
    view! {
        <div class="form__row">
            <label for="role">{t.profile_role_legend}</label>
            <select id="role" aria-describedby="role-hint"
                on:change=move |event| state.set_role(Role::parse(&event_target_value(&event)))>
                <option value="" prop:selected=move || role.get().is_none()>{t.no_answer}</option>
                {options}
            </select>
            <p class="hint" id="role-hint">{t.profile_role_hint}</p>
        </div>
    }
}

/// A yes / no / not given group of radio buttons over an optional answer.
fn yes_no(
    t: &'static Messages,
    group: &'static str,
    current: impl Fn() -> Option<bool> + Copy + Send + Sync + 'static,
    set: impl Fn(Option<bool>) + Copy + 'static,
) -> impl IntoView {
    [("yes", t.yes, Some(true)), ("no", t.no, Some(false)), ("none", t.no_answer, None)]
        .into_iter()
        .map(|(value, label, answer)| choice(group, value, label, move || current() == answer, move || set(answer)))
        .collect_view()
}

/// One option of a profile radio group, rendered once; `checked` is read reactively and `choose` stores the choice.
fn choice(
    group: &'static str,
    value: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input type="radio" name=group value=value prop:checked=checked on:change=move |_| choose()/>
            <span>{label}</span>
        </label>
    }
}
