//! The pure core of Arbeitgeber-Check: content, answers, scoring, recommendations, the file formats and the parsers
//! of the URL (route, options) and of the notices' names.
//!
//! Invariant: this crate depends on serde and serde_json only (its manifest names no browser crate), so a browser
//! import here does not compile. It is tested natively; the app sees it as `crate::domain` and only calls into it.

pub mod accent;
pub mod answers;
pub mod benchmark;
pub mod chart;
pub mod compare;
pub mod content;
pub mod date;
pub mod duties;
pub mod export;
pub mod hyphen;
pub mod kammer;
pub mod lang;
pub mod lead;
pub mod notice;
pub mod options;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod reading;
pub mod recheck;
pub mod recommend;
pub mod report;
pub mod route;
pub mod saved;
pub mod scoring;
pub mod snapshot;
pub mod sort;
pub mod team;
