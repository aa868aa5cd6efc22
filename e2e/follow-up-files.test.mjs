// "In den Kalender übernehmen" and "Als Tabelle speichern" (issue 30), driven from the keyboard on the plan and read
// back with real programs: the .ics with Mozilla's iCalendar parser (ical.js) and imported into calcurse, the .csv
// opened by LibreOffice Calc headless with German settings (as Excel would by double-click) and read back from the
// flat ODS it writes. Also the PNG of the sheet for the closing note (target/follow-up/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { useApp } from './support/app.mjs';
import { fields, measureById } from './support/content.mjs';
import { answers, zeroGoal, weakGoal } from './support/known-answers.mjs';
import { cycleTexts, texts } from './support/texts.mjs';
import { tempDir } from './support/temp.mjs';
import { hasFocus } from './support/pages/util.mjs';

const env = useApp();
const dir = tempDir('follow-up-');

const due = zeroGoal.measures[0];
const done = weakGoal.measures[0];
const undated = fields[0].goals[0].measures[0];
const later = fields[2].goals[0].measures[0];
const FORMULA = '=HYPERLINK("http://evil.example";"klick")';
const plan = [
  { measure_id: due.id, owner: 'Frau Öztürk, Meisterin', due: '2027-03-31', status: 'planned', note: 'Mit "Berufsschule"; zweite\nZeile' },
  { measure_id: done.id, owner: 'Herr Weiß', due: '2027-01-15', status: 'done', note: '' },
  { measure_id: undated.id, owner: FORMULA, due: '', status: 'planned', note: '' },
  { measure_id: later.id, owner: '+49 4131 12345', due: '2027-09-01', status: 'in_progress', note: '' },
];
const FIRM = 'Tischlerei Müller & Söhne; Lüneburg';
// The check on 6 December 2026: the re-check is due on 6 December 2027.
const seed = (lang) => ({ answers, plan, lang, profile: { company_name: FIRM }, answered_at: Date.UTC(2026, 11, 6, 10) });

/** Presses Tab until `button` has focus, then Enter, and returns the download. */
async function downloadByKeyboard(app, button) {
  await app.tabUntil(() => hasFocus(button));
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.press('Enter')]);
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const events = (text) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate, end: event.endDate };
});

