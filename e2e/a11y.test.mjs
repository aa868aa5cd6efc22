// axe-core scans (WCAG 2.1 A/AA rules) of every questionnaire screen in German and English: zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { setup, openApp, answer, statementIds, appReady } from './support/app.mjs';
import { goals, savedState, seedScript } from './support/content.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

const SCREENS = ['#/', '#/datenschutz', '#/profil', '#/feld/1', '#/feld/2', '#/feld/3', '#/feld/4', '#/feld/5', '#/feld/6', '#/uebersicht'];

for (const lang of ['de', 'en']) {
  test(`no axe violations on any questionnaire screen (${lang})`, async () => {
    const page = await openApp(env, { query: `?lang=${lang}` });
    const found = {};
    for (const hash of SCREENS) {
      await page.goto(`${env.server.url}?lang=${lang}${hash}`);
      await appReady(page);
      // Scan with some answers given and a help text open, so those states are covered too.
      if (hash.startsWith('#/feld/')) {
        const ids = await statementIds(page);
        await answer(page, ids[0], 'mostly');
        await page.locator('details.help summary').first().click();
      }
      const list = await violations(page);
      if (list.length) found[hash] = list;
    }
    assert.deepEqual(found, {});
    await page.context().close();
  });
}

// Results, plan and report with a full answer set, a profile and a plan entry, so every part is on screen.
const scale = ['fully', 'mostly', 'rather_not', 'not_true', 'not_relevant'];
const answers = Object.fromEntries(goals.flatMap((g) => g.statements).map((st, i) => [st.id, scale[i % scale.length]]));
const plan = [{ measure_id: goals[0].measures[0].id, owner: 'A', due: '2027-01-01', status: 'in_progress', note: 'n' }];
const seeded = seedScript(savedState({ answers, plan, profile: { company_name: 'Muster GmbH', sector: 'handwerk' } }));

for (const lang of ['de', 'en']) {
  test(`no axe violations on results, plan and report (${lang})`, async () => {
    const page = await openApp(env, { query: `?lang=${lang}`, initScript: seeded });
    const found = {};
    for (const hash of ['#/ergebnis', '#/plan', '#/bericht']) {
      await page.goto(`${env.server.url}?lang=${lang}${hash}`);
      await appReady(page);
      if (hash === '#/ergebnis') {
        await page.locator('details.more-measures summary').first().click();
        await page.locator('details.more-measures[open] [data-testid=measure]').first().waitFor();
      }
      const list = await violations(page);
      if (list.length) found[hash] = list;
    }
    assert.deepEqual(found, {});
    await page.context().close();
  });
}
