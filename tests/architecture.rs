//! Architecture tests in the spirit of rust-analyzer's tidy tests: they read the sources and fail when an invariant
//! that ARCHITECTURE.md states is broken, so no invariant is held by a comment alone.
//!
//! Layers, each importing only those before it: domain <- i18n <- state <- components <- pages <- app (the root).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The crate's layers, lowest first. A file may name `crate::<layer>` only for layers at or below its own.
const LAYERS: [&str; 6] = ["domain", "i18n", "state", "components", "pages", "app"];

/// The pure core's sources: the `domain` layer, its own crate (`crates/core`).
const CORE_SOURCES: &str = "crates/core/src/";

/// Crates that tie code to the browser or the UI framework.
const BROWSER_CRATES: [&str; 6] = ["leptos", "web_sys", "js_sys", "gloo_storage", "gloo", "wasm_bindgen"];

struct Source {
    path: String,
    /// The text without comment lines and without `#[cfg(test)]` modules.
    code: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// Every file under `src/` and the core's `crates/core/src/`, with comments and test modules removed (they may name
/// what the code must not use).
fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    rust_files(&root.join(CORE_SOURCES), &mut paths);
    paths.sort();
    assert!(paths.len() > 30, "found only {} source files", paths.len());
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("readable source");
            let relative = path.strip_prefix(root).expect("under the crate").to_string_lossy().replace('\\', "/");
            Source { path: relative, code: strip(&text) }
        })
        .collect()
}

fn strip(text: &str) -> String {
    let mut code = Vec::new();
    let mut in_tests = false;
    for line in text.lines() {
        if line.starts_with("#[cfg(test)]") {
            in_tests = true;
        } else if in_tests {
            // A test module ends at its closing brace in column 0; code after it is checked again.
            in_tests = line != "}";
        } else if !line.trim_start().starts_with("//") {
            code.push(line);
        }
    }
    code.join("\n")
}

/// The layer a source file belongs to.
fn layer_of(path: &str) -> Option<usize> {
    if path.starts_with(CORE_SOURCES) {
        return Some(0);
    }
    let rest = path.strip_prefix("src/")?;
    let first = rest.split(['/', '.']).next()?;
    LAYERS.iter().position(|layer| *layer == first)
}

/// Whether `code` uses `name` as the first segment of a path (`name::…`), not as part of a longer identifier.
fn uses_path(code: &str, name: &str) -> bool {
    let pattern = format!("{name}::");
    code.match_indices(&pattern).any(|(index, _)| {
        let before = code[..index].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
    })
}

/// The layers a file names through `crate::<layer>`.
fn crate_layers_used(code: &str) -> Vec<&'static str> {
    LAYERS.iter().copied().filter(|layer| code.contains(&format!("crate::{layer}"))).collect()
}

fn is_pure(path: &str) -> bool {
    path.starts_with(CORE_SOURCES)
}

