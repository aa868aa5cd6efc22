//! "Ihr Ergebnis in Leichter Sprache" (`#/ergebnis/leicht`; in English "Your result in plain English"): the user's
//! own result in short sentences, one a line — the overall points and what they mean, the three bands, the fields,
//! what "nicht bewertet", an open legal duty and a measure are — reachable from the results screen and printable.
//! The numbers are the results screen's (`domain::scoring`, `reading`, `recommend`, `lead`).

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use crate::domain::lang::Lang;
use crate::domain::lead::lead;
use crate::domain::reading::{band, whole_points};
use crate::domain::recommend::unmet_legal_duties;
use crate::domain::route::Screen;
use crate::domain::scoring::{Score, Scores, score};
use crate::i18n::info_pages::{EasyResultTexts, easy_results};
use crate::state::use_app_state;

/// The easy-language result page; re-renders with the answers and the language.
#[component]
pub fn EasyResultsPage() -> impl IntoView {
    let state = use_app_state();
    let content = crate::state::content::get_or_parse();
    move || {
        let lang = state.lang().get();
        let (answers, profile) = state.saved().with(|saved| (saved.answers.clone(), saved.profile.clone()));
        let texts = easy_results(lang);
        let scores = score(content, &answers);
        let duties = unmet_legal_duties(content, &answers).len();
        let example = lead(&scores, &answers, &profile)
            .top
            .into_iter()
            .find_map(|goal| goal.measures.into_iter().next())
            .map(|measure| texts.measure_example.replace("{measure}", measure.measure.title.get(lang)));
        view! {
            <section class="page page--info page--easy" data-testid="easy-results-page">
                <h1 id=PAGE_TITLE tabindex="-1">{state.t().easy_results_title}</h1>
                {lines(texts.intro)}
                <h2>{texts.points_heading}</h2>
                {points(texts, &scores.overall)}
                {lines(texts.points_explained)}
                <Bands texts=texts/>
                <h2>{texts.fields_heading}</h2>
                {lines(texts.fields_intro)}
                {fields(texts, &scores, lang)}
                <h2>{texts.unscored_heading}</h2>
                {lines(texts.unscored)}
                <h2>{texts.duties_heading}</h2>
                <p data-testid="easy-duties">{duty_count(texts, duties)}</p>
                {lines(texts.duties)}
                <h2>{texts.measures_heading}</h2>
                {lines(texts.measures)}
                {example.map(|example| view! { <p>{example}</p> })}
                <div class="actions no-print">
                    <button type="button" class="button--primary" on:click=|_| {
                        if let Err(error) = window().print() {
                            leptos::logging::error!("print failed: {error:?}");
                        }
                    }>{texts.print}</button>
                    <a class="button" href=Screen::Results.to_hash()>{texts.back}</a>
                </div>
            </section>
        }
    }
}

/// One paragraph per sentence.
fn lines(lines: &'static [&'static str]) -> impl IntoView + use<> {
    lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()
}

/// "Ihr Betrieb hat 48 von 100 Punkten." and what its band means, or that there are no points yet.
fn points(texts: &'static EasyResultTexts, overall: &Score) -> impl IntoView + use<> {
    let content = crate::state::content::get_or_parse();
    match (overall.rounded(), band(content, overall)) {
        (Some(value), Some(band)) => view! {
            <p data-testid="easy-points"><strong>{texts.points.replace("{score}", &value.to_string())}</strong></p>
            {lines(texts.band_meaning(&band.id))}
        }
        .into_any(),
        _ => lines(texts.no_points).into_any(),
    }
}

/// The three bands with their whole points, their label on screen and what they mean.
#[component]
fn Bands(texts: &'static EasyResultTexts) -> impl IntoView {
    let lang = use_app_state().lang().get_untracked();
    let bands = &crate::state::content::get_or_parse().bands.bands;
    let items = bands
        .iter()
        .enumerate()
        .map(|(index, band)| {
            let (from, to) = whole_points(band, index + 1 == bands.len());
            let line = texts
                .band_line
                .replace("{from}", &from.to_string())
                .replace("{to}", &to.to_string())
                .replace("{label}", band.label.get(lang));
            view! { <li><p>{line}</p>{lines(texts.band_meaning(&band.id))}</li> }
        })
        .collect_view();
    view! {
        <h2>{texts.bands_heading}</h2>
        {lines(texts.bands_intro)}
        <ul class="easy__bands">{items}</ul>
    }
}

/// Each field with its points, or "nicht bewertet".
fn fields(texts: &'static EasyResultTexts, scores: &Scores<'static>, lang: Lang) -> impl IntoView + use<> {
    let items = scores
        .fields
        .iter()
        .map(|field| {
            let title = field.field.title.get(lang);
            let line = match field.score.rounded() {
                Some(value) => texts.field_line.replace("{field}", title).replace("{score}", &value.to_string()),
                None => texts.field_unscored.replace("{field}", title),
            };
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! { <ul data-testid="easy-fields">{items}</ul> }
}

/// How many legal duties are open, in words.
fn duty_count(texts: &'static EasyResultTexts, count: usize) -> String {
    match count {
        0 => texts.duties_none.to_string(),
        1 => texts.duties_one.to_string(),
        count => texts.duties_many.replace("{count}", &count.to_string()),
    }
}
