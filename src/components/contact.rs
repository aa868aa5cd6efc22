//! The chamber's contact from `kammer.json`: a card on the results screen, and the contact with lines for the
//! appointment on the report's adviser hand-off page. Nothing shows without a chamber file that names a contact or
//! a booking page. Every value is operator input and is rendered as text; links come only from the validated
//! `tel:`/`mailto:`/`https:` forms in `domain::kammer`, the logo only from a plain file name beside `index.html`.

use leptos::prelude::*;

use crate::domain::kammer::{Contact, Kammer, Offer};
use crate::i18n::Messages;
use crate::state::kammer::use_kammer;
use crate::state::use_app_state;

/// Whether the settings give a user anyone or anywhere to turn to.
fn has_contact(kammer: &Kammer) -> bool {
    !kammer.contacts.is_empty() || kammer.links.booking.is_some()
}

/// "Ihr Kontakt bei {name}", or without a name simply "Ihr Kontakt" (wording that fits any person).
fn title(kammer: &Kammer, t: &'static Messages) -> String {
    match &kammer.name {
        Some(name) => t.contact_title.replace("{name}", name),
        None => t.contact_title_unnamed.to_string(),
    }
}

/// The contact card on the results screen; updates when `kammer.json` arrives.
#[component]
pub fn ContactCard() -> impl IntoView {
    let state = use_app_state();
    let kammer = use_kammer();
    move || {
        let kammer = kammer.get().filter(has_contact)?;
        let t = state.t();
        let logo = kammer.logo.clone().map(|file| {
            view! { <img class="contact__logo" src=file alt=kammer.name.clone().unwrap_or_default() height="40"/> }
        });
        Some(view! {
            <section class="card contact" aria-labelledby="contact-title" data-testid="contact">
                {logo}
                <h2 id="contact-title">{title(&kammer, t)}</h2>
                <ContactList contacts=kammer.contacts t=t/>
                {kammer.links.booking.map(|href| view! { <p>{external_link(href, t.contact_booking, "button")}</p> })}
                <Offers offers=kammer.offers t=t/>
            </section>
        })
    }
}

/// The contact and lines to fill in the appointment by hand, for the printed hand-off page.
#[component]
pub fn HandoffContact() -> impl IntoView {
    let state = use_app_state();
    let kammer = use_kammer();
    move || {
        let kammer = kammer.get().filter(has_contact)?;
        let t = state.t();
        let line = |label: &'static str| view! { <p class="appointment__line">{label}":"</p> };
        Some(view! {
            <div class="report__contact" data-testid="handoff-contact">
                <h3>{title(&kammer, t)}</h3>
                <ContactList contacts=kammer.contacts t=t/>
                {kammer.links.booking.map(|href| view! { <p>{t.contact_booking}": "{href}</p> })}
                <Offers offers=kammer.offers t=t/>
                <h3>{t.handoff_appointment_title}</h3>
                <div class="appointment">
                    {line(t.handoff_appointment_date)}
                    {line(t.handoff_appointment_time)}
                    {line(t.handoff_appointment_place)}
                </div>
            </div>
        })
    }
}

/// Each person with role, phone, e-mail and hours, as far as given.
#[component]
fn ContactList(contacts: Vec<Contact>, t: &'static Messages) -> impl IntoView {
    let people = contacts
        .into_iter()
        .map(|contact| {
            let phone = contact.tel_href().zip(contact.phone.clone()).map(|(href, text)| {
                view! { <li>{t.contact_phone}": "<a href=href>{text}</a></li> }
            });
            let email = contact.mailto_href().zip(contact.email.clone()).map(|(href, text)| {
                view! { <li>{t.contact_email}": "<a href=href>{text}</a></li> }
            });
            let hours = contact.hours.clone().map(|hours| view! { <li>{t.contact_hours}": "{hours}</li> });
            view! {
                <li class="contact__person">
                    <p class="contact__name"><strong>{contact.name.clone()}</strong></p>
                    {contact.role.clone().map(|role| view! { <p class="hint">{role}</p> })}
                    <ul class="contact__ways">{phone}{email}{hours}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="contact__people">{people}</ul> }
}

/// The region's support offers the chamber names (`offers`), as plain text; nothing without any.
#[component]
fn Offers(offers: Vec<Offer>, t: &'static Messages) -> impl IntoView {
    (!offers.is_empty()).then(|| {
        let items = offers
            .into_iter()
            .map(|offer| view! { <li><strong>{offer.name}</strong>" – "{offer.description}</li> })
            .collect_view();
        view! {
            <div class="contact__offers" data-testid="offers">
                <p class="contact__offers-title">{t.contact_offers_title}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// A link to another site. It opens in a new window: inside a chamber's frame a page would load in the frame (or be
/// blocked there), and the answers stay open beside it. Screen readers hear that it opens a new window.
pub fn external_link(href: String, text: &'static str, class: &'static str) -> impl IntoView {
    let state = use_app_state();
    view! {
        <a class=class href=href target="_blank" rel="noopener">
            {text}<span class="visually-hidden">{state.t().opens_new_window}</span>
        </a>
    }
}
