// The team round (#/team): three result files exported from the app are merged; bad files are named and skipped;
// drag and drop; leaving with unsaved data asks first; a team file round-trips; axe; keyboard; the printed report.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { answerAll, goalOf, statements } from './support/content.mjs';
import { fill } from './support/texts.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let dir;
const files = [];

// Everyone answers "mostly", except two statements: `split` 3 steps apart (fully / not_true / mostly) and `earlier`,
// before it in the content, only 2 steps apart (fully / rather_not / mostly). So `split` is the most divided.
const earlier = statements[0];
const split = statements[3];
const people = [
  { [earlier.id]: 'fully', [split.id]: 'fully' },
  { [earlier.id]: 'rather_not', [split.id]: 'not_true' },
  {},
].map((own) => answerAll((s) => own[s.id] ?? 'mostly'));

// Made in the first test that needs them: the fixture's own `before` may not have finished when a `before` here runs.
async function exportFiles() {
  if (files.length) return;
  dir = tempDir('agc-team-');
  for (const [i, answers] of people.entries()) {
    const app = await env.open({ seed: { answers, profile: { company_name: `Person ${i}` } } });
    const download = await app.download(app.start.resultFile.exportButton);
    const path = join(dir, `person-${i}.json`);
    await download.saveAs(path);
    files.push(path);
    await app.close();
  }
  writeFileSync(join(dir, 'notes.txt'), 'kein JSON');
  writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ format: 'something-else', version: 1 }));
}

beforeEach(exportFiles);

async function loaded(lang = 'de') {
  const app = await env.open({ at: (app) => app.team, lang });
  await app.team.choose(files);
  await app.team.peopleHeading(3).waitFor();
  return app;
}

async function assertMerged(app) {
  const team = app.team;
  await team.peopleHeading(3).waitFor();
  const first = team.divided.first();
  assert.equal(await first.getByRole('heading').innerText(), `${goalOf(split).id} ${split.text[app.lang]}`);
  assert.equal(await team.answersOf(first).count(), 3);
  assert.equal(await team.divided.count(), 2);
}

test('three exported result files merge: three people, the most divided statement first with three markers', async () => {
  const app = await loaded();
  await assertMerged(app);
  assert.equal(await app.team.talkFirst.count(), 3);
  await app.close();
});

test('bad files are named with their reason and skipped; the rest are used', async () => {
  const app = await env.open({ at: (app) => app.team });
  await app.team.choose([...files, join(dir, 'notes.txt'), join(dir, 'foreign.json')]);
  await app.team.peopleHeading(3).waitFor();
  const rejected = await app.team.rejected.allInnerTexts();
  assert.deepEqual(rejected, [`notes.txt: ${app.t.file_error_not_json}`, `foreign.json: ${app.t.file_error_not_export}`]);
  await app.close();
});

test('files dropped onto the drop zone are merged', async () => {
  const app = await env.open({ at: (app) => app.team });
  await app.team.drop(files.map((path, i) => ({ name: `person-${i}.json`, text: readFileSync(path, 'utf8') })));
  await assertMerged(app);
  await app.close();
});

test('leaving with unsaved team data asks first; "Bleiben" keeps the data, closing the tab is held too', async () => {
  const app = await loaded();
  await app.page.getByRole('banner').getByRole('link').first().click();
  await app.team.leaveDialog.waitFor();
  assert.equal(await app.team.stayButton.evaluate((el) => el === document.activeElement), true);
  const held = await app.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(held, true);
  await app.team.stayButton.click();
  await app.team.leaveDialog.waitFor({ state: 'detached' });
  assert.equal(new URL(app.page.url()).hash, '#/team');
  await assertMerged(app);
  await app.page.getByRole('banner').getByRole('link').first().click();
  await app.team.leaveButton.click();
  await app.start.waitFor();
  await app.close();
});

