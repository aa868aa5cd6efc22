// The boot script has the wasm compiled in a worker, so the page's main thread only instantiates the module; where
// workers are refused or fail, the page compiles the same bytes itself and the app starts all the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { RECORD_INSTANTIATE, instantiatedFrom } from './support/boot.mjs';

const env = useApp();

async function startedFrom(options = {}) {
  const app = await env.open({ ...options, initScript: RECORD_INSTANTIATE + (options.initScript ?? '') });
  await app.start.heading.waitFor();
  const from = await instantiatedFrom(app.page);
  assert.deepEqual(app.page.problems.consoleErrors, [], 'no console errors');
  assert.deepEqual(app.page.problems.pageErrors, [], 'no page errors');
  await app.close();
  return from;
}

test('the wasm is compiled in a worker and the page instantiates the compiled module', async () => {
  assert.deepEqual(await startedFrom(), 'module');
});

test('the wasm chunk of the other screens is compiled in the worker too', async () => {
  const app = await env.open({ at: (a) => a.field(1), initScript: RECORD_INSTANTIATE });
  assert.deepEqual(await app.page.evaluate(() => window.__instantiatedFrom), ['module', 'module'], 'main module, then the chunk');
  await app.close();
});

test('without workers the page compiles the wasm itself and the app starts', async () => {
  assert.deepEqual(await startedFrom({ initScript: 'delete window.Worker;' }), 'bytes');
});

test('when the worker cannot be loaded the page compiles the wasm itself and the app starts', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  await context.route('**/compile-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  assert.deepEqual(await startedFrom({ context }), 'bytes');
  await context.close();
});
