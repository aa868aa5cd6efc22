// The Aushang (issue 30): reached from the plan and the report by keyboard, it says what the firm has set out to do
// (the focus goals in plain titles, the measures with who and by which month), without scores unless "Werte zeigen"
// is ticked, axe-clean, and prints on exactly one A4 page (page.pdf + pdfinfo, pdftotext).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { fields } from './support/content.mjs';
import { answers, zeroGoal, weakGoal } from './support/known-answers.mjs';
import { cycleTexts } from './support/texts.mjs';
import { axeViolations } from './support/axe.mjs';
import { hasFocus } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const dir = tempDir('aushang-');

// A typical plan: six measures, focus and others, with owners and dates.
const picked = [zeroGoal.measures[0], zeroGoal.measures[1], weakGoal.measures[0], weakGoal.measures[1], fields[0].goals[0].measures[0], fields[4].goals[1].measures[0]];
const owners = ['Frau Öztürk', 'Herr Weiß', 'Meisterin Albers', 'Betriebsrat', 'Frau Schulz', 'Herr Ahrens'];
const plan = picked.map((m, i) => ({ measure_id: m.id, owner: owners[i], due: `2027-0${i + 2}-15`, status: i === 3 ? 'done' : 'planned', note: '' }));
const seed = (lang) => ({ answers, plan, lang, profile: { company_name: 'Tischlerei Müller' }, recheck_on: '2027-11-30' });

for (const lang of ['de', 'en']) {
  test(`${lang}: the Aushang names the focus and the plan without scores, and prints on one A4 page`, async () => {
    const app = await env.open({ seed: seed(lang), lang, at: (a) => a.plan });
    const { followUp } = app;
    const c = cycleTexts[lang];
    await app.tabUntil(() => hasFocus(followUp.aushangLink));
    await app.press('Enter');
    await followUp.aushangHeading.waitFor();
    await app.waitForHeadingFocus();
    const text = await followUp.aushang.innerText();
    for (const goal of [zeroGoal, weakGoal]) assert.ok(text.includes(goal.plain_title[lang]), goal.id);
    for (const [i, m] of picked.entries()) {
      assert.ok(text.includes(m.title[lang]), m.id);
      assert.ok(text.includes(owners[i]), owners[i]);
    }
    assert.ok(text.includes(lang === 'de' ? 'Februar 2027' : 'February 2027'), 'the month');
    assert.ok(text.includes(lang === 'de' ? '30. November 2027' : '30 November 2027'), 'the next check');
    assert.equal(await followUp.aushangScores.count(), 0, 'no scores unless asked');
    assert.deepEqual(await axeViolations(app.page), []);

    await app.tabUntil(() => hasFocus(followUp.scoresBox));
    await app.press('Space');
    assert.deepEqual(await followUp.aushangScores.allInnerTexts(), ['0 / 100', '33 / 100']);

    await app.page.emulateMedia({ media: 'print' });
    const pdf = join(dir, `aushang-${lang}.pdf`);
    writeFileSync(pdf, await app.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    await app.page.emulateMedia({ media: 'screen' });
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /^Pages:\s+1$/m, 'exactly one page');
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(printed.includes(c.aushang_heading));
    assert.ok(!printed.includes(c.aushang_print), 'the controls do not print');
    assert.ok(!printed.includes(app.t.plan_title) || printed.indexOf(app.t.plan_title) > printed.indexOf(c.aushang_heading), 'no app header');
    await app.close();
  });
}

test('without a company name the Aushang speaks as "wir"; with nothing answered it names no date', async () => {
  const c = cycleTexts.de;
  const cases = [
    [{ answers, plan, recheck_on: '2027-11-30' }, c.aushang_intro.replace('{date}', '30. November 2027')],
    [{}, c.aushang_intro_undated],
  ];
  for (const [seedData, intro] of cases) {
    const app = await env.open({ seed: seedData });
    await app.goto('#/aushang');
    await app.followUp.aushangHeading.waitFor();
    const text = await app.followUp.aushang.innerText();
    assert.ok(text.includes(intro), intro);
    assert.ok(!/\b(Wir hat|am +arbeiten)\b/.test(text), text);
    await app.close();
  }
});

test('the report leads to the Aushang', async () => {
  const app = await env.open({ seed: seed('de'), at: (a) => a.report });
  const link = app.main.getByTestId('report-to-aushang');
  await app.tabUntil(() => hasFocus(link));
  await app.press('Enter');
  await app.followUp.aushangHeading.waitFor();
  await app.close();
});
