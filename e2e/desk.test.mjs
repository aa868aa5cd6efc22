// The adviser's desk (#/beratung, issue 31): generated firm files load into one row per firm (a firm's two checks a
// year apart are one firm with its change); bad and foreign files are named and skipped; the table sorts by keyboard
// and filters; a company name with markup stays text; the spreadsheet is German Excel's CSV; axe in both languages;
// closing the tab with loaded firms asks first.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { answerAll } from './support/content.mjs';
import { fill } from './support/texts.mjs';
import { tempDir } from './support/temp.mjs';
import { firmFile, writeFirms } from './support/firm-files.mjs';
import { deskTexts } from './support/pages/desk.mjs';

const env = useApp();
let dir;
let firms;
let older;
let newer;

before(() => {
  dir = tempDir('agc-desk-');
  firms = writeFirms(dir, 6);
  // The same firm a year apart, the name written differently: one firm, two checks, 100 − 33 = +67 points.
  older = join(dir, 'muster-2025.json');
  newer = join(dir, 'muster-2026.json');
  writeFileSync(older, firmFile({ name: 'Tischlerei Muster', at: '2025-11-03T09:00:00.000Z', answers: answerAll(() => 'rather_not'), size: '10-49', sector: 'handwerk' }));
  writeFileSync(newer, firmFile({ name: 'tischlerei  MUSTER', at: '2026-11-03T09:00:00.000Z', answers: answerAll(() => 'fully'), size: '10-49', sector: 'handwerk' }));
});

/** The same file (firm, time stamp) with one answer changed. */
function otherAnswers(text) {
  const file = JSON.parse(text);
  const [id, answer] = Object.entries(file.answers)[0];
  file.answers[id] = answer === 'fully' ? 'not_true' : 'fully';
  return JSON.stringify(file, null, 2);
}

async function loaded(lang = 'de') {
  const app = await env.open({ at: (app) => app.desk, lang });
  await app.desk.choose([...firms.map((f) => f.path), older, newer]);
  await app.desk.summary.waitFor();
  return app;
}

test('generated firm files: one row per firm, a firm\'s two checks a year apart are one firm with its change', async () => {
  const app = await loaded();
  const { desk } = app;
  const d = deskTexts.de;
  assert.equal(await desk.summary.innerText(), fill(d.status, { added: 8, left: 0, firms: 7, files: 8 }));
  assert.equal(await desk.rows.count(), 7);
  assert.equal(await desk.memoryNote.innerText(), d.memory_note);
  const muster = (await desk.cells()).find((cells) => cells[0].startsWith('tischlerei  MUSTER') || cells[0].startsWith('tischlerei MUSTER'));
  assert.ok(muster, 'the newest check names the firm');
  assert.match(muster[0], new RegExp(`2 ${d.checks}$`));
  assert.deepEqual(muster.slice(3, 6), ['3.11.2026', '100', '+67']);
  assert.equal(muster[9], '3.11.2027');
  await app.close();
});

test('bad and foreign files are named with the reason and skipped; duplicates count once', async () => {
  const app = await env.open({ at: (app) => app.desk });
  const d = deskTexts.de;
  const t = app.t;
  const base = firms[0].text;
  const bad = {
    'team.json': JSON.stringify({ format: 'arbeitgeber-check-team', version: 1, saved_at: '2026-11-01T00:00:00.000Z', firm: '', members: [] }),
    'benchmark.json': JSON.stringify({ format: 'arbeitgeber-check-benchmark', version: 1, month: '2026-11' }),
    'kammer.json': JSON.stringify({ name: 'Musterkammer', contacts: [{ name: 'A. Berater', email: 'a@example.org' }] }),
    'neuer.json': base.replace(/"version": \d+/, '"version": 9'),
    'kaputt.json': '{"format": "arbeitgeber',
    'riesig.json': ' '.repeat(6 * 1024 * 1024),
    'kopie.json': base,
    'gleicher-zeitpunkt.json': otherAnswers(base),
  };
  const paths = Object.entries(bad).map(([name, text]) => { const path = join(dir, name); writeFileSync(path, text); return path; });
  await app.desk.choose([firms[0].path, ...paths]);
  await app.desk.summary.waitFor();
  assert.deepEqual(await app.desk.refused.allInnerTexts(), [
    `team.json: ${d.team_file}`,
    `benchmark.json: ${d.benchmark_file}`,
    `kammer.json: ${d.kammer_file}`,
    `neuer.json: ${t.file_error_too_new}`,
    `kaputt.json: ${t.file_error_not_json}`,
    `riesig.json: ${t.file_error_too_large}`,
    `kopie.json: ${fill(d.duplicate, { file: 'betrieb-1.json' })}`,
    `gleicher-zeitpunkt.json: ${d.same_time_stamp.replaceAll('{file}', 'betrieb-1.json')}`,
  ]);
  assert.equal(await app.desk.rows.count(), 1, 'only the good file is on the desk');
  await app.close();
});

