//! Result files: export and import round-trip, and the strict import rejects every bad file with a reason and never
//! panics (property tests over arbitrary bytes and mutated valid files).
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check_core::answers::Answer;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::duties::DutyAnswer;
use arbeitgeber_check_core::export::{EXPORT_VERSION, ImportError, MAX_BYTES, export, file_name, import};
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::plan::Status;
use arbeitgeber_check_core::profile::{Role, Sector, SizeBand};
use arbeitgeber_check_core::saved::Saved;
use proptest::prelude::*;

fn content() -> &'static Content {
    Content::shipped()
}

fn sample() -> Saved {
    let mut saved = Saved::new();
    saved.profile.company_name = "Tischlerei Müller & Söhne".into();
    saved.profile.size = Some(SizeBand::Small);
    saved.profile.sector = Some(Sector::Handwerk);
    saved.profile.trains_apprentices = Some(true);
    saved.profile.role = Some(Role::HumanResources);
    for (i, (_, statement)) in content().statements().enumerate() {
        saved.answers.set(&statement.id, Some(Answer::ALL[i % Answer::ALL.len()]));
    }
    let measure = content().measures().nth(3).unwrap().1.id.clone();
    saved.plan.add(&measure);
    saved.plan.edit(&measure, |e| {
        e.owner = "Frau Albers".into();
        e.due = "2027-03-31".into();
        e.status = Status::InProgress;
        e.note = "„Ausbildungsmesse“ im März".into();
    });
    let own = saved.plan.add_own("Werkstatt-Rundgang für Schulklassen", "Termin mit der Oberschule", "1.1").unwrap();
    saved.plan.edit(&own, |e| e.owner = "Herr Brandt".into());
    saved
}

#[test]
fn an_own_measure_travels_in_the_file_and_one_without_a_title_is_refused() {
    let file = export(&sample(), Lang::De, "2026-11-25T10:00:00Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    let own = &imported.plan.entries()[1];
    assert!(own.is_own());
    assert_eq!((own.title.as_str(), own.first_step.as_str(), own.goal_id.as_str(), own.owner.as_str()),
        ("Werkstatt-Rundgang für Schulklassen", "Termin mit der Oberschule", "1.1", "Herr Brandt"));
    let untitled = file.replace("Werkstatt-Rundgang für Schulklassen", " ");
    assert!(matches!(import(untitled.as_bytes(), content()), Err(ImportError::Invalid(_))));
    let long = file.replace("Termin mit der Oberschule", &"x".repeat(501));
    assert!(matches!(import(long.as_bytes(), content()), Err(ImportError::Invalid(_))));
}

#[test]
fn export_then_import_gives_back_everything() {
    let saved = sample();
    let file = export(&saved, Lang::En, "2026-11-25T10:00:00Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    assert_eq!(imported.lang, Lang::En);
    assert_eq!(imported.profile, saved.profile);
    assert_eq!(imported.answers, saved.answers);
    assert_eq!(imported.plan, saved.plan);
    let restored = imported.into_saved(5.0);
    assert_eq!(restored.answers, saved.answers);
    assert_eq!(restored.updated_at, 5.0);
}

#[test]
fn an_import_keeps_this_devices_snapshots_and_replaces_everything_else() {
    let file = export(&sample(), Lang::En, "2026-11-25T10:00:00Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    let mut current = Saved::new();
    current.updated_at = 7.0;
    current.answers.set(&content().statements().next().unwrap().1.id, Some(Answer::RatherNot));
    let taken_at = current.take_snapshot(1_000.0).unwrap();
    let replaced = imported.clone().replacing(current.clone());
    assert_eq!(replaced.snapshots, current.snapshots, "the snapshot history stays");
    assert!(replaced.snapshots.get(taken_at).is_some());
    assert_eq!(replaced.updated_at, 7.0, "the caller stamps the change when it saves it");
    assert_eq!(
        (replaced.lang, &replaced.profile, &replaced.answers),
        (Some(Lang::En), &imported.profile, &imported.answers)
    );
    assert_eq!(replaced.plan, imported.plan);
}

#[test]
fn every_role_and_no_role_travel_through_a_file() {
    for role in Role::ALL.into_iter().map(Some).chain([None]) {
        let mut saved = sample();
        saved.profile.role = role;
        let file = export(&saved, Lang::De, "2026-11-25T10:00:00Z");
        assert_eq!(import(file.as_bytes(), content()).unwrap().profile.role, role);
    }
    let mut file = valid_json();
    file["profile"]["role"] = "chef".into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)), "unknown roles are rejected");
}

