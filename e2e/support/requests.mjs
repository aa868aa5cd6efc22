// The requests the screens wait for (the content file, the wasm chunk), held or failing: `contextWithHeld` holds
// them until released; `failThenRetry` checks what a failure must do: the screen says so and what to do, axe-clean,
// nothing saved changes, and "Erneut versuchen" brings the questions with the answers given before.
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { statements } from './content.mjs';
import { PROVOKED } from './app.mjs';

/** A fresh context whose requests matching `pattern` wait until `release()`; `requests` lists the page's own. */
export async function contextWithHeld(env, pattern) {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const requests = [];
  await context.route(pattern, async (route) => {
    if (!route.request().serviceWorker()) requests.push(route.request().url());
    await held;
    await route.continue();
  });
  return { context, release, requests };
}

/** Opens the app with one answer while requests matching `pattern` fail, checks the above; returns the app. */
export async function failThenRetry(env, pattern) {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  let fail = true;
  await context.route(pattern, (route) => (fail ? route.abort() : route.continue()));
  const first = statements[0].id;
  const app = await env.open({ context, seed: { answers: { [first]: 'mostly' } }, expectProblems: PROVOKED.failedRequest });
  const before = await app.stored('session');
  await app.goto('#/feld/1');
  await app.contentFailed.waitFor();
  assert.ok(await app.main.getByText(app.t.content_failed_text).isVisible(), 'what to do');
  assert.deepEqual(await axeViolations(app.page), [], 'the failure screen is axe clean');
  assert.deepEqual(await app.stored('session'), before, 'nothing saved changed');
  fail = false;
  await app.retryContentButton.click();
  await app.field(1).waitFor();
  assert.equal(await app.field(1).statement(first).answer(), 'mostly');
  return app;
}
