//! The invariants ARCHITECTURE.md states, as checks over the parsed sources ([`crate::model`]). Each returns its
//! problems as `path:line: what`, empty when the rule holds; `tests/architecture.rs` runs them on the repository and
//! on the fixtures of known bypasses.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    BROWSER_CRATES, COMPONENTS, CORE_MANIFEST, DOMAIN, Fact, File, I18N, Kind, Krate, LAYERS, PAGES, PURE_CRATES, Repo,
    STATE, TOOL_CRATES, Target,
};

/// Longest view function, in lines: longer ones are split into named components.
pub const MAX_VIEW_LINES: usize = 80;

/// A rule: the problems it finds.
pub type Rule = fn(&Repo) -> Vec<String>;

/// Every rule, by name, for the fixture test.
pub const ALL: [(&str, Rule); 16] = [
    ("every file parses", every_file_parses),
    ("every file belongs to a layer", every_file_belongs_to_a_layer),
    ("every dependency is classified", every_dependency_is_classified),
    ("the core's manifest names no browser crate", core_manifest_names_no_browser_crate),
    ("imports run downwards", imports_run_downwards),
    ("the core and i18n use no browser crate", core_and_i18n_use_no_browser_crate),
    ("view modules import no cycle", view_modules_import_no_cycle),
    ("views leave browser plumbing to state", views_leave_browser_plumbing_to_state),
    ("no innerHTML", no_inner_html),
    ("no unwrap or expect outside tests", no_unwrap_outside_tests),
    ("storage only through the store", storage_only_through_the_store),
    ("shared ids and labels", shared_ids_and_labels_are_not_spelled_out),
    ("no Debug names in views", no_debug_names_in_views),
    ("view functions are small", view_functions_are_small),
    ("the short sort", shipped_code_sorts_with_the_short_sort),
    ("no embedded content", the_app_never_reads_the_embedded_content),
];

fn at(file: &File, fact: &Fact, what: impl std::fmt::Display) -> String {
    format!("{}:{}: {what}", file.path, fact.line)
}

/// Facts of shipped code (not test code).
fn shipped(file: &File) -> impl Iterator<Item = &Fact> {
    file.facts.iter().filter(|fact| !fact.test)
}

fn normalised(package: &str) -> String {
    package.replace('-', "_")
}

fn is_browser_crate(name: &str) -> bool {
    BROWSER_CRATES.iter().any(|browser| normalised(browser) == name)
}

pub fn every_file_parses(repo: &Repo) -> Vec<String> {
    repo.files
        .iter()
        .filter_map(|file| Some(format!("{}: does not parse: {}", file.path, file.error.as_ref()?)))
        .collect()
}

/// A file outside the layers' folders (e.g. `src/util.rs`) would be checked by no layer rule; a `#[path]` module would
/// put a file where the rules do not look; a top-level module of the app must be one of the layers.
pub fn every_file_belongs_to_a_layer(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in &repo.files {
        if file.layer.is_none() {
            problems.push(format!("{}: belongs to no layer ({})", file.path, LAYERS[1..].join(", ")));
        }
        for fact in &file.facts {
            if let Kind::PathAttribute = fact.kind {
                problems.push(at(file, fact, "a #[path] module: its file belongs to no layer"));
            }
        }
        if file.krate == Krate::App && file.module.is_empty() {
            for (line, name) in &file.declared_modules {
                if !LAYERS.contains(&name.as_str()) || name == LAYERS[DOMAIN] {
                    problems.push(format!("{}:{line}: module {name} belongs to no layer", file.path));
                }
            }
        }
    }
    problems
}

/// Every crate the app or the core depends on is known as a browser crate, a pure one or a tool, so the browser
/// rules know it.
pub fn every_dependency_is_classified(repo: &Repo) -> Vec<String> {
    let known: Vec<&str> = BROWSER_CRATES.iter().chain(&PURE_CRATES).chain(&TOOL_CRATES).copied().collect();
    repo.app_dependencies
        .iter()
        .chain(&repo.core_dependencies)
        .filter(|dependency| !known.contains(&dependency.package.as_str()))
        .map(|dependency| {
            format!(
                "dependency {} is not classified as browser, pure or tool (tests/architecture/model.rs)",
                dependency.package
            )
        })
        .collect()
}

