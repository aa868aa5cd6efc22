// The regional benchmark lines ("Betriebe … n = 14. Median der Region: …. Ihr Wert liegt …") and the chart's dashed
// median outline with its legend, on the results screen and in the report. A line has no role of its own, so it
// carries a test id; the expected text is built from the benchmark file and the app's own templates.
import { fill } from '../texts.mjs';

/** The benchmark lines inside `scope` (a region, a card, the report). */
export const benchmarkLines = (scope) => scope.getByTestId('benchmark');

/** The chart's legend entry for the dashed median outline. */
export const medianLegend = (scope) => scope.getByTestId('chart-legend');

/**
 * The line the app must show for `stats` (`{n, lower, median, upper}`) of a `scope` ({all} or {size}) and the
 * firm's shown score (a whole number or null), in the texts `t` of a language.
 */
export function expectedLine(t, { scope, stats }, shown, sizeLabel) {
  const whose = scope === 'all'
    ? fill(t.benchmark_scope_all, { n: stats.n })
    : fill(t.benchmark_scope_size, { size: sizeLabel, n: stats.n });
  const figures = fill(t.benchmark_figures, { median: stats.median, lower: stats.lower, upper: stats.upper });
  const position = shown === null ? ''
    : ` ${shown < stats.lower ? t.benchmark_below : shown > stats.upper ? t.benchmark_above : t.benchmark_middle}`;
  return `${whose}. ${figures}.${position}`;
}
