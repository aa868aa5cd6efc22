//! Trunk post-build step (Trunk.toml): writes the shipped content as one file, `domain::content::BUNDLE_FILE`, into
//! the staged build (`TRUNK_STAGING_DIR`, or the directory given as the argument). The app fetches it once the start
//! page is up, so the content is not part of the wasm.
//!
//!   cargo run --example content_file -- DIR

use std::path::PathBuf;

use arbeitgeber_check_core::content::{BUNDLE_FILE, shipped_bundle};

fn main() {
    let dir = match (std::env::args().nth(1), std::env::var("TRUNK_STAGING_DIR")) {
        (Some(dir), _) | (None, Ok(dir)) => PathBuf::from(dir),
        (None, Err(_)) => {
            eprintln!("usage: content_file DIR (or set TRUNK_STAGING_DIR)");
            std::process::exit(2);
        }
    };
    let path = dir.join(BUNDLE_FILE);
    if let Err(error) = std::fs::write(&path, shipped_bundle()) {
        eprintln!("{}: {error}", path.display());
        std::process::exit(1);
    }
}