test('a company name with markup is shown as text; nothing is injected', async () => {
  const app = await env.open({ at: (app) => app.desk });
  const name = '<img src=x onerror="window.injected=1"><b>Fett</b> & Co';
  const path = join(dir, 'markup.json');
  writeFileSync(path, firmFile({ name, at: '2026-10-01T09:00:00.000Z', answers: answerAll(() => 'mostly') }));
  await app.desk.choose([path]);
  await app.desk.firmButton(name).waitFor();
  assert.equal(await app.desk.table.locator('img, b').count(), 0);
  assert.equal(await app.page.evaluate(() => window.injected), undefined);
  await app.close();
});

test('keyboard only: the sort buttons sort, keep focus, set aria-sort and announce the order', async () => {
  const app = await loaded();
  const { desk } = app;
  const d = deskTexts.de;
  const overall = 4;
  const focused = (locator) => () => locator.evaluate((el) => el === document.activeElement);
  await app.tabUntil(focused(desk.sortButton(overall)));
  await app.press('Enter');
  await desk.sortStatus.filter({ hasText: d.ascending }).waitFor();
  assert.equal(await desk.columnHeader(overall).getAttribute('aria-sort'), 'ascending');
  assert.equal(await desk.sortStatus.innerText(), fill(d.sorted, { count: 7, column: d.columns[overall], direction: d.ascending }));
  const ascending = (await desk.cells()).map((cells) => Number(cells[overall])).filter((n) => !Number.isNaN(n));
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  assert.ok(await focused(desk.sortButton(overall))(), 'focus stays on the sort button');
  await app.press('Enter');
  await desk.sortStatus.filter({ hasText: d.descending }).waitFor();
  assert.equal(await desk.columnHeader(overall).getAttribute('aria-sort'), 'descending');
  const [first] = await desk.cells();
  assert.equal(first[overall], '100');
  assert.equal(await desk.columnHeader(0).getAttribute('aria-sort'), 'none');
  // The rows keep their places and show the firms in the new order: the first row's name opens the firm it shows.
  const name = (await desk.rows.first().getByRole('button').textContent()).trim();
  await app.tabUntil(focused(desk.firmButton(name)));
  await app.press('Enter');
  await desk.firmHeading(name).waitFor();
  await app.close();
});

test('the size and sector filters narrow the table and the status says how many', async () => {
  const app = await loaded();
  const { desk } = app;
  await desk.sectorFilter.selectOption('handwerk');
  const expected = 1 + firms.filter((f) => JSON.parse(f.text).profile.sector === 'handwerk').length;
  await desk.sortStatus.filter({ hasText: new RegExp(`^${expected} `) }).waitFor();
  assert.equal(await desk.rows.count(), expected);
  await desk.sizeFilter.selectOption('250+');
  await desk.sectorFilter.selectOption('');
  const large = firms.filter((f) => JSON.parse(f.text).profile.size === '250+').length;
  assert.equal(await desk.rows.count(), large);
  await app.close();
});

test('"Als Tabelle speichern": UTF-8 with BOM, semicolons, CRLF, quoted as RFC 4180 says, formulas neutralised', async () => {
  const app = await env.open({ at: (app) => app.desk });
  const path = join(dir, 'formel.json');
  writeFileSync(path, firmFile({ name: '=HYPERLINK("http://x";"Müller; Söhne")', at: '2026-10-01T09:00:00.000Z', answers: answerAll(() => 'mostly'), sector: 'handel' }));
  await app.desk.choose([path, older, newer]);
  await app.desk.rows.nth(1).waitFor();
  const download = await app.download(app.desk.csvButton);
  assert.match(download.suggestedFilename(), /^beratungsmappe-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = join(dir, 'desk.csv');
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte order mark');
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines.at(-1), '', 'every line ends in CRLF');
  assert.equal(lines[0], deskTexts.de.columns.join(';'));
  assert.ok(lines[1].startsWith(`"'=HYPERLINK(""http://x"";""Müller; Söhne"")";`), lines[1]);
  assert.match(lines[2], /;100;67;0;/);
  await app.close();
});

for (const lang of ['de', 'en']) {
  test(`no axe violations on the desk with firms (${lang})`, async () => {
    const app = await loaded(lang);
    assert.equal(await app.desk.rows.count(), 7);
    assert.deepEqual(await axeViolations(app.page), []);
    await app.close();
  });
}

test('closing the tab with firms on the desk asks first; the desk is reached from the footer', async () => {
  const app = await env.open({ at: (app) => app.start });
  await app.page.getByRole('contentinfo').getByRole('link', { name: app.t.desk_title, exact: true }).click();
  await app.desk.waitFor();
  const held = () => app.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(await held(), false, 'an empty desk lets the tab close');
  await app.desk.choose([older]);
  await app.desk.rows.first().waitFor();
  assert.equal(await held(), true);
  await app.close();
});
