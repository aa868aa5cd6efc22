//! ARCHITECTURE.md is a map of the code: every source and script file is named in its code map, and every file the
//! map names exists. A section `### \`dir/\`` names a file of `dir/` (or below it) by its path relative to `dir/`, in
//! backticks.

use std::fs;
use std::path::{Path, PathBuf};

/// The directories whose files the map must name (recursively), and single files.
const MAPPED: [&str; 7] = ["src", "crates/core/src", "crates/core/examples", "examples", "scripts", "e2e/support", "crates/core/build.rs"];
/// Source and script files; data and documentation beside them are not code.
const EXTENSIONS: [&str; 3] = ["rs", "mjs", "sh"];
/// The largest the map may grow: a map, not a diary (measurements go to docs/performance.md).
const MAX_BYTES: usize = 20_000;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        if path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e)) {
            out.push(path.strip_prefix(root()).expect("inside the repository").to_path_buf());
        }
        return;
    }
    for entry in fs::read_dir(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
        files(&entry.expect("directory entry").path(), out);
    }
}

/// The code map's sections: the directory each heading names (with a trailing `/`), and the backticked names below.
fn sections() -> Vec<(String, Vec<String>)> {
    let map = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let code_map = map.split("\n## Code map").nth(1).expect("a `## Code map` section");
    let code_map = code_map.split("\n## ").next().unwrap_or_default();
    code_map
        .split("\n### ")
        .skip(1)
        .map(|section| {
            let (heading, body) = section.split_once('\n').unwrap_or((section, ""));
            let dir = heading.split('`').nth(1).unwrap_or_default().to_string();
            let names = body.split('`').skip(1).step_by(2).map(str::to_string).collect();
            (dir, names)
        })
        .collect()
}

/// Whether the map names `file` (a path relative to the repository).
fn named(sections: &[(String, Vec<String>)], file: &str) -> bool {
    sections.iter().any(|(dir, names)| {
        file.strip_prefix(dir.as_str()).is_some_and(|relative| names.iter().any(|name| name == relative))
    })
}

#[test]
fn every_source_and_script_file_is_named_in_the_map() {
    let mut all = Vec::new();
    for path in MAPPED {
        files(&root().join(path), &mut all);
    }
    assert!(all.len() > 100, "found only {} files: has the layout changed?", all.len());
    let sections = sections();
    let missing: Vec<String> = all
        .iter()
        .map(|file| file.to_string_lossy().replace('\\', "/"))
        .filter(|file| !named(&sections, file))
        .collect();
    assert!(missing.is_empty(), "files ARCHITECTURE.md's code map does not name (add a line for each): {missing:?}");
}

#[test]
fn every_file_the_map_names_exists() {
    let stale: Vec<String> = sections()
        .iter()
        .flat_map(|(dir, names)| names.iter().map(move |name| (dir, name)))
        .filter(|(_, name)| {
            EXTENSIONS.iter().any(|ext| name.ends_with(&format!(".{ext}")))
                && !name.contains(['*', '<', ' ', '…'])
        })
        .filter(|(dir, name)| !root().join(dir.as_str()).join(name).exists() && !root().join(name).exists())
        .map(|(dir, name)| format!("{dir}{name}"))
        .collect();
    assert!(stale.is_empty(), "ARCHITECTURE.md names files that do not exist: {stale:?}");
}

#[test]
fn the_map_stays_a_map() {
    let size = fs::metadata(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md").len();
    assert!(size as usize <= MAX_BYTES, "ARCHITECTURE.md is {size} bytes, over {MAX_BYTES}: move detail elsewhere");
}
