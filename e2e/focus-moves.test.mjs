// Focus is never lost (WCAG 2.4.3, 4.1.2; issue 28): after "Zur nächsten offenen Aussage" on its own screen, after
// "Ja, ersetzen" on import and Escape on its question, after "Bleiben" (and Escape) in the team leave question, and when
// the app takes over the pre-rendered start page, which also keeps a ticked "merken" box.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { answerAll, statements } from './support/content.mjs';
import { hasFocus, until, waitForFocus } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
let dir;
before(() => { dir = tempDir('agc-focus-'); });

/** What has focus, for messages: tag, id and text. */
const focused = (app) => app.page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent ?? '').trim().slice(0, 40)}` : 'nothing';
});

test('"Zur nächsten offenen Aussage" on its own field moves focus there at once; "Weiter" then lands on the heading', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  const field = app.field(1);
  const first = field.statement(field.contentStatements[0]);
  await app.progress.nextOpenLink.click();
  await until(() => first.radioHasFocus(), 'focus on the first open statement');
  assert.equal(new URL(app.page.url()).hash, '#/feld/1', 'no navigation happened');
  // No target is left pending: the next screen change focuses that screen's heading.
  await field.nextLink.click();
  await app.field(2).waitFor();
  await app.waitForHeadingFocus();
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('the field heading includes "Handlungsfeld 3 von 6", so it is read when focus lands there', async () => {
  const app = await env.open({ at: (a) => a.field(3) });
  const name = await app.page.evaluate(async () => document.getElementById('page-title').textContent);
  assert.match(name.replace(/\u00ad/g, ''), new RegExp(`^${app.t.field_eyebrow.replace('{number}', 3).replace('{total}', 6)}`));
  await app.close();
});

test('import over answers: the safe choice has focus, Escape cancels, and after "Ja, ersetzen" focus is on the heading', async () => {
  const source = await env.open({ seed: { answers: answerAll(() => 'mostly') } });
  const download = await source.download(source.start.resultFile.exportButton);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await source.close();

  const app = await env.open({ seed: { answers: { [statements[0].id]: 'not_true' } } });
  const file = app.start.resultFile;
  await file.choose(path);
  await waitForFocus(file.cancelButton, 'focus on "Abbrechen"');
  await app.press('Escape');
  await file.confirmButton.waitFor({ state: 'detached' });
  await until(() => app.page.evaluate(() => document.activeElement?.id === 'import-file'), 'focus back on the file button');
  assert.equal((await app.stored('session')).answers[statements[0].id], 'not_true', 'Escape replaced nothing');

  await file.choose(path);
  await waitForFocus(file.cancelButton, 'focus on "Abbrechen"');
  await file.confirmButton.click();
  await app.notices.waitFor('Imported');
  await app.waitForHeadingFocus().catch(async () => assert.fail(`focus is on ${await focused(app)}`));
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).answers[statements[0].id], 'mostly');
  await app.close();
});

test('"Bleiben" and Escape in the team leave question put focus on the team heading, never on <body>', async () => {
  const app = await env.open({ at: (a) => a.team });
  const files = [];
  for (const value of ['fully', 'not_true']) {
    const person = await env.open({ seed: { answers: answerAll(() => value) } });
    const download = await person.download(person.start.resultFile.exportButton);
    const path = join(dir, `${value}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    files.push(path);
    await person.close();
  }
  await app.team.choose(files);
  await app.team.peopleHeading(2).waitFor();
  for (const how of ['Bleiben', 'Escape']) {
    await app.page.getByRole('banner').getByRole('link').first().click();
    await app.team.leaveDialog.waitFor();
    await waitForFocus(app.team.stayButton, 'focus on "Bleiben"');
    if (how === 'Escape') await app.press('Escape');
    else await app.team.stayButton.click();
    await app.team.leaveDialog.waitFor({ state: 'detached' });
    await app.waitForHeadingFocus().catch(async () => assert.fail(`${how}: focus is on ${await focused(app)}`));
    assert.equal(new URL(app.page.url()).hash, '#/team');
  }
  await app.close();
});

test('the take-over of the pre-rendered start page keeps focus and a ticked "merken" box', async () => {
  // Hold the app back until the pre-render has been used: focus on its box, ticked by keyboard.
  const app = await env.open({ mounted: false, beforeLoad: (page) => page.route(/\/arbeitgeber-check-[0-9a-f]+\.js$/, async (route) => {
    await until(() => page.evaluate(() => document.querySelector('#prerender #remember')?.checked === true), 'the box ticked', 20_000);
    await route.continue();
  }) });
  const box = app.page.locator('#prerender #remember');
  await box.waitFor();
  await box.focus();
  await app.press('Space');
  await app.ready();
  const remember = app.page.locator('#remember');
  assert.ok(await hasFocus(remember), `focus stays on the box (is on ${await focused(app)})`);
  assert.ok(await remember.isChecked(), 'the box stays ticked');
  await until(async () => (await app.stored('local')) !== null, 'the choice applied: data kept on this device');
  await app.close();
});