/// The core's manifest names serde and serde_json for shipped code (tests may add tools), no browser crate: a browser
/// import in the core is then a compile error.
pub fn core_manifest_names_no_browser_crate(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for dependency in &repo.core_dependencies {
        let package = dependency.package.as_str();
        if BROWSER_CRATES.contains(&package) {
            problems.push(format!("{CORE_MANIFEST}: names the browser crate {package}"));
        } else if !PURE_CRATES.contains(&package) && (!dependency.dev || !TOOL_CRATES.contains(&package)) {
            problems.push(format!("{CORE_MANIFEST}: names {package}, which is not one of the pure crates"));
        }
    }
    problems
}

/// Layers import only downwards: domain <- i18n <- state <- components <- pages <- app; a path into the crate that
/// names no layer, or one above the crate's root, is a problem too.
pub fn imports_run_downwards(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in &repo.files {
        let Some(own) = file.layer else { continue };
        let mut seen = BTreeSet::new();
        for fact in &file.facts {
            let Kind::Path { written, target } = &fact.kind else { continue };
            let problem = match repo.layer_of(file, target) {
                Ok(Some(layer)) if layer > own => {
                    format!("({}) uses {written}, in the higher layer {}", LAYERS[own], LAYERS[layer])
                }
                Ok(_) => continue,
                Err(why) => format!("({}) uses {written}: {why}", LAYERS[own]),
            };
            if seen.insert(problem.clone()) {
                problems.push(at(file, fact, problem));
            }
        }
    }
    problems
}

/// The core names no browser crate (nor any crate its manifest does not list); the typed texts (`i18n`) none either.
pub fn core_and_i18n_use_no_browser_crate(repo: &Repo) -> Vec<String> {
    let core_crates: BTreeSet<&str> =
        repo.core_dependencies.iter().map(|dependency| dependency.name.as_str()).collect();
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| matches!(file.layer, Some(DOMAIN | I18N))) {
        let mut seen = BTreeSet::new();
        for fact in &file.facts {
            let Kind::Path { written, target: Target::Extern(krate, _) } = &fact.kind else { continue };
            let problem = if is_browser_crate(krate) {
                format!("uses {written}, from the browser crate {krate}")
            } else if file.krate == Krate::Core && !core_crates.contains(krate.as_str()) {
                format!("uses {written}, from {krate}, which {CORE_MANIFEST} does not list")
            } else {
                continue;
            };
            if seen.insert(problem.clone()) {
                problems.push(at(file, fact, problem));
            }
        }
    }
    problems
}

/// No two view modules (components, pages) import each other, directly or through others.
pub fn view_modules_import_no_cycle(repo: &Repo) -> Vec<String> {
    let modules = repo.module_paths(Krate::App);
    let is_view = |module: &[String]| {
        module.first().is_some_and(|first| [LAYERS[COMPONENTS], LAYERS[PAGES]].contains(&first.as_str()))
    };
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in repo.files.iter().filter(|file| file.krate == Krate::App && is_view(&file.module)) {
        let targets = edges.entry(file.module.clone()).or_default();
        for fact in &file.facts {
            let Kind::Path { target: Target::Crate(path), .. } = &fact.kind else { continue };
            // The module file the path is in: its longest prefix that is one.
            let Some(module) = (1..=path.len()).rev().map(|len| path[..len].to_vec()).find(|m| modules.contains(m))
            else {
                continue;
            };
            if module != file.module && is_view(&module) && !file.module.starts_with(&module) {
                targets.insert(module);
            }
        }
    }
    let mut cycles = BTreeSet::new();
    for start in edges.keys() {
        if let Some(mut cycle) = path_back(&edges, start, start, &mut BTreeSet::new()) {
            cycle.insert(0, start.clone());
            // One report per cycle, from its smallest module.
            let smallest = cycle[..cycle.len() - 1].iter().enumerate().min_by_key(|(_, m)| *m).map_or(0, |(i, _)| i);
            let mut rotated: Vec<_> = cycle[smallest..cycle.len() - 1].to_vec();
            rotated.extend_from_slice(&cycle[..smallest]);
            rotated.push(rotated[0].clone());
            cycles.insert(rotated.iter().map(|module| module.join("::")).collect::<Vec<_>>().join(" -> "));
        }
    }
    cycles.into_iter().map(|cycle| format!("view modules import each other: {cycle}")).collect()
}

fn path_back(
    edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    from: &Vec<String>,
    goal: &Vec<String>,
    visited: &mut BTreeSet<Vec<String>>,
) -> Option<Vec<Vec<String>>> {
    for next in edges.get(from).into_iter().flatten() {
        if next == goal {
            return Some(vec![goal.clone()]);
        }
        if visited.insert(next.clone())
            && let Some(mut rest) = path_back(edges, next, goal, visited)
        {
            rest.insert(0, next.clone());
            return Some(rest);
        }
    }
    None
}

