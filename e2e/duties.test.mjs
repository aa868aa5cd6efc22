// The duty check (issue 27): the short duty page answered with the keyboard, its answers in the section "Ihre
// gesetzlichen Pflichten" on results and in the printed report (DE and EN), thresholds driven by the profile (the
// band case says "prüfen Sie", the exact headcount decides), no "nicht relevant" on the risk assessment, axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { dutyCheck, dutyById, statementById } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';
import { axeViolations } from './support/axe.mjs';
import { hasFocus, oneHasFocus } from './support/pages/util.mjs';
import { DutiesPage, DutySection, checkLine, statusText } from './support/pages/duties.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const texts = dutyCheck.texts;
const small = { size: '10-49', trains_apprentices: true };

async function pdfText(app) {
  const pdf = join(tempDir('agc-duties-'), 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  // Soft hyphens in long German words (domain::hyphen) are not part of the words.
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '').replace(/\s+/g, ' ');
}

test('the duty page is answered with the keyboard and its answers lead the results and the report', async () => {
  const app = await env.open({ seed: { answers, profile: small }, at: (a) => a.overview });
  // From the overview to the duty page, keyboard only.
  const toDuties = app.main.getByTestId('to-duties');
  await app.tabUntil(() => hasFocus(toDuties));
  await app.press('Enter');
  const page = new DutiesPage(app);
  await page.waitFor();
  assert.ok(await app.headingHasFocus(), 'focus on the heading');
  // The band 10–49 holds the quota's threshold of 20: shown as "prüfen Sie", never applied or dropped silently.
  assert.ok(await page.item('beschaeftigungspflicht').getByText(checkLine('beschaeftigungspflicht', 'de')).isVisible());
  await page.headcountHint.waitFor();
  // Whistleblowing (from 50) is ruled out by the whole band, with the reason and without a scale.
  assert.equal(await page.group('hinweisgeberschutz').count(), 0);
  // The safety instruction: Tab into its group, Space picks "ja".
  const instruction = page.group('unterweisung').getByRole('radio');
  await app.tabUntil(() => oneHasFocus(instruction));
  await app.press('Space');
  assert.equal(await page.answer('unterweisung'), 'yes');
  // Written terms: "nein" with the arrow keys (ja → teilweise → nein).
  const terms = page.group('nachweis').getByRole('radio');
  await app.tabUntil(() => oneHasFocus(terms));
  for (const key of ['Space', 'ArrowDown', 'ArrowDown']) await app.press(key);
  assert.equal(await page.answer('nachweis'), 'no');
  await page.choose('arbeitszeiterfassung', 'partly');
  // "trifft auf uns nicht zu" only where the content says when the duty does not apply.
  assert.equal(await page.option('unterweisung', 'not_applicable').count(), 0);
  await page.choose('jugendarbeitsschutz', 'not_applicable');
  assert.match(await page.progress.innerText(), /^\d+ von \d+ Pflichten beantwortet$/);
  assert.deepEqual(await axeViolations(app.page), [], 'duty page axe clean');

  await app.tabUntil(() => hasFocus(page.toResults));
  await app.press('Enter');
  await app.results.waitFor();
  const section = new DutySection(app);
  await section.region.waitFor();
  const statuses = await section.statuses();
  assert.equal(statuses.length, dutyCheck.duties.length, 'every duty is listed');
  // Open duties in full, the nearly met ones by name, the rest behind the disclosure.
  assert.ok(await section.item('nachweis').isVisible() && !(await section.item('arbeitszeiterfassung').isVisible()));
  const nearlyMet = await section.nearlyMetLine.innerText();
  assert.ok(nearlyMet.startsWith(statusText('nearly_met', 'de')) && nearlyMet.includes(dutyById('arbeitszeiterfassung').title.de), nearlyMet);
  await section.openMore();
  assert.deepEqual(statuses[0], ['nachweis', 'open'], 'open duties first');
  assert.equal(await section.status('arbeitszeiterfassung'), 'nearly_met');
  assert.ok((await section.item('arbeitszeiterfassung').innerText()).includes(statusText('nearly_met', 'de')));
  assert.equal(await section.status('unterweisung'), 'met');
  assert.equal(await section.status('jugendarbeitsschutz'), 'not_applicable');
  assert.ok((await section.item('jugendarbeitsschutz').innerText()).includes(dutyById('jugendarbeitsschutz').not_applicable_when.de));
  assert.ok((await section.item('beschaeftigungspflicht').innerText()).includes(checkLine('beschaeftigungspflicht', 'de')));
  const open = await section.item('nachweis').innerText();
  assert.ok(open.includes(dutyById('nachweis').law) && open.includes(dutyById('nachweis').advice.de), 'source and advice');
  assert.equal(await app.main.getByText(texts.no_legal_advice.de).count(), 1, '"Das ersetzt keine Rechtsberatung" once');
  assert.deepEqual(await axeViolations(app.page), [], 'results axe clean');

  // Kept across a reload.
  await app.page.reload();
  await section.region.waitFor();
  assert.equal(await section.status('nachweis'), 'open');

  await app.results.toReportLink.click();
  await app.report.waitFor();
  const text = await pdfText(app);
  const at = text.indexOf(texts.section_title.de);
  assert.ok(at >= 0 && at < text.indexOf(app.t.report_fields), 'the duties on the first pages, before the fields');
  for (const line of [statusText('nearly_met', 'de'), checkLine('beschaeftigungspflicht', 'de'), dutyById('nachweis').title.de]) {
    assert.ok(text.includes(line), line);
  }
  assert.equal(text.split(texts.no_legal_advice.de).length - 1, 1, 'the disclaimer once in the report');
  // The report: what is to do or to find out in full; met duties by name on one line, those that do not apply by
  // name with the short why (the user's "Wir beschäftigen niemanden unter 18", the size for whistleblowing).
  const report = new DutySection(app);
  const full = Object.fromEntries(await report.statuses());
  assert.equal(full.nachweis, 'open');
  assert.equal(full.beschaeftigungspflicht, 'unknown', 'the threshold to check, in full');
  assert.ok(!('unterweisung' in full) && !('jugendarbeitsschutz' in full), 'met and not applicable not in full');
  const metLine = await report.metLine.innerText();
  assert.ok(metLine.startsWith(texts.met_summary.de.split('{n}')[0]) && metLine.includes(dutyById('unterweisung').title.de), metLine);
  const notApplicable = await report.notApplicableLine.innerText();
  const minors = dutyById('jugendarbeitsschutz');
  assert.ok(notApplicable.includes(`${minors.title.de} (${minors.not_applicable_when.de})`), notApplicable);
  const whistle = dutyById('hinweisgeberschutz');
  assert.ok(notApplicable.includes(`${whistle.title.de} (${texts.below_threshold_short.de.replace('{n}', whistle.threshold.label.de)})`));
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('the exact headcount decides a threshold inside the band', async () => {
  const app = await env.open({ seed: { answers, profile: small }, at: (a) => a.profile });
  const employees = app.main.getByLabel(app.t.profile_employees, { exact: true });
  await employees.fill('23');
  await employees.press('Tab');
  await app.goto('#/pflichten');
  const page = new DutiesPage(app);
  await page.waitFor();
  const quota = page.item('beschaeftigungspflicht');
  const applies = texts.applies_from.de.replace('{n}', dutyById('beschaeftigungspflicht').threshold.label.de);
  assert.ok(await quota.getByText(applies, { exact: false }).isVisible(), 'applies from 20, with how the law counts');
  assert.equal(await quota.getByText(checkLine('beschaeftigungspflicht', 'de')).count(), 0);
  assert.equal(await page.headcountHint.count(), 0, 'nothing left to decide by the band');
  await page.choose('beschaeftigungspflicht', 'unknown');
  await app.goto('#/ergebnis');
  const section = new DutySection(app);
  await section.region.waitFor();
  await section.openMore();
  assert.equal(await section.status('beschaeftigungspflicht'), 'unknown');
  // 12 people: below 20, not applicable with the reason.
  await app.goto('#/profil');
  await employees.fill('12');
  await employees.press('Tab');
  await app.goto('#/ergebnis');
  await section.region.waitFor();
  await section.openMore();
  assert.equal(await section.status('beschaeftigungspflicht'), 'not_applicable');
  assert.ok((await section.item('beschaeftigungspflicht').innerText()).startsWith(statusText('not_applicable', 'de')));
  await app.close();
});

test('in English, the section and the page speak English, also in embed mode', async () => {
  const seed = { answers: { ...answers, '3.1.b': 'mostly' }, profile: small, lang: 'en', duties: { nachweis: 'no' } };
  const app = await env.open({ seed, lang: 'en', query: '?lang=en&embed=1', at: (a) => a.results });
  const section = new DutySection(app);
  await section.region.waitFor();
  await section.openMore();
  assert.equal(await section.status('gefaehrdungsbeurteilung'), 'nearly_met', 'trifft eher zu on 3.1.b: nearly met');
  const risk = await section.item('gefaehrdungsbeurteilung').innerText();
  assert.ok(risk.includes(statusText('nearly_met', 'en')) && risk.includes(dutyById('gefaehrdungsbeurteilung').title.en), risk);
  assert.ok((await section.item('beschaeftigungspflicht').innerText()).includes(checkLine('beschaeftigungspflicht', 'en')));
  assert.equal(await app.main.getByText(texts.no_legal_advice.en).count(), 1);
  await section.link.click();
  const page = new DutiesPage(app);
  await page.waitFor();
  assert.ok(await page.item('gefaehrdungsbeurteilung').getByTestId('duty-from-questionnaire').isVisible(), 'asked once, in the questionnaire');
  assert.equal(await page.answer('nachweis'), 'no');
  assert.deepEqual(await axeViolations(app.page), [], 'English duty page axe clean');
  await app.close();
});

test('the risk assessment can no longer be answered "nicht relevant"; BEM still can', async () => {
  const app = await env.open({ at: (a) => a.field(3) });
  const field = app.field(3);
  const options = (id) => field.statement(id).group.getByRole('radio').count();
  // Four answers and "weiß ich nicht" (issue 26); BEM also "nicht relevant".
  assert.equal(await options('3.1.b'), 5, statementById('3.1.b').text.de);
  assert.equal(await options('3.2.d'), 6);
  await app.close();
});
