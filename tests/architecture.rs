//! Architecture tests in the spirit of rust-analyzer's tidy tests: they parse the sources (`syn`) and fail when an
//! invariant that ARCHITECTURE.md states is broken, so no invariant is held by a comment alone.
//!
//! Layers, each importing only those before it: domain (its own crate, `crates/core`) <- i18n <- state <- components
//! <- pages <- app (the root). The model (`architecture/model.rs`) resolves every path in every file; the rules
//! (`architecture/rules.rs`) check the result. Each known way around an earlier, text-matching version of these
//! tests is a fixture in `architecture/fixtures/`, fed to the same rules and shown to be caught.
#![cfg(not(target_arch = "wasm32"))]

#[path = "architecture/model.rs"]
mod model;
#[path = "architecture/rules.rs"]
mod rules;

use std::path::Path;
use std::sync::OnceLock;

use model::{LAYERS, Overlay, Repo};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The repository's sources, parsed once.
fn repo() -> &'static Repo {
    static REPO: OnceLock<Repo> = OnceLock::new();
    REPO.get_or_init(|| Repo::load(root(), &[], None))
}

fn report(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

#[test]
fn every_file_parses() {
    report(rules::every_file_parses(repo()), "the rules read only what parses");
}

#[test]
fn every_file_belongs_to_a_layer() {
    report(rules::every_file_belongs_to_a_layer(repo()), "every source file in one of the layers' folders");
}

#[test]
fn every_dependency_is_classified() {
    report(rules::every_dependency_is_classified(repo()), "every crate known as browser, pure or tool");
}

#[test]
fn the_cores_manifest_names_no_browser_crate() {
    report(rules::core_manifest_names_no_browser_crate(repo()), "the core depends on serde and serde_json only");
}

#[test]
fn imports_run_only_downwards() {
    report(
        rules::imports_run_downwards(repo()),
        "imports run downwards: domain <- i18n <- state <- components <- pages <- app",
    );
}

#[test]
fn the_core_and_the_texts_use_no_browser_crate() {
    report(rules::core_and_i18n_use_no_browser_crate(repo()), "the core and i18n must not touch the browser");
}

#[test]
fn view_modules_import_no_cycle() {
    report(rules::view_modules_import_no_cycle(repo()), "components and pages form no import cycle");
}

#[test]
fn views_leave_browser_plumbing_to_state() {
    report(rules::views_leave_browser_plumbing_to_state(repo()), "the clock, files and JS objects through state");
}

#[test]
fn no_inner_html_anywhere() {
    report(rules::no_inner_html(repo()), "no innerHTML: user and operator text is always set as text");
}

#[test]
fn no_unwrap_outside_tests() {
    report(
        rules::no_unwrap_outside_tests(repo()),
        "no unwrap/expect in shipped code: every failure is handled or reported",
    );
}

#[test]
fn storage_is_touched_only_by_the_store() {
    report(rules::storage_only_through_the_store(repo()), "browser storage only through state::storage::Store");
}

#[test]
fn shared_dom_ids_and_labels_are_not_spelled_out() {
    report(
        rules::shared_ids_and_labels_are_not_spelled_out(repo()),
        "one constant per shared id, labels by exhaustive match",
    );
}

/// Views must not put a Rust `Debug` name into the DOM (an e2e contract that a rename would silently break); debug
/// formatting is for log messages only.
#[test]
fn views_put_no_debug_names_into_the_dom() {
    report(rules::no_debug_names_in_views(repo()), "Debug formatting in a view outside a log call");
}

#[test]
fn view_functions_are_small() {
    report(rules::view_functions_are_small(repo()), "view functions over 80 lines");
}

#[test]
fn shipped_code_sorts_with_the_short_sort() {
    report(
        rules::shipped_code_sorts_with_the_short_sort(repo()),
        "sorting in shipped code through domain::sort::sort_short",
    );
}

#[test]
fn the_app_never_reads_the_embedded_content() {
    report(rules::the_app_never_reads_the_embedded_content(repo()), "the content from state::content, never embedded");
}

/// The checks must see the files they are about; a rename of `src/` would otherwise make them pass vacuously.
#[test]
fn every_layer_has_sources() {
    let counts = rules::files_per_layer(repo());
    for (layer, count) in LAYERS.iter().zip(&counts) {
        assert!(*count > 0, "no file in the layer {layer}");
    }
    assert!(counts.iter().sum::<usize>() > 60, "found only {counts:?} source files");
    // The rules see views, storage and paths at all (a parser that read nothing would pass every rule).
    let facts: usize = repo().files.iter().map(|file| file.facts.len()).sum();
    assert!(facts > 10_000, "only {facts} facts");
}

/// A fixture: the files it adds or changes and the problems the rules must report for it.
struct Fixture {
    name: String,
    overlays: Vec<Overlay>,
    expected: Vec<String>,
}

/// Reads `tests/architecture/fixtures/*.rs`. Each holds `// expect: <path> | <text>` lines (a problem that must be
/// reported: it starts with the path and contains the text), then one or more files, each after `// file: <path>` (replaces or adds it) or
/// `// append: <path>` (added to the end of the real file).
fn fixtures() -> Vec<Fixture> {
    let dir = root().join("tests/architecture/fixtures");
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).expect("fixtures").map(|entry| entry.expect("entry").path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable fixture");
            let mut fixture = Fixture {
                name: path.file_name().expect("a name").to_string_lossy().into(),
                overlays: Vec::new(),
                expected: Vec::new(),
            };
            for line in text.lines() {
                if let Some(expected) = line.strip_prefix("// expect: ") {
                    fixture.expected.push(expected.trim().to_string());
                } else if let Some(file) = line.strip_prefix("// file: ").or_else(|| line.strip_prefix("// append: ")) {
                    let append = line.starts_with("// append: ");
                    fixture.overlays.push(Overlay { path: file.trim().into(), text: String::new(), append });
                } else if let Some(overlay) = fixture.overlays.last_mut() {
                    overlay.text.push_str(line);
                    overlay.text.push('\n');
                }
            }
            assert!(
                !fixture.expected.is_empty() && !fixture.overlays.is_empty(),
                "{}: no expect or file",
                fixture.name
            );
            fixture
        })
        .collect()
}

/// Every bypass of the text-matching tests is caught: each fixture, added to the real sources, makes the rules
/// report exactly the problems it expects, no fewer and no more.
#[test]
fn every_known_bypass_is_caught() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 12, "only {} fixtures", fixtures.len());
    let all_problems = |repo: &Repo| -> Vec<String> { rules::ALL.iter().flat_map(|(_, rule)| rule(repo)).collect() };
    // What the real sources report is the other tests' business; a fixture is judged by what it adds.
    let already = all_problems(repo());
    let mut failures = Vec::new();
    for fixture in fixtures {
        let repo = Repo::load(root(), &fixture.overlays, Some(repo()));
        let problems: Vec<String> =
            all_problems(&repo).into_iter().filter(|problem| !already.contains(problem)).collect();
        for expected in &fixture.expected {
            let (path, what) = expected.split_once(" | ").unwrap_or((expected.as_str(), ""));
            if !problems.iter().any(|problem| problem.starts_with(path) && problem.contains(what)) {
                failures.push(format!(
                    "{}: expected `{expected}`, got:\n      {}",
                    fixture.name,
                    problems.join("\n      ")
                ));
            }
        }
        if problems.len() > fixture.expected.len() {
            failures.push(format!("{}: unexpected problems:\n      {}", fixture.name, problems.join("\n      ")));
        }
    }
    assert!(failures.is_empty(), "fixtures not caught as expected:\n  {}", failures.join("\n  "));
}
