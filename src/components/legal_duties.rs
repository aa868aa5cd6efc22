//! The legal duties the answers say are not (fully) met, shown before everything else on the results screen and in
//! the report, with one neutral sentence (said once, not after each duty) whatever the score.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::recommend::UnmetDuty;
use crate::i18n::messages;

/// The list of unmet legal duties; nothing when all are met or unanswered.
#[component]
pub fn LegalDuties(duties: Vec<UnmetDuty<'static>>, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    (!duties.is_empty()).then(|| {
        let items = duties
            .into_iter()
            .map(|duty| {
                view! {
                    <li data-statement=duty.statement.id.clone()>
                        <strong>{duty.statement.text.get(lang).to_string()}</strong>
                        <br/>
                        <span class="hint">{format!("{} {}", duty.goal.id, duty.goal.plain_title.get(lang))}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card legal-duties" aria-labelledby="legal-duties-title">
                <h2 id="legal-duties-title">{t.legal_duties_title}</h2>
                <p>{t.legal_duty_note}</p>
                <ul>{items}</ul>
            </section>
        }
    })
}
