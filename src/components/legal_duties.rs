//! "Ihre gesetzlichen Pflichten" on the results, in the report and in embed mode: every duty of the duty check with
//! its status for this firm (open first, then nearly met, unknown, met, not applicable with the reason), its legal
//! basis and the body that advises, in neutral words, and "Das ersetzt keine Rechtsberatung" once.

use leptos::prelude::*;

use crate::domain::content::Content;
use crate::domain::duties::{DutyCheck, DutyStatus, condition_line, fill, listed_in_full, short_reason};
use crate::domain::hyphen::hyphenate;
use crate::domain::lang::Lang;
use crate::domain::route::Screen;

/// The section with every duty's status; nothing when the content has no duties. `compact` (the results screen)
/// shows the open duties, each in one paragraph, names the nearly met ones and puts every duty not open in full
/// behind one disclosure, so the section does not push the score off the first screens. The report lists in full what is open, nearly met, unknown or a threshold to check,
/// and the met and not applicable duties by name on one line each (`duties::listed_in_full`), so it stays short.
#[component]
pub fn LegalDuties(
    content: &'static Content,
    checks: Vec<DutyCheck<'static>>,
    lang: Lang,
    #[prop(optional)] compact: bool,
    /// Another firm's duties (the adviser's desk): no link to the duty check, which holds the reader's own answers.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let texts = content.duty_texts();
    let answered = checks.iter().filter(|check| check.answer.is_some()).count();
    let progress = fill(texts.progress.get(lang), &answered.to_string(), Some(checks.len()));
    (!checks.is_empty()).then(|| {
        let (first, rest): (Vec<_>, Vec<_>) = checks.into_iter().partition(|check| match compact {
            true => check.status == DutyStatus::Open,
            false => listed_in_full(check),
        });
        let more = match compact {
            true => (!rest.is_empty()).then(|| view! { <MoreDuties content=content rest=rest lang=lang/> }.into_any()),
            false => Some(view! { <DutyNames content=content rest=rest lang=lang/> }.into_any()),
        };
        let (class, list_class) = match compact {
            true => ("card legal-duties legal-duties--compact", "duty-list duty-list--inline"),
            false => ("card legal-duties", "duty-list"),
        };
        let items = first.into_iter().map(|check| view! { <DutyItem content=content check=check lang=lang/> });
        view! {
            <section class=class aria-labelledby="legal-duties-title">
                <h2 id="legal-duties-title">{texts.section_title.get(lang)}</h2>
                <p>
                    {(!compact).then(|| format!("{} ", texts.section_intro.get(lang)))}
                    <strong>{texts.no_legal_advice.get(lang)}</strong>" "
                    {(!read_only).then(|| view! { <a class="no-print" href=Screen::Duties.to_hash()>{texts.open_page.get(lang)}</a> })}
                    <span class="no-print">{format!(" ({progress})")}</span>
                </p>
                <ul class=list_class>{items.collect_view()}</ul>
                {more}
            </section>
        }
    })
}

/// On the results, below the open duties: the nearly met ones by name, then every duty that is not open in full
/// behind one disclosure.
#[component]
fn MoreDuties(content: &'static Content, rest: Vec<DutyCheck<'static>>, lang: Lang) -> impl IntoView {
    let texts = content.duty_texts();
    let summary = fill(texts.more_duties.get(lang), &rest.len().to_string(), None);
    let nearly_met: Vec<String> =
        rest.iter().filter(|check| check.status == DutyStatus::NearlyMet).map(|check| hyphenate(lang, check.duty.title.get(lang))).collect();
    let nearly_met = (!nearly_met.is_empty()).then(|| view! {
        <p class="duty-names duty--nearly_met" data-testid="nearly-met-duties">
            <span class="duty__status">{texts.status_nearly_met.get(lang)}</span>{nearly_met.join(" · ")}
        </p>
    });
    let items = rest.into_iter().map(|check| view! { <DutyItem content=content check=check lang=lang/> });
    view! {
        {nearly_met}
        <details class="duty-more" data-testid="more-duties">
            <summary>{summary}</summary>
            <ul class="duty-list">{items.collect_view()}</ul>
        </details>
    }
}

/// The report's compact lines: the met duties by name, those that do not apply by name with the short why.
#[component]
fn DutyNames(content: &'static Content, rest: Vec<DutyCheck<'static>>, lang: Lang) -> impl IntoView {
    let texts = content.duty_texts();
    let (met, not_applicable): (Vec<_>, Vec<_>) = rest.into_iter().partition(|check| check.status == DutyStatus::Met);
    let names = met.iter().map(|check| check.duty.title.get(lang)).collect::<Vec<_>>().join(" · ");
    let reasons = not_applicable
        .iter()
        .map(|check| match short_reason(content, check, lang) {
            Some(why) => format!("{} ({why})", check.duty.title.get(lang)),
            None => check.duty.title.get(lang).to_string(),
        })
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        {(!met.is_empty()).then(|| view! {
            <p class="duty-names" data-testid="met-duties">
                <strong>{fill(texts.met_summary.get(lang), &met.len().to_string(), None)}</strong>" "{names}
            </p>
        })}
        {(!not_applicable.is_empty()).then(|| view! {
            <p class="duty-names" data-testid="not-applicable-duties">
                <strong>{texts.not_applicable_summary.get(lang)}</strong>" "{reasons}
            </p>
        })}
    }
}

/// One duty: status and title, the size or training condition, or why it does not apply; legal basis and advice.
#[component]
fn DutyItem(content: &'static Content, check: DutyCheck<'static>, lang: Lang) -> impl IntoView {
    let texts = content.duty_texts();
    let duty = check.duty;
    let answered_not_applicable = check.status == DutyStatus::NotApplicable && check.answer.is_some();
    let reason = condition_line(content, duty, check.applicability, lang).or_else(|| {
        duty.not_applicable_when
            .as_ref()
            .filter(|_| answered_not_applicable)
            .map(|when| format!("{} {}", texts.not_applicable_label.get(lang), when.get(lang)))
    });
    let status = check.status.as_str();
    view! {
        <li class=format!("duty duty--{status}") data-testid="legal-duty" data-duty=duty.id.clone() data-status=status>
            <p class="duty__head">
                <span class="duty__status">{texts.status(check.status).get(lang)}</span>
                <strong>{hyphenate(lang, duty.title.get(lang))}</strong>
            </p>
            {reason.map(|reason| view! { <p class="duty__condition">{reason}</p> })}
            <p class="hint">
                {format!("{} {} · {} {}", texts.law_label.get(lang), duty.law, texts.advice_label.get(lang), duty.advice.get(lang))}
            </p>
        </li>
    }
}