test('a saved team file loads back to the same view', async () => {
  const app = await loaded();
  // The merged result (the file list names the files, which the team file does not keep).
  const before = await app.team.result.innerText();
  const download = await app.download(app.team.saveButton);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  assert.match(download.suggestedFilename(), /^arbeitgeber-check-team-\d{4}-\d{2}-\d{2}\.json$/);
  await app.close();

  const fresh = await env.open({ at: (app) => app.team });
  await fresh.team.teamFilePicker.setInputFiles(path);
  await fresh.team.peopleHeading(3).waitFor();
  assert.equal(await fresh.team.result.innerText(), before);
  await fresh.close();
});

for (const lang of ['de', 'en']) {
  test(`no axe violations on the team screen with data (${lang})`, async () => {
    const app = await loaded(lang);
    await app.page.addScriptTag({ path: AXE });
    const violations = await app.page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    assert.deepEqual(violations, []);
    await app.close();
  });
}

test('keyboard only: Tab to the picker, choose files, read the results, reach the save button', async () => {
  const app = await env.open({ at: (app) => app.team });
  const focused = (locator) => () => locator.evaluate((el) => el === document.activeElement);
  await app.tabUntil(focused(app.team.picker));
  // Listening for the chooser turns on Chromium's interception asynchronously; one round trip to the page lets that
  // reach the browser before the key does (otherwise the chooser can open unobserved).
  const chooserOpened = app.page.waitForEvent('filechooser');
  await app.page.evaluate(() => document.activeElement?.tagName);
  const [chooser] = await Promise.all([chooserOpened, app.press('Space')]);
  await chooser.setFiles(files);
  await assertMerged(app);
  await app.tabUntil(focused(app.team.saveButton));
  await app.close();
});

test('the printed team report holds the scores, the talking points and room for notes', async () => {
  const app = await loaded();
  const overall = await app.team.scoresTable.getByRole('row', { name: new RegExp(`^${app.t.team_overall}\\b`) }).innerText();
  const pdf = join(dir, 'team.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [app.t.team_scores_title, app.t.team_divided_title, app.t.team_talk_first_title, app.t.team_notes_title,
    overall.replace(/\s+/g, ' ').trim(), split.text.de.slice(0, 30)]) {
    assert.ok(text.includes(expected), `PDF lacks “${expected}”`);
  }
  for (const absent of [app.t.team_save, app.t.team_drop_label]) assert.ok(!text.includes(absent), `PDF shows “${absent}”`);
  await app.close();
});

test('files are added one at a time and removed one at a time; each outcome is announced', async () => {
  const app = await env.open({ at: (app) => app.team });
  const { team } = app;
  await team.choose(files[0]);
  await team.files.first().waitFor();
  assert.equal(await team.summary.innerText(), fill(app.t.team_status, { added: 1, left: 0, total: 1 }));
  assert.equal(await team.status.getAttribute('aria-live'), 'polite');
  await team.choose(files[1]);
  await team.peopleHeading(2).waitFor();
  await team.choose([files[2], files[0], join(dir, 'notes.txt')]);
  await team.peopleHeading(3).waitFor();
  assert.equal(await team.summary.innerText(), fill(app.t.team_status, { added: 1, left: 2, total: 3 }));
  assert.deepEqual(await team.files.allInnerTexts().then((t) => t.map((s) => s.split(/\s/)[0])),
    ['person-0.json', 'person-1.json', 'person-2.json'], 'a later file joins the loaded ones');
  assert.match((await team.rejected.allInnerTexts())[0], /^person-0\.json: /, 'the same file again is a duplicate');
  await assertMerged(app);
  // Removing one keeps the others; focus stays in the list.
  await team.removeButton('person-1.json').click();
  await team.peopleHeading(2).waitFor();
  assert.equal(await team.files.count(), 2);
  assert.equal(await team.filesRegion.evaluate((el) => el.contains(document.activeElement) && document.activeElement.tagName === 'BUTTON'), true);
  await team.removeButton('person-0.json').click();
  await team.removeButton('person-2.json').click();
  await team.filesRegion.waitFor({ state: 'detached' });
  assert.equal(await app.main.getByRole('heading', { name: app.t.team_drop_label, exact: true }).evaluate((el) => el === document.activeElement), true,
    'with the last file gone, focus goes to the loading area');
  await app.close();
});

