//! A recommended measure: its title and badges, the first step this month, effort and time to effect, and a button
//! to put it into the action plan; what it is, the support and the sources behind "Mehr zu dieser Maßnahme". The card
//! is short so the leading goals' measures fit beside each other; the details are rendered only once opened.

use leptos::prelude::*;

use crate::domain::content::Measure;
use crate::domain::lang::Lang;
use crate::domain::recommend::RecommendedMeasure;
use crate::i18n::messages;
use crate::state::use_app_state;

/// One measure card with its "add to plan" button.
#[component]
pub fn MeasureCard(
    /// The measure as the engine recommended it.
    recommended: RecommendedMeasure<'static>,
) -> impl IntoView {
    let state = use_app_state();
    let measure: &'static Measure = recommended.measure;
    let id = measure.id.as_str();
    let lang = state.lang().get_untracked();
    let t = state.t();
    let in_plan = Memo::new(move |_| state.saved().with(|saved| saved.plan.contains(id)));
    let title = measure.title.get(lang);
    // One text per element where the words allow it, and the badges as one list: every further child costs the
    // results screen a DOM node and a marker (`make perf-ui`).
    let badges: Vec<_> = [
        (recommended.quick_win, "badge badge--quick", t.quick_win),
        (recommended.sector_match, "badge", t.sector_fit),
        (recommended.meets_legal_duty, "badge badge--duty", t.legal_duty_measure_label),
    ]
    .into_iter()
    .filter(|(shown, ..)| *shown)
    .map(|(_, class, label)| view! { <span class=class>{label}</span> })
    .collect();
    view! {
        <li class="measure" data-testid="measure" data-measure=id>
            <div class="measure__head">
                <h4 class="measure__title">{title}</h4>
                <p class="badges">{badges}</p>
            </div>
            <p class="measure__step"><strong>{t.measure_first_step}</strong>{format!(" {}", measure.first_step.get(lang))}</p>
            <p class="measure__meta">
                <span>{format!("{}: {}", t.measure_effort, t.effort_label(measure.effort))}</span>
                <span>{format!("{}: {}", t.measure_time, t.time_label(measure.time_to_effect))}</span>
            </p>
            // A toggle: its name stays "In den Maßnahmenplan: <measure>", aria-pressed says whether it is in (the
            // pressed look and a ✓ without alternative text show it on screen).
            <button
                type="button"
                class="measure__add no-print"
                data-testid="add-to-plan"
                aria-pressed=move || in_plan.get().to_string()
                on:click=move |_| {
                    if in_plan.get_untracked() {
                        state.remove_from_plan(id);
                    } else {
                        state.add_to_plan(id);
                    }
                }
            >
                {t.add_to_plan}
                <span class="visually-hidden">{format!(": {title}")}</span>
            </button>
            <MeasureDetails measure=measure lang=lang/>
        </li>
    }
}

/// Whether the profile says the firm has a works council: only then does a measure say its co-determination sentence.
fn has_works_council() -> bool {
    use_app_state().saved().with_untracked(|saved| saved.profile.works_council == Some(true))
}

/// What the measure is, the support on offer and the sources, rendered once the disclosure is opened.
#[component]
fn MeasureDetails(measure: &'static Measure, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let open = RwSignal::new(false);
    let details = move || {
        open.get().then(|| {
            let support = measure.support.as_ref().map(|support| {
                view! { <p class="measure__support"><strong>{t.measure_support}" "</strong>{support.get(lang)}</p> }
            });
            let sources = (!measure.sources.is_empty()).then(|| {
                // The sources are German law and programme names, in English too: marked as German (WCAG 3.1.2).
                let source_lang = (lang == Lang::En).then_some("de");
                view! {
                    <p class="measure__sources">
                        {t.measure_sources_label}" "<span lang=source_lang>{measure.sources.join("; ")}</span>
                    </p>
                }
            });
            let codetermination = measure.codetermination.as_ref().filter(|_| has_works_council()).map(|text| {
                view! { <p data-testid="codetermination">{text.get(lang)}</p> }
            });
            view! {
                <p>{measure.description.get(lang)}</p>
                {codetermination}
                {support}
                {sources}
            }
        })
    };
    view! {
        <details class="measure__more" on:toggle=move |event| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
        }>
            <summary>{t.measure_more}<span class="visually-hidden">{format!(": {}", measure.title.get(lang))}</span></summary>
            {details}
        </details>
    }
}

/// Measures behind a disclosure, at most [`SHOWN_AT_ONCE`] once opened and the rest behind a further "Weitere
/// Maßnahmen zeigen" (issue 26: three measures per goal until the reader asks for more). They are rendered only once
/// opened: most users never open most of them, and the results screen renders faster with fewer measure cards.
#[component]
pub fn MoreMeasures(
    measures: Vec<RecommendedMeasure<'static>>,
    label: String,
    /// Lines said before the measures once opened (a compact goal's official title, then its weakest answer).
    #[prop(optional)]
    intro: Vec<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let lang = use_app_state().lang().get_untracked();
    view! {
        <details class="more-measures" on:toggle=move |event| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open());
        }>
            <summary>{label}</summary>
            {move || open.get().then(|| {
                let cards = measures.iter().take(SHOWN_AT_ONCE).cloned().map(|m| view! { <MeasureCard recommended=m/> }).collect_view();
                let rest: Vec<_> = measures.iter().skip(SHOWN_AT_ONCE).cloned().collect();
                let more = (!rest.is_empty()).then(|| {
                    let label = messages(lang).results_more_measures.replace("{n}", &rest.len().to_string());
                    // Boxed: the component nests itself.
                    view! { <MoreMeasures measures=rest label=label/> }.into_any()
                });
                let intro = intro.iter().cloned().map(|line| view! { <p class="more-measures__intro">{line}</p> }).collect_view();
                view! { {intro}<ul class="measures">{cards}</ul>{more} }
            })}
        </details>
    }
}

/// Measures shown at once when a goal's measures are opened (issue 26: at most three until the reader asks for more).
pub const SHOWN_AT_ONCE: usize = 3;