/// Views (components, pages) read the clock, files and JavaScript objects through `state` (`state::clock`,
/// `state::files`): they name no `js_sys` and no `wasm_bindgen_futures` (DOM event types from `web_sys` are theirs).
pub fn views_leave_browser_plumbing_to_state(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| matches!(file.layer, Some(COMPONENTS | PAGES))) {
        for fact in shipped(file) {
            if let Kind::Path { written, target: Target::Extern(krate, _) } = &fact.kind
                && ["js_sys", "wasm_bindgen_futures"].contains(&krate.as_str())
            {
                problems.push(at(file, fact, format!("uses {written}: browser plumbing lives in state")));
            }
        }
    }
    dedup(problems)
}

const HTML_SETTERS: [&str; 7] =
    ["inner_html", "set_inner_html", "innerHTML", "outer_html", "set_outer_html", "outerHTML", "insert_adjacent_html"];

/// User and operator text is always set as text: no `innerHTML` in any form (method, `prop:innerHTML`, a string key).
pub fn no_inner_html(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in &repo.files {
        for fact in shipped(file) {
            let found = match &fact.kind {
                Kind::Method(name) | Kind::Ident(name) => HTML_SETTERS.contains(&name.as_str()),
                Kind::Path { written, .. } => written.split("::").any(|segment| HTML_SETTERS.contains(&segment)),
                Kind::Str { value, .. } => {
                    ["innerHTML", "outerHTML", "insertAdjacentHTML"].iter().any(|s| value.contains(s))
                }
                _ => false,
            };
            if found {
                problems.push(at(file, fact, "sets HTML (innerHTML)"));
            }
        }
    }
    dedup(problems)
}

/// Every failure is handled or reported: no `unwrap`/`expect` in shipped code.
pub fn no_unwrap_outside_tests(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in &repo.files {
        for fact in shipped(file) {
            let name = match &fact.kind {
                Kind::Method(name) => name.as_str(),
                Kind::Path { written, target: Target::Std | Target::Local } => {
                    written.rsplit("::").next().unwrap_or("")
                }
                _ => continue,
            };
            if name == "unwrap" || name == "expect" {
                problems.push(at(file, fact, format!("calls {name} in shipped code")));
            }
        }
    }
    problems
}

/// The one file that touches browser storage.
pub const STORE: &str = "src/state/storage.rs";

/// Browser storage only through `state::storage::Store`: no storage handle, no `Reflect` string trick elsewhere.
pub fn storage_only_through_the_store(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| file.path != STORE) {
        for fact in shipped(file) {
            let problem = match &fact.kind {
                Kind::Method(name) if ["local_storage", "session_storage"].contains(&name.as_str()) => {
                    format!("reaches storage through .{name}()")
                }
                Kind::Path { written, target } => {
                    let segments: Vec<&str> = written.split("::").collect();
                    let is_storage = match target {
                        Target::Extern(krate, path) => {
                            krate.starts_with("gloo")
                                || (is_browser_crate(krate)
                                    && path
                                        .iter()
                                        .any(|s| ["Storage", "local_storage", "session_storage"].contains(&s.as_str())))
                        }
                        _ => false,
                    } || segments.iter().any(|s| ["local_storage", "session_storage"].contains(s));
                    if !is_storage {
                        continue;
                    }
                    format!("reaches storage through {written}")
                }
                Kind::Str { value, .. } if mentions_storage(value) => format!("names browser storage in \"{value}\""),
                Kind::Reflect { key } if file.layer != Some(STATE) => {
                    format!("uses js_sys::Reflect{} outside state (browser plumbing lives in state)", key_text(key))
                }
                Kind::Reflect { key: None } => {
                    "uses js_sys::Reflect with a computed key: storage could hide behind it".into()
                }
                _ => continue,
            };
            problems.push(at(file, fact, problem));
        }
    }
    dedup(problems)
}

fn key_text(key: &Option<String>) -> String {
    key.as_ref().map(|key| format!(" (\"{key}\")")).unwrap_or_default()
}

fn mentions_storage(value: &str) -> bool {
    let value = value.to_ascii_lowercase();
    value.contains("localstorage") || value.contains("sessionstorage")
}

/// One constant per shared DOM id (`focus::PAGE_TITLE`), labels by exhaustive match, not by position.
pub fn shared_ids_and_labels_are_not_spelled_out(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in &repo.files {
        for fact in shipped(file) {
            match &fact.kind {
                Kind::Str { value, .. } if value == "page-title" && file.path != "src/components/focus.rs" => {
                    problems.push(at(file, fact, "spells \"page-title\" instead of focus::PAGE_TITLE"));
                }
                Kind::Index { base: Some(base), .. } if base.ends_with("_labels") => {
                    problems.push(at(file, fact, format!("looks a label up by position ({base}[…])")));
                }
                Kind::Index { usize_cast: true, .. } => problems.push(at(file, fact, "indexes by an enum's position")),
                _ => {}
            }
        }
    }
    problems
}

