// Answers on a field page: they survive a reload, and an answer can be cleared again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { statements } from './support/content.mjs';
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
