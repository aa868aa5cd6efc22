// "Nächster Check am" (issue 30): on the plan twelve months after the check by default, editable by keyboard and
// saved; in the report; and on the start page once the day has come, not before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { answers } from './support/known-answers.mjs';
import { cycleTexts } from './support/texts.mjs';
import { hasFocus } from './support/pages/util.mjs';

const env = useApp();
const DAY = 86_400_000;
const READY = "addEventListener('arbeitgeber-check-ready', () => { window.chunkHere = true; });";

test('the re-check date defaults to twelve months after the check, is changed and saved, and the report shows it', async () => {
  const app = await env.open({ seed: { answers, answered_at: Date.UTC(2026, 11, 6, 10) }, at: (a) => a.plan });
  const { followUp } = app;
  const c = cycleTexts.de;
  assert.equal(await followUp.recheck.inputValue(), '2027-12-06');
  assert.ok((await app.main.locator('#recheck-hint').textContent()).includes('6. Dezember 2027'));
  assert.equal(await app.main.getByTestId('recheck-due').count(), 0);
  await app.tabUntil(() => hasFocus(followUp.recheck));
  await followUp.recheck.fill('2027-06-30');
  await app.press('Tab');
  assert.equal((await app.stored('session')).recheck_on, '2027-06-30');
  await app.reload();
  assert.equal(await followUp.recheck.inputValue(), '2027-06-30');
  await app.report.open();
  assert.equal(await app.main.getByTestId('report-recheck').innerText(), `${c.recheck_label} 30.6.2027`);
  // Emptied, the default applies again.
  await app.plan.open();
  await followUp.recheck.fill('');
  await app.press('Tab');
  assert.equal((await app.stored('session')).recheck_on, '');
  assert.equal(await followUp.recheck.inputValue(), '2027-12-06');
  await app.close();
});

for (const lang of ['de', 'en']) {
  test(`${lang}: the start page says when the re-check is due, and not before`, async () => {
    const past = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
    const app = await env.open({ seed: { answers, lang, recheck_on: past }, lang });
    const note = app.main.getByTestId('recheck-due');
    await note.waitFor();
    const [y, m, d] = past.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.ok((await note.innerText()).includes(date), `${await note.innerText()} names ${date}`);
    await note.getByRole('link', { name: cycleTexts[lang].recheck_due_link }).click();
    await app.overview.waitFor();
    await app.close();

    const future = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const fresh = await env.open({ seed: { answers, lang, recheck_on: future }, lang, initScript: READY });
    await fresh.start.waitFor();
    // Once the chunk is here (and a frame later) the note would show; it must not.
    await fresh.page.waitForFunction(() => window.chunkHere);
    await fresh.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await fresh.main.getByTestId('recheck-due').count(), 0);
    await fresh.close();
  });
}
