//! Every `data-testid="…"` written in the views is read by a test or a measuring script: a test id nothing reads is
//! dead weight in every page and a false promise that something is checked.

use std::fs;
use std::path::{Path, PathBuf};

/// Where test ids are read: the e2e specs and page objects, the browser tests, the perf and screenshot scripts.
const READERS: [&str; 3] = ["e2e", "tests/web.rs", "scripts"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        files(&entry.expect("directory entry").path(), out);
    }
}

/// The literal test ids in the views' markup.
fn written_ids(root: &Path) -> Vec<(String, PathBuf)> {
    let mut sources = Vec::new();
    files(&root.join("src"), &mut sources);
    let mut ids = Vec::new();
    for file in sources.iter().filter(|f| f.extension().is_some_and(|e| e == "rs")) {
        let text = fs::read_to_string(file).expect("source file");
        for piece in text.split("data-testid=\"").skip(1) {
            let id = piece.split('"').next().unwrap_or_default().to_string();
            ids.push((id, file.clone()));
        }
    }
    ids
}

/// Whether `text` names `id` as a whole string (quoted, or in an attribute selector).
fn reads(text: &str, id: &str) -> bool {
    const BEFORE: [char; 4] = ['\'', '"', '`', '='];
    const AFTER: [char; 4] = ['\'', '"', '`', ']'];
    text.match_indices(id).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + id.len()..].chars().next();
        before.is_some_and(|c| BEFORE.contains(&c)) && after.is_some_and(|c| AFTER.contains(&c))
    })
}

#[test]
fn every_test_id_in_the_views_is_read_by_a_test_or_script() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut readers = Vec::new();
    for reader in READERS {
        files(&root.join(reader), &mut readers);
    }
    let texts: Vec<String> = readers
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "mjs" || e == "rs"))
        .map(|f| fs::read_to_string(f).expect("reader file"))
        .collect();
    let written = written_ids(root);
    assert!(written.len() > 10, "found only {} test ids: has the markup changed?", written.len());
    let unread: Vec<String> = written
        .iter()
        .filter(|(id, _)| !texts.iter().any(|text| reads(text, id)))
        .map(|(id, file)| format!("{id} ({})", file.display()))
        .collect();
    assert!(unread.is_empty(), "data-testid read by no test or script (remove it, or test it): {unread:?}");
}
