// Nothing lost: where answers are kept, how the user moves or deletes them, and what happens when storage is
// corrupt, blocked, full, or shared with a second tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openApp, answer, shownAnswer, statementIds, stored, KEY, appReady } from './support/app.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

test('answers are kept in this tab only until the user opts in', async () => {
  const page = await openApp(env, { hash: '#/feld/1' });
  const [first] = await statementIds(page);
  await answer(page, first, 'mostly');
  assert.equal((await stored(page, 'session')).answers[first], 'mostly');
  assert.equal(await stored(page, 'local'), null, 'nothing persistent without consent');
  assert.equal(await page.getByTestId('save-status').getAttribute('data-mode'), 'Session');
  await page.context().close();
});

test('opting in keeps answers on the device; opting out moves them back', async () => {
  const page = await openApp(env, { hash: '#/feld/1' });
  const [first, second] = await statementIds(page);
  await answer(page, first, 'fully');
  await page.goto(env.server.url + '#/');
  await page.getByTestId('remember').check();
  assert.equal((await stored(page, 'local')).answers[first], 'fully');
  assert.equal(await stored(page, 'session'), null, 'the per-tab copy is moved, not duplicated');

  // A new tab (as after closing the browser tab) finds the answers and offers to continue.
  const later = await openApp(env, { context: page.context() });
  await later.getByTestId('continue').click();
  await later.locator('[data-field="1"]').waitFor();
  assert.equal(await shownAnswer(later, first), 'fully');
  await answer(later, second, 'not_true');
  await later.close();

  await page.reload();
  await page.getByTestId('remember').waitFor();
  assert.ok(await page.getByTestId('remember').isChecked());
  await page.getByTestId('remember').uncheck();
  assert.equal(await stored(page, 'local'), null, 'the persistent copy is removed');
  const session = await stored(page, 'session');
  assert.equal(session.answers[first], 'fully');
  assert.equal(session.answers[second], 'not_true');
  await page.context().close();
});

test('"delete all" asks first and then removes every trace', async () => {
  const page = await openApp(env, { hash: '#/feld/2' });
  const [first] = await statementIds(page);
  await answer(page, first, 'fully');
  await page.goto(env.server.url + '#/');
  await page.getByTestId('remember').check();
  await page.evaluate(() => localStorage.setItem('arbeitgeber-check.unreadable.1', 'old'));
  await page.getByTestId('delete-all').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'delete-all-confirm');
  await page.getByTestId('delete-all-cancel').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'delete-all');
  assert.notEqual(await stored(page, 'local'), null, 'cancel keeps everything');
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await page.locator('[data-testid=notice][data-notice=Deleted]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title', 'focus is not lost with the dialog');
  const keys = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  assert.deepEqual(keys.filter((k) => k.startsWith(KEY)), []);
  assert.equal(await page.getByTestId('start').count(), 1, 'the start page offers a fresh start');
  await page.goto(env.server.url + '#/feld/2');
  assert.equal(await shownAnswer(page, first), '');
  await page.context().close();
});

test('corrupt saved data is kept aside, the user is told, and the app starts clean', async () => {
  const page = await openApp(env, {
    initScript: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); sessionStorage.setItem('${KEY}', '{"version":1,"answers":{"1.1.a":'); }`,
    hash: '#/feld/1',
  });
  await page.locator('[data-testid=notice][data-notice=KeptAside]').waitFor();
  const aside = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('arbeitgeber-check.unreadable.')));
  assert.equal(aside.length, 1);
  assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), aside[0]), '{"version":1,"answers":{"1.1.a":');
  const [first] = await statementIds(page);
  await answer(page, first, 'mostly');
  assert.equal((await stored(page, 'session')).answers[first], 'mostly');
  assert.deepEqual(page.problems.pageErrors, []);
  await page.context().close();
});

test('saved data from a newer app version is not overwritten silently', async () => {
  const page = await openApp(env, {
    initScript: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); sessionStorage.setItem('${KEY}', '{"version":99}'); }`,
  });
  await page.locator('[data-testid=notice][data-notice=KeptAside]').waitFor();
  const aside = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('arbeitgeber-check.unreadable.')));
  assert.equal(aside.length, 1);
  await page.context().close();
});