/// A file exactly as version 1 (the first release) wrote it imports unchanged, without a role. Built from the
/// shipped content's ids so that renamed statements do not break it.
#[test]
fn version_1_files_still_import() {
    let statements: Vec<String> = content().statements().map(|(_, s)| s.id.clone()).take(3).collect();
    let measure = content().measures().next().unwrap().1.id.clone();
    let v1 = serde_json::json!({
        "format": "arbeitgeber-check-export",
        "version": 1,
        "exported_at": "2026-11-25T10:00:00.000Z",
        "lang": "en",
        "profile": {"company_name": "Tischlerei Muster", "size": "10-49", "sector": "handwerk", "trains_apprentices": false},
        "answers": {statements[0].clone(): "fully", statements[1].clone(): "not_relevant", statements[2].clone(): "rather_not"},
        "plan": [{"measure_id": measure, "owner": "Frau Albers", "due": "2027-03-31", "status": "done", "note": "Messe"}]
    });
    let imported = import(v1.to_string().as_bytes(), content()).unwrap();
    assert_eq!(imported.lang, Lang::En);
    assert_eq!(imported.exported_at, "2026-11-25T10:00:00.000Z");
    assert_eq!(imported.profile.company_name, "Tischlerei Muster");
    assert_eq!(imported.profile.size, Some(SizeBand::Small));
    assert_eq!(imported.profile.sector, Some(Sector::Handwerk));
    assert_eq!(imported.profile.trains_apprentices, Some(false));
    assert_eq!(imported.profile.role, None);
    assert_eq!(imported.answers.len(), 3);
    assert_eq!(imported.answers.get(&statements[0]), Some(Answer::Fully));
    assert_eq!(imported.answers.get(&statements[1]), Some(Answer::NotRelevant));
    assert_eq!(imported.answers.get(&statements[2]), Some(Answer::RatherNot));
    let entry = &imported.plan.entries()[0];
    assert_eq!(
        (entry.measure_id.as_str(), entry.owner.as_str(), entry.status),
        (measure.as_str(), "Frau Albers", Status::Done)
    );
    // Exported again, it is today's version and reads back the same.
    let again = export(&imported.clone().into_saved(1.0), Lang::En, "2026-11-25T11:00:00.000Z");
    assert!(again.contains(&format!("\"version\": {EXPORT_VERSION}")));
    let reread = import(again.as_bytes(), content()).unwrap();
    assert_eq!((reread.profile, reread.answers, reread.plan), (imported.profile, imported.answers, imported.plan));
    assert!(reread.duties.is_empty());
}

