//! Reusable view pieces. Thin: they read state and call into `domain`, nothing else.

pub mod app;
pub mod chart;
pub mod footer;
pub mod header;
pub mod measure;
pub mod notice;
pub mod progress;
pub mod result_file;
pub mod score;
pub mod statement;
