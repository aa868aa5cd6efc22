// Results, action plan and printed report with a known answer set: the numbers on screen follow the scoring rules,
// the priorities follow the gaps, the plan survives a reload, and the PDF says what the screen says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openApp, stored } from './support/app.mjs';
import { fields, goals, statements, savedState, seedScript } from './support/content.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

// Every statement "trifft voll zu", except goal 2.2 ("trifft nicht zu") and goal 4.1 ("trifft eher nicht zu").
const WEAK = { '2.2': 'not_true', '4.1': 'rather_not' };
const VALUE = { fully: 100, mostly: 200 / 3, rather_not: 100 / 3, not_true: 0 };
const answers = Object.fromEntries(goals.flatMap((g) => g.statements.map((s) => [s.id, WEAK[g.id] ?? 'fully'])));
const goalScore = (g) => VALUE[WEAK[g.id] ?? 'fully'];
const fieldScores = fields.map((f) => f.goals.reduce((sum, g) => sum + goalScore(g), 0) / f.goals.length);
const overall = fieldScores.reduce((a, b) => a + b, 0) / fieldScores.length;
const COMPANY = 'Tischlerei Muster GmbH';
const seeded = seedScript(savedState({ answers, profile: { company_name: COMPANY } }));

test('results show the scores the rules give for a known answer set', async () => {
  const page = await openApp(env, { initScript: seeded, hash: '#/ergebnis' });
  await page.getByTestId('overall-score').waitFor();
  assert.equal(await page.getByTestId('overall-score').innerText(), String(Math.round(overall)));
  const shown = await page.locator('[data-testid=field-card] [data-testid=field-score]').allInnerTexts();
  assert.deepEqual(shown, fieldScores.map((s) => String(Math.round(s))));
  assert.equal(await page.locator('[data-testid=field-card]').count(), 6);
  assert.match(await page.getByTestId('overall').innerText(), new RegExp(`${statements.length} von ${statements.length}`));
  // The chart is an image with a name, and the table carries the same numbers.
  assert.equal(await page.getByTestId('radar').getAttribute('role'), 'img');
  assert.deepEqual(await page.locator('[data-testid=table-field-score]').allInnerTexts(), shown);
  await page.getByTestId('chart-goals').click();
  assert.equal(await page.locator('[data-testid=radar] circle').count(), goals.length);
  assert.deepEqual(page.problems.consoleErrors, []);
  await page.context().close();
});

test('partial answers: goals without enough answers are named with a way to answer them, never as 0', async () => {
  const firstField = fields[0];
  const partial = Object.fromEntries(firstField.goals[0].statements.map((s) => [s.id, 'mostly']));
  partial[firstField.goals[1].statements[0].id] = 'fully';
  const page = await openApp(env, { initScript: seedScript(savedState({ answers: partial })), hash: '#/ergebnis' });
  await page.getByTestId('overall').waitFor();
  assert.match(await page.getByTestId('overall-score').innerText(), /nicht bewertet/);
  assert.match(await page.locator('[data-field=ausbildung] [data-testid=field-score]').innerText(), /nicht bewertet/);
  const unscored = await page.getByTestId('unscored').innerText();
  assert.ok(unscored.includes(firstField.goals[1].title.de), 'a goal with one answer is named');
  assert.match(unscored, /1 von 4 Aussagen beantwortet/);
  assert.doesNotMatch(await page.getByTestId('score-table').innerText(), /\t0\t/, 'nothing unscored reads as 0');
  assert.deepEqual(await page.locator('[data-testid=priority]').evaluateAll((n) => n.map((x) => x.dataset.goal)), [firstField.goals[0].id]);
  await page.getByTestId('unscored').getByRole('link').first().click();
  await page.locator('[data-field="1"]').waitFor();
  await page.context().close();
});

