// Operators' and attackers' URL options, and the strict CSP: hostile options are ignored, a valid accent themes the
// app, and no screen violates `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, STRICT_CSP } from './support/app.mjs';
import { RECORD_INSTANTIATE, instantiatedFrom } from './support/boot.mjs';

const env = useApp({ headers: { 'content-security-policy': STRICT_CSP } });
const DEFAULT_ACCENT = '#0b5a6b';
const accent = (app) => app.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());

test('hostile URL options on the app are ignored; a valid accent themes it', async () => {
  const app = await env.open();
  const dialogs = [];
  app.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const query of ['?accent=javascript:alert(1)', '?accent=%23000;background:url(//evil)', '?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', `?accent=${'1'.repeat(4000)}`]) {
    await app.goto('', query);
    assert.equal(await accent(app), DEFAULT_ACCENT, query);
  }
  await app.goto('', '?accent=%23004B87');
  assert.equal(await accent(app), '#004b87');
  assert.deepEqual(dialogs, []);
  await app.close();
});

test('the app runs under a strict CSP without a single violation', async () => {
  const app = await env.open({
    initScript: `window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  const response = await app.page.goto(env.server.url + '?accent=%23004b87' + app.field(1).hash);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  const field = app.field(1);
  await field.waitFor();
  await field.statement(field.contentStatements[0]).choose('fully');
  for (const screen of [app.overview, app.results, app.plan, app.report, app.start]) {
    await app.goto(screen.hash, '?accent=%23004b87');
    await screen.waitFor();
  }
  assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
  await app.close();
});

test('under the strict CSP the wasm is still compiled in the boot script\'s worker', async () => {
  const app = await env.open({ initScript: RECORD_INSTANTIATE });
  assert.equal(await instantiatedFrom(app.page), 'module');
  await app.close();
});