test('the invitation can be copied: what to do, how to save the file, where to send it', async () => {
  const app = await env.open({ at: (app) => app.team });
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const text = await app.team.inviteText.inputValue();
  assert.ok(text.includes(env.server.url.replace(/\/$/, '')), 'the address of the check');
  assert.ok(text.includes(app.t.file_export), 'names the button that saves the file');
  await app.team.inviteCopy.click();
  await app.team.inviteStatus.getByText(app.t.team_invite_copied).waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), text);
  await app.close();
});

test('roles with fewer than three people are not shown beside answers unless the coordinator chooses so', async () => {
  // Person 1 says "Beschäftigte", the others give no role: her answers must not carry her role by default.
  const role = JSON.parse(readFileSync(files[1], 'utf8'));
  role.profile.role = 'beschaeftigte';
  const withRole = join(dir, 'person-1-role.json');
  writeFileSync(withRole, JSON.stringify(role));
  const app = await env.open({ at: (app) => app.team });
  await app.team.choose([files[0], withRole, files[2]]);
  await app.team.peopleHeading(3).waitFor();
  const markers = async () => (await app.team.answersOf(app.team.divided.first()).allInnerTexts()).join(' | ');
  assert.ok(!(await markers()).includes(app.t.roles.staff), await markers());
  assert.ok(await app.team.shows(app.t.team_roles_hidden));
  await app.team.showRoles.check();
  await app.main.getByText(`(${app.t.roles.staff})`, { exact: false }).first().waitFor();
  assert.ok((await markers()).includes(app.t.roles.staff));
  assert.equal(await app.team.showRoles.evaluate((el) => el === document.activeElement), true);
  await app.close();
});

test('"nicht relevant" against an agreement and open statements per person are listed; the report has firm, date and chart; measures go into the plan', async () => {
  const relevant = statements[10];
  const given = [{ [relevant.id]: 'fully' }, { [relevant.id]: 'not_relevant' }];
  const paths = [];
  for (const [i, own] of given.entries()) {
    const answers = answerAll((s) => own[s.id] ?? 'mostly');
    delete answers[statements[20 + i].id];
    answers[statements[30].id] = 'unknown';
    const app = await env.open({ seed: { answers, profile: { company_name: 'Elektro Lüneburg' } } });
    const download = await app.download(app.start.resultFile.exportButton);
    paths.push(join(dir, `nr-${i}.json`));
    await download.saveAs(paths[i]);
    await app.close();
  }
  const app = await env.open({ at: (app) => app.team });
  await app.team.choose(paths);
  await app.team.peopleHeading(2).waitFor();
  const item = app.team.divided.filter({ has: app.page.getByRole('heading', { name: `${goalOf(relevant).id} ${relevant.text.de}` }) });
  assert.match(await item.innerText(), new RegExp(app.t.team_not_relevant_against));
  const open = await app.team.openRegion.getByRole('listitem').allInnerTexts();
  assert.equal(open.length, 2);
  for (const line of open) {
    assert.ok(line.includes(fill(app.t.team_open_count, { count: 1 })) && line.includes(fill(app.t.team_clarify_count, { count: 1 })), line);
  }
  assert.match(await app.team.dated.innerText(), /^Elektro Lüneburg · \d{1,2}\. \S+ \d{4}$/);
  await app.team.chart.waitFor();
  const first = app.team.addToPlan.first();
  const measure = await first.evaluate((el) => el.closest('li').dataset.measure);
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  assert.ok((await app.stored('session')).plan.some((entry) => entry.measure_id === measure));
  await app.close();
});
