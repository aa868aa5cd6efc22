//! Building a benchmark from result files (the chamber's side, run natively by `make benchmark`).
//!
//! - Every file goes through the app's own strict import ([`export::import`]); a file it rejects is reported by name
//!   with the reason, and the rest are used.
//! - A duplicate is the same hand-over seen twice: the same export time stamp, profile (company name included) and
//!   answers, whatever the file is called or how its JSON is laid out. Each hand-over counts once.
//! - A firm counts once: of several checks of one firm (the same company name, [`desk::firm_key`]) only the newest
//!   goes in; the older ones are listed as earlier checks. The adviser's desk builds its benchmark with this same
//!   function from the files it holds.
//! - Quartiles use linear interpolation between closest ranks (Hyndman & Fan type 7, the default of R, NumPy and
//!   Excel's QUARTIL.INKL): for sorted values x₀…xₙ₋₁ the p-quantile is at rank h = (n − 1)·p, between x⌊h⌋ and
//!   x⌈h⌉. The median is the 0.5-quantile. Firms' unrounded scores go in; the figures are rounded at the end.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Benchmark, Cell, FORMAT, K_MIN, Scope, Stats, VERSION, is_month};
use crate::content::Content;
use crate::desk;
use crate::export::{self, ImportError};
use crate::profile::{Sector, SizeBand};
use crate::scoring::{Scores, score};
use crate::sort::sort_short;

/// What went in, for the summary table the command prints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub read: usize,
    /// Used files by name.
    pub used: Vec<String>,
    /// (file, the earlier file it repeats).
    pub duplicates: Vec<(String, String)>,
    /// (file, the same firm's newer file that counts instead).
    pub earlier: Vec<(String, String)>,
    /// (file, reason).
    pub rejected: Vec<(String, String)>,
    /// Every cell that has firms, with its firm count and whether it was written (n ≥ K_MIN).
    pub cells: Vec<(Scope, usize, bool)>,
}

/// Why no benchmark was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    BadMonth(String),
    /// Fewer than [`K_MIN`] usable firms in total.
    TooFew(usize),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::BadMonth(month) => write!(f, "Monat „{month}“ ist nicht im Format JJJJ-MM"),
            BuildError::TooFew(n) => write!(
                f,
                "nur {n} verwendbare Betriebe; ein Benchmark braucht mindestens {K_MIN}, damit niemand erkennbar ist"
            ),
        }
    }
}

/// One firm's place and scores, reduced to what the benchmark needs.
struct Firm {
    size: Option<SizeBand>,
    sector: Option<Sector>,
    overall: Option<f64>,
    fields: Vec<(String, f64)>,
    goals: Vec<(String, f64)>,
}

impl Firm {
    fn new(size: Option<SizeBand>, sector: Option<Sector>, scores: &Scores<'_>) -> Firm {
        Firm {
            size,
            sector,
            overall: scores.overall.value,
            fields: scores.fields.iter().filter_map(|f| Some((f.field.id.clone(), f.score.value?))).collect(),
            goals: scores.goals().filter_map(|g| Some((g.goal.id.clone(), g.score.value?))).collect(),
        }
    }

    fn is_scored(&self) -> bool {
        self.overall.is_some() || !self.fields.is_empty() || !self.goals.is_empty()
    }
}

