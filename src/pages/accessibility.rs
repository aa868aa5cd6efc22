//! "Erklärung zur Barrierefreiheit": the accessibility statement, built like the EU model statement. The feedback
//! contact is the chamber's first contact from `kammer.json`, or a fallback text without one.

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;

use crate::domain::kammer::Contact;
use crate::i18n::info_pages::{AccessibilityTexts, Section, accessibility, language_parts};
use crate::state::kammer::use_kammer;
use crate::domain::route::Screen;
use crate::state::use_app_state;

/// The accessibility statement in the current language.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let state = use_app_state();
    let texts = accessibility(state.lang().get());
    let t = state.t();
    view! {
        <section class="page page--info" data-testid="accessibility-page">
            <h1 id=PAGE_TITLE tabindex="-1">{texts.title}</h1>
            {texts.intro.iter().map(|text| view! { <p>{marked(text)}</p> }).collect_view()}
            {texts.before_feedback.iter().map(info_section).collect_view()}
            <FeedbackSection texts=texts/>
            {texts.after_feedback.iter().map(info_section).collect_view()}
            <p><a href=Screen::Start.to_hash()>{t.back_to_start}</a></p>
        </section>
    }
}

/// A headed section of static text (trusted `&'static str`, rendered as text).
pub fn info_section(section: &'static Section) -> impl IntoView {
    view! {
        <h2>{section.heading}</h2>
        {section.paragraphs.iter().map(|text| view! { <p>{marked(text)}</p> }).collect_view()}
        {(!section.items.is_empty()).then(|| view! {
            <ul>{section.items.iter().map(|item| view! { <li>{marked(item)}</li> }).collect_view()}</ul>
        })}
    }
}

/// A text with its German passages (`{de:…}`) marked `lang="de"`.
pub fn marked(text: &'static str) -> impl IntoView {
    language_parts(text)
        .into_iter()
        .map(|(german, part)| if german { view! { <span lang="de">{part}</span> }.into_any() } else { part.into_any() })
        .collect_view()
}

/// Where to report a barrier: the chamber's `accessibility_contact`, else its first contact, else the fallback text. Reactive,
/// because the chamber settings may arrive after the page is shown.
#[component]
fn FeedbackSection(texts: &'static AccessibilityTexts) -> impl IntoView {
    let kammer = use_kammer();
    let contact = move || kammer.get().and_then(|kammer| kammer.feedback_contact().cloned());
    view! {
        <h2>{texts.feedback_heading}</h2>
        <div data-testid="accessibility-feedback">
            {move || match contact() {
                Some(contact) => view! {
                    <p>{texts.feedback_intro}</p>
                    {contact_details(contact, texts)}
                }.into_any(),
                None => view! { <p>{marked(texts.feedback_fallback)}</p> }.into_any(),
            }}
        </div>
    }
}

/// A contact as an address block; every value is operator text, rendered as text only.
fn contact_details(contact: Contact, texts: &'static AccessibilityTexts) -> impl IntoView {
    let tel = contact.tel_href();
    let mailto = contact.mailto_href();
    view! {
        <address>
            <strong>{contact.name}</strong>
            {contact.role.map(|role| view! { <br/>{role} })}
            {contact.phone.zip(tel).map(|(phone, tel)| view! { <br/>{texts.phone_label}": "<a href=tel>{phone}</a> })}
            {contact.email.zip(mailto).map(|(email, mailto)| view! {
                <br/>{texts.email_label}": "<a href=mailto>{email}</a>
            })}
            {contact.hours.map(|hours| view! { <br/>{hours} })}
        </address>
    }
}
