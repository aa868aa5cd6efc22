//! Prints content statistics for reviewers: `make stats` (or `cargo run --example content_stats`).

use arbeitgeber_check::domain::content::{Content, validate};
use arbeitgeber_check::domain::lang::Lang;

fn main() {
    let content = Content::shipped();
    println!("{:<6} {:<70} {:>10} {:>8} {:>10}", "goal", "title", "statements", "measures", "quick wins");
    for field in &content.fields {
        println!("\n{} – {}", field.id, field.title.de);
        for goal in &field.goals {
            let quick = goal.measures.iter().filter(|m| m.is_quick_win()).count();
            let title: String = goal.title.de.chars().take(68).collect();
            println!(
                "{:<6} {:<70} {:>10} {:>8} {:>10}",
                goal.id,
                title,
                goal.statements.len(),
                goal.measures.len(),
                quick
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
