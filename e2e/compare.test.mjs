// "Mit früherem Zwischenstand vergleichen": an earlier result file exported by the app is compared with today's answers;
// every delta on screen (overall, fields, goals, table), the chart's earlier outline and the printed "Veränderung
// seit …" match the content oracle; a kept state survives a reload; comparing never changes the answers; a bad file
// is refused with a reason; axe and keyboard only.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { useApp, KEY } from './support/app.mjs';
import { ANSWERS, answerAll, expectedScores, fields, goals, statementsOf } from './support/content.mjs';
import { fill } from './support/texts.mjs';
import { hasFocus, until } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';
import { sectionHeaded } from './support/pages/util.mjs';

const env = useApp();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Earlier: every answer one step lower than today where it can be, so most levels rose; the last field's statements
// are unanswered earlier, so that field and its goals have no comparison ("–").
const lastField = fields[fields.length - 1];
const unansweredEarlier = new Set(statementsOf(lastField).map((s) => s.id));
const today = answerAll((_, i) => ANSWERS[i % 4]);
const earlier = Object.fromEntries(Object.entries(today)
  .filter(([id]) => !unansweredEarlier.has(id))
  .map(([id, answer]) => [id, { fully: 'mostly', mostly: 'rather_not', rather_not: 'not_true', not_true: 'fully' }[answer]]));
/** The earlier file's export time, and the date the app must name for it. */
const EXPORTED_AT = '2026-03-03T10:00:00.000Z';
const DATE = { de: '3. März 2026', en: '3 March 2026' };

let dir;
let earlierFile;
before(() => { dir = tempDir('agc-compare-'); });

/** An earlier result file, exported by the app itself, its export time set to 3 March 2026. */
async function exportEarlier() {
  if (earlierFile) return earlierFile;
  const app = await env.open({ seed: { answers: earlier } });
  const download = await app.download(app.start.resultFile.exportButton);
  const path = join(dir, 'earlier.json');
  await download.saveAs(path);
  await app.close();
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.ok(file.exported_at, 'the export names its time');
  file.exported_at = EXPORTED_AT;
  writeFileSync(path, JSON.stringify(file));
  return (earlierFile = path);
}

const round = (score) => (score === null ? null : Math.round(score));
const change = (now, then) => (round(now) === null || round(then) === null ? null : round(now) - round(then));
/** The delta as the app shows it: "+12", "−33" (U+2212), "±0", "–". */
const shown = (delta) => (delta === null ? '–' : delta === 0 ? '±0' : delta > 0 ? `+${delta}` : `\u2212${-delta}`);
/** The screen-reader text (`Messages::change_spoken`). */
function spoken(t, delta, date) {
  if (delta === null) return t.compare_not_comparable;
  const when = date ? fill(t.compare_on_date, { date }) : t.compare_earlier_state;
  const template = delta === 1 ? t.compare_more_one : delta > 1 ? t.compare_more
    : delta === -1 ? t.compare_fewer_one : delta < 0 ? t.compare_fewer : t.compare_same;
  return fill(template, { points: Math.abs(delta), when });
}

/** Every delta the oracle gives: overall, per field (content order), per goal (by id). */
function expectedDeltas(now, then) {
  const a = expectedScores(now);
  const b = expectedScores(then);
  return {
    overall: change(a.overall.score, b.overall.score),
    fields: a.fields.map((field, i) => change(field.score, b.fields[i].score)),
    goals: Object.fromEntries(goals.map((goal) => [goal.id, change(a.goals[goal.id].score, b.goals[goal.id].score)])),
  };
}

async function comparedWithFile(lang = 'de') {
  const path = await exportEarlier();
  const app = await env.open({ seed: { answers: today, lang }, lang, at: (a) => a.results });
  await app.results.openCompare();
  await app.results.compareFileInput.setInputFiles(path);
  await app.results.compareActive.waitFor();
  return app;
}

