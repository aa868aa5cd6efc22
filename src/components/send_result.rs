//! How a firm sends its result file to the chamber's adviser (issue 31): save the file, write an e-mail to the
//! contact from `kammer.json` with subject and text prefilled (`mailto:`), attach the file. The app sends nothing;
//! without a contact with an e-mail address nothing shows.

use leptos::prelude::*;

use crate::i18n::desk::desk_texts;
use crate::state::files::offer_file;
use crate::state::kammer::use_kammer;
use crate::state::use_app_state;

/// The three steps, for the results screen and the report's hand-off page (on screen only).
#[component]
pub fn SendToAdviser() -> impl IntoView {
    let state = use_app_state();
    let kammer = use_kammer();
    move || {
        let contact = kammer.get()?.contacts.into_iter().find(|contact| contact.email.is_some())?;
        let lang = state.lang().get();
        let d = desk_texts(lang);
        let firm = state.saved().with_untracked(|saved| saved.profile.company_name.trim().to_string());
        let subject = d.send_subject.replace("{firm}", &firm);
        let body = d.send_body.replace("{name}", &contact.name).replace("{firm}", &firm);
        let href = contact.mailto_with(subject.trim_end_matches([' ', ':']), &body)?;
        Some(view! {
            <section class="card send-result no-print" aria-labelledby="send-result-title" data-testid="send-result">
                <h2 id="send-result-title">{d.send_title.replace("{name}", &contact.name)}</h2>
                <ol>
                    <li>
                        {d.send_save}" "
                        <button type="button" on:click=move |_| offer_file(state)>{state.t().file_export}</button>
                    </li>
                    <li>
                        <a href=href>{d.send_mail.replace("{name}", &contact.name)}</a>
                        <br/><span class="hint">{d.send_mail_hint}</span>
                    </li>
                    <li>{d.send_attach}</li>
                </ol>
            </section>
        })
    }
}
