// axe-core scans (WCAG 2.1 A/AA rules) of every screen in German and English: zero violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './support/axe.mjs';
import { useApp } from './support/app.mjs';
import { ANSWERS, answerAll, fields, goals } from './support/content.mjs';
import { AccessibilityPage, EasyLanguagePage } from './support/pages/chamber.mjs';

const env = useApp();


/** Every questionnaire screen: start, privacy, profile, each field of the content, overview. */
const questionnaire = (app) => [app.start, app.privacy, app.profile, ...fields.map((_, i) => app.field(i + 1)), app.overview,
  new AccessibilityPage(app), new EasyLanguagePage(app)];

for (const lang of ['de', 'en']) {
  test(`no axe violations on any questionnaire screen (${lang})`, async () => {
    const app = await env.open({ lang });
    const found = {};
    for (const screen of questionnaire(app)) {
      await screen.open();
      // Scan with an answer given and a help text open, so those states are covered too.
      if (screen.contentStatements) {
        const first = screen.statement(screen.contentStatements[0]);
        await first.choose('mostly');
        await first.helpToggle.click();
      }
      const list = await axeViolations(app.page);
      if (list.length) found[screen.hash] = list;
    }
    assert.deepEqual(found, {});
    await app.close();
  });
}

// Results, plan and report with a full answer set, a profile and a plan entry, so every part is on screen.
const seed = {
  answers: answerAll((_, i) => ANSWERS[i % ANSWERS.length]),
  plan: [{ measure_id: goals[0].measures[0].id, owner: 'A', due: '2027-01-01', status: 'in_progress', note: 'n' }],
  profile: { company_name: 'Muster GmbH', sector: 'handwerk' },
};

for (const lang of ['de', 'en']) {
  test(`no axe violations on results, plan and report (${lang})`, async () => {
    const app = await env.open({ lang, seed });
    const found = {};
    for (const screen of [app.results, app.plan, app.report]) {
      await screen.open();
      if (screen.hash === app.results.hash) {
        const count = await screen.measureCards.count();
        await screen.moreMeasuresToggles.first().click();
        await screen.measureCards.nth(count).waitFor();
      }
      const list = await axeViolations(app.page);
      if (list.length) found[screen.hash] = list;
    }
    assert.deepEqual(found, {});
    await app.close();
  });
}