test('an earlier result file: every delta on screen matches the oracle, and the answers stay as they were', async () => {
  const app = await comparedWithFile();
  const { results, t } = app;
  const date = DATE.de;
  const expected = expectedDeltas(today, earlier);
  const text = (delta) => shown(delta) + spoken(t, delta, date);

  assert.equal(await results.compareActive.innerText(), fill(t.compare_since, { date }));
  assert.ok(await hasFocus(results.compareActive), 'focus moves to the comparison it names');
  assert.equal(await results.overallDelta.textContent(), text(expected.overall));
  assert.deepEqual(await results.fieldDeltas(), expected.fields.map(text));
  assert.ok(expected.fields.some((d) => d > 0) && expected.fields.at(-1) === null, 'the data has rises and a gap');
  await results.openOtherGoals();
  for (const goal of goals) assert.equal(await results.goalDelta(goal).textContent(), text(expected.goals[goal.id]), goal.id);
  const tableOrder = fields.flatMap((field, i) => [expected.fields[i], ...field.goals.map((g) => expected.goals[g.id])]);
  assert.deepEqual(await results.tableDeltas(), tableOrder.map(text));
  assert.equal(await results.earlierLegend.innerText(), fill(t.compare_legend, { date }));

  const stored = await app.stored('session');
  assert.deepEqual(stored.answers, today, 'comparing changes no answer');
  assert.deepEqual(stored.snapshots ?? [], [], 'a compared file is not kept');
  await app.close();
});

test('the printed report has "Veränderung seit …" with the same deltas, in order', async () => {
  const app = await comparedWithFile();
  const { t } = app;
  const expected = expectedDeltas(today, earlier);
  await app.results.toReportLink.click();
  await app.report.waitFor();
  const heading = fill(t.compare_since, { date: DATE.de });
  const section = sectionHeaded(app, heading);
  const rowOrder = [expected.overall, ...fields.flatMap((field, i) => [expected.fields[i], ...field.goals.map((g) => expected.goals[g.id])])];
  assert.deepEqual(await section.getByTestId('report-delta').allTextContents(),
    rowOrder.map((delta) => shown(delta) + spoken(t, delta, DATE.de)));

  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const start = text.indexOf(heading);
  assert.ok(start > 0, `the PDF has “${heading}”`);
  const end = text.indexOf(t.report_fields, start);
  const printed = text.slice(start, end).match(/[+±\u2212]\d+/g);
  assert.deepEqual(printed, rowOrder.filter((d) => d !== null).map(shown), 'the printed deltas, row by row');
  assert.ok(!text.includes(t.compare_remove), 'no screen controls on paper');
  await app.close();
});

test('a kept state survives a reload, is compared with, and both comparison and state are removed in one click each', async () => {
  const app = await env.open({ seed: { answers: earlier }, at: (a) => a.results });
  const { results, t } = app;
  await results.openCompare();
  await results.takeSnapshotButton.click();
  await until(async () => (await results.compareStatus.innerText()).startsWith(t.snapshot_taken.split('{date}')[0]), 'the kept-state message');
  await results.takeSnapshotButton.click();
  await until(async () => (await results.compareStatus.innerText()) === t.snapshot_error_unchanged, 'the unchanged refusal');
  assert.equal(await results.snapshots.count(), 1);

  // Today's answers replace the earlier ones through the app's own storage (another sitting), then a reload.
  await app.page.evaluate(([key, answers]) => {
    const saved = JSON.parse(sessionStorage.getItem(key));
    sessionStorage.setItem(key, JSON.stringify({ ...saved, answers, updated_at: saved.updated_at + 1 }));
  }, [KEY, today]);
  await app.reload();
  await results.waitFor();
  await results.openCompare();
  assert.equal(await results.snapshots.count(), 1, 'the kept state survived the reload');
  await results.compareWithSnapshot(0).click();
  await results.compareActive.waitFor();
  const date = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  assert.equal(await results.compareActive.innerText(), fill(t.compare_since, { date }));
  const expected = expectedDeltas(today, earlier);
  assert.deepEqual(await results.fieldDeltas(), expected.fields.map((d) => shown(d) + spoken(t, d, date)));

  await results.removeComparisonButton.click();
  await results.compareActive.waitFor({ state: 'detached' });
  assert.equal(await results.anyDelta.count(), 0, 'no delta once the comparison is removed');
  assert.equal(await results.earlierLegend.count(), 0);
  await results.removeSnapshot(0).click();
  await until(async () => (await results.snapshots.count()) === 0, 'the state removed');
  await app.reload();
  await results.openCompare();
  assert.equal(await results.snapshots.count(), 0, 'and it stays removed');
  assert.deepEqual((await app.stored('session')).answers, today);
  await app.close();
});

