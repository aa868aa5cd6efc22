//! The pure core of Arbeitgeber-Check: content, answers, scoring, recommendations and the saved-data format.
//!
//! Invariant: nothing in here imports leptos, web_sys, js_sys or gloo. It compiles and is tested natively, and the
//! views only call into it.

pub mod accent;
pub mod answers;
pub mod chart;
pub mod content;
pub mod export;
pub mod kammer;
pub mod lang;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod recommend;
pub mod report;
pub mod saved;
pub mod scoring;
