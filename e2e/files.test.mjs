// Result files: export, import in a fresh browser, and every bad file rejected with a message and no change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openApp, stored } from './support/app.mjs';
import { goals, savedState, seedScript } from './support/content.mjs';

let env;
let dir;
before(async () => { env = await setup(); dir = mkdtempSync(join(tmpdir(), 'agc-files-')); });
after(async () => { await env?.stop(); });

const answers = Object.fromEntries(goals.flatMap((g) => g.statements).map((s, i) => [s.id, ['fully', 'mostly', 'not_relevant'][i % 3]]));
const profile = { company_name: 'Bäckerei Beispiel KG', size: '10-49', sector: 'handel', trains_apprentices: false };
const plan = [{ measure_id: goals[2].measures[1].id, owner: 'Inhaberin', due: '2027-02-01', status: 'done', note: 'erledigt „schnell“' }];

async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

test('export, then import in a fresh browser context, gives back everything', async () => {
  const page = await openApp(env, { initScript: seedScript(savedState({ answers, profile, plan, lang: 'de' })) });
  const { path, name } = await exportFile(page);
  assert.match(name, /^arbeitgeber-check-baeckerei-beispiel-kg-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(file.format, 'arbeitgeber-check-export');
  assert.equal(file.version, 1);
  const original = await stored(page, 'session');
  await page.context().close();

  const fresh = await openApp(env);
  await fresh.getByTestId('import').setInputFiles(path);
  await fresh.locator('[data-testid=notice][data-notice=Imported]').waitFor();
  const imported = await stored(fresh, 'session');
  assert.deepEqual(imported.answers, original.answers);
  assert.deepEqual(imported.profile, original.profile);
  assert.deepEqual(imported.plan, original.plan);
  assert.equal(imported.lang, 'de');
  await fresh.goto(env.server.url + '#/plan');
  assert.equal(await fresh.getByTestId('plan-owner').inputValue(), 'Inhaberin');
  await fresh.context().close();
});

test('importing over existing answers asks first; cancel changes nothing', async () => {
  const page = await openApp(env, { initScript: seedScript(savedState({ answers, profile, plan })) });
  const { path } = await exportFile(page);
  await page.context().close();

  const other = { [goals[0].statements[0].id]: 'not_true' };
  const busy = await openApp(env, { initScript: seedScript(savedState({ answers: other })) });
  const before = await stored(busy, 'session');
  await busy.getByTestId('import').setInputFiles(path);
  await busy.waitForFunction(() => document.activeElement?.dataset.testid === 'import-confirm');
  await busy.getByTestId('import-cancel').click();
  assert.deepEqual(await stored(busy, 'session'), before);
  await busy.getByTestId('import').setInputFiles(path);
  await busy.getByTestId('import-confirm').click();
  await busy.locator('[data-testid=notice][data-notice=Imported]').waitFor();
  assert.deepEqual((await stored(busy, 'session')).answers, answers);
  await busy.context().close();
});

test('corrupted, truncated, oversized, wrong-version and foreign files are rejected with a message and no change', async () => {
  const page = await openApp(env, { initScript: seedScript(savedState({ answers, profile })) });
  const { path } = await exportFile(page);
  const good = readFileSync(path, 'utf8');
  const wrongVersion = JSON.parse(good); wrongVersion.version = 99;
  const unknownId = JSON.parse(good); unknownId.answers['9.9.z'] = 'fully';
  const wrongType = JSON.parse(good); wrongType.answers[goals[0].statements[0].id] = 3;
  const cases = {
    'corrupted.json': good.replace(/"answers"/, '"answ\u0000ers'),
    'truncated.json': good.slice(0, Math.floor(good.length / 2)),
    'oversized.json': good.replace('{', `{"padding": "${'x'.repeat(300 * 1024)}",`),
    'version.json': JSON.stringify(wrongVersion),
    'unknown-id.json': JSON.stringify(unknownId),
    'wrong-type.json': JSON.stringify(wrongType),
    'foreign.json': JSON.stringify({ name: 'something else', answers: {} }),
    'empty.json': '',
    'image.json': '\u0089PNG\r\n\u001a\n',
  };
  const expected = {
    'corrupted.json': /kein lesbares JSON/, 'truncated.json': /kein lesbares JSON/, 'oversized.json': /zu groß/,
    'version.json': /neueren Version/, 'unknown-id.json': /nicht kennt/, 'wrong-type.json': /ungültige Angaben/,
    'foreign.json': /keine Ergebnisdatei/, 'empty.json': /leer/, 'image.json': /kein lesbares JSON/,
  };
  const before = await stored(page, 'session');
  let attempt = Number(await page.getByTestId('import-status').getAttribute('data-attempt'));
  for (const [name, content] of Object.entries(cases)) {
    const file = join(dir, name);
    writeFileSync(file, content);
    await page.getByTestId('import').setInputFiles(file);
    attempt++;
    const message = page.locator(`[data-testid=import-status][data-attempt="${attempt}"] [data-result=failed]`);
    await message.waitFor();
    assert.match(await message.innerText(), expected[name], name);
    assert.equal(await page.getByTestId('import-confirm').count(), 0, name);
    assert.deepEqual(await stored(page, 'session'), before, `${name} changed nothing`);
  }
  assert.deepEqual(page.problems.pageErrors, []);
  await page.context().close();
});