test('a file that is not a result file is refused with its reason and changes nothing', async () => {
  const app = await env.open({ seed: { answers: today }, at: (a) => a.results });
  const { results, t } = app;
  await results.openCompare();
  const bad = join(dir, 'notes.json');
  writeFileSync(bad, 'kein JSON');
  await results.compareFileInput.setInputFiles(bad);
  await until(async () => (await results.compareStatus.innerText()) === `${t.compare_file_rejected} ${t.file_error_not_json}`, 'the refusal');
  assert.equal(await results.compareActive.count(), 0);
  assert.equal(await results.anyDelta.count(), 0);
  assert.deepEqual((await app.stored('session')).answers, today);
  await app.close();
});

test('"Alle Antworten löschen" also ends the comparison and the kept states', async () => {
  const app = await comparedWithFile();
  await app.results.takeSnapshotButton.click();
  await app.results.snapshots.first().waitFor();
  await app.start.open();
  await app.start.deleteAllButton.click();
  await app.start.deleteAllYes.click();
  await app.results.open();
  assert.equal(await app.results.compareActive.count(), 0, 'no comparison after deleting');
  assert.equal(await app.results.anyDelta.count(), 0);
  await app.results.openCompare();
  assert.equal(await app.results.snapshots.count(), 0, 'no kept state after deleting');
  await app.close();
});

for (const lang of ['de', 'en']) {
  test(`no axe violations with a comparison and a kept state (${lang})`, async () => {
    const app = await comparedWithFile(lang);
    await app.results.takeSnapshotButton.click();
    await app.results.snapshots.first().waitFor();
    assert.equal(await app.results.compareActive.innerText(), fill(app.t.compare_since, { date: DATE[lang] }));
    await app.page.addScriptTag({ path: AXE });
    const violations = await app.page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    await app.close();
  });
}

test('keyboard only: open the panel, keep a state, compare with it, remove the comparison', async () => {
  const app = await env.open({ seed: { answers: today }, at: (a) => a.results });
  const { results } = app;
  await app.tabUntil(() => hasFocus(results.compareToggle));
  await app.press('Enter');
  await results.takeSnapshotButton.waitFor();
  await app.tabUntil(() => hasFocus(results.takeSnapshotButton));
  await app.press('Enter');
  await results.snapshots.first().waitFor();
  // The kept states are listed above the button: back with Shift+Tab.
  for (let i = 0; i < 10 && !(await hasFocus(results.compareWithSnapshot(0))); i++) await app.press('Shift+Tab');
  assert.ok(await hasFocus(results.compareWithSnapshot(0)), 'Shift+Tab reaches the kept state');
  await app.press('Enter');
  await results.compareActive.waitFor();
  await until(() => hasFocus(results.compareActive), 'focus on the comparison');
  assert.equal((await results.fieldDeltas()).length, fields.length);
  await app.press('Tab');
  assert.ok(await hasFocus(results.removeComparisonButton), 'the remove button follows');
  await app.press('Enter');
  await results.compareActive.waitFor({ state: 'detached' });
  await until(() => hasFocus(results.compareToggle), 'focus back on the panel');
  assert.equal(await results.anyDelta.count(), 0);
  await app.close();
});
