// Nothing lost when storage misbehaves: corrupt or too-new saved data is kept aside, blocked storage works in
// memory, a failing write keeps answers in memory; the user is told each time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, KEY } from './support/app.mjs';
import { statements } from './support/content.mjs';

const env = useApp();

/** An init script that stores `raw` as the saved data once, before the app starts. */
const storeRaw = (raw) => `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); sessionStorage.setItem('${KEY}', ${JSON.stringify(raw)}); }`;
const keptAside = (app) => app.page.evaluate((key) => Object.keys(sessionStorage).filter((k) => k.startsWith(`${key}.unreadable.`)), KEY);

test('corrupt saved data is kept aside, the user is told, and the app starts clean', async () => {
  const corrupt = `{"version":1,"answers":{"${statements[0].id}":`;
  const app = await env.open({ initScript: storeRaw(corrupt), at: (a) => a.field(1) });
  await app.notices.waitFor('KeptAside');
  const aside = await keptAside(app);
  assert.equal(aside.length, 1);
  assert.equal(await app.page.evaluate((k) => sessionStorage.getItem(k), aside[0]), corrupt);
  const field = app.field(1);
  const first = field.statement(field.contentStatements[0]);
  assert.equal(await first.answer(), '', 'starts clean');
  await first.choose('mostly');
  assert.equal((await app.stored('session')).answers[first.id], 'mostly');
  assert.deepEqual(app.problems.pageErrors, []);
  await app.close();
});

test('saved data from a newer app version is not overwritten silently', async () => {
  const app = await env.open({ initScript: storeRaw('{"version":99}') });
  await app.notices.waitFor('KeptAside');
  const aside = await keptAside(app);
  assert.equal(aside.length, 1);
  assert.equal(await app.page.evaluate((k) => sessionStorage.getItem(k), aside[0]), '{"version":99}');
  await app.close();
});

test('blocked storage: the app works in memory and says so once', async () => {
  const app = await env.open({
    initScript: `for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }`,
    at: (a) => a.field(1),
  });
  await app.notices.waitFor('StorageUnavailable');
  const field = app.field(1);
  const [first, second] = field.contentStatements.map((s) => field.statement(s));
  await first.choose('fully');
  await second.choose('mostly');
  assert.equal(await first.answer(), 'fully');
  await field.nextLink.click();
  await app.field(2).waitFor();
  await app.back();
  await field.waitFor();
  assert.equal(await second.answer(), 'mostly', 'answers live on in memory across screens');
  assert.deepEqual(app.problems.pageErrors, []);
  await app.start.open();
  assert.ok(await app.start.remember.isDisabled());
  assert.ok(await app.start.shows(app.t.remember_unavailable), 'the reason is given');
  assert.equal(await app.saveStatus.mode(), 'Memory');
  // The notice offers the way out: a result file with the answers given so far.
  const download = await app.download(app.notices.exportButton('StorageUnavailable'));
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.answers[first.id], 'fully');
  assert.equal(exported.answers[second.id], 'mostly');
  await app.close();
});

test('storage that fails on write (quota) keeps answers in memory and tells the user', async () => {
  const app = await env.open({
    initScript: `const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === '${KEY}') throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };`,
    at: (a) => a.field(1),
  });
  const field = app.field(1);
  const first = field.statement(field.contentStatements[0]);
  await first.choose('rather_not');
  await app.notices.waitFor('SaveFailed');
  assert.equal(await first.answer(), 'rather_not');
  assert.deepEqual(app.problems.pageErrors, []);
  await app.close();
});
