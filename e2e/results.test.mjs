// Results with known answers: the numbers on screen follow the scoring rules, unscored goals are named (never 0),
// priorities follow the gaps, and the profile tailors the measures but never the scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { fields, goals, measures, statements, expectedScores, shownScore } from './support/content.mjs';
import { fill, texts } from './support/texts.mjs';
import { answers, expected, zeroGoal, weakGoal } from './support/known-answers.mjs';
import { SIZES } from './support/pages/profile.mjs';

const env = useApp();
const seed = { answers, profile: { company_name: 'Tischlerei Muster GmbH' } };
const at = (app) => app.results;

test('results show the scores the rules give for a known answer set', async () => {
  const app = await env.open({ seed, at });
  const { results, t } = app;
  assert.equal(await results.overallScore.innerText(), shownScore(expected.overall.score, t.results_not_scored));
  const shown = await results.fieldScores();
  assert.deepEqual(shown, expected.fields.map((f) => shownScore(f.score, t.results_not_scored)));
  assert.equal(await results.fieldCards.count(), fields.length);
  const coverage = fill(t.results_coverage, { answered: statements.length, total: statements.length });
  assert.ok(await results.shows(coverage, results.overall), coverage);
  // The chart is an image with a name, and the table carries the same numbers.
  await results.chart('fields').waitFor();
  assert.deepEqual(await results.tableFieldScores(), shown);
  await results.chartToggle('goals').click();
  assert.equal(await results.chartPoints('goals').count(), goals.length);
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('partial answers: goals without enough answers are named with a way to answer them, never as 0', async () => {
  const [firstField] = fields;
  const [complete, started] = firstField.goals;
  const partial = Object.fromEntries(complete.statements.map((s) => [s.id, 'mostly']));
  partial[started.statements[0].id] = 'fully';
  const app = await env.open({ seed: { answers: partial }, at });
  const { results, t } = app;
  assert.equal(expectedScores(partial).goals[started.id].score, null, 'one answer is too few for a score');
  assert.equal(await results.overallScore.innerText(), t.results_not_scored);
  assert.equal(await results.fieldCardScore(firstField).innerText(), t.results_not_scored);
  const unscored = await results.unscored.innerText();
  assert.ok(unscored.includes(`${started.id} ${started.plain_title.de}`), 'a goal with one answer is named');
  assert.ok(unscored.includes(fill(t.results_coverage, { answered: 1, total: started.statements.length })), unscored);
  assert.doesNotMatch(await (await results.openTable()).innerText(), /\t0\t/, 'nothing unscored reads as 0');
  assert.deepEqual(await results.priorityGoalIds(), [complete.id]);
  await results.unscoredLink(started).click();
  await app.field(1).waitFor();
  await app.close();
});

test('priorities follow the gaps, and measures within a goal follow weakness, effort and time', async () => {
  const app = await env.open({ seed, at });
  const { results } = app;
  // The zero goal and the weak goal first; all others at 100 follow in content order.
  assert.deepEqual(await results.priorityGoalIds(),
    [zeroGoal.id, weakGoal.id, ...goals.map((g) => g.id).filter((id) => id !== zeroGoal.id && id !== weakGoal.id)]);
  const priority = results.priority(zeroGoal);
  assert.equal((await priority.score.textContent()).trim(), shownScore(expected.goals[zeroGoal.id].score));
  // Every statement equally weak, empty profile: lower effort first, then shorter time, then catalogue order.
  const rank = { low: 0, medium: 1, high: 2, short: 0, long: 2 };
  const order = zeroGoal.measures
    .map((m, i) => ({ id: m.id, key: [rank[m.effort], rank[m.time_to_effect] ?? 1, i] }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map((m) => m.id);
  await priority.openMoreMeasures();
  await priority.measureCards.nth(order.length - 1).waitFor();
  assert.deepEqual(await priority.shownMeasureIds(), order);
  await app.close();
});

test('the profile tailors the measures but never the scores', async () => {
  const size = SIZES[0];
  const app = await env.open({ seed: { answers, profile: { trains_apprentices: false, size } }, at });
  const { results, t } = app;
  assert.equal(await results.overallScore.innerText(), shownScore(expected.overall.score, t.results_not_scored));
  // Open every "more measures" disclosure, so every recommended measure is on screen.
  await results.openAllMoreMeasures();
  const shown = await results.shownMeasureIds();
  const excluded = measures.filter((m) => m.apprentices === 'training' || !m.sizes.includes(size)).map((m) => m.id);
  assert.ok(excluded.length > 0, 'the catalogue has measures that depend on the profile');
  assert.deepEqual(shown.filter((id) => excluded.includes(id)), []);
  // Every answer is given, so every measure that fits the profile is recommended.
  assert.deepEqual([...shown].sort(), measures.map((m) => m.id).filter((id) => !excluded.includes(id)).sort());
  await app.close();
});

/**
 * In the page: resolves once the DOM shows `first` and later `rest` (CSS selectors), with, for the moment each first
 * appeared, the frames drawn so far and how many elements `rest` then matched.
 */
function watchRender([first, rest]) {
  return new Promise((resolve) => {
    let frames = 0;
    const seen = {};
    const tick = () => { frames++; if (!seen.rest) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const check = (observer) => {
      if (!seen.first && document.querySelector(first)) {
        seen.first = { frames, rest: document.querySelectorAll(rest).length };
      }
      if (!seen.rest && document.querySelector(rest)) seen.rest = { frames };
      if (seen.first && seen.rest) { observer.disconnect(); resolve(seen); }
    };
    new MutationObserver((_, observer) => check(observer))
      .observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const TWO_STEPS = 'the results paint their scores before the rest renders; '
  + 'a change of language renders them whole at once';
test(TWO_STEPS, { timeout: 60_000 }, async () => {
  const app = await env.open({ seed, at: (a) => a.overview });
  // The priorities belong to the first view (issue 26: the first screen says what matters); the rest follows.
  const rest = '[data-testid=field-card], .other-goal [data-testid=priority]';
  const shown = app.root.evaluate(watchRender, ['[data-testid=overall-score]', rest]);
  await app.overview.toResultsLink.click();
  const arrival = await shown;
  assert.equal(arrival.first.rest, 0, 'the field cards and the other goals are not yet there with the overall score');
  assert.ok(arrival.rest.frames > arrival.first.frames, 'a frame was drawn between the overall score and the rest');
  await app.results.waitFor();
  // A re-render keeps the flag: the English title comes with the priorities, not one frame before them.
  const switched = app.root.evaluate((title) => new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')?.textContent !== title) return;
      observer.disconnect();
      resolve(document.querySelectorAll('[data-testid=priority]').length);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }), texts.en.results_title);
  await app.header.switchLanguage();
  assert.ok(await switched > 0, 'the priorities are there with the English title');
  await app.close();
});
