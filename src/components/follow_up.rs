//! The follow-up on the plan (issue 30): "Nächster Check am", the calendar and spreadsheet files and the way to the
//! Aushang; and, on the start page, the hint that the re-check is due.

use leptos::prelude::*;

use crate::domain::date::CalendarDate;
use crate::domain::route::Screen;
use crate::i18n::cycle::cycle;
use crate::state::clock::{local_date, offset_at};
use crate::state::content;
use crate::state::followup::{recheck_date, save_calendar, save_table};
use crate::state::use_app_state;

/// "Nächster Check am": a date input showing the date in force (the user's or the default), with the default named.
#[component]
pub fn RecheckDate() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang().get_untracked();
    let c = cycle(lang);
    let shown = Memo::new(move |_| state.saved().with(|saved| recheck_date(saved).map(CalendarDate::iso)));
    let default = Memo::new(move |_| {
        state.saved().with(|saved| {
            let default = crate::domain::saved::Saved { recheck_on: String::new(), ..saved.clone() };
            default.recheck_date(offset_at(saved.checked_at())).map(|date| date.format(lang))
        })
    });
    view! {
        <div class="card recheck">
            <div class="form__row">
                <label for="recheck-on">{c.recheck_label}</label>
                <input type="date" id="recheck-on" aria-describedby="recheck-hint"
                    prop:value=move || shown.get().unwrap_or_default()
                    on:change=move |ev| state.set_recheck_on(event_target_value(&ev))/>
                <p class="hint" id="recheck-hint">
                    {move || default.get().map(|date| c.recheck_hint.replace("{date}", &date))}
                </p>
            </div>
        </div>
    }
}

/// "In den Kalender übernehmen", "Als Tabelle speichern" and the Aushang, with the saved file's name announced.
#[component]
pub fn FollowUpFiles() -> impl IntoView {
    let state = use_app_state();
    let c = cycle(state.lang().get_untracked());
    let content = content::get_or_parse();
    let said = RwSignal::new(String::new());
    let say = move |name: Option<String>| said.set(name.map(|name| c.file_saved.replace("{name}", &name)).unwrap_or_default());
    view! {
        <section class="card follow-up no-print" aria-labelledby="follow-up-title">
            <h2 id="follow-up-title">{c.files_title}</h2>
            <div class="follow-up__files">
                <div>
                    <button type="button" aria-describedby="calendar-hint"
                        on:click=move |_| say(save_calendar(state, content))>{c.calendar_button}</button>
                    <p class="hint" id="calendar-hint">{c.calendar_hint}</p>
                </div>
                <div>
                    <button type="button" aria-describedby="table-hint"
                        on:click=move |_| say(save_table(state, content))>{c.table_button}</button>
                    <p class="hint" id="table-hint">{c.table_hint}</p>
                </div>
            </div>
            <p class="hint" role="status" data-testid="follow-up-status">{move || said.get()}</p>
            <p><a href=Screen::Aushang.to_hash()>{c.aushang_link}</a></p>
        </section>
    }
}

/// On the start page, once the re-check's day has come: the date and a way to the answers. Nothing before.
#[component]
pub fn RecheckDue() -> impl IntoView {
    let state = use_app_state();
    let due = Memo::new(move |_| {
        state.saved().with(|saved| {
            let recheck = recheck_date(saved)?;
            crate::domain::recheck::is_due(recheck, local_date()?).then_some(recheck)
        })
    });
    move || {
        due.get().map(|date| {
            let lang = state.lang().get();
            let c = cycle(lang);
            view! {
                <p class="recheck-due" data-testid="recheck-due">
                    {c.recheck_due.replace("{date}", &date.format(lang))}" "
                    <a href=Screen::Overview.to_hash()>{c.recheck_due_link}</a>
                </p>
            }
        })
    }
}
