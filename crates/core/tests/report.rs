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
    let goals: Vec<&str> = report.handoff.iter().filter_map(|h| Some(h.goal?.id.as_str())).collect();
    assert_eq!(goals.len(), HANDOFF_GOALS);
    assert_eq!(goals, ["1.2", "1.1", "2.1"]);
    assert_eq!(report.handoff[0].score.and_then(|s| s.rounded()), Some(0));
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
    assert!(assemble(&content, &saved).handoff_from_plan);
    let own = saved.plan.add_own("Werkstatt-Rundgang", "", "").unwrap();
    let own_with_goal = saved.plan.add_own("Patenschaft", "Paten fragen", "1.2").unwrap();
    let report = assemble(&content, &saved);
    let lines: Vec<(Option<&str>, Option<&str>, Option<&str>)> = report
        .handoff
        .iter()
        .map(|h| {
            (h.goal.map(|g| g.id.as_str()), h.measure.map(|m| m.id.as_str()), h.entry.as_ref().map(|e| e.owner.as_str()))
        })
        .collect();
    assert_eq!(lines, [
        (Some("3.1"), Some("m3.1.b"), Some("")),
        (Some("1.1"), Some("m1.1.a"), Some("Frau Albers")),
        (None, None, Some("")),
        (Some("1.2"), None, Some("")),
    ]);
    assert_eq!(report.handoff[2].entry.as_ref().map(|e| e.measure_id.as_str()), Some(own.as_str()));
    assert_eq!(report.handoff[2].score, None, "no goal, no score");
    assert_eq!(report.handoff[3].score.and_then(|s| s.rounded()), Some(0));
    assert_eq!(report.handoff[3].entry.as_ref().map(|e| e.measure_id.as_str()), Some(own_with_goal.as_str()));
}

#[test]
fn plan_rows_keep_order_and_skip_measures_this_version_does_not_know() {
    let content = common::synthetic();
    let mut saved = saved();
    saved.plan.add("m3.1.b");
    saved.plan.add("m9.9.z");
    saved.plan.add("m1.1.a");
    saved.plan.edit("m1.1.a", |e| e.owner = "Frau Albers".into());
    saved.plan.add_own("Werkstatt-Rundgang", "Termin mit der Schule", "");
    let report = assemble(&content, &saved);
    let rows: Vec<(&str, &str)> = report.plan.iter().map(|e| (e.measure_id.as_str(), e.owner.as_str())).collect();
    assert_eq!(rows, [("m3.1.b", ""), ("m1.1.a", "Frau Albers"), ("own-1", "")]);
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
    let goals: Vec<&str> = report.handoff.iter().filter_map(|h| Some(h.goal?.id.as_str())).collect();
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

#[test]
fn a_plan_item_gives_title_first_step_and_goal_for_content_and_own_measures() {
    use arbeitgeber_check_core::lang::Lang;
    use arbeitgeber_check_core::plan::plan_item;
    let content = common::synthetic();
    let mut saved = Saved::new();
    saved.plan.add("m1.1.a");
    saved.plan.add("m9.9.z");
    saved.plan.add_own("Werkstatt-Rundgang", "Termin mit der Schule", "2.1");
    saved.plan.add_own("Ohne Ziel", "", "9.9");
    let [content_entry, gone, own, without_goal] = saved.plan.entries() else { panic!("four entries") };
    let measure = content.measure("m1.1.a").unwrap();
    let item = plan_item(&content, content_entry, Lang::En).unwrap();
    assert_eq!((item.title, item.first_step), (measure.title.en.as_str(), measure.first_step.en.as_str()));
    assert_eq!((item.goal.map(|g| g.id.as_str()), item.measure.map(|m| m.id.as_str())), (Some("1.1"), Some("m1.1.a")));
    assert!(plan_item(&content, gone, Lang::De).is_none(), "a measure this version does not know");
    let item = plan_item(&content, own, Lang::En).unwrap();
    assert_eq!((item.title, item.first_step, item.goal.map(|g| g.id.as_str())), ("Werkstatt-Rundgang", "Termin mit der Schule", Some("2.1")));
    assert!(item.measure.is_none());
    let item = plan_item(&content, without_goal, Lang::De).unwrap();
    assert_eq!((item.title, item.first_step), ("Ohne Ziel", ""));
    assert!(item.goal.is_none(), "an unknown goal reads as none");
}
