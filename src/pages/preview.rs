//! `#/vorschau`: the web editor's preview of `kammer.json`. Every field where the check shows it (with the same
//! components), and every warning about the file on screen, as the console has them. Linked from nowhere; KAMMER.md
//! names it. It shows the file as this page load read it, so a reload shows an edit.

use leptos::prelude::*;

use crate::components::contact::{ContactCard, HandoffContact, external_link};
use crate::components::focus::PAGE_TITLE;
use crate::components::header::chamber;
use crate::domain::kammer::Kammer;
use crate::i18n::Messages;
use crate::state::kammer::{Found, found, use_kammer};
use crate::state::use_app_state;

/// The preview: the file's check first, then each place the fields appear.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let state = use_app_state();
    let settings = use_kammer();
    move || {
        let t = state.t();
        // The settings change once, when the load has ended; `found` says what it found.
        let kammer = settings.get();
        let (status, kammer) = match found() {
            None => (().into_any(), None),
            Some(Found::Missing) => (view! { <p>{t.preview_missing}</p> }.into_any(), None),
            Some(Found::Failed(error)) => (view! { <p>"kammer.json: "{error}</p> }.into_any(), None),
            Some(Found::Read(warnings)) => (warning_list(warnings, t).into_any(), kammer),
        };
        view! {
            <section class="page page--preview" aria-labelledby=PAGE_TITLE>
                <h1 id=PAGE_TITLE tabindex="-1">{t.preview_title}</h1>
                <p>{t.preview_intro}</p>
                <h2>{t.preview_check_title}</h2>
                <div data-testid="preview-check">{status}</div>
                {kammer.map(|kammer| places(kammer, t))}
            </section>
        }
    }
}

/// The warnings as a list, or the word that there are none.
fn warning_list(warnings: Vec<String>, t: &'static Messages) -> impl IntoView {
    if warnings.is_empty() {
        return view! { <p>{t.preview_no_warnings}</p> }.into_any();
    }
    let items = warnings.into_iter().map(|warning| view! { <li>{warning}</li> }).collect_view();
    view! { <ul class="notice notice--warning preview__warnings" data-testid="preview-warnings">{items}</ul> }
        .into_any()
}

/// Each place of the check that shows fields of the file, with what it shows.
fn places(kammer: Kammer, t: &'static Messages) -> impl IntoView {
    let [header, card, handoff, footer, feedback, accent, benchmark] = t.preview_places;
    let given = |shown: Option<AnyView>| shown.unwrap_or_else(|| view! { <p>{t.preview_not_given}</p> }.into_any());
    let has_contact = !kammer.contacts.is_empty() || kammer.links.booking.is_some();
    let links = [
        (kammer.links.imprint.clone(), t.footer_imprint_link),
        (kammer.links.privacy.clone(), t.footer_host_privacy_link),
    ]
    .into_iter()
    .filter_map(|(href, text)| href.map(|href| view! { <li>{external_link(href, text, "")}</li> }))
    .collect::<Vec<_>>();
    let feedback_contact = kammer.feedback_contact().map(|contact| {
        let ways = [contact.email.clone(), contact.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
        view! { <p><strong>{contact.name.clone()}</strong>" "{ways}</p> }.into_any()
    });
    let section = |title: &'static str, testid: &'static str, body: AnyView| {
        view! { <section class="card preview__place" data-testid=testid><h2>{title}</h2>{body}</section> }
    };
    view! {
        {section(header, "preview-header", given(chamber(kammer.clone()).map(|badge| {
            view! { <div class="site-header"><div class="site-header__inner">{badge}</div></div> }.into_any()
        })))}
        {section(card, "preview-card", given(has_contact.then(|| view! { <ContactCard/> }.into_any())))}
        {section(handoff, "preview-handoff", given(has_contact.then(|| view! { <HandoffContact/> }.into_any())))}
        {section(footer, "preview-footer", given((!links.is_empty()).then(|| view! { <ul>{links}</ul> }.into_any())))}
        {section(feedback, "preview-feedback", given(feedback_contact))}
        {section(accent, "preview-accent", given(kammer.accent.map(|colour| {
            view! { <p><span class="button button--primary">{colour}</span></p> }.into_any()
        })))}
        {section(benchmark, "preview-benchmark", given(kammer.benchmark.map(|file| view! { <p>{file}</p> }.into_any())))}
    }
}
