// Embedding on a chamber's page: a host page on another origin pastes the loader snippet. The frame is sized to its
// content, works end to end, survives blocked storage, ignores hostile options, runs under a strict CSP and talks
// to nobody else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/serve.mjs';
import { launch, appReady } from './support/browser.mjs';
import { DIST } from './support/app.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "frame-ancestors 'self' http://localhost:*";
let app;
let host;
let browser;

function hostPage(attributes) {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Handwerkskammer Beispiel</title></head>
    <body><h1>Fachkräfte sichern</h1><p>Testen Sie Ihren Betrieb:</p><div id="arbeitgeber-check"></div>
    <script src="${app.url}embed.js" ${attributes}></script><footer style="height:1500px">Kammer-Fußzeile</footer></body></html>`;
}

before(async () => {
  app = await serve({ root: DIST, headers: { 'content-security-policy': CSP } });
  host = await serve({
    root: DIST,
    base: '/nothing-here/',
    pages: {
      '/plain.html': hostPage('data-lang="de"'),
      '/accent.html': hostPage('data-accent="#004b87" data-lang="en"'),
      '/hostile.html': hostPage(`data-accent="red;}</style><script>alert(1)</script>" data-lang="javascript:alert(1)" data-title="${'x'.repeat(5000)}"`),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); });

/** Opens a host page (on localhost, another origin than the app on 127.0.0.1) and returns page, frame and logs. */
async function openHost(path, { initScript } = {}) {
  const context = await browser.newContext({ locale: 'de-DE' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const log = { foreign: [], dialogs: [], errors: [], warnings: [] };
  const hostOrigin = host.origin.replace('127.0.0.1', 'localhost');
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== app.origin && origin !== hostOrigin) log.foreign.push(r.url());
  });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); if (m.type() === 'warning') log.warnings.push(m.text()); });
  await page.goto(hostOrigin + path);
  const element = page.locator('iframe');
  await element.waitFor();
  const frame = page.frameLocator('iframe');
  await frame.locator('#prerender').waitFor({ state: 'detached' });
  await frame.locator('main h1').waitFor();
  return { page, element, frame, log };
}

async function frameHeights(page) {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  return { inner, outer };
}

async function waitForFit(page) {
  for (let i = 0; i < 50; i++) {
    const { inner, outer } = await frameHeights(page);
    if (Math.abs(inner - outer) <= 2) return outer;
    await page.waitForTimeout(100);
  }
  const { inner, outer } = await frameHeights(page);
  assert.fail(`frame height ${outer} does not match its content ${inner}`);
}

test('the snippet embeds a titled, borderless frame that grows and shrinks with its content', async () => {
  const { page, element, frame, log } = await openHost('/plain.html');
  assert.match(await element.getAttribute('title'), /Arbeitgeber-Check/);
  assert.equal(await element.evaluate((el) => getComputedStyle(el).borderTopWidth), '0px');
  const start = await waitForFit(page);
  await frame.getByTestId('start').click();
  await frame.getByTestId('next').click();
  await frame.locator('[data-field="1"]').waitFor();
  const field = await waitForFit(page);
  assert.ok(field > start, `grows: ${start} -> ${field}`);
  await frame.locator('[data-testid=back]').click();
  await frame.locator('main h1', { hasText: 'Ihr Unternehmen' }).waitFor();
  const profile = await waitForFit(page);
  assert.ok(profile < field, `shrinks: ${field} -> ${profile}`);
  assert.equal(await frame.locator('footer').count(), 0, 'compact mode: the host provides the footer');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies anywhere');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('the whole flow works inside the frame, and a screen change scrolls the frame into view', async () => {
  const { page, frame, log } = await openHost('/plain.html');
  await frame.getByTestId('start').click();
  await frame.getByTestId('next').click();
  for (let field = 1; field <= 6; field++) {
    await frame.locator(`[data-field="${field}"]`).waitFor();
    for (const input of await frame.locator('input[value=mostly]').all()) await input.check();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await frame.getByTestId('next').click();
  }
  await frame.getByTestId('all-answered').waitFor();
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().top >= -1);
  await frame.getByTestId('to-results').click();
  assert.equal(await frame.getByTestId('overall-score').innerText(), '67');
  await waitForFit(page);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('blocked storage in the frame: notice, in-memory answers, and continuing in a new window with them', async () => {
  const { page, frame, log } = await openHost('/plain.html', {
    initScript: `if (window !== window.top) for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }`,
  });
  await frame.locator('[data-testid=notice][data-notice=StorageUnavailable]').waitFor();
  await frame.getByTestId('start').click();
  await frame.getByTestId('next').click();
  const first = frame.locator('fieldset[data-statement]').first();
  await first.locator('input[value=not_true]').check();
  const id = await first.getAttribute('data-statement');
  assert.equal(await first.getAttribute('data-answer'), 'not_true');
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByTestId('open-new-window').click()]);
  await popup.waitForFunction((key) => {
    const raw = sessionStorage.getItem(key);
    return raw && JSON.parse(raw).answers;
  }, 'arbeitgeber-check');
  const saved = await popup.evaluate(() => JSON.parse(sessionStorage.getItem('arbeitgeber-check')));
  assert.equal(saved.answers[id], 'not_true');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('"Bericht drucken" inside the frame prints the frame, not the host page', async () => {
  const { page, frame } = await openHost('/plain.html', {
    initScript: `window.__printed = 0; window.print = () => { window.__printed++; };`,
  });
  await frame.getByTestId('start').click();
  const inner = page.frames().find((f) => f !== page.mainFrame());
  await inner.evaluate(() => { location.hash = '#/bericht'; });
  await frame.getByTestId('print').click();
  assert.equal(await inner.evaluate(() => window.__printed), 1, 'the frame printed');
  assert.equal(await page.evaluate(() => window.__printed), 0, 'the host page did not');
  await page.context().close();
});

test('hostile snippet options are ignored and break nothing', async () => {
  const { page, element, frame, log } = await openHost('/hostile.html');
  const src = await element.getAttribute('src');
  assert.doesNotMatch(src, /accent|javascript|script/i);
  assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
  assert.ok((await element.getAttribute('title')).length <= 64);
  assert.ok(log.warnings.some((w) => /data-accent/.test(w)), 'the editor gets a console warning');
  assert.deepEqual(log.dialogs, []);
  await page.context().close();
});

test('hostile URL options on the app are ignored; a valid accent themes it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const query of ['?accent=javascript:alert(1)', '?accent=%23000;background:url(//evil)', '?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', `?accent=${'1'.repeat(4000)}`]) {
    await page.goto(app.url + query);
    await appReady(page);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.equal(accent, '#0b5a6b', query);
  }
  await page.goto(app.url + '?accent=%23004B87');
  await appReady(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#004b87');
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('the app runs under a strict CSP without a single violation', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const response = await page.goto(app.url + '?accent=%23004b87#/feld/1');
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.locator('fieldset[data-statement] input[value=fully]').first().check();
  for (const hash of ['#/uebersicht', '#/ergebnis', '#/plan', '#/bericht', '#/']) {
    await page.goto(app.url + '?accent=%23004b87' + hash);
    await appReady(page);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
