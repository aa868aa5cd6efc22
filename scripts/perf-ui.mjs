// Speed measurement (not a test; times never are; not the regional benchmark): the figures of issue 15, beside the previous release's
// (perf/previous.json), on the release build served with brotli (e2e/support/serve.mjs):
//  1. first load: brotli bytes of every file fetched before the start page is usable (scripts/size.mjs);
//  2. Lighthouse mobile (its default: simulated slow 4G, 4x CPU), median of LIGHTHOUSE_RUNS (3) runs: performance,
//     LCP, TBT, CLS (lighthouse is pinned to 12.8.x in package.json: 13.x needs Node >= 22.19, the project runs on 20);
//  3. the time to render the results screen for a complete answer set at 4x CPU throttling: complete (click "Zum
//     Ergebnis" -> scores and all recommendations in the DOM, then the next frame, so style, layout and paint are
//     included), median of 11; and the first view (click -> the main thread's end of the first frame that paints the
//     overall score, from a Chromium trace, as the page cannot observe its own paint), median of 7; in a browser that
//     keeps a profile, as a visitor's does (`launchWithProfile`: without one, every change of the hash costs an icon
//     download);
//  4. the time from clicking an answer to the updated progress text at 4x CPU throttling, median and worst;
//  5. figures that a loaded, shared machine blurs less, for telling small changes apart: the results screen's DOM
//     nodes and its main-thread CPU time without throttling (in the browser with a profile of 3.; the thread's own
//     time from a Chromium trace, so time the host spends elsewhere does not count), and for the start-up the wasm
//     functions compiled before the start page is the app's (V8 compiles each on its first call, on the main
//     thread) and the longest task's CPU time from the wasm's compilation on;
//  6. the host's speed: a fixed JavaScript loop in the same Chromium, unthrottled, timed before and after the other
//     measures (median of each). On a shared machine every timed figure above moves with it: the same build has
//     measured 88 to 240 ms for 3. within an hour. Compare timed figures only between runs whose loops took about
//     as long; the node and function counts do not depend on it.
// `make perf-ui` (builds first). `node scripts/perf-ui.mjs dist --save` writes the figures to perf/previous.json
// (do that on the release a change is compared with; `RELEASE=<commit>` names it when DIST is not this checkout's).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../e2e/support/serve.mjs';
import { launch, launchWithProfile } from '../e2e/support/browser.mjs';
import { statements, savedState, seedScript } from '../e2e/support/content.mjs';
import { measure } from './size.mjs';
import { deskFigures } from './perf-desk.mjs';
import { TIMELINE, isClick, paintedBy, topTasks, traced } from './trace.mjs';

const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
const PREVIOUS = new URL('../perf/previous.json', import.meta.url);
const LIGHTHOUSE = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;
const server = await serve({ root: dist, brotliQuality: 11 });
const execFileAsync = promisify(execFile);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Lighthouse first, alone on the machine's CPU.
const lighthouseRuns = [];
for (let run = 0; run < Number(process.env.LIGHTHOUSE_RUNS ?? 3); run++) {
  // Asynchronous: the server answering Lighthouse runs in this process, so a synchronous call would deadlock it.
  const { stdout } = await execFileAsync(LIGHTHOUSE, [
    server.url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id].numericValue;
  lighthouseRuns.push({
    performance: Math.round(report.categories.performance.score * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  });
}
const lighthouse = Object.fromEntries(['performance', 'lcp', 'tbt', 'cls'].map((key) => [key, median(lighthouseRuns.map((r) => r[key]))]));
console.log(`Lighthouse mobile, ${lighthouseRuns.length} runs: ${lighthouseRuns.map((r) => `${r.performance} (LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)})`).join('; ')}`);
const browser = await launch();
/** 6.: the median time of a fixed loop, in a page of its own without throttling. */
async function hostLoopMs() {
  const probe = await browser.newPage();
  const times = await probe.evaluate(() => Array.from({ length: 9 }, () => {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 2e7; i++) sum = (sum + i * 7) % 1000003;
    // The sum is used, so the loop cannot be optimised away.
    return sum >= 0 ? performance.now() - start : 0;
  }));
  await probe.close();
  return median(times);
}
const hostBefore = await hostLoopMs();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const loadStart = Date.now();
await page.goto(server.url + '#/feld/1');
await page.locator('fieldset[data-statement]').first().waitFor();
const loadMs = Date.now() - loadStart;

