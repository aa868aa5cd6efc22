// Code-health regressions (issue 12): an imported file's language survives a reload on a `?lang=` address.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { statements } from './support/content.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
let dir;
before(() => { dir = tempDir('agc-health-'); });

test('an English file imported on a ?lang=de address stays English after a reload', async () => {
  const english = await env.open({ lang: 'en', seed: { answers: { [statements[0].id]: 'fully' }, lang: 'en' } });
  const download = await english.download(english.start.resultFile.exportButton);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await english.close();

  const app = await env.open({ lang: 'de' });
  await app.start.waitFor();
  await app.start.resultFile.choose(path);
  app.lang = 'en';
  await app.notices.waitFor('Imported');
  await app.start.waitFor();
  assert.match(app.page.url(), /[?&]lang=en(&|#|$)/, 'the address carries the imported language');

  await app.reload();
  await app.start.waitFor();
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await app.header.languageSwitch.isVisible(), 'the switch offers German');
  await app.close();
});
