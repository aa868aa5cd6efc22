//! Arbeitgeber-Check: a browser-only employer self-assessment for small and medium-sized companies.
//!
//! Layers, each importing only the ones before it (held by tests/architecture.rs): `domain` is pure and tested
//! natively; `i18n` holds the typed UI texts; `state` connects the domain to the browser (storage, URL) and is the
//! only writer of signals and storage; `components` are reusable views; `pages` are the screens; `app` is the root
//! that switches between them. See ARCHITECTURE.md.

// Natively, tachys' `ssr` (for the build's pre-render) nests the views' async forms deeper than the default allows.
#![cfg_attr(not(target_arch = "wasm32"), recursion_limit = "256")]

pub mod app;
pub mod components;
/// The pure core, its own crate (`crates/core`): seen here as the lowest layer.
pub use arbeitgeber_check_core as domain;
pub mod i18n;
pub mod pages;
pub mod state;

pub use app::App;