// Each sample: click a radio (dispatching the real click from inside the page, so the measurement starts at the
// event) and wait for the progress text to change, measured with performance.now() in the page.
const samples = await page.evaluate(async () => {
  const results = [];
  const progress = document.querySelector('[data-testid=progress-text]');
  const radios = [...document.querySelectorAll('fieldset[data-statement]')].flatMap((f) => [
    f.querySelector('input[value=fully]'),
    f.querySelector('input[value=not_true]'),
  ]);
  const clears = () => [...document.querySelectorAll('[data-testid=clear-answer]')];
  for (let round = 0; round < 3; round++) {
    for (const radio of radios.filter((_, i) => i % 2 === 0)) {
      const before = progress.textContent;
      const start = performance.now();
      radio.click();
      await new Promise((resolve) => {
        if (progress.textContent !== before) return resolve();
        new MutationObserver((_, observer) => { observer.disconnect(); resolve(); })
          .observe(progress, { childList: true, characterData: true, subtree: true });
      });
      results.push(performance.now() - start);
    }
    for (const clear of clears()) clear.click();
    await new Promise((r) => setTimeout(r, 50));
  }
  return results;
});
samples.sort((a, b) => a - b);
console.log(`click -> progress updated, 4x CPU throttling, ${samples.length} clicks: median ${median(samples).toFixed(2)} ms, worst ${samples.at(-1).toFixed(2)} ms`);
console.log(`page load to first statement (4x throttling, localhost): ${loadMs} ms`);

const scale = ['fully', 'mostly', 'rather_not', 'not_true', 'mostly', 'not_relevant'];
const answers = Object.fromEntries(statements.map((s, i) => [s.id, scale[i % scale.length]]));
// The results screen in a browser that keeps a profile, as a returning visitor's does: in a fresh context Chromium
// fetches and decodes the icon again on every change of the hash, about 4 ms of the main thread's time per render
// without throttling that no visitor with a profile spends.
const profileDir = mkdtempSync(join(tmpdir(), 'agc-perf-profile-'));
process.on('exit', () => rmSync(profileDir, { recursive: true, force: true }));
const withProfile = await launchWithProfile(profileDir, { viewport: { width: 1280, height: 900 } });
const results = await withProfile.newPage();
await (await results.context().newCDPSession(results)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
await results.addInitScript(seedScript(savedState({ answers, profile: { size: '10-49', sector: 'handwerk', trains_apprentices: true } })));
/**
 * In the page: clicks "Zum Ergebnis" and waits for the scores and all recommendations in the DOM, then for the next
 * frame (its style, layout and paint are part of showing the screen; forcing a layout instead would leave out what
 * the browser lays out only when it paints, such as sections with content-visibility). Returns [start, end, when the
 * overall score appeared] in ms.
 */
async function showResults() {
  const until = (done) => new Promise((resolve) => {
    if (done()) return resolve();
    new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(); } })
      .observe(document.body, { childList: true, subtree: true });
  });
  let scoreSeen;
  const score = until(() => document.querySelector('[data-testid=overall-score]'))
    .then(() => { scoreSeen = performance.now(); });
  const start = performance.now();
  document.querySelector('[data-testid=to-results]').click();
  await score;
  await until(() => document.querySelectorAll('[data-testid=priority]').length > 0);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return [start, performance.now(), scoreSeen];
}
const renders = [];
for (let run = 0; run < 11; run++) {
  await results.goto(server.url + '#/uebersicht');
  await results.getByTestId('to-results').waitFor();
  const [start, end] = await results.evaluate(showResults);
  renders.push(end - start);
}
renders.sort((a, b) => a - b);
console.log(`results screen render, complete answers, 4x CPU throttling, ${renders.length} runs: median ${median(renders).toFixed(1)} ms, worst ${renders.at(-1).toFixed(1)} ms`);

// The steady figures, from Chromium traces without throttling.
const cpuMs = (tasks) => tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000;

