//! The regional benchmark: k-anonymity, nothing identifying in the output, figures right on known sets, duplicates
//! and file order, and a hostile-tolerant reader. Result files are made with the app's own export from generated
//! answers, so no statement id is written down here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use arbeitgeber_check::domain::answers::Answer;
use arbeitgeber_check::domain::benchmark::build::{BuildError, Summary, build};
use arbeitgeber_check::domain::benchmark::{Benchmark, BenchmarkError, K_MIN, Level, Position, Scope, Stats};
use arbeitgeber_check::domain::content::Content;
use arbeitgeber_check::domain::export::export;
use arbeitgeber_check::domain::lang::Lang;
use arbeitgeber_check::domain::profile::{Sector, SizeBand};
use arbeitgeber_check::domain::saved::Saved;
use arbeitgeber_check::domain::scoring::Score;
use arbeitgeber_check::i18n::messages;
use proptest::prelude::*;
use serde_json::Value;

const MONTH: &str = "2026-11";
const SECRET_NOTE: &str = "Geheimer Plan: Frau Albers kündigt";

fn content() -> &'static Content {
    Content::shipped()
}

/// A generated firm: profile and one answer (or none) per shipped statement, in content order.
#[derive(Clone, Debug)]
struct Firm {
    size: Option<SizeBand>,
    sector: Option<Sector>,
    answers: Vec<Option<Answer>>,
}

/// A result file exported by the app for firm number `i`, with a name, a plan note and a full time stamp that must
/// never reach the benchmark.
fn file(i: usize, firm: &Firm) -> (String, Vec<u8>) {
    let mut saved = Saved::new();
    saved.profile.company_name = format!("Firma Nummer {i} GmbH");
    saved.profile.size = firm.size;
    saved.profile.sector = firm.sector;
    for ((_, statement), answer) in content().statements().zip(&firm.answers) {
        saved.answers.set(&statement.id, *answer);
    }
    let measure = content().measures().next().unwrap().1.id.clone();
    saved.plan.add(&measure);
    saved.plan.edit(&measure, |entry| entry.note = SECRET_NOTE.into());
    let text = export(&saved, Lang::De, &format!("2026-11-25T10:{:02}:{:02}.123Z", i / 60, i % 60));
    (format!("datei-{i:03}.json"), text.into_bytes())
}

fn files(firms: &[Firm]) -> Vec<(String, Vec<u8>)> {
    firms.iter().enumerate().map(|(i, firm)| file(i, firm)).collect()
}

fn any_firm() -> impl Strategy<Value = Firm> {
    let count = content().statement_count();
    // Mostly answered, so most firms are scored; sometimes sparse, so some levels are not.
    let answer = prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::NotRelevant)),
        6 => proptest::sample::select(vec![Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully]).prop_map(Some),
    ];
    let sparse = prop_oneof![Just(None), Just(Some(Answer::Mostly))];
    let answers = prop_oneof![
        4 => proptest::collection::vec(answer, count),
        1 => proptest::collection::vec(sparse, count),
    ];
    (
        proptest::option::of(proptest::sample::select(SizeBand::ALL.to_vec())),
        // Few sectors, so some sector cells reach five.
        proptest::option::of(proptest::sample::select(vec![Sector::Handwerk, Sector::Handel, Sector::Gesundheit])),
        answers,
    )
        .prop_map(|(size, sector, answers)| Firm { size, sector, answers })
}

fn built(files: &[(String, Vec<u8>)]) -> (Summary, Result<Benchmark, BuildError>) {
    build(files, content(), MONTH)
}