/// Builds the benchmark of `files` (name, bytes) for `month` ("2026-11"). The summary is complete even when no
/// benchmark can be written. The result does not depend on the order of `files`.
pub fn build(files: &[(String, Vec<u8>)], content: &Content, month: &str) -> (Summary, Result<Benchmark, BuildError>) {
    let mut summary = Summary { read: files.len(), ..Summary::default() };
    // By name, so which copy of a duplicate is reported does not depend on the order the folder was listed in.
    let mut files: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sort_short(&mut files, |a, b| a.cmp(b));
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    // Per firm the newest check so far: (file, exported_at, content of the file).
    let mut newest: BTreeMap<String, (String, String, export::Imported)> = BTreeMap::new();
    let mut firms = Vec::new();
    for (name, bytes) in files {
        let imported = match export::import(bytes, content) {
            Ok(imported) => imported,
            Err(error) => {
                summary.rejected.push((name.clone(), reason(&error)));
                continue;
            }
        };
        // An accepted file is valid JSON with this field; the import does not keep it, so it is read here.
        let exported_at = serde_json::from_slice::<Value>(bytes)
            .ok()
            .and_then(|value| value.get("exported_at").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_default();
        // Serialised from ordered maps: the same for the same hand-over however its JSON was laid out.
        let identity = serde_json::to_string(&(&exported_at, &imported.profile, &imported.answers)).unwrap_or_default();
        if let Some(first) = seen.get(&identity) {
            summary.duplicates.push((name.clone(), first.clone()));
            continue;
        }
        seen.insert(identity, name.clone());
        let key = desk::firm_key(&imported.profile.company_name);
        // Without a company name nothing ties two files together: each counts on its own.
        let key = if key.is_empty() { format!("\u{1}{name}") } else { key };
        match newest.get(&key) {
            Some((other, other_at, _)) if (other_at, other) > (&exported_at, name) => {
                summary.earlier.push((name.clone(), other.clone()));
                continue;
            }
            Some((other, _, _)) => summary.earlier.push((other.clone(), name.clone())),
            None => {}
        }
        newest.insert(key, (name.clone(), exported_at, imported));
    }
    for (name, _, imported) in newest.into_values() {
        let firm = Firm::new(imported.profile.size, imported.profile.sector, &score(content, &imported.answers));
        if !firm.is_scored() {
            summary.rejected.push((name, "zu wenige Antworten: keine Ebene bewertet".into()));
            continue;
        }
        summary.used.push(name);
        firms.push(firm);
    }
    sort_short(&mut summary.used, |a, b| a.cmp(b));
    sort_short(&mut summary.rejected, |a, b| a.cmp(b));
    sort_short(&mut summary.earlier, |a, b| a.cmp(b));
    if !is_month(month) {
        return (summary, Err(BuildError::BadMonth(month.into())));
    }
    if firms.len() < K_MIN {
        summary.cells.push((Scope::All, firms.len(), false));
        return (summary, Err(BuildError::TooFew(firms.len())));
    }
    let all = cell(content, &firms.iter().collect::<Vec<_>>());
    summary.cells.push((Scope::All, firms.len(), true));
    let mut sizes = BTreeMap::new();
    for band in SizeBand::ALL {
        let members: Vec<&Firm> = firms.iter().filter(|firm| firm.size == Some(band)).collect();
        if let Some(cell) = written(&mut summary, Scope::Size(band), content, &members) {
            sizes.insert(band, cell);
        }
    }
    let mut sectors = BTreeMap::new();
    for sector in Sector::ALL {
        let members: Vec<&Firm> = firms.iter().filter(|firm| firm.sector == Some(sector)).collect();
        if let Some(cell) = written(&mut summary, Scope::Sector(sector), content, &members) {
            sectors.insert(sector, cell);
        }
    }
    let benchmark = Benchmark { format: FORMAT.into(), version: VERSION, month: month.into(), all, sizes, sectors };
    (summary, Ok(benchmark))
}

/// The cell of `members` when there are at least [`K_MIN`]; notes it in the summary either way (empty cells aside).
fn written(summary: &mut Summary, scope: Scope, content: &Content, members: &[&Firm]) -> Option<Cell> {
    if members.is_empty() {
        return None;
    }
    let write = members.len() >= K_MIN;
    summary.cells.push((scope, members.len(), write));
    write.then(|| cell(content, members))
}

fn cell(content: &Content, members: &[&Firm]) -> Cell {
    let of = |values: Vec<f64>| stats(&values);
    Cell {
        n: members.len(),
        overall: of(members.iter().filter_map(|firm| firm.overall).collect()),
        fields: content
            .fields
            .iter()
            .filter_map(|field| {
                let values = members.iter().filter_map(|firm| value_of(&firm.fields, &field.id)).collect();
                Some((field.id.clone(), of(values)?))
            })
            .collect(),
        goals: content
            .goals()
            .filter_map(|(_, goal)| {
                let values = members.iter().filter_map(|firm| value_of(&firm.goals, &goal.id)).collect();
                Some((goal.id.clone(), of(values)?))
            })
            .collect(),
    }
}

fn value_of(values: &[(String, f64)], id: &str) -> Option<f64> {
    values.iter().find(|(key, _)| key == id).map(|(_, value)| *value)
}

/// The figures of a level, or `None` below [`K_MIN`] values (the level is then left out of the cell).
pub fn stats(values: &[f64]) -> Option<Stats> {
    if values.len() < K_MIN {
        return None;
    }
    let mut sorted = values.to_vec();
    sort_short(&mut sorted, f64::total_cmp);
    let shown = |p: f64| quantile(&sorted, p).clamp(0.0, 100.0).round() as u8;
    Some(Stats { n: sorted.len(), lower: shown(0.25), median: shown(0.5), upper: shown(0.75) })
}

/// The p-quantile of non-empty `sorted` values by linear interpolation between closest ranks (type 7).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else { return f64::NAN };
    let rank = last as f64 * p.clamp(0.0, 1.0);
    let below = rank.floor() as usize;
    let above = rank.ceil() as usize;
    sorted[below] + (rank - below as f64) * (sorted[above] - sorted[below])
}

