// Reflow (WCAG 1.4.10): every screen works at 320 CSS px (a phone, or 400 % zoom) and 640 px (200 % zoom on a laptop)
// without horizontal scrolling, in German and English, with long answers and a plan on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/app.mjs';
import { goals, savedState, seedScript } from './support/content.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

const answers = Object.fromEntries(goals.flatMap((g) => g.statements).map((s, i) => [s.id, ['rather_not', 'mostly'][i % 2]]));
const plan = [{ measure_id: goals[5].measures[0].id, owner: 'Geschäftsführung', due: '2027-06-30', status: 'planned', note: 'Beschäftigungsfähigkeitsförderungsmaßnahme' }];
const SCREENS = ['#/', '#/datenschutz', '#/profil', '#/feld/1', '#/feld/3', '#/feld/5', '#/uebersicht', '#/ergebnis', '#/plan', '#/bericht'];

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width} px`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    await context.addInitScript(seedScript(savedState({ answers, plan, profile: { company_name: 'Elektro Nordheide GmbH & Co. KG' } })));
    const page = await context.newPage();
    const wide = [];
    for (const lang of ['de', 'en']) {
      for (const hash of SCREENS) {
        await page.goto(`${env.server.url}?lang=${lang}${hash}`);
        await page.locator('main h1').first().waitFor();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${lang}${hash}: ${scrollWidth}`);
      }
    }
    assert.deepEqual(wide, []);
    await context.close();
  });
}
