// The action plan: measures from the results go into the plan, can be edited and removed, and survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { measureById } from './support/content.mjs';
import { answers, zeroGoal } from './support/known-answers.mjs';

const env = useApp();

test('measures go into the plan, can be edited, and survive a reload', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results });
  const { results } = app;
  // The measure proposed first of each leading goal is shown; the rest wait behind "more". Pick the 1st and 3rd
  // card and then the 2nd, so the plan keeps the order they were added in.
  await results.priority(zeroGoal).openMoreMeasures();
  const cards = results.measureCards;
  const ids = await results.shownMeasureIds();
  const picked = [0, 2, 1].map((index) => ids[index]);
  for (const index of [0, 2, 1]) {
    const button = results.addToPlanButton(cards.nth(index));
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    const name = await button.textContent();
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    // A toggle keeps its name; only the pressed state says that the measure is in the plan.
    assert.equal(await button.textContent(), name, 'the toggle keeps its name');
  }
  await results.toPlanLink.click();
  const { plan } = app;
  await plan.waitFor();
  assert.deepEqual(await plan.measureIds(), picked);
  const item = plan.item(measureById(picked[1]));
  await item.owner.fill('Frau Albers');
  await item.owner.press('Tab');
  await item.due.fill('2027-03-31');
  await item.status.selectOption('in_progress');
  await item.note.fill('Mit der Berufsschule abstimmen');
  await item.note.press('Tab');
  await plan.item(measureById(picked[2])).removeButton.click();
  // The entry (and the button that had focus) is gone: focus continues from the page's heading, never <body>.
  await app.waitForHeadingFocus();

  await app.reload();
  await plan.waitFor();
  assert.deepEqual(await plan.measureIds(), picked.slice(0, 2));
  const reloaded = plan.item(measureById(picked[1]));
  assert.equal(await reloaded.owner.inputValue(), 'Frau Albers');
  assert.equal(await reloaded.due.inputValue(), '2027-03-31');
  assert.equal(await reloaded.status.inputValue(), 'in_progress');
  assert.equal(await reloaded.note.inputValue(), 'Mit der Berufsschule abstimmen');
  const saved = await app.stored('session');
  assert.equal(saved.plan[1].owner, 'Frau Albers');
  await app.close();
});
