//! Arbeitgeber-Check: a browser-only employer self-assessment for small and medium-sized companies.
//!
//! `domain` is pure and tested natively; `i18n` holds the typed UI texts; `state` connects the domain to the
//! browser (storage, URL); `components` and `pages` are thin views. See ARCHITECTURE.md.

pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod state;

pub use components::app::App;
