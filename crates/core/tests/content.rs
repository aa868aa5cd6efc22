//! The shipped content is complete and valid, and validation reports each kind of problem precisely.
mod common;

use arbeitgeber_check_core::content::{
    BUNDLE_FILE, Content, ContentDate, SHIPPED_STATEMENT_COUNT, bundle, cited_sources, shipped_bundle, validate,
};
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::route::FIELD_SCREENS;

#[test]
fn the_shipped_content_has_no_problems() {
    let errors = validate(Content::shipped());
    let listing: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "content problems:\n{}", listing.join("\n"));
}

#[test]
fn the_statement_count_shown_before_the_content_is_parsed_is_the_parsed_one() {
    assert_eq!(SHIPPED_STATEMENT_COUNT, Content::shipped().statement_count());
}

#[test]
fn the_content_file_the_app_fetches_is_the_shipped_content() {
    let fetched = Content::parse_bundle(&shipped_bundle()).expect("the bundle parses");
    assert_eq!(format!("{fetched:?}"), format!("{:?}", Content::shipped()));
    let hash = BUNDLE_FILE.strip_prefix("content-").and_then(|rest| rest.strip_suffix(".json")).unwrap_or_default();
    assert!(hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{BUNDLE_FILE}");
}

#[test]
fn a_bad_part_of_the_content_file_is_named_by_its_file() {
    let field = r#"{"id": "1"}"#;
    let bands = shipped_part("bands");
    let meta = shipped_part("meta");
    let duties = shipped_part("duties");
    let fields = [field; 6];
    let error = Content::parse_bundle(&bundle(&fields, &bands, &meta, &duties)).expect_err("an incomplete field");
    assert_eq!(error.file, "field-1.json");
    for broken in ["", "[]", r#"{"fields": {}, "bands": {}, "meta": {}, "duties": {}}"#, r#"{"bands": {}, "meta": {}}"#] {
        let error = Content::parse_bundle(broken).expect_err(broken);
        assert_eq!(error.file, BUNDLE_FILE, "{broken}");
    }
}

/// One part of the shipped content file, as JSON text.
fn shipped_part(name: &str) -> String {
    let bundle: serde_json::Value = serde_json::from_str(&shipped_bundle()).expect("the bundle is JSON");
    bundle[name].to_string()
}

#[test]
fn the_shipped_structure_is_the_seeds() {
    let seed_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/seed/handlungsfelder.txt");
    let content = Content::shipped();
    assert_eq!(content.fields.len(), usize::from(FIELD_SCREENS));
    let ids: Vec<&str> = content.fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["ausbildung", "weiterbildung", "beschaeftigungsfaehigkeit", "familie", "rekrutierung", "bindung"]);
    let goals: Vec<usize> = content.fields.iter().map(|f| f.goals.len()).collect();
    assert_eq!(goals, [3, 3, 2, 2, 2, 2]);
    // The seed is part of the repository (content/seed, its origin in content/README.md); a missing seed is a broken
    // checkout, not a reason to skip the comparison.
    let seed = std::fs::read_to_string(seed_path)
        .unwrap_or_else(|error| panic!("seed text {seed_path} is missing ({error}); it is part of the repository"));
    for field in &content.fields {
        let heading = format!("{}: {}", field.title.de, field.subtitle.de);
        assert!(seed.contains(&heading), "field heading not in seed: {heading}");
        for goal in &field.goals {
            assert!(seed.contains(&goal.title.de), "goal title not in seed: {}", goal.title.de);
        }
    }
}