// The first view, at 4x as above: from the click to the end of the main thread's task that paints the first frame
// after the overall score is in the DOM (the trace's clock is in microseconds; the click's dispatch anchors the page's
// clock to it). The screen's lower part may still be rendering after that frame.
const firstViews = [];
for (let run = 0; run < 7; run++) {
  await results.goto(server.url + '#/uebersicht');
  await results.getByTestId('to-results').waitFor();
  const { value: [start, , scoreSeen], events } =
    await traced(results, TIMELINE, isClick, () => results.evaluate(showResults));
  const click = events.find(isClick);
  const seen = click.ts + (scoreSeen - start) * 1000;
  firstViews.push((paintedBy(events, seen) - click.ts) / 1000);
}
console.log(`results screen, first view painted, 4x CPU throttling, ${firstViews.length} runs: `
  + `median ${median(firstViews).toFixed(1)} ms`);

// One page at a time: a second page of the same browser would be a background tab, whose frames wait.
await results.close();
const steady = await withProfile.newPage();
await steady.addInitScript(seedScript(savedState({ answers, profile: { size: '10-49', sector: 'handwerk', trains_apprentices: true } })));
const resultsCpu = [];
let resultsNodes = 0;
for (let run = 0; run < 8; run++) {
  await steady.goto(server.url + '#/uebersicht');
  await steady.getByTestId('to-results').waitFor();
  await steady.waitForTimeout(200);
  const { value: [start, end], events } = await traced(steady, TIMELINE, isClick, () => steady.evaluate(showResults));
  // The tasks from the click's to the frame's end (trace clock: microseconds; anchored at the click's task).
  const tasks = topTasks(events);
  const click = events.find(isClick);
  const first = tasks.filter((task) => task.ts <= click.ts).at(-1);
  const until = first.ts + (end - start) * 1000;
  // The first run compiles the results screen's code; the others measure the render alone, as a returning visitor.
  if (run > 0) resultsCpu.push(cpuMs(tasks.filter((task) => task.ts >= first.ts && task.ts <= until)));
  resultsNodes = await steady.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  });
}
console.log(`results screen: ${resultsNodes} DOM nodes; main-thread CPU without throttling, ${resultsCpu.length} runs: median ${median(resultsCpu).toFixed(1)} ms`);

const startupTask = [];
let compiled = 0;
for (let run = 0; run < 5; run++) {
  // A new context each time: nothing of the wasm compiled or cached before.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const startPage = await context.newPage();
  const { events } = await traced(startPage, [...TIMELINE, 'v8.wasm'], (e) => e.name === 'wasm.CompileLazy', async () => {
    await startPage.goto(server.url);
    await startPage.locator('#prerender').waitFor({ state: 'detached' });
    await startPage.waitForTimeout(500);
  });
  compiled = events.filter((e) => e.name === 'wasm.CompileLazy').length;
  // From the task that starts compiling the wasm on: the app's start-up (before it, the browser's own first layout).
  const wasmStart = Math.min(...events.filter((e) => e.cat?.includes('wasm')).map((e) => e.ts));
  const appTasks = topTasks(events).filter((task) => task.ts + task.dur >= wasmStart);
  startupTask.push(Math.max(...appTasks.map((task) => (task.tdur ?? 0) / 1000)));
  await context.close();
}
console.log(`start-up: ${compiled} wasm functions compiled; longest main-thread task, CPU without throttling, ${startupTask.length} runs: median ${median(startupTask).toFixed(1)} ms`);
const desk = await deskFigures(browser, server.url);
console.log(`desk: 200 files to table, 1x CPU: median ${desk.desk_load_200_ms} ms; sort a column, 4x CPU: first view median ${desk.desk_sort_first_view_4x_ms} ms, complete ${desk.desk_sort_4x_ms} ms`);
const hostAfter = await hostLoopMs();
const loops = `${hostBefore.toFixed(1)} ms before, ${hostAfter.toFixed(1)} ms after the measures`;
console.log(`host speed, fixed loop: ${loops}`);
await withProfile.close();
await browser.close();
await server.close();

