//! Texts that only screens of the wasm chunk use (`pages::on_demand`), kept out of `Messages`: every string of
//! `Messages` loads with the start page, these load with the chunk (`make size`, first-load budget). Typed like
//! `Messages`: a text missing in one language fails to compile.

use super::Lang;

pub struct LaterTexts {
    /// The chart's accessible name: `{title}`, then its highest and lowest value (`chart_summary`).
    pub chart_summary: &'static str,
    /// Said in the comparison panel's status once a kept state is removed (`{label}`: "Zwischenstand vom …").
    pub snapshot_removed: &'static str,
}

pub fn later(lang: Lang) -> &'static LaterTexts {
    match lang {
        Lang::De => &LATER_DE,
        Lang::En => &LATER_EN,
    }
}

impl LaterTexts {
    /// The chart's name for screen readers: its title and, when any axis is scored, the highest and the lowest value
    /// (`names` are the axes' names with their shown scores).
    pub fn chart_summary(&self, title: &str, names: &[(String, Option<u8>)]) -> String {
        let scores: Vec<Option<u8>> = names.iter().map(|(_, score)| *score).collect();
        let Some((high, low)) = crate::domain::chart::extremes(&scores) else { return title.to_string() };
        let score = |i: usize| names[i].1.unwrap_or_default().to_string();
        self.chart_summary
            .replace("{title}", title)
            .replace("{high}", &names[high].0)
            .replace("{high_score}", &score(high))
            .replace("{low}", &names[low].0)
            .replace("{low_score}", &score(low))
    }
}

const LATER_DE: LaterTexts = LaterTexts {
    chart_summary: "{title}. Höchster Wert: {high} mit {high_score} von 100. Niedrigster Wert: {low} mit {low_score} von \
                    100.",
    snapshot_removed: "{label} ist entfernt.",
};

const LATER_EN: LaterTexts = LaterTexts {
    chart_summary: "{title}. Highest: {high}, {high_score} of 100. Lowest: {low}, {low_score} of 100.",
    snapshot_removed: "{label} has been removed.",
};
