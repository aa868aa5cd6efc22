//! The printed report's content: readings, top measures per field, plan rows and the hand-off goals, on synthetic
//! content with known answers.
mod common;

use arbeitgeber_check_core::answers::Answer;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::report::{HANDOFF_GOALS, MEASURES_PER_FIELD, assemble};
use arbeitgeber_check_core::saved::Saved;

/// Field 1 weak (goal 1.2 weakest), field 2 mixed, everything else strong.
fn saved() -> Saved {
    let content = common::synthetic();
    let mut saved = Saved::new();
    for (goal, statement) in content.statements() {
        let answer = match goal.id.as_str() {
            "1.2" => Answer::NotTrue,
            "1.1" | "2.1" => Answer::RatherNot,
            "1.3" => Answer::Mostly,
            _ => Answer::Fully,
        };
        saved.answers.set(&statement.id, Some(answer));
    }
    saved
}

#[test]
fn fields_carry_score_reading_and_the_best_measures_of_their_weakest_goals() {
    let content = common::synthetic();
    let report = assemble(&content, &saved());
    assert_eq!(report.fields.len(), 6);
    let first = &report.fields[0];
    assert_eq!(first.score.score.rounded(), Some(33));
    assert_eq!(first.reading.unwrap().de, "field1 low (de)");
    let top: Vec<&str> = first.top_measures.iter().map(|m| m.measure.id.as_str()).collect();
    assert_eq!(top.len(), MEASURES_PER_FIELD);
    assert_eq!(top, ["m1.2.a", "m1.1.a"], "weakest goal first, its first-ranked measure");
    assert_eq!(report.overall_reading.unwrap().de, format!("overall {} (de)", "high"));
}

#[test]
fn without_a_plan_the_hand_off_lists_the_three_weakest_goals_with_their_first_measure() {
    let content = common::synthetic();
    let report = assemble(&content, &saved());
    assert!(!report.handoff_from_plan);
    let goals: Vec<&str> = report.handoff.iter().map(|h| h.goal.id.as_str()).collect();
    assert_eq!(goals.len(), HANDOFF_GOALS);
    assert_eq!(goals, ["1.2", "1.1", "2.1"]);
    assert_eq!(report.handoff[0].score.rounded(), Some(0));
    assert_eq!(report.handoff[0].measure.map(|m| m.id.as_str()), Some("m1.2.a"));
}

#[test]
fn with_a_plan_the_hand_off_is_the_firms_plan_in_plan_order() {
    let content = common::synthetic();
    let mut saved = saved();
    saved.plan.add("m3.1.b");
    saved.plan.add("m9.9.z");
    saved.plan.add("m1.1.a");
    saved.plan.edit("m1.1.a", |e| e.owner = "Frau Albers".into());
    let report = assemble(&content, &saved);
    assert!(report.handoff_from_plan);
    let lines: Vec<(&str, Option<&str>, Option<&str>)> = report
        .handoff
        .iter()
        .map(|h| (h.goal.id.as_str(), h.measure.map(|m| m.id.as_str()), h.entry.as_ref().map(|e| e.owner.as_str())))
        .collect();
    assert_eq!(lines, [("3.1", Some("m3.1.b"), Some("")), ("1.1", Some("m1.1.a"), Some("Frau Albers"))]);
}

#[test]
fn plan_rows_keep_order_and_skip_measures_this_version_does_not_know() {
    let content = common::synthetic();
    let mut saved = saved();
    saved.plan.add("m3.1.b");
    saved.plan.add("m9.9.z");
    saved.plan.add("m1.1.a");
    saved.plan.edit("m1.1.a", |e| e.owner = "Frau Albers".into());
    let report = assemble(&content, &saved);
    let rows: Vec<(&str, &str)> = report.plan.iter().map(|(m, e)| (m.id.as_str(), e.owner.as_str())).collect();
    assert_eq!(rows, [("m3.1.b", ""), ("m1.1.a", "Frau Albers")]);
}

#[test]
fn an_empty_check_gives_an_honest_empty_report() {
    let content = common::synthetic();
    let report = assemble(&content, &Saved::new());
    assert!(report.overall_reading.is_none());
    assert!(report.handoff.is_empty());
    assert!(report.fields.iter().all(|f| f.reading.is_none() && f.top_measures.is_empty()));
}

#[test]
fn unmet_legal_duties_are_listed_but_do_not_push_a_strong_goal_into_the_hand_off() {
    let mut content = common::synthetic();
    // A duty in goal 6.2, which the known answers rate "trifft voll zu" throughout: all strong, one duty half met.
    content.fields[5].goals[1].statements[0].legal_duty = true;
    let mut saved = saved();
    saved.answers.set("6.2.a", Some(Answer::Mostly));
    let report = assemble(&content, &saved);
    let duties: Vec<&str> = report.unmet_duties.iter().map(|d| d.statement.id.as_str()).collect();
    assert_eq!(duties, ["6.2.a"]);
    let goals: Vec<&str> = report.handoff.iter().map(|h| h.goal.id.as_str()).collect();
    assert_eq!(goals, ["1.2", "1.1", "2.1"]);
    let field6: Vec<&str> = report.fields[5].top_measures.iter().map(|m| m.measure.id.as_str()).collect();
    assert_eq!(field6[0], "m6.2.a");
}

#[test]
fn the_report_carries_the_content_date_for_the_method_note() {
    let content = common::synthetic();
    let report = assemble(&content, &Saved::new());
    assert_eq!(report.content_as_of, content.meta.as_of);
    assert!(report.unmet_duties.is_empty());
    let shipped = Content::shipped();
    assert_eq!(assemble(shipped, &Saved::new()).content_as_of, shipped.meta.as_of);
}
