//! Builds the regional benchmark from a folder of result files: `make benchmark FILES=<folder>`
//! (or `cargo run --example benchmark -- <folder> [<output folder>]`).
//!
//! Reads every regular file directly in the folder (not in sub-folders), whatever its name: a file that is not a
//! result file is reported by name with the reason rather than skipped silently. Writes `benchmark.json` into
//! `target/benchmark/` (or the given output folder), prints a summary table, and exits non-zero when the folder is
//! missing or fewer than five firms are usable. `MONTH=2026-11` sets the month stamped on the file (default: now).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use arbeitgeber_check_core::benchmark::build::build;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::date::CalendarDate;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(folder) = args.first().filter(|folder| !folder.trim().is_empty()) else {
        eprintln!("Fehler: kein Ordner angegeben. Aufruf: make benchmark FILES=<Ordner mit Ergebnisdateien>");
        return ExitCode::from(2);
    };
    let output = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/benchmark"));
    let files = match read_folder(Path::new(folder)) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("Fehler: Ordner „{folder}“ nicht lesbar: {error}");
            return ExitCode::from(2);
        }
    };
    let month = std::env::var("MONTH").unwrap_or_else(|_| this_month());
    let (summary, benchmark) = build(&files, Content::shipped(), &month);
    println!("Benchmark aus „{folder}“, Stand {month}\n");
    print!("{}", summary.table());
    let benchmark = match benchmark {
        Ok(benchmark) => benchmark,
        Err(error) => {
            eprintln!("\nFehler: {error}. Es wurde kein Benchmark geschrieben.");
            return ExitCode::from(1);
        }
    };
    let path = output.join("benchmark.json");
    if let Err(error) = std::fs::create_dir_all(&output).and_then(|()| std::fs::write(&path, benchmark.to_json())) {
        eprintln!("\nFehler: {} nicht geschrieben: {error}", path.display());
        return ExitCode::from(1);
    }
    println!("\nGeschrieben: {}", path.display());
    ExitCode::SUCCESS
}

/// Every regular file directly in `folder`, as (file name, bytes). A file that cannot be read is passed on empty,
/// so the summary reports it by name.
fn read_folder(folder: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        files.push((name, std::fs::read(entry.path()).unwrap_or_default()));
    }
    Ok(files)
}

/// "2026-11" for the current UTC month, by the app's own calendar arithmetic (`domain::date`).
fn this_month() -> String {
    let millis = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0);
    CalendarDate::from_millis(millis, 0)
        .map(|date| format!("{:04}-{:02}", date.year, date.month))
        .unwrap_or_else(|| "1970-01".into())
}
