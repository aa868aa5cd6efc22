// Nothing lost by default (issue 26): at the first answer the app asks once, inline, whether to keep the answers on
// this device; closing the tab while they live only in it makes the browser ask first; the save status is a control
// that changes the choice; kept states ("Zwischenstand speichern") say that they die with the tab, and travel in the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { answerAll } from './support/content.mjs';
import { axeViolations } from './support/axe.mjs';
import { tempDir } from './support/temp.mjs';
import { until } from './support/pages/util.mjs';

const env = useApp();
const Node_FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const focused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** Closes the page as a user closes the tab, running `beforeunload`; returns the dialogs the browser showed. */
async function closeTab(app, answer = 'accept') {
  const dialogs = [];
  app.page.on('dialog', (dialog) => { dialogs.push(dialog.type()); dialog[answer](); });
  await app.page.close({ runBeforeUnload: true });
  if (answer === 'accept') await app.page.waitForEvent('close');
  return dialogs;
}

test('in the default mode, closing the tab with answers asks first; without answers it does not', async () => {
  const empty = await env.open({ at: (a) => a.field(1) });
  assert.deepEqual(await closeTab(empty), [], 'nothing to lose: no question');

  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  await field.statement(field.contentStatements[0]).choose('mostly');
  assert.equal(await app.saveStatus.mode(), 'Session');
  // Dismissed, the tab stays with its answers; accepted, it closes.
  const stay = [];
  app.page.once('dialog', (dialog) => { stay.push(dialog.type()); dialog.dismiss(); });
  await app.page.close({ runBeforeUnload: true });
  await app.page.waitForTimeout(300);
  assert.deepEqual(stay, ['beforeunload']);
  assert.equal(app.page.isClosed(), false, 'the user chose to stay');
  assert.equal((await app.stored('session')).answers[field.contentStatements[0].id], 'mostly');
  assert.deepEqual(await closeTab(app), ['beforeunload']);
});

test('after a reload, the start page guards the tab too, and offers to keep the answers on the device', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  await field.statement(field.contentStatements[0]).choose('mostly');
  await app.start.open();
  await app.reload();
  await app.start.waitFor();
  // The guard comes with the screens' chunk, which the start page loads by itself once it runs.
  await until(async () => (await closeTabKeepingPage(app)).length === 1, 'the tab-close guard on the start page');
  // Chromium asks only once the user has interacted with the page since it loaded: a key press is enough.
  await app.start.continueLink.focus();
  await app.press('Shift');
  const stay = [];
  app.page.once('dialog', (dialog) => { stay.push(dialog.type()); dialog.dismiss(); });
  await app.page.close({ runBeforeUnload: true });
  await app.page.waitForTimeout(300);
  assert.deepEqual(stay, ['beforeunload'], 'closing the tab asks first');
  assert.equal(app.page.isClosed(), false, 'the user chose to stay');

  // The start page itself offers to keep the answers, right below "continue" (in the first screen, not below the
  // fold); chosen with the keyboard, closing asks no more.
  const remember = app.start.remember;
  assert.equal(await remember.evaluate((box, link) => link.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING,
    await app.start.continueLink.elementHandle()), Node_FOLLOWING);
  const { y } = await remember.boundingBox();
  assert.ok(y < app.page.viewportSize().height, `in the first screen (${y})`);
  assert.deepEqual(await axeViolations(app.page), []);
  await app.press('Tab');
  // Past "Neuen Check beginnen" (issue 30), which stands beside "continue" for a returning user.
  assert.equal(await app.page.evaluate(() => document.activeElement.getAttribute('href')), '#/neuer-check');
  await app.press('Tab');
  assert.equal(await focused(remember), true, 'next after "continue" and "Neuen Check beginnen"');
  await app.press('Space');
  assert.equal(await remember.isChecked(), true);
  assert.equal(await app.saveStatus.mode(), 'Local');
  assert.equal((await app.stored('local')).answers[field.contentStatements[0].id], 'mostly');
  assert.deepEqual(await closeTabKeepingPage(app), [], 'kept on the device: no question');
  await app.close();
});

