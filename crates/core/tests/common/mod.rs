//! A small synthetic content for engine tests: known weights and ids, independent of the shipped texts.
#![allow(dead_code)] // each test binary uses a different part of this module

use arbeitgeber_check_core::content::*;
use arbeitgeber_check_core::lang::Text;
use arbeitgeber_check_core::profile::SizeBand;

pub fn text(s: &str) -> Text {
    Text { de: format!("{s} (de)"), en: format!("{s} (en)") }
}

pub fn statement(id: &str, weight: f64) -> Statement {
    Statement { id: id.into(), text: text(id), help: text(&format!("help {id}")), weight, legal_duty: false }
}

pub fn measure(id: &str, addresses: &[&str], effort: Effort, time: TimeToEffect) -> Measure {
    Measure {
        id: id.into(),
        title: text(id),
        description: text(&format!("description {id}")),
        codetermination: None,
        first_step: text(&format!("first step {id}")),
        effort,
        time_to_effect: time,
        sizes: SizeBand::ALL.to_vec(),
        sectors: vec![],
        apprentices: None,
        addresses: addresses.iter().map(|s| s.to_string()).collect(),
        support: None,
        sources: vec![],
        fulfils: vec![],
    }
}

/// A goal `F.G` with `n` statements `F.G.a…` of the given weights and four measures, each addressing one statement
/// (the last ones wrap around).
pub fn goal(id: &str, weights: &[f64]) -> Goal {
    let statements: Vec<Statement> =
        weights.iter().enumerate().map(|(i, w)| statement(&format!("{id}.{}", (b'a' + i as u8) as char), *w)).collect();
    let measures = (0..4)
        .map(|i| {
            let target = statements[i % statements.len()].id.clone();
            measure(&format!("m{id}.{}", (b'a' + i as u8) as char), &[&target], Effort::Medium, TimeToEffect::Medium)
        })
        .collect();
    Goal { id: id.into(), title: text(id), plain_title: text(&format!("plain {id}")), statements, measures }
}

fn band(id: &str, min: f64, max: f64) -> Band {
    Band { id: id.into(), min, max, label: text(id) }
}

/// Six fields with goal counts like the seed (3, 3, 2, 2, 2, 2) and four statements of weight 1 per goal.
pub fn synthetic() -> Content {
    let goal_counts = [3, 3, 2, 2, 2, 2];
    let fields: Vec<Field> = goal_counts
        .iter()
        .enumerate()
        .map(|(f, &count)| Field {
            id: format!("field{}", f + 1),
            title: text(&format!("field {}", f + 1)),
            short_title: text(&format!("f{}", f + 1)),
            subtitle: text(&format!("subtitle {}", f + 1)),
            goals: (1..=count).map(|g| goal(&format!("{}.{g}", f + 1), &[1.0, 1.0, 1.0, 1.0])).collect(),
        })
        .collect();
    let readings =
        |prefix: &str| ["low", "mid", "high"].iter().map(|b| (b.to_string(), text(&format!("{prefix} {b}")))).collect();
    let bands = Bands {
        bands: vec![band("low", 0.0, 40.0), band("mid", 40.0, 70.0), band("high", 70.0, 100.0)],
        overall: readings("overall"),
        fields: fields.iter().map(|f| (f.id.clone(), readings(&f.id))).collect(),
    };
    let meta = Meta { as_of: ContentDate { year: 2026, month: 11, day: 25 }, retired_statements: Default::default() };
    Content { fields, bands, meta, duties: vec![], duty_texts: Content::shipped().duty_texts.clone() }
}
