// "Ihr Ergebnis in Leichter Sprache" / "Your result in plain English" (issue 28): reached from the results by a link,
// it says the user's own overall points as the results show them, the three bands, every field, and how many legal
// duties are open; axe clean; printed (Chromium's A4 PDF, read with pdftotext) without its buttons.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { fields } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
let dir;
before(() => { dir = tempDir('agc-easy-'); });

const SENTENCE = { de: (n) => `Ihr Betrieb hat ${n} von 100 Punkten.`, en: (n) => `Your company has ${n} out of 100 points.` };
const PRINT = { de: 'Diese Seite drucken', en: 'Print this page' };
const NO_POINTS = { de: 'Ihr Betrieb hat noch keine Punkte.', en: 'Your company has no points yet.' };

for (const lang of ['de', 'en']) {
  test(`the results link to the own result in easy words, which says the same points and prints (${lang})`, async () => {
    const app = await env.open({ seed: { answers, lang }, at: (a) => a.results });
    const overall = (await app.results.overallScore.innerText()).trim();
    await app.main.getByRole('link', { name: app.t.easy_results_title, exact: true }).click();
    await app.main.getByTestId('easy-results-page').waitFor();
    await app.waitForHeadingFocus();
    assert.equal(await app.heading.innerText(), app.t.easy_results_title);
    assert.match(await app.page.title(), new RegExp(app.t.easy_results_title));
    assert.equal((await app.main.getByTestId('easy-points').innerText()).trim(), SENTENCE[lang](overall));
    assert.equal(await app.main.getByTestId('easy-fields').getByRole('listitem').count(), fields.length);
    const text = await app.main.innerText();
    for (const range of ['0', '40', '70']) assert.match(text, new RegExp(`^${range} `, 'm'), `the band from ${range}`);
    assert.deepEqual(await axeViolations(app.page), []);

    const pdf = join(dir, `easy-${lang}.pdf`);
    writeFileSync(pdf, await app.page.pdf({ format: 'A4', printBackground: true }));
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(printed.includes(SENTENCE[lang](overall)), 'the printed page has the points');
    assert.ok(!printed.includes(PRINT[lang]), 'no print button on paper');
    assert.deepEqual(app.problems.consoleErrors, []);
    assert.deepEqual(app.problems.foreignRequests, []);
    await app.close();
  });
}

test('without enough answers the page says there are no points yet, and no duty is open', async () => {
  const app = await env.open();
  await app.goto('#/ergebnis/leicht');
  await app.main.getByTestId('easy-results-page').waitFor();
  assert.match(await app.main.innerText(), new RegExp(NO_POINTS.de));
  assert.equal(await app.main.getByTestId('easy-points').count(), 0);
  assert.match(await app.main.getByTestId('easy-duties').innerText(), /keine Pflicht offen/);
  await app.close();
});
