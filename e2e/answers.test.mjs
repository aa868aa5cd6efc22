// Answers on a field page: they survive a reload, and an answer can be cleared again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { fields, goalOf, statements, statementsOf } from './support/content.mjs';
import { fill } from './support/texts.mjs';

const env = useApp();

test('a reload mid-field returns to the same screen with every answer', async () => {
  const app = await env.open({ at: (a) => a.field(2) });
  const field = app.field(2);
  const [a, b, c, d] = field.contentStatements.map((s) => field.statement(s));
  await a.choose('mostly');
  await b.choose('not_relevant');
  await c.choose('not_true');
  await app.reload();
  await field.waitFor();
  assert.equal(await a.answer(), 'mostly');
  assert.equal(await b.answer(), 'not_relevant');
  assert.equal(await c.answer(), 'not_true');
  assert.equal(await d.answer(), '');
  assert.ok(await a.option('mostly').isChecked());
  assert.equal(await app.progress.text(), fill(app.t.progress_answered, { answered: 3, total: statements.length }));
  await app.close();
});

test('an answer can be cleared again', async () => {
  const app = await env.open({ at: (a) => a.field(3) });
  const field = app.field(3);
  const first = field.statement(field.contentStatements[0]);
  await first.choose('fully');
  await first.clearButton.click();
  assert.equal(await first.answer(), '');
  assert.equal(await first.radios.evaluateAll((radios) => radios.filter((r) => r.checked).length), 0);
  assert.equal(await first.clearButton.count(), 0, 'nothing left to clear');
  assert.equal(await app.progress.text(), fill(app.t.progress_answered, { answered: 0, total: statements.length }));
  await app.close();
});

test('"weiß ich nicht" is an answer: counted as answered, not scored, listed on the results as "zu klären"', async () => {
  const duty = statements.find((s) => s.legal_duty);
  const fieldNumber = fields.findIndex((f) => statementsOf(f).includes(duty)) + 1;
  const app = await env.open({ at: (a) => a.field(fieldNumber) });
  const field = app.field(fieldNumber);
  const statement = field.statement(duty);
  await statement.option('unknown').focus();
  await app.press('Space');
  assert.equal(await statement.answer(), 'unknown');
  assert.equal((await app.stored('session')).answers[duty.id], 'unknown');
  assert.equal(await app.progress.text(), fill(app.t.progress_answered, { answered: 1, total: statements.length }));

  await app.results.open();
  const list = app.main.getByRole('region', { name: `${app.t.clarify_title} (1)`, exact: true });
  const link = list.getByRole('link', { name: `${goalOf(duty).id} ${duty.text.de}`, exact: true });
  await link.waitFor();
  assert.equal(await list.getByRole('listitem').count(), 1);
  assert.match(await list.getByRole('listitem').innerText(), new RegExp(app.t.clarify_duty));
  // It is not an unmet duty: the duty box does not list it.
  assert.equal(await app.main.getByText(duty.text.de, { exact: true }).count(), 0);
  await link.focus();
  await app.press('Enter');
  await field.waitFor();
  await app.page.waitForFunction((id) => document.activeElement?.closest('[data-statement]')?.dataset.statement === id, duty.id);
  await app.close();
});
