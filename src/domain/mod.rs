//! The pure core of Arbeitgeber-Check: content, answers, scoring, recommendations and the saved-data format.
//!
//! Invariant: nothing in here imports leptos, web_sys, js_sys, gloo, wasm_bindgen or another layer of the crate
//! (held by tests/architecture.rs). It compiles and is tested natively, and the views only call into it.

pub mod accent;
pub mod answers;
pub mod benchmark;
pub mod chart;
pub mod compare;
pub mod content;
pub mod date;
pub mod export;
pub mod kammer;
pub mod lang;
pub mod lead;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod reading;
pub mod recommend;
pub mod report;
pub mod saved;
pub mod scoring;
pub mod snapshot;
pub mod sort;
pub mod team;
