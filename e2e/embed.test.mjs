// Embedding on a chamber's page: a host page on another origin pastes the loader snippet. The frame is sized to its
// content, works end to end under the strict CSP, survives blocked storage, ignores hostile snippet options and talks
// to nobody else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/serve.mjs';
import { launch } from './support/browser.mjs';
import { DIST, KEY, STRICT_CSP } from './support/app.mjs';
import { EmbedHost } from './support/pages/embed-host.mjs';
import {
  answerAll, expectedScores, fields, savedState, seedScript, shownScore, statements,
} from './support/content.mjs';
import { fill, texts } from './support/texts.mjs';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/temp.mjs';

let app;
let host;
let branded;
let refusing;
let browser;

/** A chamber's file with links to its own pages on another site. */
const KAMMER = {
  name: 'Handwerkskammer Beispiel',
  contacts: [{ name: 'Erika Mustermann', email: 'fachkraefte@hwk-beispiel.example' }],
  links: {
    imprint: 'https://www.hwk-beispiel.example/impressum',
    privacy: 'https://www.hwk-beispiel.example/datenschutz',
    booking: 'https://www.hwk-beispiel.example/termin',
  },
};

function hostPage(attributes, server = app) {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Handwerkskammer Beispiel</title></head>
    <body><h1>Fachkräfte sichern</h1><p>Testen Sie Ihren Betrieb:</p><div id="arbeitgeber-check"></div>
    <script src="${server.url}embed.js" ${attributes}></script><footer style="height:1500px">Kammer-Fußzeile</footer></body></html>`;
}

before(async () => {
  app = await serve({ root: DIST, headers: { 'content-security-policy': STRICT_CSP } });
  const withKammer = tempDir('agc-embed-kammer-');
  cpSync(DIST, withKammer, { recursive: true });
  writeFileSync(join(withKammer, 'kammer.json'), JSON.stringify(KAMMER));
  branded = await serve({ root: withKammer, headers: { 'content-security-policy': STRICT_CSP } });
  // The server's frame-ancestors does not name the host page: the browser refuses the frame.
  refusing = await serve({ root: DIST, headers: { 'content-security-policy': STRICT_CSP.replace(" http://localhost:*", '') } });
  host = await serve({
    root: DIST,
    base: '/nothing-here/',
    pages: {
      '/plain.html': hostPage('data-lang="de"'),
      '/branded.html': hostPage('data-lang="de"', branded),
      '/refused.html': hostPage('data-lang="de"', refusing),
      '/hostile.html': hostPage(`data-accent="red;}</style><script>alert(1)</script>" data-lang="javascript:alert(1)" data-title="${'x'.repeat(5000)}"`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of [app, branded, refusing, host]) await server?.close();
});

/** Opens a host page (on localhost, another origin than the app on 127.0.0.1): host page object, app in the frame, logs. */
async function openHost(path, { initScript } = {}) {
  const context = await browser.newContext({ locale: 'de-DE' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const log = { foreign: [], dialogs: [], errors: [], warnings: [] };
  const hostOrigin = host.origin.replace('127.0.0.1', 'localhost');
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (![app.origin, branded.origin, refusing.origin, hostOrigin].includes(origin)) log.foreign.push(r.url());
  });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); if (m.type() === 'warning') log.warnings.push(m.text()); });
  await page.goto(hostOrigin + path);
  const embedHost = new EmbedHost(page);
  return { page, host: embedHost, app: await embedHost.app(), log };
}

test('the snippet embeds a titled, borderless frame that grows and shrinks with its content', async () => {
  const { page, host: embed, app: check, log } = await openHost('/plain.html');
  assert.match(await embed.frameElement.getAttribute('title'), new RegExp(texts.de.app_name));
  assert.equal(await embed.frameElement.evaluate((el) => getComputedStyle(el).borderTopWidth), '0px');
  const start = await embed.waitForFit();
  await check.start.startLink.click();
  await check.profile.nextLink.click();
  await check.field(1).waitFor();
  const field = await embed.waitForFit();
  assert.ok(field > start, `grows: ${start} -> ${field}`);
  await check.field(1).backLink.click();
  await check.profile.waitFor();
  const profile = await embed.waitForFit();
  assert.ok(profile < field, `shrinks: ${field} -> ${profile}`);
  // Compact mode keeps a slim footer with the links only: the accessibility statement stays one step away.
  assert.equal(await check.footer.landmark.count(), 1, 'compact mode: a slim footer');
  assert.equal(await check.footer.accessibilityLink.count(), 1, 'compact mode: the accessibility statement link');
  assert.equal(await check.header.easyLanguageLink.count(), 1, 'compact mode: the plain-language link');
  assert.equal(await check.root.getByText(check.t.footer_note, { exact: true }).count(), 0, 'compact mode: no footer note');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies anywhere');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('the whole flow works inside the frame, and a screen change scrolls the frame into view', async () => {
  const { page, host: embed, app: check, log } = await openHost('/plain.html');
  await check.start.startLink.click();
  await check.profile.nextLink.click();
  for (let number = 1; number <= fields.length; number++) {
    const field = check.field(number);
    await field.waitFor();
    await field.answerAll('mostly');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await field.nextLink.click();
  }
  // Everything answered: "Weiter" on the last field goes straight to the results (no empty overview step).
  await check.results.waitFor();
  await embed.waitForFrameInView();
  const expected = expectedScores(answerAll(() => 'mostly'));
  assert.equal(await check.results.overallScore.innerText(), shownScore(expected.overall.score, check.t.results_not_scored));
  await embed.waitForFit();
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('blocked storage in the frame: notice, in-memory answers, and continuing in a new window with them', async () => {
  const { page, app: check, log } = await openHost('/plain.html', {
    initScript: `if (window !== window.top) for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }`,
  });
  await check.notices.waitFor('StorageUnavailable');
  await check.start.startLink.click();
  await check.profile.nextLink.click();
  const first = check.field(1).statement(statements[0]);
  await first.choose('not_true');
  assert.equal(await first.answer(), 'not_true');
  const [popup] = await Promise.all([page.waitForEvent('popup'), check.notices.newWindowButton('StorageUnavailable').click()]);
  await popup.waitForFunction((key) => {
    const raw = sessionStorage.getItem(key);
    return raw && JSON.parse(raw).answers;
  }, KEY);
  const saved = await popup.evaluate((key) => JSON.parse(sessionStorage.getItem(key)), KEY);
  assert.equal(saved.answers[first.id], 'not_true');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('"Bericht drucken" inside the frame prints the frame, not the host page', async () => {
  const { page, app: check } = await openHost('/plain.html', {
    initScript: `window.__printed = 0; window.print = () => { window.__printed++; };`,
  });
  await check.start.startLink.click();
  await check.report.open();
  await check.report.printButton.click();
  assert.equal(await check.root.evaluate(() => window.__printed), 1, 'the frame printed');
  assert.equal(await page.evaluate(() => window.__printed), 0, 'the host page did not');
  await page.context().close();
});

test('in the frame: keep a state and compare with it; the frame grows with the comparison panel', async () => {
  const { page, host: embed, app: check, log } = await openHost('/plain.html');
  await check.field(1).open();
  await check.field(1).answerAll('mostly');
  await check.results.open();
  const closed = await embed.waitForFit();
  await check.results.openCompare();
  await check.results.takeSnapshotButton.click();
  await check.results.compareWithSnapshot(0).click();
  await check.results.compareActive.waitFor();
  // Only the first field is answered: it compares as unchanged, the others have nothing to compare.
  const today = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const same = `±0${fill(texts.de.compare_same, { when: fill(texts.de.compare_on_date, { date: today }) })}`;
  const none = `–${texts.de.compare_not_comparable}`;
  assert.deepEqual(await check.results.fieldDeltas(), fields.map((_, i) => (i === 0 ? same : none)));
  const open = await embed.waitForFit();
  assert.ok(open > closed, `the frame grew from ${closed} to ${open} px`);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('in the frame the results keep their height while the host page scrolls through them', async () => {
  const answers = answerAll((_, i) => ['fully', 'mostly', 'rather_not', 'not_true'][i % 4]);
  const initScript = seedScript(savedState({ answers }));
  const { page, host: embed, app: check, log } = await openHost('/plain.html', { initScript });
  await check.results.open();
  const shown = await embed.waitForFit();
  // Down through the frame in steps of a viewport, as a reader of the chamber's page would.
  const heights = [];
  for (let y = 0; y <= shown; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    heights.push((await embed.heights()).inner);
  }
  assert.deepEqual([...new Set(heights)], [shown], 'the content\'s height changed while scrolling');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('hostile snippet options are ignored and break nothing', async () => {
  const { page, host: embed, app: check, log } = await openHost('/hostile.html');
  const src = await embed.frameElement.getAttribute('src');
  assert.doesNotMatch(src, /accent|javascript|script/i);
  assert.equal(await check.documentLang(), 'de');
  assert.ok((await embed.frameElement.getAttribute('title')).length <= 64);
  assert.ok(log.warnings.some((w) => /data-accent/.test(w)), 'the editor gets a console warning');
  assert.deepEqual(log.dialogs, []);
  await page.context().close();
});

test('every link to another page opens outside the frame, in a new window that screen readers announce', async () => {
  const initScript = `if (window !== window.top) { ${seedScript(savedState({ answers: answerAll(() => 'mostly') }))} }`;
  const { page, app: check, log } = await openHost('/branded.html', { initScript });
  await page.context().route('https://www.hwk-beispiel.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>HWK</title>' }));
  await check.results.open();
  await check.footer.imprintLink.waitFor();
  const booking = check.main.getByRole('link', { name: check.t.contact_booking + check.t.opens_new_window, exact: true });
  await booking.waitFor();
  // Every link that leaves the app, on the results screen with the chamber's card and footer.
  const outside = await check.root.evaluate(() => [...document.querySelectorAll('a[href]')]
    .filter((a) => new URL(a.href).origin !== location.origin && !/^(mailto|tel):/.test(a.href))
    .map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel })));
  assert.deepEqual(outside.map((link) => link.href).sort(), Object.values(KAMMER.links).sort());
  for (const link of outside) assert.deepEqual([link.target, link.rel], ['_blank', 'noopener'], link.href);
  const frameUrl = check.root.url();
  for (const [link, href] of [[check.footer.imprintLink, KAMMER.links.imprint], [booking, KAMMER.links.booking]]) {
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    assert.equal(popup.url(), href);
    await popup.close();
  }
  assert.equal(check.root.url(), frameUrl, 'the frame stayed on the check');
  assert.equal(new URL(page.url()).pathname, '/branded.html', 'the host page stayed');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('a frame the check\'s server refuses becomes a link that opens the check directly', async () => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(host.origin.replace('127.0.0.1', 'localhost') + '/refused.html');
  const link = page.getByRole('link', { name: 'Arbeitgeber-Check öffnen', exact: true });
  await link.waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('iframe').count(), 0, 'no empty frame left');
  assert.equal(await link.getAttribute('href'), refusing.url + 'index.html');
  assert.ok(warnings.some((w) => /frame-ancestors/.test(w)), warnings.join('\n'));
  await link.click();
  await page.waitForURL(refusing.url + 'index.html');
  await page.locator('#prerender').waitFor({ state: 'detached', timeout: 20_000 });
  await context.close();
});

test('an accepted frame stays a frame, also on a slow page: no refusal link', async () => {
  const { page, host: embed } = await openHost('/plain.html');
  await embed.waitForFit();
  await page.waitForTimeout(5_000);
  assert.equal(await page.locator('.arbeitgeber-check-link').count(), 0);
  assert.equal(await page.locator('iframe').count(), 1);
  await page.context().close();
});
