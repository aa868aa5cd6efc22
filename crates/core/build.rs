//! Two facts of the shipped content, known at build time so that the app needs no copy of them:
//! - `CONTENT_HASH` (FNV-1a, 64 bit, hex) over the content files in the order `domain::content::bundle` joins them,
//!   which names the content file: the app fetches `content-<hash>.json` and `examples/content_file.rs` writes it,
//!   both with this value, so a page never gets the content of another build (and the file can be cached for good);
//! - `shipped.rs` in `OUT_DIR`: `SHIPPED_STATEMENT_COUNT`, the statements in the field files, which the start page
//!   shows before the content is parsed. Adding a statement to `content/` changes it with no Rust edit.

use std::fs;
use std::path::Path;

const FILES: [&str; 8] = [
    "../../content/field-1.json",
    "../../content/field-2.json",
    "../../content/field-3.json",
    "../../content/field-4.json",
    "../../content/field-5.json",
    "../../content/field-6.json",
    "../../content/bands.json",
    "../../content/meta.json",
];

fn main() {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut statements = 0;
    for file in FILES {
        println!("cargo:rerun-if-changed={file}");
        let bytes = fs::read(file).unwrap_or_else(|error| panic!("{file}: {error}"));
        for byte in bytes.iter().chain(b"\0") {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        if file.contains("/field-") {
            statements += statement_count(file, &bytes);
        }
    }
    println!("cargo:rustc-env=CONTENT_HASH={hash:016x}");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let shipped = format!("pub const SHIPPED_STATEMENT_COUNT: usize = {statements};\n");
    fs::write(Path::new(&out).join("shipped.rs"), shipped).expect("OUT_DIR is writable");
}

/// The statements of one field file (`goals[].statements[]`). A file that does not parse counts none: the content
/// tests then report it, with the parser's own message.
fn statement_count(file: &str, bytes: &[u8]) -> usize {
    let Ok(field) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        println!("cargo:warning={file} is not valid JSON");
        return 0;
    };
    let goals = field.get("goals").and_then(|goals| goals.as_array()).map_or(&[][..], Vec::as_slice);
    goals
        .iter()
        .filter_map(|goal| goal.get("statements").and_then(|statements| statements.as_array()))
        .map(Vec::len)
        .sum()
}