/// The import error in the words of the summary table (German, like the guide for chambers).
fn reason(error: &ImportError) -> String {
    match error {
        ImportError::TooLarge => format!("größer als {} KiB", export::MAX_BYTES / 1024),
        ImportError::Empty => "leer".into(),
        ImportError::NotJson => "kein JSON (beschädigt oder keine Textdatei)".into(),
        ImportError::NotAnExport => "keine Ergebnisdatei des Arbeitgeber-Checks".into(),
        ImportError::TooNew(version) => format!("von einer neueren Version (Format {version})"),
        ImportError::Invalid(detail) => format!("ungültig: {detail}"),
        ImportError::UnknownStatements(ids) => format!("Aussagen, die diese Version nicht kennt: {}", ids.join(", ")),
        ImportError::UnknownMeasures(ids) => format!("Maßnahmen, die diese Version nicht kennt: {}", ids.join(", ")),
    }
}

impl Summary {
    /// The summary as a plain-text table for the terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let line = |out: &mut String, label: &str, value: String| out.push_str(&format!("{label:<34} {value}\n"));
        line(&mut out, "Dateien gelesen", self.read.to_string());
        line(&mut out, "verwendet (Betriebe)", self.used.len().to_string());
        line(&mut out, "doppelt (einmal gezählt)", self.duplicates.len().to_string());
        line(&mut out, "älterer Check (neuerer zählt)", self.earlier.len().to_string());
        line(&mut out, "abgelehnt", self.rejected.len().to_string());
        for (file, first) in &self.duplicates {
            out.push_str(&format!("  doppelt:   {file} (wie {first})\n"));
        }
        for (file, newer) in &self.earlier {
            out.push_str(&format!("  älter:     {file} (neuer: {newer})\n"));
        }
        for (file, why) in &self.rejected {
            out.push_str(&format!("  abgelehnt: {file}: {why}\n"));
        }
        out.push_str(&format!("\n{:<34} {:>8}  {}\n", "Zelle", "Betriebe", "im Benchmark"));
        for (scope, n, written) in &self.cells {
            let name = match scope {
                Scope::All => "alle Betriebe".to_string(),
                Scope::Size(band) => format!("Größe {}", band.as_str()),
                Scope::Sector(sector) => format!("Branche {}", sector.as_str()),
            };
            let status = if *written { "ja".to_string() } else { format!("nein (weniger als {K_MIN})") };
            out.push_str(&format!("{name:<34} {n:>8}  {status}\n"));
        }
        let written = self.cells.iter().filter(|(_, _, written)| *written).count();
        out.push_str(&format!(
            "\nZellen geschrieben: {written}, unterdrückt (k < {K_MIN}): {}\n",
            self.cells.len() - written
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_closest_ranks() {
        let odd = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!([0.25, 0.5, 0.75].map(|p| quantile(&odd, p)), [2.0, 3.0, 4.0]);
        let even = [1.0, 2.0, 3.0, 4.0];
        assert_eq!([0.25, 0.5, 0.75].map(|p| quantile(&even, p)), [1.75, 2.5, 3.25]);
        assert_eq!(quantile(&[7.0], 0.25), 7.0);
        assert_eq!(quantile(&[0.0, 100.0], 0.0), 0.0);
        assert_eq!(quantile(&[0.0, 100.0], 1.0), 100.0);
    }

    #[test]
    fn stats_need_five_values_and_are_rounded() {
        assert_eq!(stats(&[10.0, 20.0, 30.0, 40.0]), None);
        // Sorted: 10, 20, 30, 40, 50, 61 → ranks 1.25, 2.5, 3.75 → 22.5, 35, 47.5 → rounded half away from zero.
        assert_eq!(
            stats(&[61.0, 10.0, 40.0, 20.0, 50.0, 30.0]),
            Some(Stats { n: 6, lower: 23, median: 35, upper: 48 })
        );
        assert_eq!(stats(&[0.0; 5]), Some(Stats { n: 5, lower: 0, median: 0, upper: 0 }));
    }
}
