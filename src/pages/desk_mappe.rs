//! "Mappe speichern" and "Mappe öffnen" on the desk (issue 31): the loaded files encrypted with a passphrase into one
//! file, and such a file opened again. A wrong passphrase, a changed or a cut-off file is a clear message and changes
//! nothing; the plain text is never written anywhere.

use leptos::prelude::*;

use crate::domain::mappe::{MIN_PASSPHRASE, MappeError};
use crate::i18n::desk::{DeskTexts, desk_texts};
use crate::state::clock::now_iso;
use crate::state::desk::use_desk_state;
use crate::state::files::{chosen_files, download, read_files};
use crate::state::mappe::{self, CryptoError};
use crate::state::use_app_state;

/// What the last save or open did, announced.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Working,
    Saved(usize),
    Opened,
    Problem(&'static str),
}

/// The save form (passphrase twice) and the open form (file, passphrase), one status for both.
#[component]
pub fn DeskMappe() -> impl IntoView {
    let desk = use_desk_state();
    let d = desk_texts(use_app_state().lang().get());
    let outcome = RwSignal::new(None::<Outcome>);
    let has_firms = move || desk.data().with(|data| !data.desk.is_empty());
    view! {
        <section class="card desk-mappe no-print" aria-labelledby="desk-mappe-title">
            <h2 id="desk-mappe-title">{d.mappe_title}</h2>
            <p>{d.mappe_intro}</p>
            <Show when=has_firms>
                <SaveForm outcome=outcome/>
            </Show>
            <OpenForm outcome=outcome/>
            <p role="status" aria-live="polite" data-testid="desk-mappe-status">{move || outcome.get().map(|o| text(&o, d))}</p>
        </section>
    }
}

/// "Mappe speichern": the passphrase twice; too short or different is said, nothing saved.
#[component]
fn SaveForm(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let desk = use_desk_state();
    let d = desk_texts(use_app_state().lang().get());
    let (passphrase, repeat) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let secret = passphrase.get_untracked();
        if secret.chars().count() < MIN_PASSPHRASE {
            return outcome.set(Some(Outcome::Problem(d.passphrase_short)));
        }
        if secret != repeat.get_untracked() {
            return outcome.set(Some(Outcome::Problem(d.passphrase_differs)));
        }
        let files = desk.data().with_untracked(|data| data.desk.files());
        outcome.set(Some(Outcome::Working));
        leptos::task::spawn_local(async move {
            let result = match mappe::seal(&files, &secret).await {
                Ok(text) => {
                    let name = format!("{}-{}.json", d.mappe_file, now_iso().get(..10).unwrap_or_default());
                    match download(&text, &name) {
                        Ok(()) => {
                            desk.mark_saved();
                            Outcome::Saved(files.len())
                        }
                        Err(_) => Outcome::Problem(d.mappe_unavailable),
                    }
                }
                Err(error) => Outcome::Problem(problem(&error, d)),
            };
            outcome.set(Some(result));
        });
    };
    let hint = d.passphrase_hint.replace("{min}", &MIN_PASSPHRASE.to_string());
    view! {
        <form class="desk-mappe__form" on:submit=save>
            {passphrase_field("desk-passphrase", d.passphrase, passphrase, Some(hint))}
            {passphrase_field("desk-passphrase-repeat", d.passphrase_repeat, repeat, None)}
            <p class="actions"><button type="submit">{d.mappe_save}</button></p>
        </form>
    }
}

/// "Gespeicherte Mappe öffnen": the file, then its passphrase; the firms join the desk only when all is well.
#[component]
fn OpenForm(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let desk = use_desk_state();
    let d = desk_texts(use_app_state().lang().get());
    let passphrase = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<(String, Vec<u8>)>);
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some((_, bytes)) = chosen.get_untracked() else { return };
        let secret = passphrase.get_untracked();
        outcome.set(Some(Outcome::Working));
        leptos::task::spawn_local(async move {
            let result = match mappe::open(&bytes, &secret).await {
                Ok(files) => {
                    desk.add_opened(&files);
                    Outcome::Opened
                }
                Err(error) => Outcome::Problem(problem(&error, d)),
            };
            outcome.set(Some(result));
        });
    };
    let pick = move |event: leptos::ev::Event| {
        read_files(chosen_files(&event), move |mut files| chosen.set(files.pop()));
    };
    view! {
        <form class="desk-mappe__form" on:submit=open>
            <h3>{d.mappe_open}</h3>
            <p>
                <label class="button file-button">
                    {d.mappe_open}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=pick/>
                </label>
                " "<span data-testid="desk-mappe-chosen">{move || chosen.with(|c| c.as_ref().map(|(name, _)| name.clone()))}</span>
            </p>
            {passphrase_field("desk-open-passphrase", d.passphrase_open, passphrase, None)}
            <p class="actions"><button type="submit" disabled=move || chosen.with(Option::is_none)>{d.mappe_open_button}</button></p>
        </form>
    }
}

fn passphrase_field(id: &'static str, label: &'static str, value: RwSignal<String>, hint: Option<String>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <p class="field">
            <label for=id>{label}</label>
            <input type="password" id=id autocomplete="new-password" aria-describedby=described
                prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event))/>
            {hint.map(|hint| view! { <span class="hint" id=hint_id>{hint}</span> })}
        </p>
    }
}

fn text(outcome: &Outcome, d: &'static DeskTexts) -> String {
    match outcome {
        Outcome::Working => d.mappe_working.into(),
        Outcome::Saved(count) => d.mappe_saved.replace("{count}", &count.to_string()),
        Outcome::Opened => String::new(),
        Outcome::Problem(text) => (*text).into(),
    }
}

fn problem(error: &CryptoError, d: &'static DeskTexts) -> &'static str {
    match error {
        CryptoError::WrongPassphraseOrChanged => d.mappe_wrong,
        CryptoError::Unavailable => d.mappe_unavailable,
        CryptoError::File(MappeError::NotAMappe) => d.mappe_not_mappe,
        CryptoError::File(MappeError::TooNew(_)) => d.mappe_too_new,
        CryptoError::File(MappeError::TooLarge) => d.mappe_too_large,
        CryptoError::File(MappeError::Damaged(_)) => d.mappe_damaged,
    }
}
