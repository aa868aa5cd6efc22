// Results that lead: the three goals with the largest gap come first in full, every other goal follows as a compact
// line behind one disclosure, and with every statement answered the whole screen stays short enough to read (at most 8 screen heights).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { scrolledHeight, until } from './support/pages/util.mjs';
import { literal } from './support/texts.mjs';
import { ANSWERS, answerAll, goals } from './support/content.mjs';

const env = useApp();
const WIDTH = 1280;
const HEIGHT = 900;
const MAX_SCREENS = 8;
/** Every statement answered, each goal differently, so every goal is scored and most have a gap. */
const answers = answerAll((_, i) => ANSWERS[i % ANSWERS.length]);

// Measured 10,578 px before the rework (full measure cards, the table always open); the budget holds with compact
// measure cards (details on demand) and the score table behind its own disclosure.
for (const lang of ['de', 'en']) {
  test(`with every statement answered the results are at most ${MAX_SCREENS} screen heights at ${WIDTH}×${HEIGHT} (${lang})`, async () => {
    const app = await env.open({ seed: { answers, lang }, lang, at: (a) => a.results, contextOptions: { viewport: { width: WIDTH, height: HEIGHT } } });
    await app.results.chart('fields').waitFor();
    const height = await scrolledHeight(app.page);
    console.log(`results height with every statement answered (${lang}): ${height} px (${(height / HEIGHT).toFixed(2)} screens)`);
    assert.ok(height <= MAX_SCREENS * HEIGHT, `${height} px is more than ${MAX_SCREENS} × ${HEIGHT}`);
    await app.close();
  });
}

test('the chart far below the first screen is laid out only when it comes near, and stays in reach', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results, contextOptions: { viewport: { width: WIDTH, height: HEIGHT } } });
  const { results } = app;
  const chart = results.chart('fields');
  // checkVisibility with contentVisibilityAuto: false while the browser skips the element's layout and paint.
  const laidOut = () => chart.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  assert.equal(await laidOut(), false, 'the chart is not laid out while the first screen shows');
  assert.ok(await results.chartRegion.getByRole('heading', { level: 2, name: app.t.results_chart_title }).count() === 1,
    'its section is in the accessibility tree all the same');
  await chart.scrollIntoViewIfNeeded();
  // The browser decides at its next rendering update.
  await until(laidOut, 'the chart to be laid out once scrolled near');
  await app.close();
});

test('three goals lead with the measure proposed first, every other goal is one compact line with its measures behind a disclosure', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results });
  const { results } = app;
  assert.equal(await results.prioritiesRegion.getByRole('article').count(), 3);
  for (const goal of await results.prioritiesRegion.getByRole('article').all()) {
    assert.equal(await goal.getByRole('heading', { level: 4 }).count(), 2, 'one measure card (and its hidden heading)');
  }
  // The other goals are one click away (issue 30), by keyboard as by mouse, and rendered only then.
  assert.equal(await results.otherGoalsRegion.getByRole('article').count(), 0, 'closed at first');
  const othersLabel = app.t.results_others_show.replace('{n}', goals.length - 3);
  await results.otherGoalsToggle.focus();
  assert.equal(await results.otherGoalsToggle.innerText(), othersLabel);
  await app.page.keyboard.press('Enter');
  await results.otherGoalsRegion.getByRole('article').first().waitFor();
  assert.equal(await results.otherGoalsRegion.getByRole('article').count(), goals.length - 3);
  assert.equal((await results.priorityGoalIds()).length, goals.length, 'every goal is shown once');
  // The compact goals render no measure card until opened.
  assert.equal(await results.otherGoalsRegion.getByRole('heading', { level: 4 }).count(), 0);
  const toggle = results.otherGoalsRegion.getByRole('article').first();
  await toggle.getByText(new RegExp(`^${literal(app.t.results_show_measures.split('{n}')[0])}`)).click();
  await results.otherGoalsRegion.getByRole('heading', { level: 4 }).first().waitFor();
  await app.close();
});
