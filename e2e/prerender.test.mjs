// The start page is in index.html itself (the app's own components rendered at build time, examples/prerender.rs),
// so it reads before the wasm runs; the app takes over without a visible jump; and it never flashes German when the
// app will not show the German start page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, KEY } from './support/app.mjs';
import { savedState, statements } from './support/content.mjs';

const env = useApp();

/**
 * The boxes of the page's parts, in document order, rounded to 0.1 px. Geometry has no role or name to locate by, so
 * this walks the elements the start page is made of (landmarks, headings, paragraphs, controls).
 */
const BOXES = () => [...document.querySelectorAll(
  'a.skip-link, header, header a, nav, main, main h1, main h2, main p, main .actions a, main .info-card, main .storage-choice, main input, main button, main label, footer, footer p, footer a',
)].filter((element) => element.getClientRects().length > 0).map((element) => {
  const box = element.getBoundingClientRect();
  return `${element.tagName.toLowerCase()}.${element.className} ${[box.x, box.y, box.width, box.height].map((n) => n.toFixed(1)).join(' ')}`;
});

/**
 * Opens the app with its wasm held back until `release()`, returning as soon as the document is parsed; layout shifts
 * are recorded from the first paint.
 */
async function openWithHeldWasm(options = {}) {
  const context = await env.browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts.push(entry.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const app = await env.open({ ...options, context, mounted: false });
  return { app, release };
}

const nextFrames = (app) => app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Text and boxes while the pre-render shows, then after the app mounted: the same, and nothing shifted. */
async function assertSeamlessTakeOver(app, release) {
  await app.prerenderedHeading.waitFor({ state: 'visible' });
  // The whole pre-render has painted (public/start.js says so) with its fonts: what it shows is settled.
  await app.page.waitForFunction(() => document.documentElement.hasAttribute('data-prerender-painted'));
  await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const prerenderedText = await app.page.evaluate(() => document.body.innerText);
  const prerenderedBoxes = await app.page.evaluate(BOXES);
  release();
  await app.ready();
  await nextFrames(app);
  assert.equal(await app.page.evaluate(() => document.body.innerText), prerenderedText, 'pre-render and app show the same text');
  assert.deepEqual(await app.page.evaluate(BOXES), prerenderedBoxes, 'every part of the page stays where it was');
  assert.deepEqual(await app.page.evaluate(() => window.__shifts), [], 'no layout shift');
  assert.ok(await app.start.heading.isVisible(), 'the app shows the start page');
}

test('the German start page reads before the wasm runs, and the app takes it over without a jump', async () => {
  const { app, release } = await openWithHeldWasm();
  await app.prerenderedHeading.waitFor({ state: 'visible' });
  assert.ok(await app.header.languageSwitch.isVisible(), 'the pre-rendered header has the language switch');
  assert.ok(await app.footer.privacyLink.isVisible(), 'the pre-rendered footer has the privacy link');
  await assertSeamlessTakeOver(app, release);
  await app.close();
});

test('embedded (compact) the pre-render shows the compact bar and the app takes over without a jump', async () => {
  const { app, release } = await openWithHeldWasm({ query: '?embed=1' });
  await app.prerenderedHeading.waitFor({ state: 'visible' });
  assert.ok(await app.header.languageSwitch.isVisible(), 'the compact bar has the language switch');
  assert.ok(await app.footer.accessibilityLink.isVisible(), 'the slim footer of compact mode has the accessibility link');
  await assertSeamlessTakeOver(app, release);
  await app.close();
});

test('the app, mounted over several tasks, replaces the pre-render in one: no moment shows both, or neither', async () => {
  // Every change to <body>'s children, batched as the browser delivers them: once per task that made them.
  const initScript = `window.__bodyChanges = [];
    new MutationObserver((records) => {
      const own = records.filter((record) => record.target === document.body);
      const names = (key) => own.flatMap((record) => [...record[key]]).filter((node) => node.nodeType === 1)
        .map((node) => node.id || node.tagName.toLowerCase());
      if (own.length) window.__bodyChanges.push({ added: names('addedNodes'), removed: names('removedNodes') });
    }).observe(document, { childList: true, subtree: true });`;
  const app = await env.open({ initScript });
  const changes = await app.page.evaluate(() => window.__bodyChanges);
  const swap = changes.findIndex((change) => change.removed.includes('prerender'));
  assert.ok(swap >= 0, `the pre-render was removed: ${JSON.stringify(changes)}`);
  assert.deepEqual(changes[swap].added.filter((name) => ['header', 'main', 'footer'].includes(name)), ['header', 'main', 'footer'],
    `header, main and footer arrive in the task that removes the pre-render: ${JSON.stringify(changes)}`);
  const appParts = (change) => change.added.filter((name) => ['a', 'header', 'main', 'footer'].includes(name));
  assert.deepEqual(changes.slice(0, swap).flatMap(appParts), [],
    `nothing of the app is in the document before (the parser added the pre-render): ${JSON.stringify(changes)}`);
  await app.close();
});

test('the app\'s files are fetched only after the pre-render has painted, so its paints are the largest ones', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE', viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    window.__largestPaints = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__largestPaints.push(entry.startTime); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const app = await env.open({ context });
  const { paints, appFiles } = await app.page.evaluate(() => ({
    paints: window.__largestPaints,
    appFiles: performance.getEntriesByType('resource').filter((entry) => /arbeitgeber-check-[0-9a-f]+(_bg\.wasm|\.js)$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  assert.equal(appFiles.length, 2, 'the glue module and the wasm, each fetched once');
  // The pre-render may paint in more than one frame (header first); every largest paint comes before the app's files.
  assert.ok(paints.length >= 1, 'the pre-render painted');
  const lastPaint = Math.max(...paints);
  assert.ok(Math.min(...appFiles) > lastPaint, `the app's files (from ${Math.min(...appFiles).toFixed(0)} ms) after the pre-render's last largest paint (${lastPaint.toFixed(0)} ms)`);
  await app.close();
});

const ENGLISH = { lang: 'en' };
const ANSWERED = { answers: { [statements[0].id]: 'fully' } };
for (const [name, options] of [
  ['?lang=en', { lang: 'en' }],
  ['English saved on this device', { initScript: rememberedScript(ENGLISH) }],
  ['English saved in this tab', { seed: ENGLISH }],
  ['saved answers (the start page offers to continue)', { seed: ANSWERED }],
  ['another screen in the hash', { at: (a) => a.field(1) }],
]) {
  test(`the German pre-render never shows with ${name}`, async () => {
    const { app, release } = await openWithHeldWasm(options);
    assert.equal(await app.prerender.count(), 1, 'the pre-render is in the document');
    assert.equal(await app.prerender.isVisible(), false, 'but hidden');
    release();
    await app.ready();
    await app.close();
  });
}

/** Puts a saved state into localStorage ("remember on this device") before the app starts. */
function rememberedScript(seed) {
  return `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(savedState(seed))})`;
}
