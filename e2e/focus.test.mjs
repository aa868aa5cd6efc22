// The focus (issue 30): the results suggest the leading goals (open legal duties first, then the weakest); the user
// changes them from the keyboard, at most three, each change announced; the choice is saved, leads the priorities,
// the plan and the report, travels in the result file, and "Vorschlag wiederherstellen" returns to the suggestion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { fields, goals } from './support/content.mjs';
import { answers, zeroGoal, weakGoal } from './support/known-answers.mjs';
import { cycleTexts } from './support/texts.mjs';
import { axeViolations } from './support/axe.mjs';
import { hasFocus, until } from './support/pages/util.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();

for (const lang of ['de', 'en']) {
  test(`${lang}: the suggested focus is changed by keyboard, at most three, saved and leading plan and report`, async () => {
    const other = fields[0].goals[0];
    const third = fields[5].goals[0];
    const plan = [{ measure_id: other.measures[0].id, owner: '', due: '', status: 'planned', note: '' },
      { measure_id: zeroGoal.measures[0].id, owner: '', due: '', status: 'planned', note: '' }];
    const app = await env.open({ seed: { answers, plan, lang }, lang, at: (a) => a.results });
    const { followUp } = app;
    const c = cycleTexts[lang];
    // Only two goals have a gap: the suggestion is those two, weakest first.
    assert.deepEqual(await followUp.priorityGoals(), [zeroGoal.id, weakGoal.id]);

    await app.tabUntil(() => hasFocus(followUp.focusDisclosure));
    await app.press('Enter');
    await followUp.focusGroup.waitFor();
    assert.equal(await followUp.focusStatus.textContent(), c.focus_count.replace('{n}', '2'));
    assert.ok(await followUp.focusBox(zeroGoal).isChecked());
    await app.tabUntil(() => hasFocus(followUp.focusBox(other)));
    await app.press('Space');
    await until(async () => (await followUp.focusStatus.textContent()).startsWith(c.focus_count.replace('{n}', '3')), 'three announced');
    assert.ok((await followUp.focusStatus.textContent()).endsWith(c.focus_full));
    assert.ok(await hasFocus(followUp.focusBox(other)), 'focus stays on the box');
    assert.ok(await followUp.focusBox(third).isDisabled(), 'a fourth cannot be chosen');
    assert.deepEqual(await followUp.priorityGoals(), [zeroGoal.id, weakGoal.id, other.id]);
    // Take the weakest out: the others open again.
    await followUp.focusBox(zeroGoal).focus();
    await app.press('Space');
    await until(async () => (await followUp.focusStatus.textContent()) === c.focus_count.replace('{n}', '2'), 'two announced');
    assert.ok(await followUp.focusBox(third).isEnabled());
    assert.deepEqual(await followUp.priorityGoals(), [weakGoal.id, other.id]);
    assert.equal((await app.stored('session')).focus, `${weakGoal.id},${other.id}`);
    assert.deepEqual(await axeViolations(app.page), []);

    // Saved: after a reload the choice holds; the plan puts the focus's measure first with its badge.
    await app.reload();
    assert.deepEqual(await followUp.priorityGoals(), [weakGoal.id, other.id]);
    await app.plan.open();
    assert.deepEqual(await app.plan.measureIds(), [other.measures[0].id, zeroGoal.measures[0].id]);
    assert.equal(await followUp.focusBadges.count(), 1);
    await app.report.open();
    const reportFocus = await app.main.getByTestId('report-focus').locator('li').evaluateAll((els) => els.map((e) => e.dataset.goal));
    assert.deepEqual(reportFocus, [weakGoal.id, other.id], 'the report names the focus on page one');
    assert.equal(await app.main.getByTestId('report-focus-score').count(), 2, 'each with its score');

    // The result file carries it.
    const download = await app.download(app.main.getByTestId('save-file-export'));
    const path = join(tempDir('focus-'), download.suggestedFilename());
    await download.saveAs(path);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).focus, `${weakGoal.id},${other.id}`);

    // Back to the suggestion; focus continues on the disclosure.
    await app.results.open();
    await followUp.focusDisclosure.click();
    await followUp.focusReset.click();
    await until(() => hasFocus(followUp.focusDisclosure), 'focus on the disclosure');
    assert.equal(await followUp.focusStatus.textContent(), c.focus_reset_done);
    assert.deepEqual(await followUp.priorityGoals(), [zeroGoal.id, weakGoal.id]);
    assert.equal((await app.stored('session')).focus, '');
    await app.close();
  });
}

test('a goal with an open legal duty comes first in the suggestion', async () => {
  const duty = goals.flatMap((g) => g.statements.filter((s) => s.legal_duty).map((s) => [g, s]))
    .find(([g]) => g !== zeroGoal && g !== weakGoal);
  assert.ok(duty, 'the content has a legal duty outside the two weak goals');
  const [goal, statement] = duty;
  const app = await env.open({ seed: { answers: { ...answers, [statement.id]: 'not_true' } }, at: (a) => a.results });
  assert.deepEqual(await app.followUp.priorityGoals(), [goal.id, zeroGoal.id, weakGoal.id]);
  await app.close();
});
