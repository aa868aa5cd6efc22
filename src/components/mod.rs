//! Reusable view pieces. Thin: they read state, call into `domain` and `state`'s intents, nothing else. They never
//! import a page or the root (tests/architecture.rs); shared focus helpers and DOM ids live in [`focus`].

pub mod after_paint;
pub mod benchmark;
pub mod chart;
pub mod compare;
pub mod contact;
pub mod content_gate;
pub mod delta;
pub mod done_beside;
pub mod focus;
pub mod focus_choice;
pub mod follow_up;
pub mod footer;
pub mod glance;
pub mod header;
pub mod legal_duties;
pub mod measure;
pub mod notice;
pub mod other_goals;
pub mod print_footer;
pub mod progress;
pub mod result_file;
pub mod score;
pub mod send_result;
pub mod statement;
pub mod storage_control;
pub mod to_clarify;
