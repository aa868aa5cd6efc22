// The regional benchmark (issue 14): a benchmark built with the repository's own tools from generated result files,
// served beside a copy of dist/ with a kammer.json that names it. The results and the printed report show the
// region's median, middle half, n and where the firm stands, in words; the chart draws the median dashed with a
// legend. A hostile or missing file changes nothing but a console warning; without the setting nothing is requested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './support/pages/util.mjs';
import { PROVOKED, useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { axeViolations } from './support/axe.mjs';
import { expectedScores, fields } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';
import { benchmarkLines, expectedLine, medianLegend } from './support/pages/benchmark.mjs';
import { softly } from './support/texts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = 'vergleich.json';
const SIZE = '10-49';
const env = useApp();
const work = mkdtempSync(join(tmpdir(), 'agc-benchmark-'));
const servers = {};
let benchmark;

/** A copy of dist/ whose kammer.json names `FILE` (when `file` is given) holding `text`. */
async function site(name, kammer, text) {
  const root = join(work, name);
  cpSync(DIST, root, { recursive: true });
  writeFileSync(join(root, 'kammer.json'), JSON.stringify(kammer));
  if (text !== undefined) writeFileSync(join(root, FILE), text);
  return (servers[name] = await serve({ root }));
}

/** Hostile variants of the generated file, each leaving no usable figure at all. */
function hostile() {
  const copy = () => JSON.parse(JSON.stringify(benchmark));
  const wrongTypes = copy(); wrongTypes.all.n = String(wrongTypes.all.n);
  const tooFew = copy(); tooFew.all.n = 4;
  const disordered = copy(); delete disordered.sizes;
  for (const stats of [disordered.all.overall, ...Object.values(disordered.all.fields)]) { stats.lower = stats.upper + 1; }
  const markup = copy(); delete markup.sizes; delete markup.all.overall;
  markup.all.fields = Object.fromEntries(Object.values(markup.all.fields).map((s, i) => [`<img src=x onerror=alert(${i})>`, s]));
  return { wrongTypes, tooFew, disordered, markup };
}

before(() => {
  // The chamber's own steps (BENCHMARK.md): generated result files, then the benchmark built from them.
  const demo = join(work, 'demo');
  execFileSync('cargo', ['run', '--quiet', '--example', 'benchmark_demo', '--', demo, '40'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('cargo', ['run', '--quiet', '--example', 'benchmark', '--', demo, join(work, 'out')], { cwd: ROOT, stdio: 'ignore' });
  benchmark = JSON.parse(readFileSync(join(work, 'out', 'benchmark.json'), 'utf8'));
  assert.ok(benchmark.sizes[SIZE], `the demo set has a ${SIZE} cell`);
});
after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

/** The figures the app must use for a level: the size cell's when it has them, else the whole set's. */
function comparison(level) {
  const pick = (cell) => (level === 'overall' ? cell.overall : cell.fields[level]);
  const own = pick(benchmark.sizes[SIZE]);
  return own ? { scope: 'size', stats: own } : { scope: 'all', stats: pick(benchmark.all) };
}

const scores = expectedScores(answers);
const shown = (score) => (score === null ? null : Math.round(score));
const seed = (lang) => ({ answers, lang, profile: { size: SIZE } });



for (const lang of ['de', 'en']) {
  test(`results and report show the region's figures and the firm's position in words (${lang})`, async () => {
    const server = servers.good ?? await site('good', { benchmark: FILE }, JSON.stringify(benchmark));
    const app = await env.open({ server, seed: seed(lang), at: (a) => a.results });
    const { results, t } = app;
    const size = t.benchmark_size_labels.byVariant.Small;
    const overallLine = expectedLine(t, comparison('overall'), shown(scores.overall.score), size);
    await benchmarkLines(results.overall).first().waitFor();
    assert.deepEqual(await benchmarkLines(results.overall).allInnerTexts(), [overallLine]);
    const fieldLines = fields.map((field, i) => expectedLine(t, comparison(field.id), shown(scores.fields[i].score), size));
    for (const [i, field] of fields.entries()) {
      assert.deepEqual(await benchmarkLines(results.fieldCard(field)).allInnerTexts(), [fieldLines[i]], field.id);
    }
    assert.equal((await medianLegend(results.chartRegion).textContent()).trim(), t.benchmark_legend);
    assert.ok(await results.chart().locator('.chart__median').count() > 0, 'the dashed median outline');
    // The table alternative of the charts carries the medians as text, one per field row.
    const table = await results.openTable();
    assert.equal(await table.getByRole('columnheader', { name: t.results_table_median, exact: true, includeHidden: true }).count(), 1);
    for (const field of fields) {
      const row = table.getByRole('row', { includeHidden: true })
        .filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^${softly(field.title[lang])}$`), includeHidden: true }) });
      assert.equal((await row.getByTestId('table-median').textContent()).trim(), String(comparison(field.id).stats.median), field.id);
    }
    assert.deepEqual(await axeViolations(app.page), [], 'axe on the results with a benchmark');

    await results.toReportLink.click();
    await app.page.getByTestId('report').waitFor();
    await benchmarkLines(app.page.getByTestId('report')).first().waitFor();
    const pdf = join(work, `report-${lang}.pdf`);
    writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
    // -raw: in the order Chromium wrote the text (the fields print in two columns).
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const line of [overallLine, ...fieldLines]) assert.ok(text.includes(line), `PDF has "${line}"`);
    assert.ok(text.includes(t.benchmark_legend), 'PDF has the legend');
    assert.deepEqual(await axeViolations(app.page), [], 'axe on the report with a benchmark');
    assert.deepEqual(app.page.problems.consoleErrors, []);
  });
}

test('a hostile or missing benchmark file changes nothing but a console warning', async () => {
  const cases = { ...Object.fromEntries(Object.entries(hostile()).map(([k, v]) => [k, JSON.stringify(v)])), missing: undefined };
  for (const [name, text] of Object.entries(cases)) {
    const server = await site(name, { benchmark: FILE }, text);
    const warnings = [];
    const app = await env.open({
      server, seed: seed('de'), at: (a) => a.results, expectProblems: name === 'missing' ? PROVOKED.missingFile : undefined,
      beforeLoad: (page) => page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
    });
    await until(() => warnings.some((w) => w.includes(FILE)), `${name}: a console warning that names the file`);
    assert.equal(await benchmarkLines(app.main).count(), 0, `${name}: no benchmark line`);
    assert.equal(await medianLegend(app.main).count(), 0, `${name}: no median in the chart`);
    // No field or overall figure survives any of these files (goal figures may, and then show in their own rows).
    const table = await app.results.openTable();
    for (const field of fields) {
      const row = table.getByRole('row', { includeHidden: true })
        .filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^${softly(field.title.de)}$`), includeHidden: true }) });
      const medians = (await row.getByTestId('table-median').allTextContents()).join('');
      assert.ok(!/\d/.test(medians), `${name}: no median for ${field.id} (${medians})`);
    }
    // The header's place for the chamber's logo (empty here) is the app's own.
    assert.equal(await app.page.locator('img:not(.site-header__chamber > img)').count(), 0, `${name}: no markup from the file`);
    assert.equal(await app.results.overallScore.innerText(), String(shown(scores.overall.score)));
    await app.page.context().close();
  }
});

