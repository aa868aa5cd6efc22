// Code-health regressions (issue 12): an imported file's language survives a reload on a `?lang=` address.
// Locators by role and accessible name only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openApp } from './support/app.mjs';
import { goals, savedState, seedScript } from './support/content.mjs';

let env;
let dir;
before(async () => { env = await setup(); dir = mkdtempSync(join(tmpdir(), 'agc-health-')); });
after(async () => { await env?.stop(); });

test('an English file imported on a ?lang=de address stays English after a reload', async () => {
  const answers = { [goals[0].statements[0].id]: 'fully' };
  const english = await openApp(env, { query: '?lang=en', initScript: seedScript(savedState({ answers, lang: 'en' })) });
  const [download] = await Promise.all([
    english.waitForEvent('download'),
    english.getByRole('button', { name: 'Save answers as a file' }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await english.context().close();

  const page = await openApp(env, { query: '?lang=de' });
  await page.getByRole('heading', { level: 1, name: 'Wie attraktiv ist Ihr Betrieb als Arbeitgeber?' }).waitFor();
  await page.getByLabel('Gespeicherte Datei laden').setInputFiles(path);
  await page.getByRole('status').filter({ hasText: 'The file was loaded.' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'How attractive is your company as an employer?' }).waitFor();
  assert.match(page.url(), /[?&]lang=en(&|#|$)/, 'the address carries the imported language');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'How attractive is your company as an employer?' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await page.getByRole('button', { name: 'Deutsch' }).isVisible(), 'the switch offers German');
  await page.context().close();
});