test('blocked storage: the app works in memory and says so once', async () => {
  const page = await openApp(env, {
    initScript: `for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }`,
    hash: '#/feld/1',
  });
  await page.locator('[data-testid=notice][data-notice=StorageUnavailable]').waitFor();
  assert.match(await page.getByTestId('notice').innerText(), /kein Speichern/);
  const [first, second] = await statementIds(page);
  await answer(page, first, 'fully');
  await answer(page, second, 'mostly');
  assert.equal(await shownAnswer(page, first), 'fully');
  await page.getByTestId('next').click();
  await page.locator('[data-field="2"]').waitFor();
  await page.goBack();
  assert.equal(await shownAnswer(page, second), 'mostly', 'answers live on in memory across screens');
  assert.deepEqual(page.problems.pageErrors, []);
  await page.goto(env.server.url + '#/');
  await appReady(page);
  assert.ok(await page.getByTestId('remember').isDisabled());
  assert.equal(await page.getByTestId('save-status').getAttribute('data-mode'), 'Memory');
  // The notice offers the way out: a result file with the answers given so far.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-export').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.answers[first], 'fully');
  assert.equal(exported.answers[second], 'mostly');
  await page.context().close();
});

test('storage that fails on write (quota) keeps answers in memory and tells the user', async () => {
  const page = await openApp(env, {
    initScript: `const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === '${KEY}') throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };`,
    hash: '#/feld/1',
  });
  const [first] = await statementIds(page);
  await answer(page, first, 'rather_not');
  await page.locator('[data-testid=notice][data-notice=SaveFailed]').waitFor();
  assert.equal(await shownAnswer(page, first), 'rather_not');
  assert.deepEqual(page.problems.pageErrors, []);
  await page.context().close();
});

test('two tabs with remembered answers see each other\'s changes and never overwrite newer answers', async () => {
  const first = await openApp(env);
  await first.getByTestId('remember').check();
  await first.goto(env.server.url + '#/feld/5');
  await first.locator('[data-field="5"]').waitFor();
  const second = await openApp(env, { context: first.context(), hash: '#/feld/5' });
  const ids = await statementIds(first);

  await answer(second, ids[0], 'fully');
  await first.waitForFunction((id) => document.querySelector(`fieldset[data-statement="${id}"]`).dataset.answer === 'fully', ids[0]);
  await first.locator('[data-testid=notice][data-notice=UpdatedFromOtherTab]').waitFor();

  await answer(first, ids[1], 'not_true');
  await second.waitForFunction((id) => document.querySelector(`fieldset[data-statement="${id}"]`).dataset.answer === 'not_true', ids[1]);
  const saved = await stored(first, 'local');
  assert.equal(saved.answers[ids[0]], 'fully');
  assert.equal(saved.answers[ids[1]], 'not_true');
  await first.context().close();
});

test('switching "remember" off in one tab leaves the other tab its answers; "delete all" empties both', async () => {
  const first = await openApp(env);
  await first.getByTestId('remember').check();
  await first.goto(env.server.url + '#/feld/2');
  const [id] = await statementIds(first);
  await answer(first, id, 'mostly');
  const second = await openApp(env, { context: first.context() });
  await second.getByTestId('remember').uncheck();
  await first.locator('[data-testid=notice][data-notice=ForgottenInOtherTab]').waitFor();
  assert.equal(await shownAnswer(first, id), 'mostly', 'nothing lost in the other tab');
  assert.equal((await stored(first, 'session')).answers[id], 'mostly', 'kept in that tab\'s own storage');
  assert.equal(await stored(first, 'local'), null);

  await first.goto(env.server.url + '#/');
  await first.getByTestId('remember').check();
  await second.reload();
  await second.getByTestId('delete-all').click();
  await second.getByTestId('delete-all-confirm').click();
  await first.locator('[data-testid=notice][data-notice=DeletedInOtherTab]').waitFor();
  assert.equal(await stored(first, 'session'), null);
  assert.equal(await stored(first, 'local'), null);
  await first.goto(env.server.url + '#/feld/2');
  assert.equal(await shownAnswer(first, id), '');
  await first.context().close();
});
