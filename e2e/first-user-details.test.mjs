// Issue 26, the small things as the first user meets them: the overview is skipped once everything is answered, the
// works council on the profile decides whether measures say their co-determination sentence, plan items show their
// first step and mark a due date in the past, the phone's step bar names the fields, and the report's band limits
// do not overlap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './support/axe.mjs';
import { useApp } from './support/app.mjs';
import { answerAll, ANSWERS, fields, goals, measureById } from './support/content.mjs';
import { firstUser } from './support/first-user.mjs';

const env = useApp();

test('with every statement answered, the last field leads straight to the results', async () => {
  const all = answerAll((_, i) => ANSWERS[i % ANSWERS.length]);
  const app = await env.open({ seed: { answers: all }, at: (a) => a.field(fields.length) });
  const next = app.main.getByTestId('next');
  assert.equal((await next.innerText()).trim(), app.t.to_results);
  await next.click();
  await app.results.waitFor();
  // With one statement open again, it leads to the overview as before.
  const [open] = Object.keys(all);
  const fewer = { ...all };
  delete fewer[open];
  const other = await env.open({ seed: { answers: fewer }, at: (a) => a.field(fields.length) });
  assert.equal((await other.main.getByTestId('next').innerText()).trim(), other.t.to_overview);
  await app.close();
  await other.close();
});

test('the co-determination sentence shows only for a firm whose profile says it has a works council', async () => {
  const app = await env.open({ seed: firstUser, at: (a) => a.profile });
  const { t } = app;
  const council = app.main.getByRole('group', { name: t.profile_council_legend, exact: true });
  assert.equal(await app.main.getByRole('list', { name: t.progress_label }).getByText(t.journey_steps[0]).count(), 1,
    'the step indicator names where the profile sits');
  assert.deepEqual(await axeViolations(app.page), []);
  // m6.2.d ("Kurze Mitarbeiterbefragung") carries the sentence; open its details on the results.
  const sentence = async () => {
    await app.results.open();
    await app.results.openOtherGoals();
    const goal = app.results.priority(goals.find((g) => g.id === '6.2'));
    await goal.article.scrollIntoViewIfNeeded();
    await goal.openMoreMeasures();
    const card = goal.measureCards.filter({ has: app.page.getByRole('heading', { name: measureById('m6.2.d').title.de, exact: true }) });
    await card.locator('summary').click();
    await card.getByText(measureById('m6.2.d').description.de).waitFor();
    return card.getByTestId('codetermination').count();
  };
  assert.equal(await sentence(), 0, 'not said while the profile does not say');
  await app.profile.open();
  await council.getByRole('radio', { name: t.yes, exact: true }).check();
  assert.equal(await sentence(), 1, 'said with a works council');
  assert.equal((await app.stored('session')).profile.works_council, true);
  await app.close();
});

test('a plan item shows its first step and marks a due date in the past as overdue', async () => {
  const app = await env.open({ seed: firstUser, at: (a) => a.plan });
  const { plan, t } = app;
  const measure = measureById(firstUser.plan[0].measure_id);
  const item = plan.item(measure);
  assert.ok(await item.element.getByText(measure.first_step.de).isVisible(), 'the first step');
  assert.equal(await item.element.getByTestId('plan-overdue').count(), 0);
  await item.due.fill('2020-01-31');
  await item.due.press('Tab');
  await item.element.getByTestId('plan-overdue').waitFor();
  assert.equal((await item.element.getByRole('status').innerText()).trim(), t.plan_overdue, 'said at the date as it is entered');
  await item.status.selectOption('done');
  await item.element.getByTestId('plan-overdue').waitFor({ state: 'detached' });
  assert.deepEqual(await axeViolations(app.page), []);
  await app.close();
});

for (const width of [320, 390]) {
  test(`the phone's step bar names every field at ${width} px, and no word breaks inside a name`, async () => {
    const app = await env.open({ seed: firstUser, at: (a) => a.field(1), contextOptions: { viewport: { width, height: 844 } } });
    const names = app.main.locator('.steps__name');
    assert.equal(await names.count(), fields.length);
    for (const [i, field] of fields.entries()) {
      const name = names.nth(i);
      assert.ok(await name.isVisible(), field.short_title.de);
      // Soft hyphens (domain::hyphen) may stand inside a long name; the name is the same.
      assert.equal((await name.innerText()).replaceAll('\u00ad', '').trim(), field.short_title.de);
      // One line per word at most: a name as tall as its words, never a word split over two lines.
      const lines = await name.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      assert.ok(lines <= field.short_title.de.split(' ').length, `${field.short_title.de}: ${lines} lines`);
    }
    await app.close();
  });
}

test('the report says the band limits without overlap', async () => {
  const app = await env.open({ seed: firstUser, at: (a) => a.report.of(firstUser.profile.company_name) });
  const method = await app.main.getByRole('heading', { name: app.t.report_method_title }).locator('..').innerText();
  for (const range of ['0–39', '40–69', '70–100']) assert.ok(method.includes(range), range);
  assert.ok(!method.includes('0–40'), 'no overlapping limit');
  await app.close();
});