fn report(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

/// Where shipped code other than `allowed` names any of `needles`.
fn uses_outside(allowed: &str, needles: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources().into_iter().filter(|source| source.path != allowed) {
        for needle in needles {
            if source.code.contains(needle) {
                problems.push(format!("{} uses {needle}", source.path));
            }
        }
    }
    problems
}

#[test]
fn pure_modules_use_no_browser_or_framework_crate() {
    let mut problems = Vec::new();
    let sources = sources();
    for source in sources.iter().filter(|source| is_pure(&source.path)) {
        for name in BROWSER_CRATES {
            if uses_path(&source.code, name) || source.code.contains(&format!("extern crate {name}")) {
                problems.push(format!("{} uses {name}", source.path));
            }
        }
    }
    report(problems, "pure modules must not touch the browser");
}

#[test]
fn pure_modules_use_no_higher_layer() {
    let mut problems = Vec::new();
    for source in sources().iter().filter(|source| is_pure(&source.path)) {
        for layer in crate_layers_used(&source.code) {
            if layer != "domain" {
                problems.push(format!("{} uses crate::{layer}", source.path));
            }
        }
        if source.code.contains("crate::App") {
            problems.push(format!("{} uses crate::App", source.path));
        }
    }
    report(problems, "pure modules may use only crate::domain");
}

#[test]
fn imports_run_only_downwards() {
    let mut problems = Vec::new();
    for source in sources() {
        let Some(own) = layer_of(&source.path) else { continue };
        for layer in crate_layers_used(&source.code) {
            let used = LAYERS.iter().position(|l| *l == layer).expect("a layer");
            if used > own {
                problems.push(format!("{} ({}) uses crate::{layer}", source.path, LAYERS[own]));
            }
        }
        if own < LAYERS.len() - 1 && source.code.contains("crate::App") {
            problems.push(format!("{} uses the root crate::App", source.path));
        }
    }
    report(problems, "imports must run downwards: domain <- i18n <- state <- components <- pages <- app");
}

#[test]
fn no_inner_html_anywhere() {
    let problems = sources()
        .into_iter()
        .filter(|source| source.code.contains("inner_html") || source.code.contains("innerHTML"))
        .map(|source| source.path)
        .collect();
    report(problems, "no innerHTML: user and operator text is always set as text");
}

#[test]
fn no_unwrap_outside_tests() {
    let problems = sources()
        .into_iter()
        .filter(|source| source.code.contains(".unwrap()") || source.code.contains(".expect("))
        .map(|source| source.path)
        .collect();
    report(problems, "no unwrap/expect in shipped code: every failure is handled or reported");
}

#[test]
fn storage_is_touched_only_by_the_store() {
    let problems =
        uses_outside("src/state/storage.rs", &["::raw()", "gloo_storage", "local_storage()", "session_storage()"]);
    report(problems, "browser storage only through state::storage::Store (gloo's raw() panics without storage)");
}

#[test]
fn shared_dom_ids_and_labels_are_not_spelled_out() {
    let mut problems = Vec::new();
    for source in sources() {
        if source.path != "src/components/focus.rs" && source.code.contains("\"page-title\"") {
            problems.push(format!("{} spells \"page-title\" instead of focus::PAGE_TITLE", source.path));
        }
        if source.code.contains("_labels[") {
            problems.push(format!("{} looks a label up by position", source.path));
        }
        if source.code.contains("as usize]") {
            problems.push(format!("{} indexes by an enum's position", source.path));
        }
    }
    report(problems, "one constant per shared id, labels by exhaustive match");
}

/// Views must not put a Rust `Debug` name into the DOM (an e2e contract that a rename would silently break); debug
/// formatting is for log messages only.
#[test]
fn views_put_no_debug_names_into_the_dom() {
    let mut problems = Vec::new();
    for source in sources().into_iter().filter(|source| layer_of(&source.path).is_some_and(|layer| layer >= 3)) {
        for (number, line) in source.code.lines().enumerate() {
            if line.contains(":?}") && !line.contains("logging::") {
                problems.push(format!("{}:{} {}", source.path, number + 1, line.trim()));
            }
        }
    }
    report(problems, "Debug formatting in a view outside a log call");
}

/// Longest view function, in lines: longer ones are split into named components.
const MAX_VIEW_LINES: usize = 80;

#[test]
fn view_functions_are_small() {
    let mut problems = Vec::new();
    for source in sources().into_iter().filter(|source| layer_of(&source.path).is_some_and(|layer| layer >= 3)) {
        let lines: Vec<&str> = source.code.lines().collect();
        for (start, line) in lines.iter().enumerate() {
            if !(line.starts_with("pub fn ") || line.starts_with("fn ")) {
                continue;
            }
            // The signature may span lines; it ends at the line that opens the body.
            let signature_end = lines[start..].iter().position(|line| line.ends_with('{')).unwrap_or(0);
            if !lines[start..=start + signature_end].iter().any(|line| line.contains("IntoView")) {
                continue;
            }
            let Some(length) = lines[start..].iter().position(|line| *line == "}") else { continue };
            if length + 1 > MAX_VIEW_LINES {
                problems.push(format!("{}: {} is {} lines", source.path, line.trim(), length + 1));
            }
        }
    }
    report(problems, "view functions over 80 lines");
}

/// The checks above must see the files they are about; a rename of `src/` would otherwise make them pass vacuously.
#[test]
fn every_layer_has_sources() {
    let sources = sources();
    for layer in LAYERS {
        assert!(
            sources.iter().any(|source| layer_of(&source.path) == LAYERS.iter().position(|l| *l == layer)),
            "{layer}"
        );
    }
}

/// The standard sort brings 2–4 KB of wasm per element type and comparison; the app's lists are short, so shipped
/// code sorts with `domain::sort::sort_short`. The benchmark builder runs only in the command-line tool.
#[test]
fn shipped_code_sorts_with_the_short_sort() {
    let needles = [".sort()", ".sort_by(", ".sort_by_key(", ".sort_unstable", ".sort_by_cached_key("];
    let problems = uses_outside("crates/core/src/benchmark/build.rs", &needles);
    report(problems, "sorting in shipped code through domain::sort::sort_short (size budget, issue 15)");
}

/// The content reaches the app as its own file (`state::content`), not inside the wasm: the embedded copy
/// (`Content::shipped`, `shipped_bundle`) is for native code (tests, the build's examples) only. `domain::content`
/// defines it; no other shipped code calls it, so the linker leaves it out of the wasm.
#[test]
fn the_app_never_reads_the_embedded_content() {
    let problems = uses_outside("crates/core/src/content.rs", &["Content::shipped", "shipped_bundle", "SHIPPED_FIELDS"]);
    report(problems, "the content from state::content, never embedded (size budget, issue 15)");
}
