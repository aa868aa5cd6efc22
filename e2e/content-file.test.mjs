// The check's content comes as its own file, fetched once the app runs, not inside the wasm: the start page works
// without it, a screen that shows content waits for it with a status, and a failed request says so, loses nothing
// and can be retried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROVOKED, useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { until } from './support/pages/util.mjs';
import { contextWithHeld, failThenRetry } from './support/requests.mjs';

const env = useApp();
const CONTENT = '**/content-*.json';

test('the start page works before the content has arrived; the questions show once it has', async () => {
  const { context, release, requests } = await contextWithHeld(env, CONTENT);
  const app = await env.open({ context });
  await until(() => requests.length === 1, 'the app to ask for the content as soon as it runs');
  await app.start.startLink.click();
  await app.profile.waitFor();
  await app.profile.nextLink.click();
  await app.contentLoading.waitFor();
  assert.equal(await app.field(1).heading.count(), 0, 'no questions without the content');
  assert.deepEqual(await axeViolations(app.page), [], 'the status screen is axe clean');
  release();
  await app.field(1).waitFor();
  await app.waitForHeadingFocus();
  assert.deepEqual(await app.field(1).shownStatementIds(), app.field(1).contentStatements.map((s) => s.id), 'the statements are there');
  assert.deepEqual(app.page.problems.pageErrors, []);
  await app.close();
});

test('a failed content request says so, keeps the answers, and "Erneut versuchen" brings the questions', async () => {
  const app = await failThenRetry(env, CONTENT);
  assert.deepEqual(app.page.problems.pageErrors, []);
  await app.close();
});

test('a damaged content file is noticed where it is first needed, said so, and "Erneut versuchen" fetches it anew', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  let damaged = true;
  await context.route(CONTENT, async (route) => {
    if (route.request().serviceWorker() || !damaged) return route.continue();
    const response = await route.fetch();
    // Cut off on the way: the request succeeds, the text is not the whole file.
    await route.fulfill({ response, body: (await response.text()).slice(0, 5000) });
  });
  const app = await env.open({ context, expectProblems: PROVOKED.damagedContent });
  await app.start.startLink.click();
  await app.profile.waitFor();
  assert.equal(await app.contentFailed.count(), 0, 'nothing to say while no screen needs the content');
  await app.profile.nextLink.click();
  await app.contentFailed.waitFor();
  damaged = false;
  await app.retryContentButton.click();
  await app.field(1).waitFor();
  assert.deepEqual(await app.field(1).shownStatementIds(), app.field(1).contentStatements.map((s) => s.id));
  assert.deepEqual(app.page.problems.pageErrors, []);
  // No handler left reading a response once the context closes.
  await context.unrouteAll({ behavior: 'wait' });
  await app.close();
});
