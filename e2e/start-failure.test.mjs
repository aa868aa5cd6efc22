// When the app cannot start, the visitor is told so in the page within seconds, in the page's language, and the
// console names the cause for the web editor (public/start.js): WebAssembly refused by a Content-Security-Policy, the
// boot script missing, the screens' chunk never arriving. A normal start shows no such message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';

const env = useApp();
const GERMAN = 'Der Check kann in diesem Browser gerade nicht starten. Bitte laden Sie die Seite neu oder versuchen Sie einen anderen Browser.';
const ENGLISH = 'The check cannot start in this browser right now. Please reload the page or try another browser.';

/** Opens the app (not waiting for it to mount) and returns the tab, its console errors and when it was opened. */
async function openFailing(server, { query = '', route } = {}) {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  if (route) await context.route(...route);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const opened = Date.now();
  await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
  return { page, errors, opened, context };
}

/** Waits for the failure message; returns its text and after how many seconds it showed. */
async function failureShown({ page, opened }, timeout = 10_000) {
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout });
  return { text: (await alert.innerText()).trim(), seconds: (Date.now() - opened) / 1000 };
}

test('WebAssembly refused by the CSP: the message within seconds, German and English, the console names the CSP', async () => {
  const server = await serve({ root: DIST, headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" } });
  for (const [query, expected] of [['', GERMAN], ['?lang=en', ENGLISH]]) {
    const opened = await openFailing(server, { query });
    const { text, seconds } = await failureShown(opened);
    assert.equal(text, expected);
    assert.ok(seconds < 8, `after ${seconds} s`);
    assert.ok(opened.errors.some((e) => /^Arbeitgeber-Check: Start fehlgeschlagen: .*Content.Security.Polic(y|ies)/i.test(e)), opened.errors.join('\n'));
    await opened.context.close();
  }
  await server.close();
});

test('a missing boot script: the message, and the console names the file', async () => {
  const opened = await openFailing(env.server, { route: ['**/boot-*.js', (route) => route.fulfill({ status: 404, body: 'not found' })] });
  const { text, seconds } = await failureShown(opened);
  assert.equal(text, GERMAN);
  assert.ok(seconds < 8, `after ${seconds} s`);
  assert.ok(opened.errors.some((e) => /Start fehlgeschlagen: nicht geladen: .*boot-[0-9a-f]+\.js/.test(e)), opened.errors.join('\n'));
  await opened.context.close();
});

test('the screens\' chunk never arrives: the message after the start timeout', async () => {
  // The request is held open (never answered), as a proxy that swallows a large file would.
  const opened = await openFailing(env.server, { route: ['**/split_on_demand-*.wasm', () => {}] });
  await opened.page.locator('#prerender').waitFor({ state: 'detached', timeout: 20_000 });
  const { text, seconds } = await failureShown(opened, 30_000);
  assert.equal(text, GERMAN);
  assert.ok(seconds >= 19 && seconds < 28, `after ${seconds} s`);
  assert.ok(opened.errors.some((e) => /nach 20 s nicht bereit/.test(e)), opened.errors.join('\n'));
  await opened.context.close();
});

test('a normal start shows no failure message and logs no error', async () => {
  const app = await env.open();
  // start.js registers the service worker once the app is ready: from then on no failure message can come.
  await app.page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined, null, { polling: 200 });
  assert.equal(await app.page.locator('.start-failed').count(), 0);
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});
