// Every screen but the start page is in a wasm chunk of its own (src/pages/on_demand.rs, scripts/split-wasm.mjs):
// the start page works without it, the app fetches it once it runs, and a screen waits for it with a status; a failed
// request says so, loses nothing and can be retried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PROVOKED, useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { answerAll, statements } from './support/content.mjs';
import { firmFile } from './support/firm-files.mjs';
import { until } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';
import { contextWithHeld, failThenRetry } from './support/requests.mjs';

const env = useApp();
const CHUNK = '**/split_on_demand-*.wasm';

test('the results, plan, team and information screens are in the chunk, not in the wasm the start page needs', () => {
  const files = readdirSync(DIST);
  const [main] = files.filter((name) => /^arbeitgeber-check-[0-9a-f]{16}_bg\.wasm$/.test(name));
  const chunks = files.filter((name) => /^split_on_demand-[0-9a-f]{16}\.wasm$/.test(name));
  assert.equal(chunks.length, 1, 'one chunk');
  // Class names only these screens use, as the wasm holds them.
  for (const only of ['other-goals__list', 'plan-owner', 'team-divided', 'accessibility-page', 'easy-language-page']) {
    assert.ok(readFileSync(join(DIST, chunks[0])).includes(only), `${only} in the chunk`);
    assert.ok(!readFileSync(join(DIST, main)).includes(only), `${only} not in the start page's wasm`);
  }
  // The result file's format tag: only its writer and its strict reader use it, both in the chunk.
  assert.ok(readFileSync(join(DIST, chunks[0])).includes('arbeitgeber-check-export'), 'the result file\'s code in the chunk');
  assert.ok(!readFileSync(join(DIST, main)).includes('arbeitgeber-check-export'), 'no result file\'s code in the start page\'s wasm');
});

test('the start page works while the chunk is on its way; the next screen shows once it has arrived', async () => {
  const { context, release, requests } = await contextWithHeld(env, CHUNK);
  const app = await env.open({ context });
  await until(() => requests.length === 1, 'the app to ask for the chunk as soon as it runs');
  assert.ok(await app.start.startLink.isVisible(), 'the start page is up');
  await app.start.startLink.click();
  await app.contentLoading.waitFor();
  assert.equal(await app.profile.heading.count(), 0, 'no profile without its code');
  assert.deepEqual(await axeViolations(app.page), [], 'the status screen is axe clean');
  release();
  await app.profile.waitFor();
  await app.waitForHeadingFocus();
  await app.profile.nextLink.click();
  await app.field(1).waitFor();
  assert.deepEqual(await app.field(1).shownStatementIds(), app.field(1).contentStatements.map((s) => s.id));
  assert.deepEqual(app.page.problems.pageErrors, []);
  assert.deepEqual(app.page.problems.consoleErrors, []);
  await app.close();
});

test('a failed chunk request says so, keeps the answers, and "Erneut versuchen" brings the questions', async () => {
  const app = await failThenRetry(env, CHUNK);
  // The results, the plan and the team come from the same chunk.
  await app.goto('#/ergebnis');
  await app.results.waitFor();
  assert.deepEqual(app.page.problems.pageErrors, [], 'the app goes on after the failed load');
  await app.close();
});

test('a chunk whose bytes do not match the build\'s digest is not run: the screen says it could not load', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  await context.route(CHUNK, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 1;
    await route.fulfill({ response, body });
  });
  const app = await env.open({ context, at: (a) => ({ hash: '#/feld/1', waitFor: () => a.contentFailed.waitFor() }), expectProblems: PROVOKED.tamperedChunk });
  assert.equal(await app.field(1).heading.count(), 0);
  assert.deepEqual(app.page.problems.pageErrors, [], 'the app goes on');
  // The service worker may still be fetching the chunk through the route: closing under it leaves the handler
  // reading a disposed response after the test.
  await context.unrouteAll({ behavior: 'wait' });
  await app.close();
});

