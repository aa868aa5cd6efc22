//! The regional benchmark: an anonymous file a chamber builds from result files that firms handed over voluntarily
//! ([`build`]), shipped beside the app, and read by the app ([`Benchmark::parse`]) to show where a firm stands.
//!
//! What the file holds, and why nothing in it identifies a firm:
//! - per cell (the whole set, each size band, each sector) and per level (overall, field, goal): the number of firms
//!   `n` with a score on that level, the `median` and the `lower` and `upper` quartile, as whole numbers 0–100 like
//!   the app shows them;
//! - a cell or a level only with `n >= K_MIN` (k-anonymity); the whole set must reach it, or there is no benchmark;
//! - the month it was built, and the ids of fields and goals from the content. No statements, answers, names, plans,
//!   free text or time stamps finer than a month.
//!
//! Cells are size bands and sectors side by side, not size × sector: with the few dozen files a chamber collects
//! after workshops, almost every size × sector cell would stay below five firms, and each extra, overlapping cell
//! is one more view of the same firms.

pub mod build;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::content::Content;
use super::profile::{Sector, SizeBand};
use super::scoring::Score;

/// Marks a file as a benchmark of this app.
pub const FORMAT: &str = "arbeitgeber-check-benchmark";
/// The version written today; the app reads exactly this version.
pub const VERSION: u32 = 1;
/// The smallest number of firms a cell or a level may describe.
pub const K_MIN: usize = 5;
/// Largest benchmark file the app reads. A full benchmark is a few tens of kilobytes.
pub const MAX_BYTES: usize = 512 * 1024;

/// Where a firm's score lies among the region's firms of its cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Below the lower quartile.
    Below,
    /// Between the quartiles, both included: the middle half.
    Middle,
    /// Above the upper quartile.
    Above,
}

/// The figures of one level in one cell. Whole numbers, like every score the app shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    /// Firms with a score on this level (a firm whose level is "nicht bewertet" does not count).
    pub n: usize,
    pub lower: u8,
    pub median: u8,
    pub upper: u8,
}

impl Stats {
    /// Where a score lies: the firm's shown (rounded) score against the shown quartiles, so the words always agree
    /// with the numbers on screen.
    pub fn position(&self, score: u8) -> Position {
        if score < self.lower {
            Position::Below
        } else if score > self.upper {
            Position::Above
        } else {
            Position::Middle
        }
    }

    fn problem(&self, cell_n: usize) -> Option<String> {
        if self.n < K_MIN {
            Some(format!("n = {} < {K_MIN}", self.n))
        } else if self.n > cell_n {
            Some(format!("n = {} above the cell's {cell_n}", self.n))
        } else if !(self.lower <= self.median && self.median <= self.upper && self.upper <= 100) {
            Some(format!("quartiles {} ≤ {} ≤ {} ≤ 100 do not hold", self.lower, self.median, self.upper))
        } else {
            None
        }
    }
}

/// One group of firms: its size and its figures per level. Absent levels had fewer than [`K_MIN`] scored firms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// Firms in the cell.
    pub n: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<Stats>,
    /// By field id.
    #[serde(default)]
    pub fields: BTreeMap<String, Stats>,
    /// By goal id.
    #[serde(default)]
    pub goals: BTreeMap<String, Stats>,
}

/// The whole benchmark file. Written with serde; read only through [`Benchmark::parse`], cell by cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Benchmark {
    pub format: String,
    pub version: u32,
    /// "2026-11": when it was built, never finer than the month.
    pub month: String,
    pub all: Cell,
    pub sizes: BTreeMap<SizeBand, Cell>,
    pub sectors: BTreeMap<Sector, Cell>,
}

/// Which firms a cell describes; the view renders it with `Messages::benchmark_scope`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    All,
    Size(SizeBand),
    Sector(Sector),
}

