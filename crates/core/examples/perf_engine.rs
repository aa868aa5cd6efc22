//! Timing of scoring + recommendations over the full shipped content: `make perf`.
//! Not a timed test: it prints figures and never fails on them.

use std::hint::black_box;
use std::time::Instant;

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::profile::{Profile, Sector, SizeBand};
use arbeitgeber_check_core::recommend::recommend;
use arbeitgeber_check_core::scoring::score;

fn main() {
    let content = Content::shipped();
    // A realistic, mixed answer set: every statement answered, spread over the whole scale.
    let answers: Answers = content
        .statements()
        .enumerate()
        .map(|(i, (_, s))| (s.id.clone(), Answer::ALL[i % Answer::ALL.len()]))
        .collect();
    let profile = Profile {
        size: Some(SizeBand::Small),
        sector: Some(Sector::Handwerk),
        trains_apprentices: Some(true),
        ..Profile::default()
    };
    for _ in 0..1_000 {
        black_box(recommend(&score(content, &answers), &answers, &profile));
    }
    let runs = 20_000;
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let scores = score(black_box(content), black_box(&answers));
        black_box(recommend(&scores, &answers, &profile));
        samples.push(start.elapsed().as_secs_f64() * 1e6);
    }
    samples.sort_by(f64::total_cmp);
    let mean = samples.iter().sum::<f64>() / runs as f64;
    let pct = |p: f64| samples[((runs as f64 * p) as usize).min(runs - 1)];
    println!(
        "score + recommend, {} statements, {} measures, {runs} runs: mean {mean:.1} µs, median {:.1} µs, p99 {:.1} µs",
        content.statement_count(),
        content.measures().count(),
        pct(0.5),
        pct(0.99)
    );
}