/// Macros that write to the console, where `Debug` output belongs.
const LOG_MACROS: [&str; 8] =
    ["log", "warn", "error", "debug_warn", "console_log", "console_warn", "console_error", "console_debug_warn"];

/// Views put no Rust `Debug` name into the DOM (an e2e contract a rename would silently break); `{:?}` is for the
/// console only.
pub fn no_debug_names_in_views(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| file.krate != Krate::Core && file.layer >= Some(COMPONENTS)) {
        for fact in shipped(file) {
            let Kind::Str { value, macros } = &fact.kind else { continue };
            if macros.is_empty() || macros.iter().any(|name| LOG_MACROS.contains(&name.as_str())) {
                continue;
            }
            if debug_placeholder(value) {
                problems.push(at(file, fact, format!("formats with Debug outside a log call: \"{value}\"")));
            }
        }
    }
    problems
}

/// Whether a format string has a `{…:?}` or `{…:#?}` placeholder.
fn debug_placeholder(format: &str) -> bool {
    format
        .split('{')
        .skip(1)
        .any(|part| part.split('}').next().is_some_and(|inside| inside.ends_with(":?") || inside.ends_with(":#?")))
}

/// Every function or method returning a view (`impl IntoView`, `AnyView`, `View<…>`, …) is at most
/// [`MAX_VIEW_LINES`] long, whatever its visibility or place.
pub fn view_functions_are_small(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| file.krate != Krate::Core) {
        for fact in shipped(file) {
            if let Kind::Fn { name, view: true, lines } = &fact.kind
                && *lines > MAX_VIEW_LINES
            {
                problems.push(at(file, fact, format!("view {name} is {lines} lines (at most {MAX_VIEW_LINES})")));
            }
        }
    }
    problems
}

/// The standard sort brings 2–4 KB of wasm per element type and comparison; the app's lists are short, so shipped
/// code sorts with `domain::sort::sort_short`. The benchmark builder runs only in the command-line tool.
pub fn shipped_code_sorts_with_the_short_sort(repo: &Repo) -> Vec<String> {
    const SORTS: [&str; 7] = [
        "sort",
        "sort_by",
        "sort_by_key",
        "sort_unstable",
        "sort_unstable_by",
        "sort_unstable_by_key",
        "sort_by_cached_key",
    ];
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| file.path != "crates/core/src/benchmark/build.rs") {
        for fact in shipped(file) {
            let name = match &fact.kind {
                Kind::Method(name) => name.as_str(),
                Kind::Path { written, target: Target::Std | Target::Local } if written.contains("::") => {
                    written.rsplit("::").next().unwrap_or("")
                }
                _ => continue,
            };
            if SORTS.contains(&name) {
                problems.push(at(file, fact, format!("sorts with the standard {name} instead of sort_short")));
            }
        }
    }
    problems
}

/// The content reaches the app as its own file (`state::content`), not inside the wasm: the embedded copy
/// (`Content::shipped`, `shipped_bundle`, `SHIPPED_FIELDS`) is for native code only; `domain::content` defines it.
pub fn the_app_never_reads_the_embedded_content(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for file in repo.files.iter().filter(|file| file.path != "crates/core/src/content.rs") {
        for fact in shipped(file) {
            let Kind::Path { written, target } = &fact.kind else { continue };
            let path: Vec<&str> = match target {
                Target::Crate(path) | Target::Extern(_, path) => path.iter().map(String::as_str).collect(),
                _ => written.split("::").collect(),
            };
            let shipped = path.windows(2).any(|pair| pair == ["Content", "shipped"])
                || path.last().is_some_and(|last| ["shipped_bundle", "SHIPPED_FIELDS"].contains(last));
            if shipped {
                problems.push(at(file, fact, format!("reads the embedded content ({written})")));
            }
        }
    }
    dedup(problems)
}

fn dedup(problems: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    problems.into_iter().filter(|problem| seen.insert(problem.clone())).collect()
}

/// The app's files per layer, for the check that no rule passes for want of files.
pub fn files_per_layer(repo: &Repo) -> Vec<usize> {
    (0..LAYERS.len()).map(|layer| repo.files.iter().filter(|file| file.layer == Some(layer)).count()).collect()
}
