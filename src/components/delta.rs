//! The signed change beside a score when a comparison is chosen ("+12", "−33", "±0"), on screen and paper. Its own
//! module so that both the score views (`score`) and the comparison panel (`compare`) use it without importing each
//! other.

use leptos::prelude::*;

use crate::domain::compare::{Change, Comparison, format_delta};
use crate::domain::lang::Lang;
use crate::i18n::messages;

/// The earlier state's date as running text ("3. März 2026"), if known.
pub fn earlier_date(comparison: &Comparison<'_>, lang: Lang) -> Option<String> {
    comparison.date.map(|date| date.format(lang))
}

/// Which score a delta is for.
#[derive(Clone, Copy, Debug)]
pub enum Of<'a> {
    Overall,
    Field(&'a str),
    Goal(&'a str),
}

/// The delta of one level when a comparison is chosen, to stand beside its score; nothing otherwise.
pub fn delta_of(comparison: Option<&Comparison<'_>>, of: Of<'_>, lang: Lang, testid: &'static str) -> Option<AnyView> {
    let comparison = comparison?;
    let delta = match of {
        Of::Overall => comparison.overall,
        Of::Field(id) => comparison.field(id),
        Of::Goal(id) => comparison.goal(id),
    };
    Some(view! { <Delta delta=delta date=earlier_date(comparison, lang) lang=lang testid=testid/> }.into_any())
}

/// A signed change ("+12", "−33", "±0", or "–" when not comparable) with its spoken form for screen readers.
#[component]
pub fn Delta(delta: Option<i16>, date: Option<String>, lang: Lang, testid: &'static str) -> impl IntoView {
    let t = messages(lang);
    let class = match delta.map(Change::of) {
        Some(Change::More(_)) => "delta delta--up",
        Some(Change::Fewer(_)) => "delta delta--down",
        _ => "delta",
    };
    view! {
        <span class=class data-testid=testid>
            <span aria-hidden="true">{delta.map(format_delta).unwrap_or_else(|| "–".into())}</span>
            <span class="visually-hidden">{t.change_spoken(delta, date.as_deref())}</span>
        </span>
    }
}
