// Embedded through embed.js, the frame's title follows a language switch inside the frame (the app reports it, the
// loader retitles the frame and sets its `lang`), unless the host page gave its own title (issue 28, WCAG 4.1.2/3.1.2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/serve.mjs';
import { launch } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { EmbedHost } from './support/pages/embed-host.mjs';
import { until } from './support/pages/util.mjs';

let app;
let host;
let browser;

const hostPage = (attributes) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <title>Kammer</title></head><body><h1>Kammer</h1><div id="arbeitgeber-check"></div>
  <script src="${app.url}embed.js" ${attributes}></script></body></html>`;

before(async () => {
  app = await serve({ root: DIST });
  host = await serve({
    root: DIST,
    base: '/nothing-here/',
    pages: { '/de.html': hostPage('data-lang="de"'), '/own.html': hostPage('data-lang="de" data-title="Unser Check"') },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); });

async function open(path) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(host.origin.replace('127.0.0.1', 'localhost') + path);
  const embed = new EmbedHost(page);
  return { page, embed, check: await embed.app() };
}

test('the frame title follows the language chosen inside the frame', async () => {
  const { page, embed, check } = await open('/de.html');
  const title = () => embed.frameElement.getAttribute('title');
  assert.match(await title(), /^Arbeitgeber-Check/);
  await check.header.switchLanguage();
  await until(async () => /^Employer Check/.test(await title()), 'an English frame title');
  assert.equal(await embed.frameElement.getAttribute('lang'), 'en');
  await page.context().close();
});

test('a title the host page set stays', async () => {
  const { page, embed, check } = await open('/own.html');
  await check.header.switchLanguage();
  await until(async () => (await embed.frameElement.getAttribute('lang')) === 'en', 'the language reported');
  assert.equal(await embed.frameElement.getAttribute('title'), 'Unser Check');
  await page.context().close();
});