/// Format 3 carries the duty page's answers and the exact headcount; an unknown duty or an impossible headcount
/// rejects the whole file.
#[test]
fn duty_answers_and_the_headcount_travel_in_the_file() {
    let mut saved = Saved::new();
    saved.profile.employees = Some(23);
    saved.duties.set("unterweisung", Some(DutyAnswer::Partly));
    saved.duties.set("hinweisgeberschutz", Some(DutyAnswer::Unknown));
    let file = export(&saved, Lang::De, "2026-12-06T10:00:00.000Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    assert_eq!(imported.profile.employees, Some(23));
    assert_eq!(imported.duties, saved.duties);
    assert!(file.contains("\"duties\": \"hinweisgeberschutz=unknown;unterweisung=partly\""), "{file}");
    assert!(file.contains("\"snapshots\""), "{file}");
    for (from, to) in [
        ("unterweisung=", "erfunden="),
        ("=partly", "=vielleicht"),
        ("hinweisgeberschutz=unknown", "unterweisung=no"),
        ("\"employees\": 23", "\"employees\": 0"),
    ] {
        let broken = file.replace(from, to);
        assert!(matches!(import(broken.as_bytes(), content()), Err(ImportError::Invalid(_))), "{to}");
    }
}

/// Version 2 files (before the works council) import; version 3 carries it.
#[test]
fn version_2_files_import_and_version_3_carries_the_works_council() {
    let file = |version: u32, profile: serde_json::Value| {
        serde_json::json!({
            "format": "arbeitgeber-check-export", "version": version, "exported_at": "2026-12-06T10:00:00.000Z",
            "lang": "de", "profile": profile, "answers": {}, "plan": [], "snapshots": []
        })
        .to_string()
    };
    let v2 = import(file(2, serde_json::json!({"company_name": "Elektro Hansen"})).as_bytes(), content()).unwrap();
    assert_eq!((v2.profile.company_name.as_str(), v2.profile.works_council), ("Elektro Hansen", None));
    let v3 = import(file(3, serde_json::json!({"works_council": false})).as_bytes(), content()).unwrap();
    assert_eq!(v3.profile.works_council, Some(false));
    assert!(import(file(4, serde_json::json!({})).as_bytes(), content()).is_ok());
    assert!(matches!(import(file(5, serde_json::json!({})).as_bytes(), content()), Err(ImportError::TooNew(5))));
}

/// A version 2 file (no "weiß ich nicht", no snapshots) imports with no snapshots; version 3 carries both.
#[test]
fn version_2_files_import_and_version_3_carries_unknown_answers_and_snapshots() {
    let statements: Vec<String> = content().statements().map(|(_, s)| s.id.clone()).take(2).collect();
    let v2 = serde_json::json!({
        "format": "arbeitgeber-check-export", "version": 2, "exported_at": "2026-11-25T10:00:00.000Z", "lang": "de",
        "profile": {"role": "beschaeftigte"}, "answers": {statements[0].clone(): "mostly"}, "plan": []
    });
    let imported = import(v2.to_string().as_bytes(), content()).unwrap();
    assert!(imported.snapshots.is_empty());
    assert_eq!(imported.answers.get(&statements[0]), Some(Answer::Mostly));

    let mut saved = imported.into_saved(1.0);
    saved.answers.set(&statements[1], Some(Answer::Unknown));
    saved.take_snapshot(1_700_000_000_000.0).unwrap();
    saved.answers.set(&statements[0], Some(Answer::Fully));
    let text = export(&saved, Lang::De, "2026-12-06T10:00:00.000Z");
    assert!(text.contains("\"unknown\""));
    let reread = import(text.as_bytes(), content()).unwrap();
    assert_eq!(reread.answers.get(&statements[1]), Some(Answer::Unknown));
    assert_eq!(reread.snapshots, saved.snapshots);
    // Imported into a device that kept its own snapshot, both are kept.
    let mut here = Saved::new();
    here.answers.set(&statements[0], Some(Answer::NotTrue));
    here.take_snapshot(1_600_000_000_000.0).unwrap();
    let merged = reread.replacing(here);
    assert_eq!(merged.snapshots.len(), 2);
}

/// A snapshot in a file answers only statements the content has, or the whole file is refused.
#[test]
fn snapshots_with_unknown_statements_or_doubled_times_are_refused() {
    let statement = content().statements().next().unwrap().1.id.clone();
    let file = |snapshots: serde_json::Value| {
        serde_json::json!({
            "format": "arbeitgeber-check-export", "version": 3, "exported_at": "2026-11-25T10:00:00.000Z",
            "lang": "de", "profile": {}, "answers": {statement.clone(): "fully"}, "plan": [], "snapshots": snapshots
        })
        .to_string()
    };
    let good = serde_json::json!([{"taken_at": 1.0, "answers": {statement.clone(): "unknown"}}]);
    assert_eq!(import(file(good).as_bytes(), content()).unwrap().snapshots.len(), 1);
    let foreign = serde_json::json!([{"taken_at": 1.0, "answers": {"99.9.z": "fully"}}]);
    assert!(matches!(reject(&file(foreign)), ImportError::UnknownStatements(_)));
    let doubled = serde_json::json!([
        {"taken_at": 1.0, "answers": {statement.clone(): "fully"}},
        {"taken_at": 1.0, "answers": {statement.clone(): "mostly"}}
    ]);
    assert!(matches!(reject(&file(doubled)), ImportError::Invalid(_)));
}

#[test]
fn file_names_are_readable_and_safe() {
    assert_eq!(
        file_name("Tischlerei Müller & Söhne GmbH", "2026-11-25"),
        "arbeitgeber-check-tischlerei-mueller-soehne-gmbh-2026-11-25.json"
    );
    assert_eq!(file_name("", "2026-11-25"), "arbeitgeber-check-2026-11-25.json");
    assert_eq!(file_name("../../etc/passwd", "2026-11-25"), "arbeitgeber-check-etc-passwd-2026-11-25.json");
}

fn reject(text: &str) -> ImportError {
    import(text.as_bytes(), content()).unwrap_err()
}

fn valid_json() -> serde_json::Value {
    serde_json::from_str(&export(&sample(), Lang::De, "2026-11-25T10:00:00Z")).unwrap()
}

#[test]
fn rejects_each_kind_of_bad_file() {
    assert_eq!(import(&vec![b' '; MAX_BYTES + 1], content()).unwrap_err(), ImportError::TooLarge);
    assert_eq!(reject(""), ImportError::Empty);
    assert_eq!(reject("   \n"), ImportError::Empty);
    assert_eq!(import(&[0xff, 0xfe, 0x00], content()).unwrap_err(), ImportError::NotJson);
    assert_eq!(reject("{\"format\": \"arbeitgeber-check-export\", \"version\": 1"), ImportError::NotJson, "truncated");
    assert_eq!(reject("[1, 2, 3]"), ImportError::NotAnExport);
    assert_eq!(reject("{\"answers\": {}}"), ImportError::NotAnExport);

    let mut file = valid_json();
    file["version"] = 7.into();
    assert_eq!(reject(&file.to_string()), ImportError::TooNew(7));

    let mut file = valid_json();
    file["version"] = "1".into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)), "wrong type");

    let mut file = valid_json();
    file["answers"]["1.1.a"] = "sometimes".into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)));

    let mut file = valid_json();
    file["answers"]["9.9.z"] = "fully".into();
    assert_eq!(reject(&file.to_string()), ImportError::UnknownStatements(vec!["9.9.z".into()]));

    let mut file = valid_json();
    file["plan"][0]["measure_id"] = "m0.0.x".into();
    assert_eq!(reject(&file.to_string()), ImportError::UnknownMeasures(vec!["m0.0.x".into()]));

    let mut file = valid_json();
    file["plan"][0]["due"] = "31.03.2027".into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)));

    let mut file = valid_json();
    file["plan"][0]["note"] = "x".repeat(10_000).into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)));

    let mut file = valid_json();
    file["evil"] = "<script>".into();
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)), "unknown fields are rejected");

    let mut file = valid_json();
    let entry = file["plan"][0].clone();
    file["plan"].as_array_mut().unwrap().push(entry);
    assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)), "duplicate plan entries");
}