#[test]
fn every_goal_has_statements_and_measures_in_both_languages() {
    let content = Content::shipped();
    for (_, goal) in content.goals() {
        assert!((3..=5).contains(&goal.statements.len()), "{}", goal.id);
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

const META: &str = include_str!("../../../content/meta.json");
const BANDS: &str = include_str!("../../../content/bands.json");
const FIELD_1: &str = include_str!("../../../content/field-1.json");
const DUTIES: &str = include_str!("../../../content/duties.json");

#[test]
fn parse_reports_the_file_with_broken_json() {
    let error = Content::parse(&["{}", "not json"], "{}", META, DUTIES).unwrap_err();
    assert_eq!(error.file, "field-1.json");
    let error = Content::parse(&[FIELD_1], "[]", META, DUTIES).unwrap_err();
    assert_eq!(error.file, "bands.json");
    let error = Content::parse(&[FIELD_1], BANDS, r#"{"as_of": "2026-02-30"}"#, DUTIES).unwrap_err();
    assert_eq!(error.file, "meta.json");
    assert!(error.message.contains("2026-02-30"), "{}", error.message);
}

#[test]
fn legal_duty_is_read_from_statements_and_rejected_everywhere_else() {
    let content = Content::shipped();
    let duties: Vec<&str> = content.statements().filter(|(_, s)| s.legal_duty).map(|(_, s)| s.id.as_str()).collect();
    assert_eq!(duties, ["3.1.b", "3.2.d", "6.1.b"]);

    let mut field: serde_json::Value = serde_json::from_str(FIELD_1).unwrap();
    field["goals"][0]["measures"][1]["legal_duty"] = true.into();
    field["goals"][2]["legal_duty"] = false.into();
    field["goals"][0]["statements"][0]["legal_duty"] = true.into();
    let json = field.to_string();
    let error = Content::parse(&[&json], BANDS, META, DUTIES).unwrap_err();
    assert_eq!(error.file, "field-1.json");
    assert_eq!(error.message, "legal_duty is only allowed on statements, found on: m1.1.b, 1.3");

    let bands = BANDS.replacen(r#""id": "low","#, r#""id": "low", "legal_duty": true,"#, 1);
    let error = Content::parse(&[FIELD_1], &bands, META, DUTIES).unwrap_err();
    assert_eq!(
        (error.file.as_str(), error.message.as_str()),
        ("bands.json", "legal_duty is only allowed on statements, found on: low")
    );
}

#[test]
fn the_content_date_is_shipped_and_shown_per_language() {
    let as_of = Content::shipped().meta.as_of;
    assert!(as_of >= ContentDate { year: 2026, month: 11, day: 1 }, "{as_of:?}");
    let date = ContentDate::parse("2026-03-07").unwrap();
    assert_eq!(date.display(Lang::De), "07.03.2026");
    assert_eq!(date.display(Lang::En), "7 March 2026");
    assert_eq!(ContentDate::parse("2024-02-29").map(|d| d.day), Some(29));
    for bad in ["2026-13-01", "2025-02-29", "2026-1-01", "26-01-01", "2026-01-01-01", "heute"] {
        assert_eq!(ContentDate::parse(bad), None, "{bad}");
    }
}

#[test]
fn a_measure_citing_a_law_or_programme_must_list_it_without_links() {
    let mut content = common::synthetic();
    let measure = &mut content.fields[3].goals[0].measures[0];
    measure.description.de =
        "Eltern bekommen Kinderkrankengeld (§ 45 SGB V) und bis zu zehn Tage (§ 2 PflegeZG).".into();
    measure.first_step.en = "Ask about INQA-Coaching (§ 3 Nr. 34 EStG).".into();
    assert_eq!(cited_sources(measure), ["§ 45 SGB V", "§ 2 PflegeZG", "§ 3 Nr. 34 EStG", "INQA-Coaching"]);
    measure.sources = vec!["§ 45 SGB V (Krankengeld bei Erkrankung des Kindes)".into(), "https://example.org".into()];
    assert_reports(&content, "m4.1.a: cites `§ 2 PflegeZG` but does not list it in sources");
    assert_reports(&content, "m4.1.a: cites `INQA-Coaching` but does not list it in sources");
    assert_reports(&content, "m4.1.a: cites `§ 3 Nr. 34 EStG` but does not list it in sources");
    assert_reports(&content, "m4.1.a: source `https://example.org` is a link");
    assert!(!problems_of(&content).iter().any(|p| p.contains("§ 45 SGB V")), "a listed source is accepted");
}

#[test]
fn a_goal_may_have_five_statements_but_not_six() {
    let mut content = common::synthetic();
    let goal = &mut content.fields[0].goals[0];
    goal.statements.push(common::statement("1.1.e", 1.0));
    goal.measures[0].addresses.push("1.1.e".into());
    assert!(!problems_of(&content).iter().any(|p| p.starts_with("1.1:")), "{:?}", problems_of(&content));
    let goal = &mut content.fields[0].goals[0];
    goal.statements.push(common::statement("1.1.f", 1.0));
    goal.measures[0].addresses.push("1.1.f".into());
    assert_reports(&content, "1.1: 6 statements, expected 3..=5");
}

#[test]
fn validation_reports_a_retired_statement_that_still_exists_or_points_at_nothing() {
    let mut content = common::synthetic();
    content.meta.retired_statements.insert("1.1.a".into(), "1.1.b".into());
    assert_reports(&content, "1.1.a: is retired in meta.json but still a statement");
    let mut content = common::synthetic();
    content.meta.retired_statements.insert("9.9.z".into(), "9.9.y".into());
    assert_reports(&content, "9.9.z: is retired into 9.9.y, which is not a statement");
}

/// Issue 26: every goal has a plain title beside the official one, short enough for a heading; the works-council
/// sentence sits in its own field (shown only to firms with a works council) and is never left in a description.
#[test]
fn plain_titles_and_the_co_determination_sentence_are_checked() {
    let shipped = Content::shipped();
    for (_, goal) in shipped.goals() {
        for lang in Lang::ALL {
            assert_ne!(goal.plain_title.get(lang), goal.title.get(lang), "{} says its official title twice", goal.id);
        }
    }
    assert!(shipped.measures().filter(|(_, m)| m.codetermination.is_some()).count() >= 8);
    for (_, measure) in shipped.measures() {
        assert!(
            !measure.description.de.contains("wo es einen gibt"),
            "{}: the sentence belongs in codetermination",
            measure.id
        );
    }
    let mut content = common::synthetic();
    content.fields[0].goals[0].plain_title.en = String::new();
    content.fields[0].goals[1].plain_title.de = "x".repeat(61);
    content.fields[0].goals[0].measures[0].codetermination = Some(common::text("Beziehen Sie alle ein"));
    content.fields[1].short_title.de = "Sicherung der Beschäftigungsfähigkeit".into();
    let problems: Vec<String> = validate(&content).iter().map(ToString::to_string).collect();
    for expected in
        ["plain_title", "longer than 60", "codetermination does not name", "short_title (de) longer than 18"]
    {
        assert!(problems.iter().any(|p| p.contains(expected)), "{expected} not in {problems:?}");
    }
}

#[test]
fn a_moved_measure_lives_only_under_its_new_id() {
    let content = Content::shipped();
    for (old, new) in arbeitgeber_check_core::plan::MOVED_MEASURES {
        assert!(content.measure(old).is_none(), "{old} moved, so it is no measure any more");
        assert!(content.measure(new).is_some(), "{old} moved to {new}, which must be a measure");
    }
    let validation = content.measures().find(|(_, m)| m.id == "m2.2.g").map(|(goal, _)| goal.id.as_str());
    assert_eq!(validation, Some("2.2"), "the Validierungsverfahren is lifelong learning, not new apprentice groups");
}
