// The radar chart's accessible name sums it up (issue 28): title, then the highest and the lowest value by name and
// score, as the field cards show them; and at 320 px every label stays inside the picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { answers } from './support/known-answers.mjs';

const env = useApp();

test('the chart is named with its highest and lowest field, and its labels fit at 320 px', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results, contextOptions: { viewport: { width: 320, height: 640 } } });
  const { results } = app;
  const chart = results.chart();
  await chart.scrollIntoViewIfNeeded();
  const name = await chart.getAttribute('aria-label');
  const scores = (await results.fieldScores()).map(Number);
  const high = Math.max(...scores);
  const low = Math.min(...scores);
  assert.match(name, new RegExp(`Höchster Wert: .+ mit ${high} von 100\\. Niedrigster Wert: .+ mit ${low} von 100\\.$`));
  const outside = await chart.evaluate((svg) => {
    const [, , width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
    return [...svg.querySelectorAll('.chart__label')].map((label) => {
      const box = label.getBBox();
      return { text: label.textContent, left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height, width, height };
    }).filter((b) => b.left < 0 || b.top < 0 || b.right > b.width || b.bottom > b.height);
  });
  assert.deepEqual(outside, []);
  await app.close();
});
