//! Writes a demo set of result files for trying out the benchmark: `make benchmark-demo`
//! (or `cargo run --example benchmark_demo -- <folder> [<count>]`).
//!
//! The files come from the app's own export function with pseudo-random answers and profiles (a fixed seed, so the
//! set is the same every time), plus one copy of a file under another name and one foreign file, so the summary
//! shows how duplicates and rejected files are reported.

use std::path::Path;
use std::process::ExitCode;

use arbeitgeber_check_core::answers::Answer;
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::export::{export, file_name};
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::profile::{Sector, SizeBand};
use arbeitgeber_check_core::saved::Saved;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(folder) = args.first() else {
        eprintln!("Aufruf: cargo run --example benchmark_demo -- <Ordner> [<Anzahl>]");
        return ExitCode::from(2);
    };
    let count: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(40);
    let folder = Path::new(folder);
    if let Err(error) = write_demo(folder, count) {
        eprintln!("Fehler: {}: {error}", folder.display());
        return ExitCode::from(1);
    }
    println!("{count} Demo-Betriebe, eine Kopie und eine fremde Datei in {}", folder.display());
    ExitCode::SUCCESS
}

fn write_demo(folder: &Path, count: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    let content = Content::shipped();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    // Mostly firms of 10–49 staff and from the crafts; a rare size band and a rare sector, so that the summary shows
    // cells that stay below five firms and are left out.
    let sizes = [SizeBand::Small, SizeBand::Small, SizeBand::Medium, SizeBand::Micro, SizeBand::Small, SizeBand::Small];
    let sectors = [Sector::Handwerk, Sector::Industrie, Sector::Handwerk, Sector::Handel, Sector::Gesundheit];
    let mut first = None;
    for i in 0..count {
        let mut saved = Saved::new();
        saved.profile.company_name = format!("Demo-Betrieb {}", i + 1);
        saved.profile.size = match next(20) {
            0 => None,
            1 => Some(SizeBand::Large),
            _ => Some(sizes[next(sizes.len())]),
        };
        saved.profile.sector = match next(20) {
            0 => None,
            1 | 2 => Some(Sector::Logistik),
            _ => Some(sectors[next(sectors.len())]),
        };
        // Each firm leans towards its own level, so the set has a spread.
        let lean = next(4);
        for (_, statement) in content.statements() {
            let answer = match next(10) {
                0 => None,
                1 => Some(Answer::NotRelevant),
                _ => Some([Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully][(lean + next(3)) % 4]),
            };
            saved.answers.set(&statement.id, answer);
        }
        let date = format!("2026-11-{:02}", 1 + i % 28);
        let text = export(&saved, Lang::De, &format!("{date}T10:{:02}:00.000Z", i % 60));
        let name = file_name(&saved.profile.company_name, &date);
        std::fs::write(folder.join(&name), &text)?;
        first.get_or_insert(text);
    }
    if let Some(text) = first {
        std::fs::write(folder.join("kopie-vom-usb-stick.json"), text)?;
    }
    std::fs::write(folder.join("notizen.txt"), "Teilnehmerliste Workshop – keine Ergebnisdatei")?;
    Ok(())
}
