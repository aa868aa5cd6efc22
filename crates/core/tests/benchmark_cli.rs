//! End-to-end for chambers: `cargo run --example benchmark` (what `make benchmark` runs) on a folder of result files
//! made by the app's own export, with a duplicate and a foreign file; and a clear failure for a missing folder and
//! for too few firms.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use arbeitgeber_check_core::answers::Answer;
use arbeitgeber_check_core::benchmark::Benchmark;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::export::export;
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::profile::SizeBand;
use arbeitgeber_check_core::saved::Saved;

/// A fresh folder under target/ for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("benchmark-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the command as `make benchmark` does. Cargo builds the example first if needed.
fn run(folder: &Path, output: &Path) -> Output {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["run", "--quiet", "--example", "benchmark", "--"])
        .arg(folder)
        .arg(output)
        .env("MONTH", "2026-11")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// `count` result files with answers drawn from a fixed-seed generator over the shipped statements.
fn write_firms(folder: &Path, count: usize, size: SizeBand) {
    let content = Content::shipped();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for i in 0..count {
        let mut saved = Saved::new();
        saved.profile.company_name = format!("Betrieb {i}");
        saved.profile.size = Some(size);
        for (_, statement) in content.statements() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            saved.answers.set(&statement.id, Some(Answer::ALL[(state % 5) as usize]));
        }
        let text = export(&saved, Lang::De, &format!("2026-11-25T09:00:{i:02}Z"));
        std::fs::write(folder.join(format!("firma-{i}.json")), text).unwrap();
    }
}

#[test]
fn a_folder_of_result_files_becomes_a_benchmark_with_a_summary() {
    let folder = scratch("ok");
    let output = folder.join("out");
    write_firms(&folder, 7, SizeBand::Small);
    std::fs::copy(folder.join("firma-0.json"), folder.join("firma-0 (1).json")).unwrap();
    std::fs::write(folder.join("Protokoll.docx"), [0x50, 0x4b, 0x03, 0x04, 0xff]).unwrap();
    std::fs::create_dir(folder.join("unterordner")).unwrap();
    write_firms(&folder.join("unterordner"), 3, SizeBand::Medium);

    let result = run(&folder, &output);
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(result.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&result.stderr));
    for expected in [
        "Dateien gelesen                    9",
        "verwendet (Betriebe)               7",
        "doppelt:   firma-0.json (wie firma-0 (1).json)",
        "abgelehnt: Protokoll.docx: kein JSON",
        "Größe 10-49                               7  ja",
        "Zellen geschrieben: 2, unterdrückt (k < 5): 0",
    ] {
        assert!(stdout.contains(expected), "{expected:?} not in\n{stdout}");
    }
    let written = std::fs::read_to_string(output.join("benchmark.json")).unwrap();
    let benchmark = Benchmark::parse(&written, Content::shipped()).unwrap().benchmark;
    assert_eq!(benchmark.month, "2026-11");
    assert_eq!(benchmark.all.n, 7, "the sub-folder is not read");
    assert_eq!(benchmark.sizes[&SizeBand::Small].n, 7);
}

#[test]
fn a_missing_folder_or_too_few_firms_fail_with_a_clear_message() {
    let folder = scratch("few");
    let output = folder.join("out");
    let missing = run(&folder.join("gibt-es-nicht"), &output);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nicht lesbar"));

    write_firms(&folder, 4, SizeBand::Small);
    let few = run(&folder, &output);
    assert!(!few.status.success());
    assert!(String::from_utf8_lossy(&few.stderr).contains("nur 4 verwendbare Betriebe"));
    assert!(String::from_utf8_lossy(&few.stdout).contains("verwendet (Betriebe)               4"));
    assert!(!output.join("benchmark.json").exists(), "nothing is written");
}
