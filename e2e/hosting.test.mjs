// dist/ is plain static files: it works from any sub-path a chamber puts it under, every file found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';

const env = useApp({ base: '/kammer/check/' });

test('dist/ works when hosted under a sub-path', async () => {
  const failed = [];
  const app = await env.open({
    beforeLoad: (page) => page.on('response', (response) => { if (response.status() >= 400) failed.push(response.url()); }),
  });
  await app.start.waitFor();
  assert.deepEqual(failed, []);
  assert.deepEqual(app.problems.foreignRequests, []);
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});
