//! Names the content file after its bytes: `CONTENT_HASH` (FNV-1a, 64 bit, hex) over the content files in the order
//! `domain::content::bundle` joins them. The app fetches `content-<hash>.json` and `examples/content_file.rs` writes it,
//! both with this value, so a page never gets the content of another build (and the file can be cached for good).

use std::fs;

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
    for file in FILES {
        println!("cargo:rerun-if-changed={file}");
        let bytes = fs::read(file).unwrap_or_else(|error| panic!("{file}: {error}"));
        for byte in bytes.iter().chain(b"\0") {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=CONTENT_HASH={hash:016x}");
}
