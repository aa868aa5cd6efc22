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
    let profile = move || state.saved.with(|saved| saved.profile.clone());

    let size_options = move || {
        let current = profile().size;
        let mut options: Vec<_> = SizeBand::ALL
            .into_iter()
            .enumerate()
            .map(|(index, band)| (band.as_str(), t.profile_size_labels[index], current == Some(band), Some(band)))
            .collect();
        options.push(("none", t.no_answer, current.is_none(), None));
        options
            .into_iter()
            .map(|(value, label, checked, band)| {
                let id = format!("size-{value}");
                view! {
                    <label class="choice">
                        <input type="radio" id=id name="size" value=value prop:checked=checked
                            on:change=move |_| state.update_profile(|p| p.size = band)/>
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
    };

    let trains_options = move || {
        let current = profile().trains_apprentices;
        [("yes", t.yes, Some(true)), ("no", t.no, Some(false)), ("none", t.no_answer, None)]
            .into_iter()
            .map(|(value, label, choice)| {
                let id = format!("trains-{value}");
                view! {
                    <label class="choice">
                        <input type="radio" id=id name="trains" value=value prop:checked=current == choice
                            on:change=move |_| state.update_profile(|p| p.trains_apprentices = choice)/>
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
    };

    let sector_options = move || {
        let current = profile().sector;
        let none = view! { <option value="" selected=current.is_none()>{t.no_answer}</option> };
        let sectors = Sector::ALL
            .into_iter()
            .enumerate()
            .map(|(index, sector)| {
                view! {
                    <option value=sector.as_str() selected=current == Some(sector)>{t.profile_sector_labels[index]}</option>
                }
            })
            .collect_view();
        (none, sectors)
    };

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
                        prop:value=move || profile().company_name
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
                        {sector_options}
                    </select>
                </div>
                <fieldset class="form__row">
                    <legend>{t.profile_trains_legend}</legend>
                    <div class="choices">{trains_options}</div>
                </fieldset>
            </form>
            <nav class="pager" aria-label=t.progress_nav_label>
                <a class="button" href=Screen::Start.to_hash()>{t.back}</a>
                <a class="button button--primary" href=Screen::Field(1).to_hash() data-testid="next">{t.next}</a>
            </nav>
        </section>
    }
}
