// An own measure in the plan (issue 26): added with the keyboard alone (a title is required; first step and goal are
// optional), edited like every plan entry (owner, due date, status, note, and its title and first step), surviving a
// reload, overdue-marked, removable, and printed in the report's plan summary and on the hand-off page, in German and
// English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { goals } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';
import { axeViolations } from './support/axe.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const COMPANY = 'Tischlerei Muster GmbH';
const focused = (locator) => locator.evaluate((el) => el === document.activeElement);
const content = [{ measure_id: goals[4].measures[0].id, owner: 'Herr Meyer', due: '', status: 'planned', note: '' }];

/** The printed report as text (A4 PDF through Chromium, read back with pdftotext), spaces folded. */
async function printedText(app) {
  const pdf = join(tempDir('agc-plan-own-'), 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  // A line may wrap after a hyphen ("Werkstatt-" / "Rundgang"): joined again.
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/- /g, '-');
}

test('an own measure is added with the keyboard, edited, survives a reload and prints in the report', async () => {
  const app = await env.open({ seed: { answers, profile: { company_name: COMPANY }, plan: content }, at: (a) => a.plan });
  const { plan, t } = app;
  const goal = goals[2];

  // Without a title nothing is added: the field says why and keeps the focus.
  await plan.ownTitle.focus();
  await app.press('Enter');
  assert.equal(await plan.ownTitle.getAttribute('aria-invalid'), 'true');
  assert.match(await plan.ownForm.innerText(), new RegExp(t.plan_own_missing));
  assert.equal(await plan.items.count(), 1, 'nothing added');
  assert.equal(await focused(plan.ownTitle), true);

  await app.page.keyboard.type('Werkstatt-Rundgang für Schulklassen');
  await app.press('Tab');
  await app.page.keyboard.type('Termin mit der Oberschule absprechen');
  await app.press('Tab');
  assert.equal(await focused(plan.ownGoal), true);
  await plan.ownGoal.selectOption(goal.id);
  await app.press('Tab');
  assert.equal(await focused(plan.ownAddButton), true);
  await app.press('Enter');
  await plan.ownItem('Werkstatt-Rundgang für Schulklassen').element.waitFor();
  assert.equal(await plan.ownStatus.innerText(), t.plan_own_added.replace('{title}', 'Werkstatt-Rundgang für Schulklassen'));
  assert.equal(await plan.ownTitle.inputValue(), '', 'the form is empty for the next one');
  assert.equal(await focused(plan.ownTitle), true, 'and keeps the focus');
  assert.equal(await plan.ownTitle.getAttribute('aria-invalid'), 'false');

  const item = plan.ownItem('Werkstatt-Rundgang für Schulklassen');
  assert.match(await item.element.innerText(), new RegExp(`${goal.id} `), 'the goal it belongs to');
  assert.match(await item.element.innerText(), /Termin mit der Oberschule absprechen/);
  await item.owner.fill('Frau Albers');
  await item.owner.press('Tab');
  await item.due.fill('2020-03-31');
  await item.due.press('Tab');
  await item.overdue.waitFor();
  await item.status.selectOption('in_progress');
  await item.note.fill('Mit dem Lehrer der 9b');
  await item.note.press('Tab');
  // An emptied title is refused and shown again; a new one is taken.
  await item.title.fill('');
  await item.title.press('Tab');
  assert.equal(await item.title.inputValue(), 'Werkstatt-Rundgang für Schulklassen');
  assert.match(await item.element.innerText(), new RegExp(t.plan_own_title_kept));
  await item.title.fill('Werkstatt-Rundgang für die 9b');
  await item.title.press('Tab');
  const renamed = plan.ownItem('Werkstatt-Rundgang für die 9b');
  await renamed.heading.waitFor();
  assert.deepEqual(await axeViolations(app.page), []);

  await app.reload();
  await plan.waitFor();
  assert.equal(await plan.items.count(), 2);
  assert.equal(await renamed.owner.inputValue(), 'Frau Albers');
  assert.equal(await renamed.due.inputValue(), '2020-03-31');
  assert.equal(await renamed.status.inputValue(), 'in_progress');
  assert.equal(await renamed.note.inputValue(), 'Mit dem Lehrer der 9b');
  assert.equal(await renamed.firstStep.inputValue(), 'Termin mit der Oberschule absprechen');
  assert.equal(await renamed.overdue.count(), 1, 'overdue after the reload too');
  const stored = (await app.stored('session')).plan[1];
  assert.deepEqual([stored.title, stored.first_step, stored.goal_id], ['Werkstatt-Rundgang für die 9b', 'Termin mit der Oberschule absprechen', goal.id]);

  await plan.toReportLink.click();
  await app.report.of(COMPANY).waitFor();
  const text = await printedText(app);
  // The summary on page one writes "title – owner · due · status"; the hand-off page names each fact.
  assert.match(text, /Werkstatt-Rundgang für die 9b – Frau Albers · [^·]*31\.3\.2020/, 'in the plan on page one');
  const handoff = text.slice(text.lastIndexOf(t.report_handoff_title));
  assert.ok(handoff.includes(`${t.plan_measure}: Werkstatt-Rundgang für die 9b`), 'on the hand-off page');
  assert.ok(handoff.includes('Termin mit der Oberschule absprechen'), 'with its first step');
  assert.ok(handoff.includes('Mit dem Lehrer der 9b'));

  // Removed, focus continues from the heading.
  await plan.open();
  await renamed.removeButton.click();
  await app.waitForHeadingFocus();
  assert.equal(await plan.items.count(), 1);
  await app.close();
});

test('in English, an own measure without a goal shows as one, in the plan and on paper', async () => {
  const own = { measure_id: 'own-1', title: 'Workshop tour for school classes', first_step: 'Call the school', owner: '', due: '', status: 'planned', note: '' };
  const app = await env.open({ lang: 'en', seed: { lang: 'en', answers, profile: { company_name: COMPANY }, plan: [own] }, at: (a) => a.plan });
  const { plan, t } = app;
  const item = plan.ownItem(own.title);
  assert.match(await item.element.innerText(), new RegExp(t.plan_own_no_goal));
  assert.match(await item.element.innerText(), /Call the school/);
  assert.deepEqual(await axeViolations(app.page), []);
  await plan.toReportLink.click();
  await app.report.of(COMPANY).waitFor();
  const text = await printedText(app);
  assert.ok(text.includes(`${own.title} – ${t.status_labels.byVariant.Planned}`), 'in the plan on page one');
  const handoff = text.slice(text.lastIndexOf(t.report_handoff_title));
  assert.ok(handoff.includes(t.plan_own_no_goal), 'no goal line, the own measure leads');
  assert.ok(handoff.includes(`${t.plan_measure}: ${own.title}`));
  await app.close();
});