test('a result file saved or chosen while the chunk cannot load is refused with the reason and no change, and works once it can', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  let fail = true;
  await context.route(CHUNK, (route) => (fail ? route.abort() : route.continue()));
  const answers = { [statements[0].id]: 'mostly' };
  const app = await env.open({ context, seed: { answers }, expectProblems: PROVOKED.failedRequest });
  const file = app.start.resultFile;
  const downloads = [];
  app.page.on('download', (download) => downloads.push(download));
  // The export's code is in the chunk too: the click says why nothing was saved, where the import says it.
  await file.exportButton.click();
  await until(async () => (await file.status.innerText()).trim() === app.t.content_failed_text, 'the export to say it failed');
  assert.equal(downloads.length, 0, 'no file without the chunk');
  const path = join(tempDir('agc-chunk-'), 'ergebnis.json');
  writeFileSync(path, firmFile({ name: 'Tischlerei Probe', at: '2026-11-02T09:00:00.000Z', answers }));
  const before = await app.stored('session');
  assert.equal(await file.answerTo(await file.choose(path)), app.t.content_failed_title);
  assert.deepEqual(await app.stored('session'), before, 'nothing changed');
  fail = false;
  const download = await app.download(file.exportButton);
  assert.match(download.suggestedFilename(), /\.json$/, 'saved once the chunk can load');
  await file.choose(path);
  // Over existing answers the import asks first: the file was read.
  await file.confirmButton.waitFor();
  assert.deepEqual(app.page.problems.pageErrors, []);
  await app.close();
});

test('a chamber\'s benchmark waits for the chunk (kammer.json is checked there), and the results come after it', async () => {
  const { context, release } = await contextWithHeld(env, CHUNK);
  await context.route('**/kammer.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ benchmark: 'benchmark.json' }) }));
  const benchmarkAsked = [];
  // Any file will do: the app reads the content (and so needs the parser) before it looks at the file.
  await context.route('**/benchmark.json', (route) => { benchmarkAsked.push(1); route.fulfill({ contentType: 'application/json', body: '{}' }); });
  const app = await env.open({ context, seed: { answers: answerAll(() => 'mostly') }, mounted: false });
  await app.goto('#/ergebnis');
  await app.contentLoading.waitFor();
  assert.equal(benchmarkAsked.length, 0, 'no benchmark before kammer.json is checked');
  release();
  await app.results.waitFor();
  await until(() => benchmarkAsked.length === 1, 'the app to ask for the benchmark once the chunk is here');
  assert.equal(await app.contentFailed.count(), 0, 'no failure');
  await app.close();
});

test('the screens\' style sheet comes with the chunk: a screen waits for it and shows styled', async () => {
  const { context, release } = await contextWithHeld(env, '**/screens-*.css');
  // Counts the wasm modules instantiated (the main module, then the chunk), however they are compiled.
  await context.addInitScript(() => {
    window.__instantiated = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = async (...args) => {
        const result = await original.apply(WebAssembly, args);
        window.__instantiated += 1;
        return result;
      };
    }
  });
  const app = await env.open({ context, at: (a) => ({ hash: '#/feld/1', waitFor: () => a.contentLoading.waitFor() }) });
  // The chunk's code is here and ready to run, and the content file has arrived: only the held style sheet keeps the
  // screen back now. Two frames later a screen that did not wait for it would be on the page.
  await until(() => app.page.evaluate(() => window.__instantiated >= 2), 'the chunk to be instantiated');
  await until(() => app.page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /content-[0-9a-f]+\.json$/.test(entry.name))), 'the content file');
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await app.field(1).heading.count(), 0, 'no questions before their styles');
  release();
  await app.field(1).waitFor();
  const border = await app.field(1).statement(statements[0].id).group.evaluate((element) => getComputedStyle(element).borderLeftWidth);
  assert.equal(border, '4px', 'the statements have the screens\' styles');
  await app.close();
});