/// A level of the scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level<'a> {
    Overall,
    Field(&'a str),
    Goal(&'a str),
}

/// What the view shows for one level: the region's figures, whose they are, and where the firm stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub scope: Scope,
    pub stats: Stats,
    /// `None` when the firm's own level is "nicht bewertet": the region is shown, the firm is not placed.
    pub position: Option<Position>,
}

/// Why a benchmark file is not used at all. The app logs it as a console warning and works as before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenchmarkError {
    TooLarge,
    NotJson,
    NotABenchmark,
    UnsupportedVersion(u64),
    /// The right kind of file with a bad month or whole-set cell; the detail names it.
    Invalid(String),
}

impl std::fmt::Display for BenchmarkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BenchmarkError::TooLarge => write!(f, "benchmark file larger than {MAX_BYTES} bytes"),
            BenchmarkError::NotJson => write!(f, "benchmark file is not JSON"),
            BenchmarkError::NotABenchmark => write!(f, "not an {FORMAT} file"),
            BenchmarkError::UnsupportedVersion(v) => write!(f, "benchmark version {v}, this app reads {VERSION}"),
            BenchmarkError::Invalid(detail) => write!(f, "invalid benchmark: {detail}"),
        }
    }
}

/// A usable benchmark and the parts of the file that were left out, each with its reason (for a console warning).
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub benchmark: Benchmark,
    pub dropped: Vec<String>,
}

impl Benchmark {
    /// The file as written: pretty, so a chamber can look inside before publishing it.
    pub fn to_json(&self) -> String {
        // Plain data with string keys always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a benchmark file from an operator's server without trusting it: a wrong kind, version or month or a
    /// bad whole-set cell rejects the file; a bad size or sector cell, or a bad level (n below [`K_MIN`], quartiles
    /// out of order or outside 0–100, ids the content does not know), is dropped with its reason.
    pub fn parse(text: &str, content: &Content) -> Result<Parsed, BenchmarkError> {
        if text.len() > MAX_BYTES {
            return Err(BenchmarkError::TooLarge);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| BenchmarkError::NotJson)?;
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(BenchmarkError::NotABenchmark);
        }
        let version = value.get("version").and_then(Value::as_u64).ok_or(BenchmarkError::UnsupportedVersion(0))?;
        if version != u64::from(VERSION) {
            return Err(BenchmarkError::UnsupportedVersion(version));
        }
        let month = value.get("month").and_then(Value::as_str).unwrap_or_default();
        if !is_month(month) {
            return Err(BenchmarkError::Invalid("month".into()));
        }
        let mut dropped = Vec::new();
        let all = value.get("all").cloned().unwrap_or(Value::Null);
        let all = read_cell(all, content, "all", &mut dropped).map_err(BenchmarkError::Invalid)?;
        let sizes = read_cells(value.get("sizes"), SizeBand::parse, content, "sizes", &mut dropped);
        let sectors = read_cells(value.get("sectors"), Sector::parse, content, "sectors", &mut dropped);
        let benchmark =
            Benchmark { format: FORMAT.into(), version: VERSION, month: month.to_string(), all, sizes, sectors };
        Ok(Parsed { benchmark, dropped })
    }

    /// The cell for a firm of size band `size`: its band's cell when the benchmark has one, else the whole set.
    pub fn cell_for(&self, size: Option<SizeBand>) -> (Scope, &Cell) {
        match size.and_then(|band| self.sizes.get(&band).map(|cell| (band, cell))) {
            Some((band, cell)) => (Scope::Size(band), cell),
            None => (Scope::All, &self.all),
        }
    }

    /// The region's figures for one level and where `score` stands among them. The size band's cell is used when
    /// it has this level, else the whole set; `None` when neither has it (fewer than [`K_MIN`] scored firms).
    pub fn compare(&self, size: Option<SizeBand>, level: Level<'_>, score: &Score) -> Option<Comparison> {
        let (scope, cell) = self.cell_for(size);
        let (scope, stats) = match cell.stats(level) {
            Some(stats) => (scope, stats),
            None => (Scope::All, self.all.stats(level)?),
        };
        Some(Comparison { scope, stats, position: score.rounded().map(|shown| stats.position(shown)) })
    }
}