const now = {
  first_load_bytes: measure(dist).total,
  lighthouse_performance: lighthouse.performance,
  lcp_ms: Math.round(lighthouse.lcp),
  tbt_ms: Math.round(lighthouse.tbt),
  cls: Number(lighthouse.cls.toFixed(3)),
  results_render_ms: Number(median(renders).toFixed(1)),
  results_first_view_ms: Number(median(firstViews).toFixed(1)),
  answer_click_ms: Number(median(samples).toFixed(2)),
  answer_click_worst_ms: Number(samples.at(-1).toFixed(2)),
  results_dom_nodes: resultsNodes,
  results_cpu_ms: Number(median(resultsCpu).toFixed(1)),
  startup_compiled_functions: compiled,
  startup_task_cpu_ms: Number(median(startupTask).toFixed(1)),
  desk_load_200_ms: desk.desk_load_200_ms,
  desk_sort_first_view_4x_ms: desk.desk_sort_first_view_4x_ms,
  desk_sort_4x_ms: desk.desk_sort_4x_ms,
  host_loop_ms: Number(((hostBefore + hostAfter) / 2).toFixed(1)),
};
const previous = existsSync(PREVIOUS) ? JSON.parse(readFileSync(PREVIOUS, 'utf8')) : null;
const ROWS = [
  ['first load (brotli)', 'first_load_bytes', (v) => `${(v / 1000).toFixed(1)} KB`, '<= 160 KB'],
  ['Lighthouse mobile performance', 'lighthouse_performance', (v) => `${v}`, '100'],
  ['  LCP', 'lcp_ms', (v) => `${(v / 1000).toFixed(2)} s`, '<= 1.2 s'],
  ['  TBT', 'tbt_ms', (v) => `${v} ms`, '<= 20 ms'],
  ['  CLS', 'cls', (v) => `${v}`, '0'],
  ['results, first view, 4x CPU (median)', 'results_first_view_ms', (v) => `${v} ms`, '<= 100 ms'],
  ['results, complete, 4x CPU (median)', 'results_render_ms', (v) => `${v} ms`, '<= 100 ms'],
  ['answer click, 4x CPU (median)', 'answer_click_ms', (v) => `${v} ms`, '<= 16 ms'],
  ['answer click, 4x CPU (worst)', 'answer_click_worst_ms', (v) => `${v} ms`, ''],
  ['results screen, DOM nodes', 'results_dom_nodes', (v) => `${v}`, ''],
  ['results, complete, CPU 1x (median)', 'results_cpu_ms', (v) => `${v} ms`, ''],
  ['start-up, wasm functions compiled', 'startup_compiled_functions', (v) => `${v}`, ''],
  ['start-up, longest task CPU 1x', 'startup_task_cpu_ms', (v) => `${v} ms`, ''],
  ['desk: 200 files to table, 1x CPU', 'desk_load_200_ms', (v) => `${v} ms`, '<= 1000 ms'],
  ['desk sort, first view, 4x CPU', 'desk_sort_first_view_4x_ms', (v) => `${v} ms`, '<= 100 ms'],
  ['desk sort, complete, 4x CPU', 'desk_sort_4x_ms', (v) => `${v} ms`, '<= 100 ms'],
  ['host: fixed loop (lower = quieter)', 'host_loop_ms', (v) => `${v} ms`, ''],
];
const label = previous ? `previous (${previous.release})` : 'previous';
console.log(`\n${'measure'.padEnd(34)} ${label.padStart(22)} ${'now'.padStart(12)} ${'target'.padStart(10)}`);
for (const [name, key, format, target] of ROWS) {
  const before = previous?.figures?.[key];
  console.log(`${name.padEnd(34)} ${(before === undefined ? '–' : format(before)).padStart(22)} ${format(now[key]).padStart(12)} ${target.padStart(10)}`);
}
if (args.includes('--save')) {
  // RELEASE=<name> when DIST is another release's build than the checkout's (e.g. a worktree of the last release).
  const release = process.env.RELEASE ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync(new URL('.', PREVIOUS), { recursive: true });
  writeFileSync(PREVIOUS, JSON.stringify({ release, measured: new Date().toISOString().slice(0, 10), figures: now }, null, 2) + '\n');
  console.log(`saved as the previous release's figures: ${PREVIOUS.pathname}`);
}
