//! The optional company profile: name for the report cover, size, sector, whether the firm trains apprentices.

use leptos::prelude::*;

use crate::domain::profile::{Sector, SizeBand};
use crate::state::route::Screen;
use crate::state::use_app_state;

/// The profile form. Every change is saved at once, like the answers.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_app_state();
    let t = state.t();
    // Each control reads its own memo and is rendered once, so a change never re-creates a control (and never
    // takes the keyboard focus away from it).
    let profile = Memo::new(move |_| state.saved.with(|saved| saved.profile.clone()));

    let mut sizes: Vec<(&'static str, &'static str, Option<SizeBand>)> = SizeBand::ALL
        .into_iter()
        .enumerate()
        .map(|(i, band)| (band.as_str(), t.profile_size_labels[i], Some(band)))
        .collect();
    sizes.push(("none", t.no_answer, None));
    let size_options = sizes
        .into_iter()
        .map(|(value, label, band)| {
            choice(
                "size",
                value,
                label,
                move || profile.with(|p| p.size == band),
                move || state.update_profile(|p| p.size = band),
            )
        })
        .collect_view();

    let trains_options = [("yes", t.yes, Some(true)), ("no", t.no, Some(false)), ("none", t.no_answer, None)]
        .into_iter()
        .map(|(value, label, trains)| {
            choice(
                "trains",
                value,
                label,
                move || profile.with(|p| p.trains_apprentices == trains),
                move || state.update_profile(|p| p.trains_apprentices = trains),
            )
        })
        .collect_view();

    let sector_options = Sector::ALL
        .into_iter()
        .enumerate()
        .map(|(index, sector)| {
            view! {
                <option value=sector.as_str() prop:selected=move || profile.with(|p| p.sector == Some(sector))>
                    {t.profile_sector_labels[index]}
                </option>
            }
        })
        .collect_view();

    view! {
        <section class="page page--profile" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{t.profile_title}</h1>
            <p class="lead">{t.profile_intro}</p>
            <form class="form" on:submit=|event| event.prevent_default()>
                <div class="form__row">
                    <label for="company-name">{t.profile_company_name}</label>
                    <input
                        type="text"
                        id="company-name"
                        autocomplete="organization"
                        maxlength="120"
                        aria-describedby="company-name-hint"
                        prop:value=move || profile.with(|p| p.company_name.clone())
                        on:change=move |event| {
                            let name = event_target_value(&event);
                            state.update_profile(|p| p.company_name = name.trim().to_string());
                        }
                    />
                    <p class="hint" id="company-name-hint">{t.profile_company_name_hint}</p>
                </div>
                <fieldset class="form__row">
                    <legend>{t.profile_size_legend}</legend>
                    <div class="choices">{size_options}</div>
                </fieldset>
                <div class="form__row">
                    <label for="sector">{t.profile_sector_label}</label>
                    <select
                        id="sector"
                        on:change=move |event| {
                            let sector = Sector::parse(&event_target_value(&event));
                            state.update_profile(|p| p.sector = sector);
                        }
                    >
                        <option value="" prop:selected=move || profile.with(|p| p.sector.is_none())>{t.no_answer}</option>
                        {sector_options}
                    </select>
                </div>
                <fieldset class="form__row">
                    <legend>{t.profile_trains_legend}</legend>
                    <div class="choices">{trains_options}</div>
                </fieldset>
            </form>
            <nav class="pager" aria-label=t.pager_label>
                <a class="button" href=Screen::Start.to_hash()>{t.back}</a>
                <a class="button button--primary" href=Screen::Field(1).to_hash() data-testid="next">{t.next}</a>
            </nav>
        </section>
    }
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
