//! The regional benchmark beside a score: whose figures, the median and middle half, and where the firm stands, all
//! in words (never only by colour). Shows nothing without a benchmark, so the results look as before.

use leptos::prelude::*;

use crate::components::chart::Overlay;
use crate::domain::benchmark::{Benchmark, Level};
use crate::domain::lang::Lang;
use crate::domain::profile::SizeBand;
use crate::domain::scoring::{Score, Scores};
use crate::i18n::messages;
use crate::state::benchmark::use_benchmark;
use crate::state::use_app_state;

/// Which level a line or median is for; owned, so a view can keep it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenchmarkLevel {
    Overall,
    Field(String),
    Goal(String),
}

impl BenchmarkLevel {
    fn level(&self) -> Level<'_> {
        match self {
            BenchmarkLevel::Overall => Level::Overall,
            BenchmarkLevel::Field(id) => Level::Field(id),
            BenchmarkLevel::Goal(id) => Level::Goal(id),
        }
    }
}

/// The firm's size band, which picks the benchmark cell.
fn firm_size() -> Option<SizeBand> {
    use_app_state().saved().with(|saved| saved.profile.size)
}

/// The region's median for a level in the cell `compare` uses, for the chart's dashed outline and the table.
pub fn median(benchmark: &Benchmark, size: Option<SizeBand>, level: &BenchmarkLevel) -> Option<f64> {
    let unscored = Score { value: None, answered: 0, total: 0 };
    benchmark.compare(size, level.level(), &unscored).map(|comparison| f64::from(comparison.stats.median))
}

/// The medians for a list of levels, or `None` when the benchmark has none of them (reactive: read it in a closure).
pub fn medians(levels: &[BenchmarkLevel]) -> Option<Vec<Option<f64>>> {
    let size = firm_size();
    let values: Vec<Option<f64>> = use_benchmark().with(|benchmark| {
        benchmark.as_ref().map(|benchmark| levels.iter().map(|level| median(benchmark, size, level)).collect())
    })?;
    // A benchmark without any of these levels draws nothing, and so names nothing in the legend.
    values.iter().any(Option::is_some).then_some(values)
}

/// "Betriebe mit 10–49 Beschäftigten in der Region, n = 14. Median der Region: 58, mittlere Hälfte …: 44 bis 67.
/// Ihr Wert liegt in der mittleren Hälfte der Betriebe." Nothing when there is no benchmark for this level.
#[component]
pub fn BenchmarkLine(level: BenchmarkLevel, score: Score, lang: Lang) -> impl IntoView {
    let t = messages(lang);
    let benchmark = use_benchmark();
    move || {
        let size = firm_size();
        let comparison = benchmark.with(|b| b.as_ref().and_then(|b| b.compare(size, level.level(), &score)))?;
        let position = comparison.position.map(|position| format!(" {}", t.benchmark_position(position)));
        Some(view! {
            <p class="benchmark" data-testid="benchmark">
                {format!(
                    "{}. {}.{}",
                    t.benchmark_scope(comparison.scope, comparison.stats.n),
                    t.benchmark_figures(&comparison.stats),
                    position.unwrap_or_default()
                )}
            </p>
        })
    }
}

impl BenchmarkLevel {
    /// The six fields, in chart order.
    pub fn fields(scores: &Scores<'_>) -> Vec<BenchmarkLevel> {
        scores.fields.iter().map(|field| BenchmarkLevel::Field(field.field.id.clone())).collect()
    }

    /// The 14 goals, in chart order.
    pub fn goals(scores: &Scores<'_>) -> Vec<BenchmarkLevel> {
        scores.goals().map(|goal| BenchmarkLevel::Goal(goal.goal.id.clone())).collect()
    }
}

/// The chart's dashed median outline with its legend, or `None` without a benchmark (reactive).
pub fn median_outline(levels: &[BenchmarkLevel], lang: Lang) -> Option<Overlay> {
    medians(levels).map(|values| Overlay {
        values,
        legend: messages(lang).benchmark_legend.to_string(),
        class: "chart__median",
        testid: "chart-legend",
    })
}

/// Whether a regional benchmark is loaded (reactive).
pub fn has_benchmark() -> bool {
    use_benchmark().with(Option::is_some)
}

/// The region's median of a level as the score table shows it, or `None` where the benchmark has no figure for it
/// (reactive: read it in a closure).
pub fn median_text(level: &BenchmarkLevel) -> Option<String> {
    let size = firm_size();
    let unscored = Score { value: None, answered: 0, total: 0 };
    use_benchmark().with(|benchmark| {
        let comparison = benchmark.as_ref()?.compare(size, level.level(), &unscored)?;
        Some(comparison.stats.median.to_string())
    })
}
