// The printed report (A4 PDF through Chromium, read back with pdftotext) says what the results screen says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { fields, goals } from './support/content.mjs';
import { literal } from './support/texts.mjs';
import { answers } from './support/known-answers.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const COMPANY = 'Tischlerei Muster GmbH';
/** A sane length for the A4 report: cover, summary, one section per field, plan, hand-off, method. */
const PAGES = { min: 5, max: 14 };

test('the printed report (A4 PDF) says what the screen says', async () => {
  const plan = [{ measure_id: goals[4].measures[0].id, owner: 'Herr Meyer', due: '2027-01-15', status: 'planned', note: 'Budget klären' }];
  const app = await env.open({ seed: { answers, profile: { company_name: COMPANY }, plan }, at: (a) => a.results });
  const { results, t } = app;
  const screenScores = await results.fieldScores();
  const screenOverall = await results.overallScore.innerText();
  await results.toReportLink.click();
  const report = app.report.of(COMPANY);
  await report.waitFor();
  assert.deepEqual(await report.fieldScores(), screenScores);
  assert.equal(await report.overallScore.innerText(), screenOverall);

  const dir = tempDir('agc-report-');
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  assert.ok(pages >= PAGES.min && pages <= PAGES.max, `${pages} pages`);
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(text.includes(COMPANY), 'the company on the cover');
  for (const field of fields) assert.ok(text.includes(field.title.de), `field ${field.title.de} in the report`);
  assert.match(flat, new RegExp(`${literal(t.results_overall)}:? ${screenOverall} / 100`));
  // The fields print in two columns: read in reading order (-raw: in the order Chromium wrote it), each field's title and score go together.
  const inOrder = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const [i, field] of fields.entries()) {
    assert.ok(inOrder.includes(`${field.title.de}: ${screenScores[i]} / 100`), field.id);
  }
  for (const value of ['Herr Meyer', 'Budget klären', '15.1.2027']) assert.ok(flat.includes(value), value);
  assert.ok(!flat.includes('2027-01-15'), 'dates as people write them, not ISO');
  assert.ok(text.includes(t.report_handoff_title), 'the hand-off page');
  assert.ok(text.includes(t.report_method_title), 'the method note');
  assert.ok(!flat.includes(t.report_print), 'buttons do not print');
  assert.ok(!flat.includes(t.other_language_name), 'the language switch does not print');
  await app.close();
});
