// A firm opened on the desk (issue 31): its results read-only with the firm's own components and the change since
// its previous check; back to the table with focus on its name; the adviser's own answers untouched; the printed
// Gesprächsblatt is one A4 page with scores, changes, open duties, overdue items and questions.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { answerAll, dutyCheck, expectedScores, measures, statements } from './support/content.mjs';
import { tempDir } from './support/temp.mjs';
import { firmFile } from './support/firm-files.mjs';
import { deskTexts } from './support/pages/desk.mjs';

const env = useApp();
let dir;
let files;
let latest;
const duty = statements.find((s) => s.legal_duty);
// The desk names an open duty by the duty check's title (issue 27), not by the statement that answers it.
const dutyTitle = dutyCheck.duties.find((d) => d.statement === duty.id).title;
const overdueMeasure = measures[0];

before(() => {
  dir = tempDir('agc-desk-firm-');
  const earlier = firmFile({ name: 'Bäckerei Korn', at: '2025-10-01T09:00:00.000Z', answers: answerAll(() => 'fully'), size: '10-49', sector: 'handwerk' });
  latest = answerAll((s) => (s === duty ? 'not_true' : 'mostly'));
  const later = firmFile({
    name: 'Bäckerei Korn', at: '2026-10-01T09:00:00.000Z', size: '10-49', sector: 'handwerk',
    answers: latest,
    plan: [{ measure_id: overdueMeasure.id, owner: 'Chefin', due: '2026-01-15', status: 'planned', note: '' }],
  });
  files = [['korn-2025.json', earlier], ['korn-2026.json', later]].map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
});

async function opened(lang = 'de') {
  const app = await env.open({ at: (app) => app.desk, lang, seed: { answers: { [statements[0].id]: 'fully' }, profile: { company_name: 'Meine Kammer' } } });
  await app.desk.choose(files);
  await app.desk.firmButton('Bäckerei Korn').click();
  await app.desk.firmHeading('Bäckerei Korn').waitFor();
  return app;
}

test('a firm opens read-only with its scores and changes; back returns focus to its name; own answers untouched', async () => {
  const app = await opened();
  const { desk } = app;
  assert.ok(await desk.firmHeading('Bäckerei Korn').evaluate((el) => el === document.activeElement), 'focus on the firm');
  const overall = Math.round(expectedScores(latest).overall.score);
  assert.equal(await app.main.getByTestId('desk-firm-overall').innerText(), String(overall));
  // The score table has the change column: every field fell from 100 (all "fully" a year before).
  assert.ok(await app.main.getByTestId('table-delta').count() > 0);
  assert.match(await app.main.getByRole('table').first().innerText(), /\t−\d+\n/);
  assert.ok(await app.main.getByText(dutyTitle.de, { exact: true }).first().isVisible(), 'the open duty is listed first');
  assert.equal(await app.main.getByRole('link', { name: dutyCheck.texts.open_page.de }).count(), 0,
    'no link to the duty check: it holds the adviser\'s own answers, not the firm\'s');
  await desk.backButton.click();
  await desk.firmButton('Bäckerei Korn').waitFor();
  assert.ok(await desk.firmButton('Bäckerei Korn').evaluate((el) => el === document.activeElement), 'focus back on the name');
  const stored = await app.page.evaluate(() => JSON.parse(sessionStorage.getItem('arbeitgeber-check')));
  assert.equal(stored.profile.company_name, 'Meine Kammer');
  assert.equal(Object.keys(stored.answers).length, 1);
  await app.close();
});

for (const lang of ['de', 'en']) {
  test(`the printed Gesprächsblatt is one A4 page with scores, changes, duties, overdue items and questions (${lang})`, async () => {
    const app = await opened(lang);
    const d = deskTexts[lang];
    const pdf = join(dir, `sheet-${lang}.pdf`);
    writeFileSync(pdf, await app.page.pdf({ format: 'A4', printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /^Pages:\s+1$/m);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(dir, `sheet-${lang}`)]);
    // Reading order (not -layout): the sheet's three lists stand side by side.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const fall = 100 - Math.round(expectedScores(latest).overall.score);
    for (const expected of [`${d.sheet_title}: Bäckerei Korn`, d.sheet_questions, d.sheet_duties, d.sheet_overdue, `−${fall}`,
      overdueMeasure.title[lang].slice(0, 25), dutyTitle[lang].slice(0, 25)]) {
      assert.ok(text.includes(expected), `PDF lacks “${expected}”`);
    }
    for (const absent of [d.back, d.print_sheet, d.load_title]) assert.ok(!text.includes(absent), `PDF shows “${absent}”`);
    assert.deepEqual(await axeViolations(app.page), []);
    await app.close();
  });
}
