// Two tabs with remembered answers: each sees the other's changes, neither overwrites newer answers, switching
// "remember" off in one leaves the other its answers, and "delete all" empties both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { fields } from './support/content.mjs';
import { until } from './support/pages/util.mjs';

const env = useApp();
const answerShown = (statement, value) => until(async () => (await statement.answer()) === value, `${statement.id} shown as ${value}`);

test('two tabs with remembered answers see each other\'s changes and never overwrite newer answers', async () => {
  const number = fields.length - 1;
  const first = await env.open();
  await first.start.remember.check();
  await first.field(number).open();
  const second = await env.open({ context: first.page.context(), at: (a) => a.field(number) });
  const [a, b] = first.field(number).contentStatements;

  await second.field(number).statement(a).choose('fully');
  await answerShown(first.field(number).statement(a), 'fully');
  await first.notices.waitFor('UpdatedFromOtherTab');

  await first.field(number).statement(b).choose('not_true');
  await answerShown(second.field(number).statement(b), 'not_true');
  const saved = await first.stored('local');
  assert.equal(saved.answers[a.id], 'fully');
  assert.equal(saved.answers[b.id], 'not_true');
  await first.close();
});

test('switching "remember" off in one tab leaves the other tab its answers; "delete all" empties both', async () => {
  const first = await env.open();
  await first.start.remember.check();
  const field = first.field(2);
  await field.open();
  const statement = field.statement(field.contentStatements[0]);
  await statement.choose('mostly');
  const second = await env.open({ context: first.page.context() });
  await second.start.remember.uncheck();
  await first.notices.waitFor('ForgottenInOtherTab');
  assert.equal(await statement.answer(), 'mostly', 'nothing lost in the other tab');
  assert.equal((await first.stored('session')).answers[statement.id], 'mostly', 'kept in that tab\'s own storage');
  assert.equal(await first.stored('local'), null);

  await first.start.open();
  await first.start.remember.check();
  await second.reload();
  await second.start.deleteAllButton.click();
  await second.start.deleteAllYes.click();
  await first.notices.waitFor('DeletedInOtherTab');
  assert.equal(await first.stored('session'), null);
  assert.equal(await first.stored('local'), null);
  await field.open();
  assert.equal(await statement.answer(), '');
  await first.close();
});
