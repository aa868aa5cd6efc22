//! The adviser's desk (issue 31): result files merged into firms, foreign and bad files named, duplicates once, the
//! table's rows, sorting and filters, and the benchmark the desk and `make benchmark` share.

use arbeitgeber_check_core::answers::Answer;
use arbeitgeber_check_core::benchmark::build::build;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::date::CalendarDate;
use arbeitgeber_check_core::desk::{Column, Desk, Filter, MAX_FILES, Recheck, Refusal, rows, shown};
use arbeitgeber_check_core::export::{EXPORT_VERSION, ImportError, export};
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::profile::{Sector, SizeBand};
use arbeitgeber_check_core::saved::Saved;
use arbeitgeber_check_core::team::encode_team;

/// A result file of `name`, exported at `at`, every statement answered `answer`.
fn file(name: &str, at: &str, answer: Answer) -> (String, Vec<u8>) {
    let content = Content::shipped();
    let mut saved = Saved::new();
    saved.profile.company_name = name.into();
    saved.profile.size = Some(SizeBand::Small);
    saved.profile.sector = Some(Sector::Handwerk);
    for (_, statement) in content.statements() {
        saved.answers.set(&statement.id, Some(answer));
    }
    (format!("{name}-{at}.json"), export(&saved, Lang::De, at).into_bytes())
}

fn today() -> CalendarDate {
    CalendarDate::new(2027, 12, 1).unwrap()
}

#[test]
fn two_checks_of_one_firm_a_year_apart_are_one_firm_with_its_change() {
    let content = Content::shipped();
    let mut desk = Desk::default();
    let newer = file("Tischlerei Muster", "2027-11-20T09:00:00.000Z", Answer::Mostly);
    let older = file("TISCHLEREI  Muster", "2026-11-20T09:00:00.000Z", Answer::RatherNot);
    let added = desk.add(&[newer, older, file("Bäckerei Korn", "2027-10-01T09:00:00.000Z", Answer::Fully)], content);
    assert_eq!((added.added, added.refused.len()), (3, 0));
    assert_eq!(desk.firms().len(), 2);
    let rows = rows(&desk, content, today());
    let muster = &rows[0];
    assert_eq!((muster.name.as_str(), muster.checks), ("Tischlerei Muster", 2), "the newest check names the firm");
    assert_eq!(muster.last_check, CalendarDate::new(2027, 11, 20));
    let (Some(now), Some(change)) = (muster.overall, muster.change) else { panic!("scored") };
    assert!(change > 0 && now as i16 - change >= 0, "{now} {change}");
    assert_eq!(muster.recheck, Some((CalendarDate::new(2028, 11, 20).unwrap(), Recheck::Later)));
    assert_eq!(rows[1].change, None, "one check: no change");
    assert_eq!(muster.focus.len(), 3, "the three leading goals");
}

#[test]
fn foreign_and_bad_files_are_named_with_their_reason() {
    let content = Content::shipped();
    let mut desk = Desk::default();
    let good = file("Gärtnerei Grün", "2027-01-01T09:00:00.000Z", Answer::Mostly);
    let team = encode_team(&[], "Gärtnerei Grün", "2027-01-01T09:00:00.000Z").into_bytes();
    let benchmark = br#"{"format":"arbeitgeber-check-benchmark","version":1,"month":"2026-11"}"#.to_vec();
    let kammer = br#"{"name":"Musterkammer","contacts":[]}"#.to_vec();
    let newer = String::from_utf8(good.1.clone()).unwrap().replace(&format!("\"version\": {EXPORT_VERSION}"), "\"version\": 99").into_bytes();
    let files = vec![
        ("team.json".to_string(), team),
        ("benchmark.json".to_string(), benchmark),
        ("kammer.json".to_string(), kammer),
        ("neu.json".to_string(), newer),
        ("kaputt.json".to_string(), b"{\"format\": ".to_vec()),
        ("gross.json".to_string(), vec![b' '; 6 * 1024 * 1024]),
        ("fremd.json".to_string(), br#"{"hello":1}"#.to_vec()),
    ];
    let added = desk.add(&files, content);
    let reasons: Vec<Refusal> = added.refused.into_iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons,
        vec![
            Refusal::TeamFile,
            Refusal::BenchmarkFile,
            Refusal::KammerFile,
            Refusal::Import(ImportError::TooNew(99)),
            Refusal::Import(ImportError::NotJson),
            Refusal::Import(ImportError::TooLarge),
            Refusal::Import(ImportError::NotAnExport),
        ]
    );
    assert!(desk.is_empty(), "nothing bad gets in");
}