test('priorities follow the gaps, and measures within a goal follow weakness, effort and time', async () => {
  const page = await openApp(env, { initScript: seeded, hash: '#/ergebnis' });
  await page.getByTestId('priority').first().waitFor();
  const order = await page.locator('[data-testid=priority]').evaluateAll((nodes) => nodes.map((n) => n.dataset.goal));
  // 2.2 (0) and 4.1 (33) first; all others at 100 follow in content order.
  assert.deepEqual(order, ['2.2', '4.1', ...goals.map((g) => g.id).filter((id) => !WEAK[id])]);
  assert.deepEqual(await page.locator('[data-goal="2.2"] [data-testid=goal-score]').innerText(), '0');
  // Goal 2.2: every statement equally weak, empty profile: lower effort first, then shorter time, then catalogue order.
  const rank = { low: 0, medium: 1, high: 2, short: 0, long: 2 };
  const expected = goals.find((g) => g.id === '2.2').measures
    .map((m, i) => ({ id: m.id, key: [rank[m.effort], rank[m.time_to_effect] ?? 1, i] }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map((m) => m.id);
  await page.locator('[data-goal="2.2"] details.more-measures summary').click();
  await page.locator('[data-goal="2.2"] [data-testid=measure]').nth(expected.length - 1).waitFor();
  const measures = await page.locator('[data-goal="2.2"] [data-testid=measure]').evaluateAll((n) => n.map((x) => x.dataset.measure));
  assert.deepEqual(measures, expected);
  await page.context().close();
});

test('the profile tailors the measures but never the scores', async () => {
  const page = await openApp(env, {
    initScript: seedScript(savedState({ answers, profile: { trains_apprentices: false, size: '1-9' } })),
    hash: '#/ergebnis',
  });
  await page.getByTestId('overall-score').waitFor();
  assert.equal(await page.getByTestId('overall-score').innerText(), String(Math.round(overall)));
  // Open every "more measures" disclosure, so every recommended measure is on screen.
  const more = page.locator('details.more-measures');
  for (let i = 0; i < await more.count(); i++) {
    await more.nth(i).locator('summary').click();
    await more.nth(i).locator('[data-testid=measure]').first().waitFor();
  }
  const shown = await page.locator('[data-testid=measure]').evaluateAll((n) => n.map((x) => x.dataset.measure));
  assert.ok(shown.length > 40, `${shown.length} measures recommended`);
  const excluded = goals.flatMap((g) => g.measures)
    .filter((m) => m.apprentices === 'training' || !m.sizes.includes('1-9'))
    .map((m) => m.id);
  assert.ok(excluded.length > 0, 'the catalogue has measures that depend on the profile');
  assert.deepEqual(shown.filter((id) => excluded.includes(id)), []);
  await page.context().close();
});

test('measures go into the plan, can be edited, and survive a reload', async () => {
  const page = await openApp(env, { initScript: seeded, hash: '#/ergebnis' });
  // The first three measures of each goal are shown; the rest wait behind "more".
  const buttons = page.locator('[data-testid=add-to-plan]:visible');
  await buttons.first().waitFor();
  const picked = [];
  for (const index of [0, 1, 3]) {
    const button = buttons.nth(index);
    picked.push(await button.evaluate((b) => b.closest('[data-measure]').dataset.measure));
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
  }
  await page.getByTestId('to-plan').click();
  await page.getByTestId('plan').waitFor();
  const inPlan = await page.locator('[data-testid=plan-item]').evaluateAll((n) => n.map((x) => x.dataset.measure));
  assert.deepEqual(inPlan, picked);
  const item = page.locator(`[data-testid=plan-item][data-measure="${picked[1]}"]`);
  await item.getByTestId('plan-owner').fill('Frau Albers');
  await item.getByTestId('plan-owner').press('Tab');
  await item.getByTestId('plan-due').fill('2027-03-31');
  await item.getByTestId('plan-status').selectOption('in_progress');
  await item.getByTestId('plan-note').fill('Mit der Berufsschule abstimmen');
  await item.getByTestId('plan-note').press('Tab');
  await page.locator(`[data-testid=plan-item][data-measure="${picked[2]}"] [data-testid=plan-remove]`).click();

  await page.reload();
  await page.getByTestId('plan').waitFor();
  assert.deepEqual(await page.locator('[data-testid=plan-item]').evaluateAll((n) => n.map((x) => x.dataset.measure)), picked.slice(0, 2));
  const reloaded = page.locator(`[data-testid=plan-item][data-measure="${picked[1]}"]`);
  assert.equal(await reloaded.getByTestId('plan-owner').inputValue(), 'Frau Albers');
  assert.equal(await reloaded.getByTestId('plan-due').inputValue(), '2027-03-31');
  assert.equal(await reloaded.getByTestId('plan-status').inputValue(), 'in_progress');
  assert.equal(await reloaded.getByTestId('plan-note').inputValue(), 'Mit der Berufsschule abstimmen');
  const saved = await stored(page, 'session');
  assert.equal(saved.plan[1].owner, 'Frau Albers');
  await page.context().close();
});

test('the printed report (A4 PDF) says what the screen says', async () => {
  const plan = [{ measure_id: goals[4].measures[0].id, owner: 'Herr Meyer', due: '2027-01-15', status: 'planned', note: 'Budget klären' }];
  const page = await openApp(env, {
    initScript: seedScript(savedState({ answers, profile: { company_name: COMPANY }, plan })),
    hash: '#/ergebnis',
  });
  await page.getByTestId('overall-score').waitFor();
  const screenScores = await page.locator('[data-testid=field-card] [data-testid=field-score]').allInnerTexts();
  const screenOverall = await page.getByTestId('overall-score').innerText();
  await page.getByTestId('results-to-report').click();
  await page.getByTestId('report').waitFor();
  assert.deepEqual(await page.locator('[data-testid=report-field-score]').allInnerTexts(), screenScores);
  assert.equal(await page.getByTestId('report-overall-score').innerText(), screenOverall);

  const dir = mkdtempSync(join(tmpdir(), 'agc-report-'));
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  assert.ok(pages >= 5 && pages <= 14, `${pages} pages`);
  assert.match(text, new RegExp(COMPANY));
  for (const field of fields) assert.ok(text.includes(field.title.de), `field ${field.title.de} in the report`);
  assert.match(text, new RegExp(`Gesamtergebnis\\s+${screenOverall} / 100`));
  for (const [i, field] of fields.entries()) {
    assert.match(text.replace(/\s+/g, ' '), new RegExp(`${field.title.de}: ${screenScores[i]} / 100`), field.id);
  }
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /Herr Meyer/);
  assert.match(flat, /Budget klären/);
  assert.match(flat, /2027-01-15/);
  assert.match(text, /Für das Beratungsgespräch/);
  assert.match(text, /So entsteht das Ergebnis/);
  assert.doesNotMatch(text, /Bericht drucken/, 'buttons do not print');
  assert.doesNotMatch(text, /English/, 'the language switch does not print');
  await page.context().close();
});