test('without a benchmark setting no benchmark file is requested', async () => {
  // Settings with a host imprint but no benchmark: the imprint link shows once they have been read.
  const imprint = 'https://kammer.example/impressum';
  const server = await site('unset', { links: { imprint } }, JSON.stringify(benchmark));
  const requests = [];
  const app = await env.open({ server, seed: seed('de'), at: (a) => a.results, beforeLoad: (page) => page.on('request', (r) => { const url = new URL(r.url()); requests.push(url.pathname + url.search); }) });
  // A benchmark request would start in the update that reads the settings, which also shows the imprint link. A
  // request of the test's own after that is a barrier: a page's requests reach the browser in order, so once it is
  // seen, any request the settings started has been seen too.
  await app.footer.imprintLink.waitFor();
  await app.page.evaluate(() => fetch('./kammer.json?barrier'));
  await until(() => requests.includes('/kammer.json?barrier'), 'the barrier request');
  assert.ok(requests.includes('/kammer.json'), 'kammer.json is read');
  // Other JSON than kammer.json and the check's own content file would be a benchmark.
  assert.deepEqual(requests.filter((p) => p.endsWith('.json') && p !== '/kammer.json' && !/^\/content-[0-9a-f]{16}\.json$/.test(p)), []);
  assert.equal(await benchmarkLines(app.main).count(), 0);
});
