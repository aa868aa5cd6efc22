// Result files: export, import in a fresh browser, and every bad file rejected with a message and no change.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { goals, statements, answerAll } from './support/content.mjs';
import { texts } from './support/texts.mjs';
import { waitForFocus } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
let dir;
before(() => { dir = tempDir('agc-files-'); });

const answers = answerAll((_, i) => ['fully', 'mostly', 'not_relevant'][i % 3]);
const profile = { company_name: 'Bäckerei Beispiel KG', size: '10-49', sector: 'handel', trains_apprentices: false };
const planned = goals[2].measures[1];
const plan = [{ measure_id: planned.id, owner: 'Inhaberin', due: '2027-02-01', status: 'done', note: 'erledigt „schnell“' }];

async function exportFile(app) {
  const download = await app.download(app.start.resultFile.exportButton);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

test('export, then import in a fresh browser context, gives back everything', async () => {
  const app = await env.open({ seed: { answers, profile, plan, lang: 'de', duties: { nachweis: 'no', unterweisung: 'yes' } } });
  const { path, name } = await exportFile(app);
  assert.match(name, /^arbeitgeber-check-baeckerei-beispiel-kg-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(file.format, 'arbeitgeber-check-export');
  assert.equal(file.version, 4);
  assert.equal(file.duties, 'nachweis=no;unterweisung=yes', 'the duty page\'s answers travel in the file');
  const original = await app.stored('session');
  await app.close();

  const fresh = await env.open();
  await fresh.start.resultFile.choose(path);
  await fresh.notices.waitFor('Imported');
  const imported = await fresh.stored('session');
  assert.deepEqual(imported.answers, original.answers);
  // The seed was written in the first release's format, without a role or works council; the app writes "not given"
  // as null.
  assert.deepEqual(imported.profile, { role: null, works_council: null, ...original.profile });
  assert.deepEqual(imported.plan, original.plan);
  assert.equal(imported.duties, original.duties);
  assert.equal(imported.lang, 'de');
  await fresh.plan.open();
  assert.equal(await fresh.plan.item(planned).owner.inputValue(), 'Inhaberin');
  await fresh.close();
});

test('importing over existing answers asks first; cancel changes nothing', async () => {
  const app = await env.open({ seed: { answers, profile, plan } });
  const { path } = await exportFile(app);
  await app.close();

  const busy = await env.open({ seed: { answers: { [statements[0].id]: 'not_true' } } });
  const file = busy.start.resultFile;
  const before = await busy.stored('session');
  await file.choose(path);
  // The safe choice has focus, so Enter by habit replaces nothing.
  await waitForFocus(file.cancelButton, 'focus on the safe choice');
  assert.ok(await busy.start.shows(busy.t.file_import_confirm, file.status), 'the confirmation says what happens');
  await file.cancelButton.click();
  assert.deepEqual(await busy.stored('session'), before);
  await file.choose(path);
  await file.confirmButton.click();
  await busy.notices.waitFor('Imported');
  assert.deepEqual((await busy.stored('session')).answers, answers);
  await busy.close();
});

const UNKNOWN_ID = '9.9.z';
assert.ok(!statements.some((s) => s.id === UNKNOWN_ID), 'the unknown id is not in the content');

// Every kind of bad file, and the message (by name in src/i18n) the user must get for it.
const de = texts.de;
const badFiles = (good) => {
  const wrongVersion = JSON.parse(good); wrongVersion.version = 99;
  const unknownId = JSON.parse(good); unknownId.answers[UNKNOWN_ID] = 'fully';
  const wrongType = JSON.parse(good); wrongType.answers[statements[0].id] = 3;
  return {
    'corrupted.json': [good.replace(/"answers"/, '"answ\u0000ers'), de.file_error_not_json],
    'truncated.json': [good.slice(0, Math.floor(good.length / 2)), de.file_error_not_json],
    'oversized.json': [good.replace('{', `{"padding": "${'x'.repeat(300 * 1024)}",`), de.file_error_too_large],
    'version.json': [JSON.stringify(wrongVersion), de.file_error_too_new],
    'unknown-id.json': [JSON.stringify(unknownId), de.file_error_unknown_statements],
    'wrong-type.json': [JSON.stringify(wrongType), de.file_error_invalid],
    'foreign.json': [JSON.stringify({ name: 'something else', answers: {} }), de.file_error_not_export],
    'empty.json': ['', de.file_error_empty],
    'image.json': ['\u0089PNG\r\n\u001a\n', de.file_error_not_json],
  };
};

test('corrupted, truncated, oversized, wrong-version and foreign files are rejected with a message and no change', async () => {
  const app = await env.open({ seed: { answers, profile } });
  const { path } = await exportFile(app);
  const file = app.start.resultFile;
  const before = await app.stored('session');
  for (const [name, [content, message]] of Object.entries(badFiles(readFileSync(path, 'utf8')))) {
    const bad = join(dir, name);
    writeFileSync(bad, content);
    const attempt = await file.choose(bad);
    assert.equal(await file.answerTo(attempt), message, name);
    assert.equal(await file.confirmButton.count(), 0, name);
    assert.deepEqual(await app.stored('session'), before, `${name} changed nothing`);
  }
  assert.deepEqual(app.problems.pageErrors, []);
  await app.close();
});
