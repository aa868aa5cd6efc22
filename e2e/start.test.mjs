// The start page as a visitor meets it: German, with header, main and footer landmarks, nothing loaded from
// elsewhere and no console errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { statements } from './support/content.mjs';
import { fill, texts } from './support/texts.mjs';

const env = useApp();

test('start page renders in German with landmarks and no console errors', async () => {
  const app = await env.open();
  assert.equal(await app.documentLang(), 'de');
  await app.start.waitFor();
  assert.equal(await app.header.banner.count(), 1);
  assert.equal(await app.main.count(), 1);
  assert.equal(await app.footer.landmark.count(), 1);
  assert.ok((await app.page.title()).includes(texts.de.app_name));
  // The facts line counts the statements of the shipped content.
  assert.ok(await app.start.shows(fill(texts.de.start_facts, { statements: statements.length })));
  assert.deepEqual(app.problems.consoleErrors, []);
  assert.deepEqual(app.problems.pageErrors, []);
  assert.deepEqual(app.problems.foreignRequests, []);
  await app.close();
});
