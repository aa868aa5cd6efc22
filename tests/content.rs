//! The shipped content is complete and valid, and validation reports each kind of problem precisely.
mod common;

use arbeitgeber_check::domain::content::{Content, validate};
use arbeitgeber_check::domain::lang::Lang;
use arbeitgeber_check::state::route::FIELD_SCREENS;

#[test]
fn the_shipped_content_has_no_problems() {
    let errors = validate(Content::shipped());
    let listing: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "content problems:\n{}", listing.join("\n"));
}

#[test]
fn the_shipped_structure_is_the_seeds() {
    let seed_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/handlungsfelder.txt");
    let content = Content::shipped();
    assert_eq!(content.fields.len(), usize::from(FIELD_SCREENS));
    let ids: Vec<&str> = content.fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["ausbildung", "weiterbildung", "beschaeftigungsfaehigkeit", "familie", "rekrutierung", "bindung"]);
    let goals: Vec<usize> = content.fields.iter().map(|f| f.goals.len()).collect();
    assert_eq!(goals, [3, 3, 2, 2, 2, 2]);
    // Where the seed text is available (a developer checkout), every German title must appear in it verbatim.
    if let Ok(seed) = std::fs::read_to_string(seed_path) {
        for field in &content.fields {
            let heading = format!("{}: {}", field.title.de, field.subtitle.de);
            assert!(seed.contains(&heading), "field heading not in seed: {heading}");
            for goal in &field.goals {
                assert!(seed.contains(&goal.title.de), "goal title not in seed: {}", goal.title.de);
            }
        }
    }
}

#[test]
fn every_goal_has_statements_and_measures_in_both_languages() {
    let content = Content::shipped();
    for (_, goal) in content.goals() {
        assert!((3..=4).contains(&goal.statements.len()), "{}", goal.id);
        assert!(goal.measures.len() >= 4, "{}", goal.id);
        for lang in Lang::ALL {
            for statement in &goal.statements {
                assert!(!statement.text.get(lang).trim().is_empty());
            }
        }
    }
}

fn problems_of(content: &Content) -> Vec<String> {
    validate(content).iter().map(ToString::to_string).collect()
}

fn assert_reports(content: &Content, expected: &str) {
    let problems = problems_of(content);
    assert!(problems.iter().any(|p| p.contains(expected)), "expected `{expected}` in {problems:#?}");
}

#[test]
fn synthetic_content_is_valid() {
    assert_eq!(problems_of(&common::synthetic()), Vec::<String>::new());
}

#[test]
fn validation_reports_duplicate_ids() {
    let mut content = common::synthetic();
    content.fields[1].goals[0].statements[0].id = "1.1.a".into();
    assert_reports(&content, "1.1.a: duplicate id");
}

#[test]
fn validation_reports_too_few_statements_and_measures() {
    let mut content = common::synthetic();
    content.fields[0].goals[0].statements.truncate(2);
    content.fields[0].goals[0].measures.truncate(3);
    content.fields[0].goals[0].measures.iter_mut().for_each(|m| m.addresses = vec!["1.1.a".into()]);
    assert_reports(&content, "1.1: 2 statements");
    assert_reports(&content, "1.1: 3 measures");
}

#[test]
fn validation_reports_a_measure_pointing_at_nothing_and_unaddressed_statements() {
    let mut content = common::synthetic();
    content.fields[0].goals[0].measures[1].addresses = vec!["2.1.a".into()];
    assert_reports(&content, "m1.1.b: addresses 2.1.a, which is not a statement of goal 1.1");
    assert_reports(&content, "1.1.b: no measure addresses this statement");
}

#[test]
fn validation_reports_missing_translations_and_duplicate_texts() {
    let mut content = common::synthetic();
    content.fields[2].goals[0].measures[0].first_step.en = "  ".into();
    content.fields[0].subtitle.de = String::new();
    content.fields[0].goals[0].statements[1].text.de = content.fields[0].goals[0].statements[0].text.de.clone();
    assert_reports(&content, "m3.1.a: first_step is empty in en");
    assert_reports(&content, "field1: subtitle is empty in de");
    assert_reports(&content, "1.1.b: same de text as 1.1.a");
}

#[test]
fn validation_reports_bands_that_do_not_cover_0_to_100() {
    let mut content = common::synthetic();
    content.bands.bands[1].min = 45.0;
    content.bands.bands[2].max = 90.0;
    assert_reports(&content, "mid: starts at 45");
    assert_reports(&content, "bands: end at 90");
    let mut content = common::synthetic();
    content.bands.fields.get_mut("field3").unwrap().remove("mid");
    content.bands.overall.get_mut("low").unwrap().en.clear();
    assert_reports(&content, "bands.fields.field3: no reading for band mid");
    assert_reports(&content, "bands.overall: reading for band low is empty in en");
}

#[test]
fn validation_reports_bad_weights_and_empty_sizes() {
    let mut content = common::synthetic();
    content.fields[0].goals[1].statements[0].weight = 0.0;
    content.fields[0].goals[1].measures[0].sizes.clear();
    assert_reports(&content, "1.2.a: weight 0 is not a positive number");
    assert_reports(&content, "m1.2.a: suits no firm size");
}

#[test]
fn parse_reports_the_file_with_broken_json() {
    let error = Content::parse(&["{}", "not json"], "{}").unwrap_err();
    assert_eq!(error.file, "field-1.json");
    let good = include_str!("../content/field-1.json");
    let error = Content::parse(&[good], "[]").unwrap_err();
    assert_eq!(error.file, "bands.json");
}
