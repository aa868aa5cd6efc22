// Going through the whole questionnaire as a keyboard user: Tab, Enter, Space and arrow keys only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { ANSWERS, fields, statements } from './support/content.mjs';
import { fill } from './support/texts.mjs';
import { hasFocus, oneHasFocus } from './support/pages/util.mjs';

const env = useApp();

test('the whole questionnaire can be completed with the keyboard alone', async () => {
  const app = await env.open();
  await app.tabUntil(() => hasFocus(app.start.startLink));
  await app.press('Enter');
  await app.profile.waitFor();
  assert.ok(await app.headingHasFocus(), 'focus moves to the new heading');

  // Profile: size band by arrow keys inside the radio group.
  const sizes = app.profile.sizeOptions;
  await app.tabUntil(() => oneHasFocus(sizes));
  await app.press('ArrowDown');
  assert.ok(await oneHasFocus(sizes), 'choosing keeps the focus in the group');
  await app.tabUntil(() => hasFocus(app.profile.nextLink));
  await app.press('Enter');

  let answered = 0;
  for (let number = 1; number <= fields.length; number++) {
    const field = app.field(number);
    await field.waitFor();
    assert.deepEqual(await field.shownStatementIds(), field.contentStatements.map((s) => s.id));
    for (const content of field.contentStatements) {
      const statement = field.statement(content);
      await app.tabUntil(() => statement.radioHasFocus());
      assert.equal(await statement.answer(), '');
      // Space picks the first option; arrow keys move to (and pick) the next ones.
      const choice = answered % ANSWERS.length;
      if (choice === 0) await app.press('Space');
      for (let i = 0; i < choice; i++) await app.press('ArrowDown');
      assert.equal(await statement.answer(), ANSWERS[choice], `statement ${statement.id}`);
      answered++;
    }
    await app.tabUntil(() => hasFocus(field.nextLink));
    await app.press('Enter');
  }
  // Everything answered: the last field leads straight to the results, and the overview says so.
  await app.results.waitFor();
  await app.overview.open();
  await app.overview.allAnswered.waitFor();
  assert.equal(answered, statements.length);
  assert.equal(await app.progress.text(), fill(app.t.progress_answered, { answered, total: statements.length }));
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});
