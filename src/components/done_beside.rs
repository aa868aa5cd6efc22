//! "Umgesetzt und wie sich der Wert verändert hat": per goal, the plan's done measures (with the user's "Hat es
//! gewirkt?") beside the goal's score before and now, on results and report while a comparison is shown. Side by
//! side only: one sentence says that the list does not tell cause and effect, and no wording claims it.

use leptos::prelude::*;

use crate::domain::compare::Comparison;
use crate::domain::lang::Lang;
use crate::domain::plan::Plan;
use crate::domain::recheck::{DoneBeside, done_beside_change};
use crate::domain::scoring::Scores;
use crate::i18n::recheck::{RecheckTexts, recheck_texts};
use crate::state::content;

/// The list, or nothing when no measure of the plan is done.
#[component]
pub fn DoneBesideChange(comparison: Comparison<'static>, scores: Scores<'static>, plan: Plan, lang: Lang) -> impl IntoView {
    let r = recheck_texts(lang);
    let rows = done_beside_change(content::get_or_parse(), &plan, &scores, &comparison.earlier, lang);
    (!rows.is_empty()).then(|| {
        let items = rows
            .into_iter()
            .map(|row| {
                let goal = row.goal.id.clone();
                view! {
                    <li data-testid="done-beside" data-goal=goal>
                        <strong>{row.goal.plain_title.get(lang)}</strong>": "{line(&row, r)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card done-beside" aria-labelledby="done-beside-title">
                <h2 id="done-beside-title">{r.done_title}</h2>
                <p>{r.done_side_by_side}</p>
                <ul class="done-beside__list">{items}</ul>
            </section>
        }
    })
}

/// "Umgesetzt: Lob im Alltag (Ihre Einschätzung: deutlich) · Wert vorher 33, jetzt 52".
fn line(row: &DoneBeside<'static>, r: &RecheckTexts) -> String {
    let done: Vec<String> = row
        .done
        .iter()
        .map(|(title, effect)| {
            match effect {
                Some(effect) => format!("{title} ({})", r.effect_said.replace("{effect}", r.effect_label(Some(*effect)))),
                None => title.clone(),
            }
        })
        .collect();
    let score = |value: Option<u8>| value.map_or_else(|| r.not_scored.to_string(), |value| value.to_string());
    let scores = r.score_before_now.replace("{before}", &score(row.before)).replace("{now}", &score(row.now));
    format!("{}: {} · {scores}", r.done_label, done.join("; "))
}
