// The accessibility statement and the Leichte-Sprache page: reachable by their hashes, axe clean in both languages,
// every link reachable by keyboard, and the statement's feedback section falls back to a neutral text when no
// chamber contact is configured. (Footer and header links to them are wired with the chamber settings.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useApp } from './support/app.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = useApp();

/** The tab of the app opened at `hash` (these pages have no page objects yet). */
async function openAt(hash, lang) {
  const app = await env.open({ lang, at: () => ({ hash, waitFor: async () => {} }) });
  return app.page;
}

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

const PAGES = {
  '#/barrierefreiheit': { testid: 'accessibility-page', de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  '#/leichte-sprache': { testid: 'easy-language-page', de: 'Leichte Sprache', en: 'Plain English' },
};

for (const lang of ['de', 'en']) {
  test(`both information pages render, are axe clean and keyboard reachable (${lang})`, async () => {
    const page = await openAt('#/barrierefreiheit', lang);
    const found = {};
    for (const [hash, expected] of Object.entries(PAGES)) {
      await page.goto(`${env.server.url}?lang=${lang}${hash}`);
      await page.getByTestId(expected.testid).waitFor();
      assert.equal(await page.locator('main h1').textContent(), expected[lang]);
      assert.match(await page.title(), new RegExp(expected[lang]));
      const list = await violations(page);
      if (list.length) found[hash] = list;
      // Tab from the top reaches the page's own link back to the start.
      await page.locator('main h1').focus();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.closest('main section') !== null
          && document.activeElement?.getAttribute('href') === '#/');
      }
      assert.ok(reached, `${hash}: the link back to the start is reachable by Tab`);
    }
    assert.deepEqual(found, {});
    assert.deepEqual(page.problems.consoleErrors, []);
    assert.deepEqual(page.problems.foreignRequests, []);
    await page.context().close();
  });
}

test('the statement names the arbitration body and falls back to a neutral contact text', async () => {
  const page = await openAt('#/barrierefreiheit');
  const text = await page.getByTestId('accessibility-page').textContent();
  assert.match(text, /Schlichtungsstelle nach § 9d NBGG/);
  assert.match(text, /Landesbeauftragten für Menschen mit Behinderungen/);
  assert.match(text, /§ 9b/);
  assert.match(await page.getByTestId('accessibility-feedback').textContent(), /Stelle, die Ihnen diesen Check anbietet/);
  await page.context().close();
});
