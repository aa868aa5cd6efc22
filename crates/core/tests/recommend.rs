//! Known cases of the recommendation order and profile tailoring.
mod common;

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::{ApprenticeFit, Content, Effort, TimeToEffect};
use arbeitgeber_check_core::profile::{Profile, Sector, SizeBand};
use arbeitgeber_check_core::recommend::{fits_profile, recommend, unmet_legal_duties};
use arbeitgeber_check_core::scoring::score;

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(id, a)| (id.to_string(), *a)).collect()
}

fn ids<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    items.into_iter().collect()
}

#[test]
fn goals_are_ordered_by_gap_and_unscored_goals_get_nothing() {
    let content = common::synthetic();
    let given = answers(&[
        ("1.1.a", Answer::Fully),
        ("1.1.b", Answer::Mostly),
        ("2.1.a", Answer::NotTrue),
        ("2.1.b", Answer::RatherNot),
        ("3.1.a", Answer::Mostly),
        ("3.1.b", Answer::Mostly),
        ("4.1.a", Answer::Fully),
    ]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    assert_eq!(ids(recs.iter().map(|r| r.goal.id.as_str())), vec!["2.1", "3.1", "1.1"]);
    assert!(recs.windows(2).all(|w| w[0].score <= w[1].score));
}

#[test]
fn equal_gaps_prefer_lower_coverage_then_content_order() {
    let content = common::synthetic();
    let given = answers(&[
        ("1.1.a", Answer::Mostly),
        ("1.1.b", Answer::Mostly),
        ("1.1.c", Answer::Mostly),
        ("2.1.a", Answer::Mostly),
        ("2.1.b", Answer::Mostly),
        ("3.1.a", Answer::Mostly),
        ("3.1.b", Answer::Mostly),
    ]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    assert_eq!(ids(recs.iter().map(|r| r.goal.id.as_str())), vec!["2.1", "3.1", "1.1"]);
}

#[test]
fn measures_for_the_weakest_statements_come_first_then_less_effort() {
    let mut content = common::synthetic();
    let goal = &mut content.fields[0].goals[0];
    goal.measures[0].effort = Effort::High; // m1.1.a → 1.1.a
    goal.measures[2].effort = Effort::Low; // m1.1.c → 1.1.c
    goal.measures[2].time_to_effect = TimeToEffect::Short;
    goal.measures[3].addresses = vec!["1.1.a".into()]; // m1.1.d → 1.1.a, medium effort
    let given = answers(&[
        ("1.1.a", Answer::NotTrue),
        ("1.1.b", Answer::Fully),
        ("1.1.c", Answer::RatherNot),
        ("1.1.d", Answer::Mostly),
    ]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    let order = ids(recs[0].measures.iter().map(|m| m.measure.id.as_str()));
    assert_eq!(order, vec!["m1.1.d", "m1.1.a", "m1.1.c", "m1.1.b"]);
    assert!(recs[0].measures[2].quick_win);
    assert!(!recs[0].measures[0].quick_win);
    assert_eq!(ids(recs[0].weakest.iter().map(|s| s.id.as_str())), vec!["1.1.a", "1.1.c", "1.1.d"]);
}

#[test]
fn measures_addressing_only_not_relevant_statements_are_left_out() {
    let content = common::synthetic();
    let given = answers(&[("1.1.a", Answer::NotRelevant), ("1.1.b", Answer::NotTrue), ("1.1.c", Answer::NotTrue)]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    let measures = ids(recs[0].measures.iter().map(|m| m.measure.id.as_str()));
    assert!(!measures.contains(&"m1.1.a"), "{measures:?}");
    assert!(measures.contains(&"m1.1.b"));
}

#[test]
fn the_profile_filters_by_size_and_apprenticeship_and_prefers_the_sector() {
    let mut content = common::synthetic();
    let goal = &mut content.fields[0].goals[0];
    goal.measures[1].sizes = vec![SizeBand::Medium, SizeBand::Large];
    goal.measures[2].apprentices = Some(ApprenticeFit::Training);
    goal.measures[3].sectors = vec![Sector::Handwerk];
    goal.measures[3].addresses = vec!["1.1.a".into()];
    let given = answers(&[("1.1.a", Answer::NotTrue), ("1.1.b", Answer::NotTrue), ("1.1.c", Answer::NotTrue)]);
    let scores = score(&content, &given);

    let open = recommend(&scores, &given, &Profile::default());
    assert_eq!(open[0].measures.len(), 4, "an empty profile excludes nothing");

    let profile = Profile {
        size: Some(SizeBand::Small),
        sector: Some(Sector::Handwerk),
        trains_apprentices: Some(false),
        ..Profile::default()
    };
    let tailored = recommend(&scores, &given, &profile);
    let order = ids(tailored[0].measures.iter().map(|m| m.measure.id.as_str()));
    assert_eq!(order, vec!["m1.1.d", "m1.1.a"], "sector match first among equals; size and apprentice misfits gone");
    assert!(tailored[0].measures[0].sector_match);
}

#[test]
fn fits_profile_treats_apprentice_fit_both_ways() {
    let content: Content = common::synthetic();
    let mut measure = content.fields[0].goals[0].measures[0].clone();
    let trains = Profile { trains_apprentices: Some(true), ..Profile::default() };
    let does_not = Profile { trains_apprentices: Some(false), ..Profile::default() };
    measure.apprentices = Some(ApprenticeFit::NotTraining);
    assert!(!fits_profile(&measure, &trains));
    assert!(fits_profile(&measure, &does_not));
    measure.apprentices = Some(ApprenticeFit::Training);
    assert!(fits_profile(&measure, &trains));
    assert!(!fits_profile(&measure, &does_not));
    assert!(fits_profile(&measure, &Profile::default()));
}

#[test]
fn the_profile_never_changes_a_score() {
    // Through the whole path the screen and paper use (`report::assemble` over the saved data), every score with a
    // profile equals the score without one, and every recommendation carries its goal's unchanged score.
    let content = arbeitgeber_check_core::content::Content::shipped();
    let mut saved = arbeitgeber_check_core::saved::Saved::new();
    for (index, (_, statement)) in content.statements().enumerate() {
        saved.answers.set(&statement.id, Some(Answer::ALL[index % 4]));
    }
    let values = |saved: &arbeitgeber_check_core::saved::Saved| {
        let report = arbeitgeber_check_core::report::assemble(content, saved);
        let mut values = vec![report.scores.overall.value];
        values.extend(report.scores.goals().map(|goal| goal.score.value));
        values
    };
    let without = values(&saved);
    let without_recs = recommend(&score(content, &saved.answers), &saved.answers, &Profile::default());
    for size in SizeBand::ALL {
        for trains in [Some(true), Some(false), None] {
            saved.profile = Profile { size: Some(size), trains_apprentices: trains, ..Profile::default() };
            assert_eq!(values(&saved), without, "{:?}", saved.profile);
            let scores = score(content, &saved.answers);
            for rec in recommend(&scores, &saved.answers, &saved.profile) {
                let unchanged = without_recs.iter().find(|r| r.goal.id == rec.goal.id).map(|r| r.score);
                assert_eq!(Some(rec.score), unchanged, "{}", rec.goal.id);
            }
        }
    }
}

/// Goal 2.1 carries a legal duty (2.1.c), which m2.1.c fulfils; goal 1.1 is the weakest by score, and 2.1.d is
/// weaker than the duty.
fn content_with_a_duty() -> Content {
    let mut content = common::synthetic();
    content.fields[1].goals[0].statements[2].legal_duty = true;
    content.fields[1].goals[0].measures[2].fulfils = vec!["duty".into()];
    content
}

/// "Erfüllt eine gesetzliche Pflicht" only on a measure the content marks as fulfilling the duty: another measure
/// that addresses the same unmet duty statement (a team talk on strain) does not carry it.
#[test]
fn only_a_measure_marked_as_fulfilling_the_duty_meets_it() {
    let mut content = content_with_a_duty();
    content.fields[1].goals[0].measures[3].addresses.push("2.1.c".into());
    let given = answers(&[("2.1.a", Answer::Fully), ("2.1.b", Answer::Fully), ("2.1.c", Answer::NotTrue)]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    let goal = recs.iter().find(|r| r.goal.id == "2.1").expect("goal 2.1 is scored");
    let marked: Vec<(&str, bool)> =
        goal.measures.iter().map(|m| (m.measure.id.as_str(), m.meets_legal_duty)).collect();
    assert!(marked.contains(&("m2.1.c", true)), "{marked:?}");
    assert!(marked.contains(&("m2.1.d", false)), "{marked:?}");
}

#[test]
fn an_unmet_legal_duty_leads_within_its_goal_but_does_not_move_the_goal() {
    let content = content_with_a_duty();
    let given = answers(&[
        ("1.1.a", Answer::NotTrue),
        ("1.1.b", Answer::NotTrue),
        ("2.1.a", Answer::Fully),
        ("2.1.b", Answer::Fully),
        ("2.1.c", Answer::Mostly),
        ("2.1.d", Answer::NotTrue),
        ("3.1.a", Answer::RatherNot),
        ("3.1.b", Answer::RatherNot),
    ]);
    let recs = recommend(&score(&content, &given), &given, &Profile::default());
    // By gap: 1.1 (0), 3.1 (33), 2.1 (56 with its duty "trifft eher zu").
    assert_eq!(ids(recs.iter().map(|r| r.goal.id.as_str())), vec!["1.1", "3.1", "2.1"]);
    assert_eq!(ids(recs[2].unmet_duties.iter().map(|s| s.id.as_str())), vec!["2.1.c"]);
    assert!(recs[0].unmet_duties.is_empty());
    let first = &recs[2].measures[0];
    assert_eq!((first.measure.id.as_str(), first.meets_legal_duty), ("m2.1.c", true));
    assert_eq!(recs[2].weakest[0].id, "2.1.c");

    let unmet = unmet_legal_duties(&content, &given);
    assert_eq!(unmet.len(), 1);
    assert_eq!((unmet[0].field.id.as_str(), unmet[0].goal.id.as_str()), ("field2", "2.1"));
    assert_eq!((unmet[0].statement.id.as_str(), unmet[0].answer), ("2.1.c", Answer::Mostly));
}

#[test]
fn a_duty_met_fully_unanswered_or_not_relevant_is_not_unmet() {
    let content = content_with_a_duty();
    for duty in [Some(Answer::Fully), Some(Answer::NotRelevant), None] {
        let mut pairs = vec![("1.1.a", Answer::NotTrue), ("1.1.b", Answer::NotTrue), ("2.1.a", Answer::Fully)];
        pairs.push(("2.1.b", Answer::Fully));
        if let Some(answer) = duty {
            pairs.push(("2.1.c", answer));
        }
        let given = answers(&pairs);
        assert!(unmet_legal_duties(&content, &given).is_empty(), "{duty:?}");
        let recs = recommend(&score(&content, &given), &given, &Profile::default());
        assert_eq!(recs[0].goal.id, "1.1", "{duty:?}");
        assert!(recs.iter().all(|r| r.unmet_duties.is_empty() && r.measures.iter().all(|m| !m.meets_legal_duty)));
    }
}

#[test]
fn a_shipped_duty_in_the_top_band_is_listed_as_a_duty_and_leads_its_goals_measures() {
    let content = Content::shipped();
    let mut given = Answers::new();
    for (_, statement) in content.statements() {
        let answer = if statement.id == "3.2.d" { Answer::RatherNot } else { Answer::Fully };
        given.set(&statement.id, Some(answer));
    }
    let scores = score(content, &given);
    assert!(scores.overall.value.is_some_and(|v| v > 90.0));
    let recs = recommend(&scores, &given, &Profile::default());
    assert_eq!(recs[0].goal.id, "3.2", "the only goal with a gap is the weakest");
    assert_eq!(recs[0].measures[0].measure.id, "m3.2.f");
    assert_eq!(ids(unmet_legal_duties(content, &given).iter().map(|d| d.statement.id.as_str())), vec!["3.2.d"]);
}