for (const lang of ['de', 'en']) {
  test(`${lang}: the calendar file parses with ical.js, imports into calcurse and updates by UID`, async () => {
    const app = await env.open({ seed: seed(lang), lang, at: (a) => a.plan });
    const c = cycleTexts[lang];
    const file = await downloadByKeyboard(app, app.followUp.calendarButton);
    assert.match(file.name, /^arbeitgeber-check-tischlerei-mueller-soehne-lueneburg-\d{4}-\d{2}-\d{2}\.ics$/);
    assert.equal(await app.followUp.fileStatus.textContent(), c.file_saved.replace('{name}', file.name), 'announced');
    const text = file.bytes.toString('utf8');
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(!/[^\r]\n/.test(text) && text.endsWith('END:VCALENDAR\r\n'), 'CRLF line ends only');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    assert.match(text, /\r\nPRODID:[^\r]+\r\n/);
    assert.match(text, /\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);

    const parsed = events(text);
    // Open items with a due date, then the re-check; the done and the undated item are left out.
    assert.deepEqual(parsed.map((e) => e.summary), [due.title[lang], later.title[lang], c.event_recheck]);
    const [first, second, recheck] = parsed;
    assert.ok(first.start.isDate, 'all-day');
    assert.equal(first.start.toString(), '2027-03-31');
    assert.equal(first.end.toString(), '2027-04-01');
    assert.equal(first.description, `${c.first_step}: ${due.first_step[lang]}\n${c.owner}: Frau Öztürk, Meisterin\n${c.goal}: ${zeroGoal.id} ${zeroGoal.plain_title[lang]}`);
    assert.equal(second.start.toString(), '2027-09-01');
    assert.equal(recheck.start.toString(), '2027-12-06', 'twelve months after the check');
    assert.equal(new Set(parsed.map((e) => e.uid)).size, 3);

    // calcurse, a real calendar program from Debian, imports every entry.
    const home = tempDir('calcurse-');
    const report = execFileSync('calcurse', ['-D', home, '-i', file.path], { encoding: 'utf8' });
    assert.match(report, /0 apps \/ 3 events \/ 0 todos \/ 0 skipped/);
    const apts = readFileSync(join(home, 'apts'), 'utf8');
    for (const [date, summary] of [['03/31/2027', due.title[lang]], ['09/01/2027', later.title[lang]], ['12/06/2027', c.event_recheck]]) {
      assert.ok(apts.split('\n').some((line) => line.startsWith(date) && line.endsWith(summary)), `${date} ${summary} in calcurse`);
    }

    // A changed plan gives a file with the same UIDs: importing it updates the entries.
    const item = app.plan.item(measureById(due.id));
    await item.owner.fill('Herr Ahrens');
    await item.owner.press('Tab');
    const again = events((await downloadByKeyboard(app, app.followUp.calendarButton)).bytes.toString('utf8'));
    assert.deepEqual(again.map((e) => e.uid), parsed.map((e) => e.uid));
    assert.match(again[0].description, /Herr Ahrens/);
    await app.close();
  });

  test(`${lang}: the spreadsheet opens in LibreOffice Calc as German Excel would: columns, umlauts, numbers, no formula`, async () => {
    const app = await env.open({ seed: seed(lang), lang, at: (a) => a.plan });
    const c = cycleTexts[lang];
    const file = await downloadByKeyboard(app, app.followUp.tableButton);
    assert.match(file.name, /\.csv$/);
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const text = file.bytes.toString('utf8').slice(1);
    assert.ok(!text.startsWith('sep='), 'no sep= line');
    assert.ok(!/[^\r]\n(?!")/.test(text.replace(/"[^"]*"/g, '')), 'records end with CRLF');
    assert.equal(text.split('\r\n')[1], c.csv_plan_columns.join(';'));

    // German Calc in both languages: the firm's spreadsheet follows its computer, not the app's language.
    const rows = calc(file.path);
    const header = rows.findIndex((row) => row[0]?.text === c.csv_plan_columns[0]);
    assert.deepEqual(rows[header].map((cell) => cell.text), c.csv_plan_columns, 'eight columns, umlauts intact');
    const planRows = rows.slice(header + 1, header + 1 + plan.length);
    assert.deepEqual(planRows.map((row) => row[2].text), [due, done, undated, later].map((m) => m.title[lang]),
      'the focus first (the two goals with a gap), then the rest, each in plan order');
    const byTitle = (m) => planRows.find((row) => row[2].text === m.title[lang]);
    assert.equal(byTitle(due)[4].text, 'Frau Öztürk, Meisterin');
    assert.equal(byTitle(due)[7].text, 'Mit "Berufsschule"; zweite\nZeile');
    assert.equal(byTitle(due)[0].text, c.csv_yes);
    // The formula stays text, shown with its neutralising apostrophe; a phone number is not a sum.
    assert.equal(byTitle(undated)[4].type, 'string');
    assert.equal(byTitle(undated)[4].text, `'${FORMULA}`);
    assert.equal(byTitle(undated)[4].formula, undefined);
    assert.equal(byTitle(later)[4].type, 'string');
    assert.equal(byTitle(later)[4].text, "'+49 4131 12345");
    assert.equal(byTitle(due)[5].type, 'date', 'a date to German Calc');
    assert.equal(byTitle(due)[5].value, '2027-03-31');
    assert.equal(byTitle(done)[6].text, texts[lang].status_labels.byVariant.Done);

    const scores = rows.findIndex((row) => row[0]?.text === c.csv_score_columns[0]);
    assert.deepEqual(rows[scores].map((cell) => cell.text), c.csv_score_columns);
    const overall = rows[scores + 1];
    assert.equal(overall[0].text, c.csv_overall);
    assert.equal(overall[2].type, 'float', 'the score is a number');
    assert.ok(overall[2].value > 50 && overall[2].value < 100);
    const zero = rows.slice(scores).find((row) => row[1]?.text.startsWith(`${zeroGoal.id} `));
    assert.deepEqual([zero[2].type, zero[2].value], ['float', 0]);
    const weak = rows.slice(scores).find((row) => row[1]?.text.startsWith(`${weakGoal.id} `));
    assert.equal(weak[2].value, 33.3, 'decimal comma read as a decimal');
    assert.equal(weak[1].text, `${weakGoal.id} ${weakGoal.plain_title[lang]}`);
    if (lang === 'de') picture(file.path);
    await app.close();
  });
}

/** LibreOffice Calc opens the CSV with `;`, `"`, UTF-8 and German (1031) number and date recognition and writes flat
 * ODS; the cells of its first sheet as { type, text, value, formula }. */
function calc(path) {
  const out = tempDir('calc-');
  execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + join(out, 'profile'), '--infilter=CSV:59,34,76,1,,1031', '--convert-to', 'fods', '--outdir', out, path], { stdio: 'ignore', timeout: 120_000 });
  const xml = readFileSync(join(out, readdirSync(out).find((name) => name.endsWith('.fods'))), 'utf8');
  const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(([, attrs, body = '']) => {
      const attr = (name) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
      const text = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => unescape(p[1].replace(/<[^>]+>/g, ''))).join('\n');
      const type = attr('office:value-type');
      const value = type === 'float' ? Number(attr('office:value')) : type === 'date' ? attr('office:date-value') : text;
      const cell = { type, text, value, formula: attr('table:formula') };
      return Array(Math.min(Number(attr('table:number-columns-repeated') ?? 1), 64)).fill(cell);
    })).map((row) => {
    // The sheet's empty cells to its right edge are not part of the data.
    while (row.length && row.at(-1).type === undefined && row.at(-1).text === '') row.pop();
    return row;
  });
}

/** The sheet as LibreOffice shows it, every column on one page (SinglePageSheets), as a PNG for the closing note
 * (target/follow-up/csv-in-libreoffice.png). */
function picture(path) {
  const target = new URL('../target/follow-up/', import.meta.url).pathname;
  mkdirSync(target, { recursive: true });
  const out = tempDir('calc-pdf-');
  execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + join(out, 'profile'), '--infilter=CSV:59,34,76,1,,1031', '--convert-to', 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}', '--outdir', out, path], { stdio: 'ignore', timeout: 120_000 });
  const pdf = join(out, readdirSync(out).find((name) => name.endsWith('.pdf')));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(out, 'sheet')]);
  copyFileSync(join(out, readdirSync(out).find((name) => name.endsWith('.png'))), join(target, 'csv-in-libreoffice.png'));
}
