// The start page is in index.html itself (pre-rendered at build time by examples/prerender.rs), so it reads before
// the wasm runs; the app takes over without a visible jump; and it never flashes German when the app will not show
// the German start page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, appReady } from './support/app.mjs';
import { savedState, statements } from './support/content.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

/** The boxes of the start page's parts, in document order, rounded to 0.1 px. */
const BOXES = () => [...document.querySelectorAll(
  'a.skip-link, header, main, main h1, main h2, main p, main .actions a, main .info-card, main .storage-choice, main input, main button, main label, footer, footer p',
)].filter((element) => element.getClientRects().length > 0).map((element) => {
  const box = element.getBoundingClientRect();
  return `${element.tagName.toLowerCase()}.${element.className} ${[box.x, box.y, box.width, box.height].map((n) => n.toFixed(1)).join(' ')}`;
});

/** A page whose wasm is held back until `release()`; layout shifts are recorded from the first paint. */
async function withHeldWasm(contextOptions = {}, initScript) {
  const context = await env.browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 }, ...contextOptions });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts.push(entry.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  if (initScript) await context.addInitScript(initScript);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  return { context, page, release };
}

test('the German start page reads before the wasm runs, and the app takes it over without a jump', async () => {
  const { context, page, release } = await withHeldWasm();
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('#prerender main h1').waitFor({ state: 'visible' });
  assert.equal(await page.locator('main h1').innerText(), 'Wie attraktiv ist Ihr Betrieb als Arbeitgeber?');
  await page.waitForTimeout(300);
  const prerenderedText = await page.evaluate(() => document.body.innerText);
  const prerenderedBoxes = await page.evaluate(BOXES);

  release();
  await appReady(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.body.innerText), prerenderedText, 'pre-render and app show the same text');
  assert.deepEqual(await page.evaluate(BOXES), prerenderedBoxes, 'every part of the page stays where it was');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  await context.close();
});

test('embedded (compact) the pre-render shows the compact bar and the app takes over without a jump', async () => {
  const { context, page, release } = await withHeldWasm();
  await page.goto(env.server.url + '?embed=1', { waitUntil: 'domcontentloaded' });
  await page.locator('#prerender main h1').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#prerender footer').isVisible(), false);
  const prerenderedText = await page.evaluate(() => document.body.innerText);
  const prerenderedBoxes = await page.evaluate(BOXES);
  release();
  await appReady(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.body.innerText), prerenderedText);
  assert.deepEqual(await page.evaluate(BOXES), prerenderedBoxes);
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  await context.close();
});

const ENGLISH_SAVED = savedState({ lang: 'en' });
const ANSWERED = savedState({ answers: { [statements[0].id]: 'fully' } });
for (const [name, path, initScript] of [
  ['?lang=en', '?lang=en', null],
  ['English saved on this device', '', `localStorage.setItem('arbeitgeber-check', ${JSON.stringify(ENGLISH_SAVED)})`],
  ['English saved in this tab', '', `sessionStorage.setItem('arbeitgeber-check', ${JSON.stringify(ENGLISH_SAVED)})`],
  ['saved answers (the start page offers to continue)', '', `sessionStorage.setItem('arbeitgeber-check', ${JSON.stringify(ANSWERED)})`],
  ['another screen in the hash', '#/feld/1', null],
]) {
  test(`the German pre-render never shows with ${name}`, async () => {
    const { context, page, release } = await withHeldWasm({}, initScript ?? undefined);
    await page.goto(env.server.url + path, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#prerender').count(), 1, 'the pre-render is in the document');
    assert.equal(await page.locator('#prerender main h1').isVisible(), false, 'but hidden');
    release();
    await appReady(page);
    await context.close();
  });
}
