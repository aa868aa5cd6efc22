// Reflow (WCAG 1.4.10): every screen works at 320 CSS px (a phone, or 400 % zoom) and 640 px (200 % zoom on a laptop)
// without horizontal scrolling, in German and English, with long answers and a plan on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccessibilityPage, EasyLanguagePage } from './support/pages/chamber.mjs';
import { useApp } from './support/app.mjs';
import { answerAll, fields, goals } from './support/content.mjs';

const env = useApp();
const seed = {
  answers: answerAll((_, i) => ['rather_not', 'mostly'][i % 2]),
  plan: [{ measure_id: goals.at(-1).measures[0].id, owner: 'Geschäftsführung', due: '2027-06-30', status: 'planned', note: 'Beschäftigungsfähigkeitsförderungsmaßnahme' }],
  profile: { company_name: 'Elektro Nordheide GmbH & Co. KG' },
};
// Every screen, every field of the content.
const screens = (app) => [app.start, app.privacy, app.profile, ...fields.map((_, i) => app.field(i + 1)),
  app.overview, app.results, app.plan, app.report, new AccessibilityPage(app), new EasyLanguagePage(app)];

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width} px`, async () => {
    const app = await env.open({ seed, contextOptions: { viewport: { width, height: 800 } } });
    const wide = [];
    for (const lang of ['de', 'en']) {
      app.lang = lang;
      for (const screen of screens(app)) {
        await app.goto(screen.hash, `?lang=${lang}`);
        await screen.waitFor();
        const scrollWidth = await app.page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${lang}${screen.hash}: ${scrollWidth}`);
      }
    }
    assert.deepEqual(wide, []);
    await app.close();
  });
}