impl Cell {
    pub fn stats(&self, level: Level<'_>) -> Option<Stats> {
        match level {
            Level::Overall => self.overall,
            Level::Field(id) => self.fields.get(id).copied(),
            Level::Goal(id) => self.goals.get(id).copied(),
        }
    }
}

/// "2026-11": four digits, a dash, a month 01–12.
pub fn is_month(text: &str) -> bool {
    let Some((year, month)) = text.split_once('-') else { return false };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    digits(year, 4) && digits(month, 2) && matches!(month.parse::<u8>(), Ok(1..=12))
}

fn read_cells<K: Ord>(
    value: Option<&Value>,
    key: fn(&str) -> Option<K>,
    content: &Content,
    what: &str,
    dropped: &mut Vec<String>,
) -> BTreeMap<K, Cell> {
    let mut cells = BTreeMap::new();
    let Some(value) = value else { return cells };
    let Some(map) = value.as_object() else {
        dropped.push(format!("{what}: not an object"));
        return cells;
    };
    for (id, cell) in map {
        let at = format!("{what}.{id}");
        let Some(key) = key(id) else {
            dropped.push(format!("{at}: unknown id"));
            continue;
        };
        match read_cell(cell.clone(), content, &at, dropped) {
            Ok(cell) => {
                cells.insert(key, cell);
            }
            Err(reason) => dropped.push(reason),
        }
    }
    cells
}

/// A cell with its bad levels dropped, or the reason the whole cell is unusable.
fn read_cell(value: Value, content: &Content, at: &str, dropped: &mut Vec<String>) -> Result<Cell, String> {
    let mut cell: Cell = serde_json::from_value(value).map_err(|e| format!("{at}: {e}"))?;
    if cell.n < K_MIN {
        return Err(format!("{at}: n = {} < {K_MIN}", cell.n));
    }
    if let Some(problem) = cell.overall.and_then(|stats| stats.problem(cell.n)) {
        dropped.push(format!("{at}.overall: {problem}"));
        cell.overall = None;
    }
    let n = cell.n;
    let mut keep = |kind: &str, id: &String, stats: &Stats, known: bool| {
        let problem = if known { stats.problem(n) } else { Some("unknown id".into()) };
        problem.map(|problem| dropped.push(format!("{at}.{kind}.{id}: {problem}"))).is_none()
    };
    cell.fields.retain(|id, stats| keep("fields", id, stats, content.field(id).is_some()));
    cell.goals.retain(|id, stats| keep("goals", id, stats, content.goal(id).is_some()));
    Ok(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(n: usize, lower: u8, median: u8, upper: u8) -> Stats {
        Stats { n, lower, median, upper }
    }

    #[test]
    fn months_are_year_and_month_only() {
        assert!(is_month("2026-11"));
        assert!(is_month("2027-01"));
        assert!(!is_month("2026-13"));
        assert!(!is_month("2026-00"));
        assert!(!is_month("2026-11-25"));
        assert!(!is_month("26-11"));
        assert!(!is_month(""));
    }

    #[test]
    fn the_middle_half_includes_the_quartiles() {
        let s = stats(9, 40, 55, 70);
        assert_eq!(s.position(39), Position::Below);
        assert_eq!(s.position(40), Position::Middle);
        assert_eq!(s.position(70), Position::Middle);
        assert_eq!(s.position(71), Position::Above);
    }

    #[test]
    fn a_level_with_too_few_firms_or_disordered_quartiles_has_a_problem() {
        assert_eq!(stats(5, 1, 2, 3).problem(5), None);
        assert!(stats(4, 1, 2, 3).problem(5).is_some());
        assert!(stats(6, 1, 2, 3).problem(5).is_some());
        assert!(stats(5, 3, 2, 4).problem(5).is_some());
        assert!(stats(5, 1, 2, 101).problem(5).is_some());
    }
}
