//! Loads the regional benchmark the chamber's `kammer.json` names and offers it to the views as a signal.
//!
//! Nothing is requested unless the settings name a file (`"benchmark": "benchmark.json"`); then it is fetched beside
//! the document with the same helper as `kammer.json` (same origin, no cache, timeout). The file comes from an
//! operator's server and is not trusted: `Benchmark::parse` rejects a wrong file and drops bad parts; each is logged
//! with `console.warn`, and without a usable file the results look exactly as without a benchmark.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::benchmark::{Benchmark, Parsed};
use crate::domain::content::Content;
use crate::split_point;
use crate::state::fetch::{Fetch, fetch_text};
use crate::state::kammer::use_kammer;
use crate::state::split::NotLoaded;

/// The benchmark in context: `None` until it has arrived, and when none is named or it is unusable.
#[derive(Clone, Copy)]
pub struct RegionalBenchmark(pub ReadSignal<Option<Benchmark>>);

/// Loads the benchmark once the chamber settings name one. Call once in the root, after `kammer::provide()`.
pub fn provide() -> RegionalBenchmark {
    let (benchmark, set_benchmark) = signal(None);
    let kammer = use_kammer();
    // The settings arrive once; the file name they hold is requested once.
    let requested = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let Some(file) = kammer.with(|kammer| kammer.as_ref().and_then(|kammer| kammer.benchmark.clone())) else {
            return;
        };
        if requested.get_value().as_deref() == Some(file.as_str()) {
            return;
        }
        requested.set_value(Some(file.clone()));
        spawn_local(async move {
            if let Some(loaded) = load(&file).await {
                set_benchmark.set(Some(loaded));
            }
        });
    });
    let provided = RegionalBenchmark(benchmark);
    provide_context(provided);
    provided
}

/// The benchmark for a view (read inside a reactive closure); `None` without one or outside the root.
pub fn use_benchmark() -> Signal<Option<Benchmark>> {
    match use_context::<RegionalBenchmark>() {
        Some(RegionalBenchmark(benchmark)) => benchmark.into(),
        None => Signal::stored(None),
    }
}

/// The parsed file, or `None` with a console warning saying why it is not used.
async fn load(file: &str) -> Option<Benchmark> {
    let text = match fetch_text(file, Fetch::FRESH).await {
        Ok(Some(text)) => text,
        Ok(None) => {
            leptos::logging::warn!("Arbeitgeber-Check: benchmark file {file} not found; no regional comparison");
            return None;
        }
        Err(error) => {
            leptos::logging::warn!("Arbeitgeber-Check: benchmark file {file} could not be loaded ({error})");
            return None;
        }
    };
    let content = match crate::state::content::ensure().await {
        Ok(content) => content,
        Err(error) => {
            leptos::logging::warn!("Arbeitgeber-Check: benchmark file {file} not used: no content ({error})");
            return None;
        }
    };
    let Ok(benchmark) = read(file, &text, content).await else {
        leptos::logging::warn!(
            "Arbeitgeber-Check: benchmark file {file} not used: the code that reads it did not load"
        );
        return None;
    };
    benchmark
}

split_point! {
    /// The file read, with a console warning for each part left out and for a file not used. Only a chamber with a
    /// benchmark needs the parser and its messages, so they wait in the chunk (`state::split`).
    fn read(file: &str, text: &str, content: &'static Content) -> Result<Option<Benchmark>, NotLoaded> {
        Ok(match Benchmark::parse(text, content) {
            Ok(Parsed { benchmark, dropped }) => {
                for reason in &dropped {
                    leptos::logging::warn!("Arbeitgeber-Check: benchmark file {file}: left out {reason}");
                }
                Some(benchmark)
            }
            Err(error) => {
                leptos::logging::warn!("Arbeitgeber-Check: benchmark file {file} ignored: {error}");
                None
            }
        })
    }
}
