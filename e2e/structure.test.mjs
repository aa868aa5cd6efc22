// The page structure a screen-reader user navigates by (issue 28): on every screen one banner, one main and one
// content-info landmark, regions only where they help (at most three, none named like the page's heading, which
// would repeat `main`), and headings that never skip a level. Landmarks are read from Chromium's accessibility tree (CDP), not the markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { goals } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';

const env = useApp();
const LANDMARKS = new Set(['banner', 'navigation', 'main', 'contentinfo', 'region', 'complementary', 'form', 'search']);
const plan = [{ measure_id: goals[0].measures[0].id, owner: '', due: '', status: 'planned', note: '' }];

/** Every screen, by address, with what shows that it is complete. */
const SCREENS = [
  ['start', '#/'], ['profile', '#/profil'], ['field 1', '#/feld/1'], ['field 4', '#/feld/4'], ['overview', '#/uebersicht'],
  ['results', '#/ergebnis'], ['easy results', '#/ergebnis/leicht'], ['plan', '#/plan'], ['report', '#/bericht'],
  ['team', '#/team'], ['privacy', '#/datenschutz'], ['accessibility', '#/barrierefreiheit'],
  ['easy language', '#/leichte-sprache'],
];

/** The landmarks in Chromium's accessibility tree, counted by role. */
async function landmarks(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const counts = {};
  const regions = [];
  for (const node of nodes) {
    const role = node.role?.value;
    if (!node.ignored && LANDMARKS.has(role)) counts[role] = (counts[role] ?? 0) + 1;
    if (!node.ignored && role === 'region') regions.push(node.name?.value ?? '');
  }
  return { counts, regions };
}

/** The rendered headings' levels in document order (visually hidden ones count: screen readers list them). */
function headingLevels(page) {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((el) => el.checkVisibility())
    .map((el) => ({ level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)), text: el.textContent.trim().slice(0, 50) })));
}

for (const lang of ['de', 'en']) {
  test(`every screen: one banner, main and content-info, at most three regions, no skipped heading level (${lang})`, async () => {
    const app = await env.open({ seed: { answers, plan, lang } });
    const problems = [];
    const counts = {};
    for (const [name, hash] of SCREENS) {
      await app.goto(hash);
      if (hash === '#/ergebnis') await app.results.waitFor();
      await app.page.waitForTimeout(150);
      const { counts: found, regions } = await landmarks(app.page);
      counts[name] = found;
      // A region named like the page's heading only repeats `main` (the wrappers did, issue 28).
      const title = (await app.heading.first().textContent()).trim();
      if (regions.includes(title)) problems.push(`${name}: a region repeats the page ("${title}")`);
      for (const role of ['banner', 'main', 'contentinfo']) {
        if (found[role] !== 1) problems.push(`${name}: ${found[role] ?? 0} × ${role}`);
      }
      if ((found.region ?? 0) > 3) problems.push(`${name}: ${found.region} regions`);
      const levels = await headingLevels(app.page);
      if (levels[0]?.level !== 1) problems.push(`${name}: the first heading is not h1 (${JSON.stringify(levels[0])})`);
      levels.forEach((heading, i) => {
        if (i > 0 && heading.level > levels[i - 1].level + 1) {
          problems.push(`${name}: h${levels[i - 1].level} "${levels[i - 1].text}" then h${heading.level} "${heading.text}"`);
        }
      });
    }
    console.log(`landmarks per screen (${lang}): ${JSON.stringify(counts)}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(app.problems.consoleErrors, []);
    await app.close();
  });
}