/// Every cell and level the benchmark holds, with its figures.
fn every_stats(benchmark: &Benchmark) -> Vec<(usize, Stats)> {
    let cells = std::iter::once(&benchmark.all).chain(benchmark.sizes.values()).chain(benchmark.sectors.values());
    cells
        .flat_map(|cell| {
            cell.overall.iter().chain(cell.fields.values()).chain(cell.goals.values()).map(move |s| (cell.n, *s))
        })
        .collect()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value.as_object().map(|map| map.keys().cloned().collect()).unwrap_or_default()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The JSON has exactly the allowed keys, level by level, and every id comes from the content or the profile enums.
fn assert_schema(json: &Value) -> Result<(), TestCaseError> {
    prop_assert_eq!(keys(json), set(&["format", "version", "month", "all", "sizes", "sectors"]));
    let field_ids: BTreeSet<String> = content().fields.iter().map(|f| f.id.clone()).collect();
    let goal_ids: BTreeSet<String> = content().goals().map(|(_, g)| g.id.clone()).collect();
    let size_ids: BTreeSet<String> = SizeBand::ALL.iter().map(|b| b.as_str().to_string()).collect();
    let sector_ids: BTreeSet<String> = Sector::ALL.iter().map(|s| s.as_str().to_string()).collect();
    prop_assert!(keys(&json["sizes"]).is_subset(&size_ids));
    prop_assert!(keys(&json["sectors"]).is_subset(&sector_ids));
    let cells = std::iter::once(&json["all"])
        .chain(json["sizes"].as_object().unwrap().values())
        .chain(json["sectors"].as_object().unwrap().values());
    for cell in cells {
        prop_assert!(keys(cell).is_subset(&set(&["n", "overall", "fields", "goals"])), "{:?}", keys(cell));
        prop_assert!(keys(&cell["fields"]).is_subset(&field_ids));
        prop_assert!(keys(&cell["goals"]).is_subset(&goal_ids));
        let levels = cell
            .get("overall")
            .into_iter()
            .chain(cell["fields"].as_object().unwrap().values())
            .chain(cell["goals"].as_object().unwrap().values());
        for stats in levels {
            prop_assert_eq!(keys(stats), set(&["n", "lower", "median", "upper"]));
            for key in ["n", "lower", "median", "upper"] {
                prop_assert!(stats[key].is_u64(), "{key} is a whole number");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_cell_or_level_below_five_is_ever_written(firms in proptest::collection::vec(any_firm(), 0..24)) {
        let (summary, result) = built(&files(&firms));
        let Ok(benchmark) = result else {
            prop_assert!(summary.used.len() < K_MIN);
            return Ok(());
        };
        prop_assert!(benchmark.all.n >= K_MIN);
        for cell in benchmark.sizes.values().chain(benchmark.sectors.values()) {
            prop_assert!(cell.n >= K_MIN, "cell of {} written", cell.n);
        }
        for (cell_n, stats) in every_stats(&benchmark) {
            prop_assert!(stats.n >= K_MIN && stats.n <= cell_n, "level of {} in a cell of {cell_n}", stats.n);
            prop_assert!(stats.lower <= stats.median && stats.median <= stats.upper && stats.upper <= 100);
        }
        // Cells hold exactly their firms; one that is left out had fewer than five.
        for band in SizeBand::ALL {
            let n = firms.iter().zip(files(&firms)).filter(|(f, (name, _))| f.size == Some(band) && summary.used.contains(name)).count();
            prop_assert_eq!(benchmark.sizes.get(&band).map(|c| c.n), (n >= K_MIN).then_some(n));
        }
    }

    #[test]
    fn no_identifying_field_reaches_the_output(firms in proptest::collection::vec(any_firm(), 5..16)) {
        let files = files(&firms);
        let Ok(benchmark) = built(&files).1 else { return Ok(()) };
        let text = benchmark.to_json();
        let json: Value = serde_json::from_str(&text).unwrap();
        assert_schema(&json)?;
        prop_assert_eq!(&json["month"], "2026-11");
        for (_, statement) in content().statements() {
            prop_assert!(!text.contains(&format!("\"{}\"", statement.id)), "statement id {}", statement.id);
        }
        for (_, measure) in content().measures() {
            prop_assert!(!text.contains(&format!("\"{}\"", measure.id)), "measure id {}", measure.id);
        }
        for forbidden in ["Firma", "GmbH", "Geheim", "Albers", "2026-11-25", "T10:", "exported_at", "company", "answers", "plan", "note"] {
            prop_assert!(!text.contains(forbidden), "{forbidden} in the benchmark");
        }
        for answer in Answer::ALL {
            prop_assert!(!text.contains(answer.as_str()), "answer {}", answer.as_str());
        }
    }

    #[test]
    fn duplicates_count_once_whatever_their_name_or_layout(
        firms in proptest::collection::vec(any_firm(), 5..12),
        copies in proptest::collection::vec(any::<proptest::sample::Index>(), 1..5),
    ) {
        let originals = files(&firms);
        let mut with_copies = originals.clone();
        for (k, index) in copies.iter().enumerate() {
            let (_, bytes) = &originals[index.index(originals.len())];
            // The same hand-over, re-saved compactly under another name.
            let compact = serde_json::from_slice::<Value>(bytes).unwrap().to_string().into_bytes();
            with_copies.push((format!("kopie-{k}.json"), compact));
        }
        let (summary, result) = built(&with_copies);
        let (plain_summary, plain) = built(&originals);
        prop_assert_eq!(result, plain);
        prop_assert_eq!(summary.duplicates.len(), copies.len());
        prop_assert_eq!(summary.used, plain_summary.used);
    }

    #[test]
    fn the_order_of_files_does_not_matter(firms in proptest::collection::vec(any_firm(), 0..12), seed in any::<u64>()) {
        let mut files = files(&firms);
        files.push(("kaputt.json".into(), b"{\"format\":".to_vec()));
        if let Some(first) = files.first().cloned() {
            files.push(("zweimal.json".into(), first.1));
        }
        let forward = built(&files);
        let mut state = seed | 1;
        for i in (1..files.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            files.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(built(&files), forward);
    }

    #[test]
    fn parse_gives_back_what_was_written(firms in proptest::collection::vec(any_firm(), 5..16)) {
        let Ok(benchmark) = built(&files(&firms)).1 else { return Ok(()) };
        let parsed = Benchmark::parse(&benchmark.to_json(), content()).unwrap();
        prop_assert_eq!(parsed.dropped, Vec::<String>::new());
        prop_assert_eq!(parsed.benchmark, benchmark);
    }

    #[test]
    fn parse_never_panics_on_arbitrary_text(text in "\\PC{0,400}") {
        let _ = Benchmark::parse(&text, content());
    }

    #[test]
    fn parse_never_panics_on_mutated_benchmarks_and_keeps_only_sound_figures(
        position in any::<proptest::sample::Index>(),
        replacement in "[-0-9.,:\"{}\\[\\] a-z]{0,6}",
    ) {
        let mut text = demo_benchmark().to_json();
        let at = text.char_indices().map(|(i, _)| i).nth(position.index(text.chars().count())).unwrap_or(0);
        let end = text[at..].char_indices().nth(replacement.len()).map_or(text.len(), |(i, _)| at + i);
        text.replace_range(at..end, &replacement);
        if let Ok(parsed) = Benchmark::parse(&text, content()) {
            for (cell_n, stats) in every_stats(&parsed.benchmark) {
                prop_assert!(stats.n >= K_MIN && stats.n <= cell_n);
                prop_assert!(stats.lower <= stats.median && stats.median <= stats.upper && stats.upper <= 100);
            }
            for cell in parsed.benchmark.sizes.values().chain(parsed.benchmark.sectors.values()) {
                prop_assert!(cell.n >= K_MIN);
            }
        }
    }
}

/// Every statement answered the same way: every level of the firm scores `answer`'s value.
fn uniform(size: Option<SizeBand>, answer: Answer) -> Firm {
    Firm { size, sector: None, answers: vec![Some(answer); content().statement_count()] }
}

#[test]
fn median_and_quartiles_are_right_on_a_known_set() {
    // Overall scores 0, 33⅓, 66⅔, 100, 100: ranks 1, 2, 3 → 33, 67, 100.
    let firms: Vec<Firm> = [Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully, Answer::Fully]
        .into_iter()
        .map(|answer| uniform(Some(SizeBand::Small), answer))
        .collect();
    let benchmark = built(&files(&firms)).1.unwrap();
    let expected = Stats { n: 5, lower: 33, median: 67, upper: 100 };
    assert_eq!(benchmark.all.overall, Some(expected));
    for field in &content().fields {
        assert_eq!(benchmark.all.fields.get(&field.id), Some(&expected), "{}", field.id);
    }
    assert_eq!(benchmark.all.goals.len(), content().goals().count());
    assert_eq!(benchmark.sizes.get(&SizeBand::Small).map(|c| c.overall), Some(Some(expected)));
    assert!(benchmark.sectors.is_empty());

    // Six values 0, 0, 33⅓, 66⅔, 100, 100: ranks 1.25, 2.5, 3.75 → 8⅓, 50, 91⅔ → 8, 50, 92.
    let mut firms = firms;
    firms.push(uniform(None, Answer::NotTrue));
    let benchmark = built(&files(&firms)).1.unwrap();
    assert_eq!(benchmark.all.overall, Some(Stats { n: 6, lower: 8, median: 50, upper: 92 }));
    assert_eq!(benchmark.sizes[&SizeBand::Small].n, 5, "a firm without a size band is only in the whole set");
}

#[test]
fn unscored_levels_do_not_count_toward_n() {
    let mut firms: Vec<Firm> = (0..5).map(|_| uniform(None, Answer::Mostly)).collect();
    // One firm says "nicht relevant" to everything: it is answered, but nothing is scored.
    firms.push(uniform(None, Answer::NotRelevant));
    let (summary, result) = built(&files(&firms));
    assert_eq!(summary.rejected.len(), 1, "{summary:?}");
    assert_eq!(result.unwrap().all.n, 5);
    assert!(summary.rejected[0].1.contains("keine Ebene bewertet"));
    // A firm that skipped the first field entirely: scored overall, not in that field.
    let first_field = content().fields[0].goals.iter().map(|g| g.statements.len()).sum::<usize>();
    let mut partial = uniform(None, Answer::Fully);
    partial.answers[..first_field].fill(None);
    firms.push(partial);
    let benchmark = built(&files(&firms)).1.unwrap();
    assert_eq!(benchmark.all.n, 6);
    assert_eq!(benchmark.all.overall.unwrap().n, 6);
    assert_eq!(benchmark.all.fields[&content().fields[0].id].n, 5);
    assert_eq!(benchmark.all.fields[&content().fields[1].id].n, 6);
}

#[test]
fn broken_and_foreign_files_are_reported_by_name_and_the_rest_used() {
    let mut files = files(&(0..5).map(|_| uniform(Some(SizeBand::Medium), Answer::Mostly)).collect::<Vec<_>>());
    files.push(("notizen.txt".into(), b"Teilnehmerliste".to_vec()));
    files.push(("leer.json".into(), Vec::new()));
    files.push(("fremd.json".into(), br#"{"name": "anderes Tool"}"#.to_vec()));
    let mut unknown: Value = serde_json::from_slice(&files[0].1).unwrap();
    unknown["answers"]["99.99.z"] = "fully".into();
    files.push(("alt.json".into(), unknown.to_string().into_bytes()));
    let (summary, result) = built(&files);
    assert_eq!(summary.read, 9);
    assert_eq!(summary.used.len(), 5);
    let rejected: Vec<&str> = summary.rejected.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(rejected, ["alt.json", "fremd.json", "leer.json", "notizen.txt"]);
    assert!(summary.rejected[0].1.contains("99.99.z"));
    let table = summary.table();
    for expected in ["Dateien gelesen", "notizen.txt: kein JSON", "fremd.json: keine Ergebnisdatei", "Größe 50-249"] {
        assert!(table.contains(expected), "{expected} missing in\n{table}");
    }
    assert_eq!(result.unwrap().sizes[&SizeBand::Medium].n, 5);
}

#[test]
fn fewer_than_five_firms_is_an_error_with_a_clear_message() {
    let mut files = files(&(0..5).map(|_| uniform(None, Answer::Mostly)).collect::<Vec<_>>());
    let copy = files[4].1.clone();
    files[4] = ("kopie.json".into(), files[0].1.clone());
    let (summary, result) = built(&files);
    assert_eq!(result, Err(BuildError::TooFew(4)));
    assert_eq!(summary.duplicates.len(), 1);
    assert!(BuildError::TooFew(4).to_string().contains("mindestens 5"));
    files[4].1 = copy;
    assert!(built(&files).1.is_ok());
    assert!(matches!(build(&files, content(), "2026-11-25").1, Err(BuildError::BadMonth(_))));
}

fn demo_benchmark() -> Benchmark {
    let answers = [Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully, Answer::Fully, Answer::Mostly];
    let mut firms: Vec<Firm> = answers.iter().map(|a| uniform(Some(SizeBand::Small), *a)).collect();
    firms.extend(answers.iter().map(|a| Firm { sector: Some(Sector::Handel), ..uniform(None, *a) }));
    built(&files(&firms)).1.unwrap()
}

fn parse(value: &Value) -> Result<(Benchmark, Vec<String>), BenchmarkError> {
    Benchmark::parse(&value.to_string(), content()).map(|parsed| (parsed.benchmark, parsed.dropped))
}

#[test]
fn parse_rejects_files_that_are_not_a_usable_benchmark() {
    let good: Value = serde_json::from_str(&demo_benchmark().to_json()).unwrap();
    assert_eq!(Benchmark::parse("", content()).unwrap_err(), BenchmarkError::NotJson);
    assert_eq!(Benchmark::parse("[1]", content()).unwrap_err(), BenchmarkError::NotABenchmark);
    assert_eq!(Benchmark::parse(&" ".repeat(600 * 1024), content()).unwrap_err(), BenchmarkError::TooLarge);
    let with = |path: &[&str], new: Value| {
        let mut value = good.clone();
        let mut at = &mut value;
        for key in &path[..path.len() - 1] {
            at = &mut at[*key];
        }
        at[path[path.len() - 1]] = new;
        value
    };
    assert_eq!(parse(&with(&["version"], 2.into())).unwrap_err(), BenchmarkError::UnsupportedVersion(2));
    assert_eq!(parse(&with(&["version"], "1".into())).unwrap_err(), BenchmarkError::UnsupportedVersion(0));
    assert!(matches!(parse(&with(&["month"], "2026-11-25".into())), Err(BenchmarkError::Invalid(_))));
    assert!(matches!(parse(&with(&["all", "n"], 4.into())), Err(BenchmarkError::Invalid(_))));
    assert!(matches!(parse(&with(&["all", "n"], "many".into())), Err(BenchmarkError::Invalid(_))));
    assert!(matches!(parse(&with(&["all", "name"], "x".into())), Err(BenchmarkError::Invalid(_))));
    assert!(matches!(parse(&with(&["all"], Value::Null)), Err(BenchmarkError::Invalid(_))));
}

#[test]
fn parse_drops_bad_cells_and_levels_with_a_reason() {
    let benchmark = demo_benchmark();
    let good: Value = serde_json::from_str(&benchmark.to_json()).unwrap();
    let field = content().fields[0].id.clone();
    let goal = content().fields[0].goals[0].id.clone();
    let cases: Vec<(Value, &str)> = vec![
        (
            {
                let mut v = good.clone();
                v["sizes"]["10-49"]["n"] = 4.into();
                v
            },
            "sizes.10-49: n = 4",
        ),
        (
            {
                let mut v = good.clone();
                v["sizes"]["10-49"]["n"] = (-3).into();
                v
            },
            "sizes.10-49:",
        ),
        (
            {
                let mut v = good.clone();
                v["sizes"]["5-7"] = v["sizes"]["10-49"].clone();
                v
            },
            "sizes.5-7: unknown id",
        ),
        (
            {
                let mut v = good.clone();
                v["sectors"]["handel"]["overall"]["lower"] = 90.into();
                v
            },
            "sectors.handel.overall: quartiles",
        ),
        (
            {
                let mut v = good.clone();
                v["sectors"]["handel"]["fields"][&field]["upper"] = 101.into();
                v
            },
            "quartiles",
        ),
        (
            {
                let mut v = good.clone();
                v["sectors"]["handel"]["fields"][&field]["median"] = 300.into();
                v
            },
            "sectors.handel:",
        ),
        (
            {
                let mut v = good.clone();
                v["sectors"]["handel"]["fields"][&field]["median"] = 50.5.into();
                v
            },
            "sectors.handel:",
        ),
        (
            {
                let mut v = good.clone();
                v["all"]["goals"][&goal]["n"] = 2.into();
                v
            },
            "goals",
        ),
        (
            {
                let mut v = good.clone();
                v["all"]["goals"]["9.9"] = v["all"]["goals"][&goal].clone();
                v
            },
            "all.goals.9.9: unknown id",
        ),
        (
            {
                let mut v = good.clone();
                v["all"]["fields"]["Ausbildung"] = v["all"]["fields"][&field].clone();
                v
            },
            "unknown id",
        ),
        (
            {
                let mut v = good.clone();
                v["sectors"] = "handel".into();
                v
            },
            "sectors: not an object",
        ),
    ];
    for (value, reason) in cases {
        let (parsed, dropped) = parse(&value).unwrap_or_else(|e| panic!("{reason}: {e}"));
        assert_eq!(dropped.len(), 1, "{reason}: {dropped:?}");
        assert!(dropped[0].contains(reason), "{} does not name {reason}", dropped[0]);
        assert_eq!(parsed.all.overall, benchmark.all.overall, "{reason}: the rest is kept");
        assert_eq!(parse(&good).unwrap().0, benchmark);
    }
}

fn score(value: Option<f64>) -> Score {
    Score { value, answered: 1, total: 1 }
}

#[test]
fn the_firm_is_compared_with_its_size_band_or_else_the_whole_set() {
    let benchmark = demo_benchmark();
    let small = benchmark.sizes[&SizeBand::Small].overall.unwrap();
    let all = benchmark.all.overall.unwrap();
    let at = |size, level, value| benchmark.compare(size, level, &score(value));

    let mine = at(Some(SizeBand::Small), Level::Overall, Some(f64::from(small.lower) - 1.0)).unwrap();
    assert_eq!((mine.scope, mine.stats, mine.position), (Scope::Size(SizeBand::Small), small, Some(Position::Below)));
    let mine = at(Some(SizeBand::Medium), Level::Overall, Some(f64::from(all.median))).unwrap();
    assert_eq!((mine.scope, mine.stats, mine.position), (Scope::All, all, Some(Position::Middle)));
    let mine = at(None, Level::Overall, None).unwrap();
    assert_eq!((mine.scope, mine.position), (Scope::All, None), "an unscored firm sees the region, unplaced");

    let field = content().fields[0].id.as_str();
    assert_eq!(
        at(Some(SizeBand::Small), Level::Field(field), Some(100.0)).unwrap().scope,
        Scope::Size(SizeBand::Small)
    );
    assert_eq!(at(None, Level::Goal("no-such-goal"), Some(50.0)), None);

    // A level missing in the band's cell falls back to the whole set for that level.
    let mut thinner = benchmark.clone();
    thinner.sizes.get_mut(&SizeBand::Small).unwrap().fields.remove(field);
    let mine = thinner.compare(Some(SizeBand::Small), Level::Field(field), &score(Some(0.0))).unwrap();
    assert_eq!(
        (mine.scope, mine.stats, mine.position),
        (Scope::All, benchmark.all.fields[field], Some(Position::Below))
    );
}

#[test]
fn the_comparison_is_described_in_both_languages() {
    let (de, en) = (messages(Lang::De), messages(Lang::En));
    assert_eq!(
        de.benchmark_scope(Scope::Size(SizeBand::Small), 14),
        "Betriebe mit 10–49 Beschäftigten in der Region, n = 14"
    );
    assert_eq!(
        en.benchmark_scope(Scope::Size(SizeBand::Small), 14),
        "Firms with 10–49 employees in the region, n = 14"
    );
    assert_eq!(de.benchmark_scope(Scope::All, 40), "Betriebe in der Region, n = 40");
    assert_eq!(
        de.benchmark_scope(Scope::Sector(Sector::Gesundheit), 7),
        "Betriebe in der Region, Branche: Gesundheit und Pflege, n = 7"
    );
    assert_eq!(
        en.benchmark_scope(Scope::Size(SizeBand::Large), 5),
        "Firms with 250 or more employees in the region, n = 5"
    );
    let stats = Stats { n: 9, lower: 44, median: 58, upper: 67 };
    assert_eq!(de.benchmark_figures(&stats), "Median der Region: 58, mittlere Hälfte der Betriebe: 44 bis 67");
    assert_eq!(en.benchmark_figures(&stats), "Regional median: 58, middle half of firms: 44 to 67");
    for lang in Lang::ALL {
        let t = messages(lang);
        let words: BTreeSet<&str> =
            [Position::Below, Position::Middle, Position::Above].map(|p| t.benchmark_position(p)).into();
        assert_eq!(words.len(), 3, "three different sentences in {lang:?}");
    }
}
