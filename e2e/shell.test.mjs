// The app shell as a visitor meets it: German start page, language switch, privacy page, nothing loaded from
// elsewhere, and hosting under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './support/serve.mjs';
import { launch, openPage, appReady } from './support/browser.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ root: DIST });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('start page renders in German with landmarks and no console errors', async () => {
  const page = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.match(await page.locator('h1').innerText(), /Wie attraktiv ist Ihr Betrieb als Arbeitgeber\?/);
  assert.equal(await page.locator('header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('footer').count(), 1);
  assert.match(await page.title(), /Arbeitgeber-Check/);
  assert.deepEqual(page.problems.consoleErrors, []);
  assert.deepEqual(page.problems.pageErrors, []);
  assert.deepEqual(page.problems.foreignRequests, []);
  await page.context().close();
});

test('the language switch changes the visible text and <html lang> both ways', async () => {
  const page = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await appReady(page);
  await page.getByTestId('lang-switch').click();
  await page.locator('h1', { hasText: 'How attractive is your company as an employer?' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.title(), /Employer Check/);
  assert.equal(await page.getByTestId('lang-switch').innerText(), 'Deutsch');
  await page.getByTestId('lang-switch').click();
  await page.locator('h1', { hasText: 'Wie attraktiv' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.deepEqual(page.problems.consoleErrors, []);
  await page.context().close();
});

test('?lang=en opens the English version directly', async () => {
  const page = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url + '?lang=en');
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').innerText(), /How attractive/);
  await page.context().close();
});

test('the footer links to the privacy page, which says answers stay in the browser', async () => {
  const page = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await appReady(page);
  await page.getByTestId('privacy-link').click();
  await page.locator('h1', { hasText: 'Datenschutz' }).waitFor();
  assert.match(page.url(), /#\/datenschutz$/);
  assert.match(await page.locator('main').innerText(), /an keinen Server übertragen/);
  await page.goBack();
  await page.locator('h1', { hasText: 'Wie attraktiv' }).waitFor();
  await page.context().close();
});

test('dist/ works when hosted under a sub-path', async () => {
  const nested = await serve({ root: DIST, base: '/kammer/check/' });
  try {
    const page = await openPage(browser, { allowedOrigins: [nested.origin] });
    const failed = [];
    page.on('response', (response) => { if (response.status() >= 400) failed.push(response.url()); });
    await page.goto(nested.url);
    await appReady(page);
    assert.match(await page.locator('h1').innerText(), /Wie attraktiv/);
    assert.deepEqual(failed, []);
    assert.ok(page.problems.foreignRequests.length === 0, page.problems.foreignRequests.join());
    await page.context().close();
  } finally {
    await nested.close();
  }
});
