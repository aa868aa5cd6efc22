// Moving around: browser back and forward, the progress panel's jump to the next open statement, and the
// overview's links to open statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { fields, statements } from './support/content.mjs';
import { until } from './support/pages/util.mjs';

const env = useApp();

test('browser back and forward move between screens', async () => {
  const app = await env.open();
  await app.start.startLink.click();
  await app.profile.waitFor();
  await app.profile.nextLink.click();
  await app.field(1).waitFor();
  await app.field(1).nextLink.click();
  await app.field(2).waitFor();
  await app.back();
  await app.field(1).waitFor();
  assert.ok(app.page.url().endsWith(app.field(1).hash), app.page.url());
  await app.back();
  await app.profile.waitFor();
  await app.forward();
  await app.field(1).waitFor();
  await app.close();
});

test('the progress panel jumps to the next open statement', async () => {
  const app = await env.open({ at: (a) => a.field(1) });
  await app.field(1).answerAll('fully');
  await app.progress.nextOpenLink.click();
  const next = app.field(2);
  await next.waitFor();
  const target = next.statement(next.contentStatements[0]);
  await until(() => target.radioHasFocus(), `focus on ${target.id}`);
  await app.close();
});

test('the overview lists open statements and links to them', async () => {
  const last = fields.length;
  const app = await env.open({ at: (a) => a.field(last) });
  const field = app.field(last);
  const [open, ...rest] = field.contentStatements;
  for (const statement of rest) await field.statement(statement).choose('mostly');
  await app.overview.open();
  // Every statement still open, in content order: all of the other fields and the one left open here.
  const expected = statements.filter((s) => !rest.includes(s)).map((s) => s.text.de);
  assert.deepEqual(await app.overview.openStatementTexts(), expected);
  await app.overview.openLink(open).click();
  await field.waitFor();
  await until(() => field.statement(open).radioHasFocus(), `focus on ${open.id}`);
  await app.close();
});