/// Every accepted import must be consistent with the shipped content.
fn assert_consistent(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(imported) = import(bytes, content()) {
        for (id, _) in imported.answers.iter() {
            prop_assert!(content().statement(id).is_some(), "unknown statement {id} accepted");
        }
        for entry in imported.plan.entries() {
            prop_assert!(content().measure(&entry.measure_id).is_some() || (entry.is_own() && !entry.title.trim().is_empty()));
            prop_assert!(entry.due.is_empty() || arbeitgeber_check_core::plan::is_iso_date(&entry.due));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        assert_consistent(&bytes)?;
    }

    #[test]
    fn mutated_valid_files_never_panic_and_stay_consistent(
        position in any::<proptest::sample::Index>(),
        cut in any::<bool>(),
        replacement in proptest::collection::vec(any::<u8>(), 0..8),
    ) {
        let mut bytes = export(&sample(), Lang::De, "2026-11-25T10:00:00Z").into_bytes();
        let at = position.index(bytes.len());
        if cut {
            bytes.truncate(at);
        } else {
            let end = (at + replacement.len()).min(bytes.len());
            bytes.splice(at..end, replacement);
        }
        assert_consistent(&bytes)?;
    }

    #[test]
    fn random_answer_values_and_ids_are_validated(
        id in "[0-9]\\.[0-9]\\.[a-f]",
        value in "[a-z_]{0,12}",
    ) {
        let mut file = valid_json();
        file["answers"][id.as_str()] = value.clone().into();
        let bytes = file.to_string().into_bytes();
        assert_consistent(&bytes)?;
        if Answer::parse(&value).is_none() {
            prop_assert!(import(&bytes, content()).is_err());
        }
    }
}

/// A file exported before two statements were merged into others (1.2.b into 5.1.b, 2.2.c into 3.1.a, see
/// content/meta.json) still imports: the old answer counts for the statement it was merged into, unless the file
/// answers that one itself.
#[test]
fn a_file_with_answers_to_retired_statements_imports_into_their_successors() {
    let retired: Vec<(&String, &String)> = content().meta.retired_statements.iter().collect();
    assert!(!retired.is_empty(), "the shipped content retires statements; this test needs one");
    let (first_old, first_new) = retired[0];
    let mut answers = serde_json::Map::new();
    for (old, _) in &retired {
        answers.insert((*old).clone(), "not_true".into());
    }
    if let Some((second_old, second_new)) = retired.get(1) {
        // The successor's own answer wins over the retired one's.
        answers.insert((*second_new).clone(), "fully".into());
        let file = serde_json::json!({
            "format": "arbeitgeber-check-export", "version": 1, "exported_at": "2026-03-03T10:00:00Z", "lang": "de",
            "profile": {}, "answers": answers, "plan": []
        });
        let imported = import(file.to_string().as_bytes(), content()).expect("an older file imports");
        assert_eq!(imported.answers.get(first_new), Some(Answer::NotTrue));
        assert_eq!(imported.answers.get(second_new), Some(Answer::Fully));
        assert_eq!(imported.answers.get(first_old), None);
        assert_eq!(imported.answers.get(second_old), None);
    }
    // An id that never existed is still refused.
    answers.insert("9.9.z".into(), "fully".into());
    let file = serde_json::json!({
        "format": "arbeitgeber-check-export", "version": 1, "exported_at": "2026-03-03T10:00:00Z", "lang": "de",
        "profile": {}, "answers": answers, "plan": []
    });
    assert!(matches!(import(file.to_string().as_bytes(), content()), Err(ImportError::UnknownStatements(_))));
}

/// Issue 30: the focus, "Nächster Check am" and the check's moment travel through a file; a file without them (every
/// file before the focus) imports with the suggestion and the default date; impossible values are refused.
#[test]
fn focus_and_recheck_date_travel_and_older_files_follow_the_suggestion() {
    let mut saved = sample();
    saved.focus.toggle("2.1", true, &[]);
    saved.recheck_on = "2027-09-30".into();
    saved.answered_at = 1_765_000_000_000.0;
    let imported = import(export(&saved, Lang::De, "2026-11-25T10:00:00Z").as_bytes(), content()).unwrap();
    let restored = imported.into_saved(5.0);
    assert_eq!(restored.focus.chosen(), Some(vec!["2.1".to_string()]));
    assert_eq!((restored.recheck_on.as_str(), restored.answered_at), ("2027-09-30", 1_765_000_000_000.0));

    let mut older = valid_json();
    for field in ["focus", "recheck_on", "answered_at"] {
        older.as_object_mut().unwrap().remove(field);
    }
    let imported = import(older.to_string().as_bytes(), content()).unwrap().into_saved(5.0);
    assert_eq!((imported.focus.chosen(), imported.recheck_on.as_str()), (None, ""));

    for (field, bad) in [
        ("focus", serde_json::json!("1.1,2.1,3.1,4.1")),
        ("focus", serde_json::json!(["1.1"])),
        ("recheck_on", serde_json::json!("30.09.2027")),
        ("answered_at", serde_json::json!(-1.0)),
    ] {
        let mut file = valid_json();
        file[field] = bad;
        assert!(matches!(reject(&file.to_string()), ImportError::Invalid(_)), "{field}");
    }
}

/// Version 4 carries a re-check in progress and "Hat es gewirkt?"; a version 3 file imports without either; a round
/// whose earlier answers name an unknown statement, or that asks about a measure not in the plan, is refused whole.
#[test]
fn version_4_carries_the_round_and_the_effect_and_version_3_files_import_without() {
    use arbeitgeber_check_core::plan::Effect;
    use arbeitgeber_check_core::recheck;
    let mut saved = sample();
    let measure = saved.plan.entries()[0].measure_id.clone();
    saved.plan.edit(&measure, |e| e.status = Status::Done);
    recheck::start(&mut saved, 1_764_000_000_000.0).unwrap();
    recheck::set_effect(&mut saved, &measure, Some(Effect::Some));
    let first = content().statements().next().unwrap().1.id.clone();
    recheck::take_over(&mut saved, &first);
    let file = export(&saved, Lang::De, "2026-12-06T10:00:00Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    assert_eq!(imported.round, saved.round);
    assert_eq!(imported.plan.entries()[0].effect, Some(Effect::Some));
    let restored = imported.replacing(Saved::new());
    assert_eq!((restored.round, &restored.answers), (saved.round, &saved.answers));
    assert_eq!(recheck::asked(&restored), std::slice::from_ref(&measure));

    let mut v3: serde_json::Value = serde_json::from_str(&export(&sample(), Lang::De, "2026-12-06T10:00:00Z")).unwrap();
    v3["version"] = 3.into();
    v3.as_object_mut().unwrap().remove("round");
    for entry in v3["plan"].as_array_mut().unwrap() {
        let entry = entry.as_object_mut().unwrap();
        entry.remove("effect");
        entry.remove("asked_in");
    }
    let imported = import(v3.to_string().as_bytes(), content()).unwrap();
    assert_eq!((imported.round, imported.plan), (None, sample().plan));

    let mut bad: serde_json::Value = serde_json::from_str(&file).unwrap();
    bad["round"] = 12345.0.into();
    assert!(matches!(import(bad.to_string().as_bytes(), content()), Err(ImportError::Invalid(_))), "no such state");
    let mut newer: serde_json::Value = serde_json::from_str(&file).unwrap();
    newer["version"] = (EXPORT_VERSION + 1).into();
    assert_eq!(import(newer.to_string().as_bytes(), content()), Err(ImportError::TooNew(5)));
}

#[test]
fn a_file_planning_a_measure_that_moved_imports_it_under_its_new_id() {
    let file = serde_json::json!({
        "format": "arbeitgeber-check-export", "version": 1, "exported_at": "2026-03-03T10:00:00Z", "lang": "de",
        "profile": {}, "answers": {},
        "plan": [{ "measure_id": "m1.3.e", "owner": "Frau Albers", "due": "2027-03-31", "status": "planned", "note": "" }]
    });
    let imported = import(file.to_string().as_bytes(), content()).expect("a plan with the Validierungsverfahren imports");
    let entry = &imported.plan.entries()[0];
    assert_eq!((entry.measure_id.as_str(), entry.owner.as_str()), ("m2.2.g", "Frau Albers"));
    assert!(content().measure(&entry.measure_id).is_some());
}