test('the first answer asks once, inline; keeping on the device survives a reload and asks no more', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  const [first, second] = field.contentStatements.map((s) => field.statement(s));
  assert.equal(await app.saveStatus.choice.count(), 0, 'not asked before an answer');
  await first.choose('fully');
  await app.saveStatus.choice.waitFor();
  // Right below the statement answered, where the eyes are (on a phone the status line is a screen away).
  assert.equal(await app.saveStatus.choice.evaluate((el, id) => el.parentElement.previousElementSibling?.dataset.statement, first.id), first.id);
  assert.ok(await first.option('fully').evaluate((el) => el === document.activeElement), 'the question does not take the focus');
  assert.match(await app.saveStatus.choice.innerText(), new RegExp(app.t.remember_ask_title));
  assert.deepEqual(await axeViolations(app.page), []);
  // Keyboard: the button takes Enter.
  await app.saveStatus.keepOnDevice.focus();
  await app.press('Enter');
  await app.saveStatus.choice.waitFor({ state: 'detached' });
  assert.equal(await focused(first.option('fully')), true, 'focus goes back to the statement, not to the body');
  assert.equal(await app.saveStatus.mode(), 'Local');
  assert.equal((await app.stored('local')).answers[first.id], 'fully');
  await second.choose('not_true');

  await app.reload();
  await field.waitFor();
  assert.equal(await field.statement(first.id).answer(), 'fully');
  assert.equal(await field.statement(second.id).answer(), 'not_true');
  assert.equal(await app.saveStatus.choice.count(), 0, 'asked once');
  assert.deepEqual(await closeTabKeepingPage(app), [], 'kept on the device: no question when closing');

  // Back via the status control: "ändern" opens the choice, "Nur in diesem Tab" moves the answers back.
  await app.saveStatus.changeButton.click();
  assert.equal(await app.saveStatus.changeButton.getAttribute('aria-expanded'), 'true');
  assert.match(await app.saveStatus.choice.innerText(), new RegExp(app.t.remember_on_device_text.slice(0, 40)));
  await app.saveStatus.onlyInTab.click();
  await app.saveStatus.choice.waitFor({ state: 'detached' });
  assert.equal(await app.saveStatus.mode(), 'Session');
  assert.equal(await app.stored('local'), null, 'the persistent copy is removed');
  assert.equal((await app.stored('session')).answers[first.id], 'fully');
  assert.equal(await focused(app.saveStatus.changeButton), true);
  await app.close();
});

/** Runs `beforeunload` without closing: dispatches the event the way the browser does and reports a held close. */
async function closeTabKeepingPage(app) {
  const held = await app.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  return held ? ['beforeunload'] : [];
}

test('"Nur in diesem Tab" at the first answer is remembered in this tab; the status control still offers the device', async () => {
  const app = await env.open({ at: (a) => a.field(2), lang: 'en' });
  const field = app.field(2);
  await field.statement(field.contentStatements[0]).choose('rather_not');
  await app.saveStatus.onlyInTab.click();
  await app.saveStatus.choice.waitFor({ state: 'detached' });
  assert.equal((await app.stored('session')).asked_to_remember, true);
  await field.statement(field.contentStatements[1]).choose('mostly');
  assert.equal(await app.saveStatus.choice.count(), 0, 'not asked again');
  await app.reload();
  await field.waitFor();
  assert.equal(await app.saveStatus.choice.count(), 0, 'not asked again after a reload');
  await app.saveStatus.changeButton.click();
  await app.saveStatus.keepOnDevice.click();
  assert.equal(await app.saveStatus.mode(), 'Local');
  await app.close();
});

test('kept states warn that they die with the tab, and travel in the result file', async () => {
  const answers = answerAll((_, i) => ['fully', 'mostly', 'unknown'][i % 3]);
  const app = await env.open({ at: (a) => a.results, seed: { answers } });
  await app.results.openCompare();
  const warning = app.main.getByTestId('snapshot-tab-warning');
  assert.equal(await warning.innerText(), app.t.snapshot_tab_warning);
  await app.results.takeSnapshotButton.click();
  await app.results.snapshots.first().waitFor();
  const download = await app.download(app.main.getByTestId('save-file-export'));
  const path = join(tempDir('agc-keep-'), download.suggestedFilename());
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(file.version, 4);
  assert.equal(file.snapshots.length, 1);
  assert.equal(Object.values(file.answers).filter((a) => a === 'unknown').length, Object.keys(answers).length / 3 | 0);
  await app.close();

  const fresh = await env.open();
  await fresh.start.resultFile.choose(path);
  await fresh.notices.waitFor('Imported');
  assert.equal((await fresh.stored('session')).snapshots.length, 1, 'the kept state came with the file');
  await fresh.start.remember.check();
  await fresh.results.open();
  await fresh.results.openCompare();
  assert.equal(await fresh.main.getByTestId('snapshot-tab-warning').count(), 0, 'kept on the device: no warning');
  await fresh.close();
});