#[test]
fn duplicates_count_once_and_a_second_file_with_the_same_time_stamp_is_refused() {
    let content = Content::shipped();
    let mut desk = Desk::default();
    let first = file("Metallbau Nord", "2027-03-01T09:00:00.000Z", Answer::Mostly);
    let copy = ("kopie.json".to_string(), first.1.clone());
    let value: serde_json::Value = serde_json::from_slice(&first.1).unwrap();
    let relaid = ("anders.json".to_string(), serde_json::to_vec(&value).unwrap());
    let same_stamp = ("gleich.json".to_string(), file("Metallbau Nord", "2027-03-01T09:00:00.000Z", Answer::Fully).1);
    let added = desk.add(&[first.clone(), copy, relaid, same_stamp], content);
    assert_eq!(added.added, 1);
    let of = first.0;
    assert_eq!(
        added.refused.into_iter().map(|r| r.reason).collect::<Vec<_>>(),
        vec![
            Refusal::Duplicate { of: of.clone() },
            Refusal::Duplicate { of: of.clone() },
            Refusal::SameTimeStamp { of },
        ]
    );
    assert_eq!(desk.file_count(), 1);
}

#[test]
fn more_than_the_limit_is_named_and_left_out() {
    let content = Content::shipped();
    let mut desk = Desk::default();
    let files: Vec<_> = (0..MAX_FILES + 2)
        .map(|i| file(&format!("Betrieb {i}"), "2027-03-01T09:00:00.000Z", Answer::Mostly))
        .collect();
    let added = desk.add(&files, content);
    assert_eq!(added.added, MAX_FILES);
    assert_eq!(added.refused.iter().filter(|r| r.reason == Refusal::TooMany).count(), 2);
}

#[test]
fn rows_sort_by_each_column_with_missing_values_last_and_filter() {
    let content = Content::shipped();
    let mut desk = Desk::default();
    let mut unscored = Saved::new();
    unscored.profile.company_name = "Ohne Antworten".into();
    let unscored = ("leer.json".to_string(), export(&unscored, Lang::De, "2027-05-01T09:00:00.000Z").into_bytes());
    let files = [
        file("Bau B", "2027-02-01T09:00:00.000Z", Answer::Mostly),
        unscored,
        file("alpha", "2027-01-01T09:00:00.000Z", Answer::Fully),
        file("Corax", "2026-01-01T09:00:00.000Z", Answer::NotTrue),
    ];
    desk.add(&files, content);
    let table = rows(&desk, content, today());
    let all = Filter::default();
    let names = |order: Vec<usize>| order.into_iter().map(|i| table[i].name.clone()).collect::<Vec<_>>();
    assert_eq!(names(shown(&table, all, None)), ["Bau B", "Ohne Antworten", "alpha", "Corax"], "as loaded");
    assert_eq!(names(shown(&table, all, Some((Column::Name, true)))), ["alpha", "Bau B", "Corax", "Ohne Antworten"]);
    assert_eq!(names(shown(&table, all, Some((Column::Name, false)))), ["Ohne Antworten", "Corax", "Bau B", "alpha"]);
    assert_eq!(names(shown(&table, all, Some((Column::Overall, false)))), ["alpha", "Bau B", "Corax", "Ohne Antworten"], "unscored last");
    assert_eq!(names(shown(&table, all, Some((Column::Overall, true)))), ["Corax", "Bau B", "alpha", "Ohne Antworten"], "unscored last also ascending");
    let by_recheck = shown(&table, all, Some((Column::Recheck, true)));
    assert_eq!(table[by_recheck[0]].recheck.map(|r| r.1), Some(Recheck::Overdue));
    for column in Column::ALL {
        for ascending in [true, false] {
            let mut order = shown(&table, all, Some((column, ascending)));
            order.sort_unstable();
            assert_eq!(order, [0, 1, 2, 3], "every row once, sorted by {column:?}");
        }
    }
    let handwerk = Filter { size: None, sector: Some(Sector::Handwerk) };
    assert_eq!(names(shown(&table, handwerk, Some((Column::Name, true)))), ["alpha", "Bau B", "Corax"]);
    let large = Filter { size: Some(SizeBand::Large), sector: None };
    assert_eq!(shown(&table, large, None), Vec::<usize>::new());
}

#[test]
fn the_benchmark_counts_a_firm_once_with_its_newest_check() {
    let content = Content::shipped();
    let mut files: Vec<_> =
        (0..5).map(|i| file(&format!("Betrieb {i}"), "2027-03-01T09:00:00.000Z", Answer::Fully)).collect();
    files.push(file("betrieb 0", "2026-03-01T09:00:00.000Z", Answer::NotTrue));
    let (summary, benchmark) = build(&files, content, "2027-03");
    assert_eq!(summary.used.len(), 5);
    assert_eq!(summary.earlier.len(), 1);
    assert_eq!(benchmark.unwrap().all.overall.unwrap().lower, 100, "the older, weaker check is not counted");
}
