//! Prints content statistics for reviewers: `make stats` (or `cargo run --example content_stats`).

use arbeitgeber_check_core::content::{Content, validate};
use arbeitgeber_check_core::lang::Lang;

fn main() {
    let content = Content::shipped();
    println!(
        "{:<6} {:<60} {:>10} {:>11} {:>8} {:>10} {:>8}",
        "goal", "title", "statements", "legal duty", "measures", "quick wins", "sourced"
    );
    for field in &content.fields {
        println!("\n{} – {}", field.id, field.title.de);
        for goal in &field.goals {
            let quick = goal.measures.iter().filter(|m| m.is_quick_win()).count();
            let duties = goal.statements.iter().filter(|s| s.legal_duty).count();
            let sourced = goal.measures.iter().filter(|m| !m.sources.is_empty()).count();
            let title: String = goal.title.de.chars().take(58).collect();
            println!(
                "{:<6} {:<60} {:>10} {:>11} {:>8} {:>10} {:>8}",
                goal.id,
                title,
                goal.statements.len(),
                duties,
                goal.measures.len(),
                quick,
                sourced
            );
        }
    }
    let goals = content.goals().count();
    let measures = content.measures().count();
    let words = |lang: Lang| -> usize {
        let statements = content.statements().map(|(_, s)| s.text.get(lang).split_whitespace().count());
        let measures = content.measures().map(|(_, m)| {
            m.description.get(lang).split_whitespace().count() + m.first_step.get(lang).split_whitespace().count()
        });
        statements.chain(measures).sum()
    };
    println!();
    println!(
        "fields: {}  goals: {goals}  statements: {}  measures: {measures}",
        content.fields.len(),
        content.statement_count()
    );
    let duties = content.statements().filter(|(_, s)| s.legal_duty).count();
    let quick = content.measures().filter(|(_, m)| m.is_quick_win()).count();
    let sourced = content.measures().filter(|(_, m)| !m.sources.is_empty()).count();
    let sources: usize = content.measures().map(|(_, m)| m.sources.len()).sum();
    println!("statements with a legal duty: {duties}  quick wins: {quick}");
    let (all_duties, size_gated) = arbeitgeber_check_core::duties::counts(content);
    let fulfilling = content.measures().filter(|(_, m)| !m.fulfils.is_empty()).count();
    println!("duties: {all_duties} ({size_gated} size-gated)  measures that fulfil a duty: {fulfilling}");
    println!(
        "measures with sources: {sourced} ({sources} sources)  content as of: {}",
        content.meta.as_of.display(Lang::De)
    );
    println!("languages: {}", Lang::ALL.map(|l| format!("{} ({} words)", l.as_str(), words(l))).join(", "));
    let problems = validate(content);
    println!("validation problems: {}", problems.len());
    for problem in &problems {
        println!("  {problem}");
    }
    if !problems.is_empty() {
        std::process::exit(1);
    }
}
