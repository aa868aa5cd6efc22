// The privacy page: reachable from the footer, says answers stay in the browser, and back leads home.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';

const env = useApp();

test('the footer links to the privacy page, which says answers stay in the browser', async () => {
  const app = await env.open();
  await app.footer.privacyLink.click();
  await app.privacy.waitFor();
  assert.ok(app.page.url().endsWith(app.privacy.hash), app.page.url());
  for (const paragraph of app.privacy.paragraphs()) assert.ok(await paragraph.isVisible());
  await app.back();
  await app.start.waitFor();
  await app.close();
});
