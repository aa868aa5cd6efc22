// Where answers are kept and how the user moves or deletes them: this tab only until the user opts in, on the
// device after, back again on opting out, and "delete all" with a confirmation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, KEY } from './support/app.mjs';
import { waitForFocus } from './support/pages/util.mjs';

const env = useApp();

test('answers are kept in this tab only until the user opts in', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  const first = field.statement(field.contentStatements[0]);
  await first.choose('mostly');
  assert.equal((await app.stored('session')).answers[first.id], 'mostly');
  assert.equal(await app.stored('local'), null, 'nothing persistent without consent');
  assert.equal(await app.saveStatus.mode(), 'Session');
  await app.close();
});

test('opting in keeps answers on the device; opting out moves them back', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  const [first, second] = field.contentStatements.map((s) => field.statement(s));
  await first.choose('fully');
  await app.start.open();
  await app.start.remember.check();
  assert.equal((await app.stored('local')).answers[first.id], 'fully');
  assert.equal(await app.stored('session'), null, 'the per-tab copy is moved, not duplicated');
  assert.equal(await app.saveStatus.mode(), 'Local');

  // A new tab (as after closing the browser tab) finds the answers and offers to continue.
  const later = await env.open({ context: app.page.context() });
  await later.start.continueLink.click();
  await later.field(1).waitFor();
  assert.equal(await later.field(1).statement(first.id).answer(), 'fully');
  await later.field(1).statement(second.id).choose('not_true');
  await later.page.close();

  await app.reload();
  await app.start.remember.waitFor();
  assert.ok(await app.start.remember.isChecked());
  await app.start.remember.uncheck();
  assert.equal(await app.stored('local'), null, 'the persistent copy is removed');
  const session = await app.stored('session');
  assert.equal(session.answers[first.id], 'fully');
  assert.equal(session.answers[second.id], 'not_true');
  await app.close();
});

test('"delete all" asks first and then removes every trace', async () => {
  const app = await env.open({ at: (a) => a.field(2) });
  const field = app.field(2);
  const first = field.statement(field.contentStatements[0]);
  await first.choose('fully');
  const { start } = app;
  await start.open();
  await start.remember.check();
  await app.page.evaluate((key) => localStorage.setItem(`${key}.unreadable.1`, 'old'), KEY);
  await start.deleteAllButton.click();
  // The safe choice has focus; Escape cancels like "Abbrechen".
  await waitForFocus(start.deleteAllCancel, 'focus on the safe choice');
  await app.press('Escape');
  await waitForFocus(start.deleteAllButton, 'focus back on "delete all" after Escape');
  assert.equal(await start.deleteAllDialog.count(), 0, 'Escape closed the question');
  await start.deleteAllButton.click();
  await start.deleteAllCancel.click();
  await waitForFocus(start.deleteAllButton, 'focus back on "delete all"');
  assert.notEqual(await app.stored('local'), null, 'cancel keeps everything');
  await start.deleteAllButton.click();
  await start.deleteAllYes.click();
  await app.notices.waitFor('Deleted');
  assert.ok(await app.headingHasFocus(), 'focus is not lost with the dialog');
  assert.deepEqual(await app.storedKeys(), []);
  assert.equal(await start.startLink.count(), 1, 'the start page offers a fresh start');
  await field.open();
  assert.equal(await first.answer(), '');
  await app.close();
});
