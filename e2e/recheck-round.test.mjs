// The re-check, as a user does it with the keyboard: answer everything, plan two measures and mark one done; start a
// new check from the start page; every statement shows last time's answer and counts only once confirmed; most are
// confirmed with one key each, a few changed, a field taken over at once; the round survives a reload; "Hat es
// gewirkt?" is asked about the done measure; the results compare with the earlier state by themselves and show the
// done measure beside its goal's change, on screen and in the printed report (page.pdf + pdftotext). Cancelling
// restores the earlier answers; result files are format 4, a format 3 file opens (and a new check starts from it),
// a format 5 file is refused and changes nothing. axe on every new view.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';
import { ANSWERS, answerAll, expectedScores, fields, goalOf, measureById, statementsOf, statements } from './support/content.mjs';
import { fill } from './support/texts.mjs';
import { hasFocus, until } from './support/pages/util.mjs';
import { recheckTexts, lastTime, sameAsLastTime, takeOverField, takeOverSaid, doneBeside } from './support/pages/recheck.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
let dir;
before(() => { dir = tempDir('agc-recheck-'); });

/** The first check's answers: the scale in turn. */
const first = answerAll((_, i) => ANSWERS[i % 4]);
const round = (score) => (score === null ? null : Math.round(score));

/** Answers the whole questionnaire through the field pages, as in a first check. */
async function answerEverything(app) {
  for (const [index, field] of fields.entries()) {
    const page = app.field(index + 1);
    await page.open();
    for (const statement of statementsOf(field)) await page.statement(statement).choose(first[statement.id]);
  }
}

/** Chooses an answer with the keyboard: focus on the option, Space checks it. */
async function chooseByKey(app, statement, value) {
  await statement.option(value).focus();
  await app.press('Space');
}

test('a full re-check: confirm with one key each, change a few, rate the done measure, see the change beside it', async () => {
  const app = await env.open({ seed: { answers: {} } });
  const t = app.t;
  const r = recheckTexts.de;
  await answerEverything(app);

  // Two measures into the plan from the results, one of them marked done.
  await app.results.open();
  const ids = (await app.results.shownMeasureIds()).slice(0, 2);
  for (const [i, card] of [0, 1].entries()) await app.results.addToPlanButton(app.results.measureCards.nth(card)).click();
  await app.plan.open();
  assert.deepEqual(await app.plan.measureIds(), ids);
  const done = measureById(ids[0]);
  await app.plan.item(done).status.selectOption('done');
  await until(async () => (await app.stored('session')).plan[0].status === 'done', 'the done status saved');

  // From the start page: "Neuen Check beginnen" (keyboard), then the screen's button.
  await app.start.open();
  const startLink = app.main.getByRole('link', { name: t.start_recheck, exact: true });
  await startLink.focus();
  await app.press('Enter');
  await app.recheck.waitFor();
  assert.deepEqual(await axeViolations(app.page), [], 'axe on the screen before a round');
  await app.recheck.beginButton.focus();
  await app.press('Enter');
  await until(() => hasFocus(app.recheck.running), 'focus on the round line once it has begun');
  assert.equal((await app.recheck.running.innerText()).trim(),
    fill(r.running, { date: todayDe(), confirmed: 0, total: statements.length }), 'nothing counts before it is confirmed');
  let stored = await app.stored('session');
  assert.deepEqual(stored.answers, {}, 'pre-filled answers are not answers');
  assert.equal(stored.version, 4);
  assert.equal(stored.snapshots.length, 1, 'the earlier state is kept as a snapshot');
  assert.equal(stored.round, stored.snapshots[0].taken_at, 'the round is that snapshot');
  assert.deepEqual(stored.snapshots[0].answers, first);

  // "Hat es gewirkt?": the done measure only, by arrow keys ("keine Angabe" first, then the three).
  assert.equal(await app.main.getByTestId('effect-question').count(), 1);
  await app.recheck.effectOption(done, r.effect_none).focus();
  for (let i = 0; i < 3; i++) await app.press('ArrowDown');
  await until(async () => (await app.stored('session')).plan[0].effect === 'clear', 'the rating saved');
  assert.deepEqual(await axeViolations(app.page), [], 'axe on the running round');

  // The done measure's goal changes: its first two statements now "trifft voll zu" (or "eher zu" where they were).
  const goal = goalOf(done);
  const changed = Object.fromEntries(goal.statements.slice(0, 2).map((s) => [s.id, first[s.id] === 'fully' ? 'mostly' : 'fully']));
  const second = { ...first, ...changed };

  await app.recheck.continueLink.focus();
  await app.press('Enter');
  for (const [index, field] of fields.entries()) {
    const page = app.field(index + 1);
    await page.waitFor();
    const list = statementsOf(field);
    // Every statement says what it was last time.
    const shown = page.statement(list[0]);
    assert.equal((await lastTime(shown).innerText()).split('\n')[0].trim(),
      fill(r.last_time, { answer: t.answer_labels[ANSWERS.indexOf(first[list[0].id])] }));
    for (const statement of list.filter((s) => changed[s.id])) await chooseByKey(app, page.statement(statement), changed[statement.id]);
    if (index === fields.length - 1) {
      // The last field all at once, with what it did announced.
      await takeOverField(app).focus();
      await app.press('Enter');
      const open = list.filter((s) => !changed[s.id]).length;
      await until(async () => (await takeOverSaid(app).innerText()).trim() === fill(r.taken_over, { count: open }), 'the field taken over, said');
      assert.ok(await hasFocus(takeOverField(app)), 'focus stays on the button');
    } else {
      // One key each: Enter confirms and moves focus on to the next statement to confirm.
      const open = list.filter((s) => !changed[s.id]);
      await sameAsLastTime(page.statement(open[0])).focus();
      for (const [i, statement] of open.entries()) {
        await app.press('Enter');
        await until(async () => (await page.statement(statement).answer()) === first[statement.id], `${statement.id} confirmed`);
        const next = open[i + 1];
        if (next) await until(() => hasFocus(sameAsLastTime(page.statement(next))), `focus on ${next.id}'s button`);
        else await until(() => page.statement(statement).radioHasFocus(), 'focus on the last choice, never lost');
      }
      if (index === 0) {
        assert.deepEqual(await axeViolations(app.page), [], 'axe on a field in a round');
        // Mid-round reload: the round and its confirmed answers are still there.
        await app.reload();
        await page.waitFor();
        stored = await app.stored('session');
        assert.equal(Object.keys(stored.answers).length, list.length);
        assert.ok(stored.round, 'the round survives a reload');
        assert.equal(await sameAsLastTime(page.statement(list[0])).count(), 0, 'a confirmed statement has no button');
      }
      await page.nextLink.focus();
      await app.press('Enter');
    }
  }
  stored = await app.stored('session');
  assert.deepEqual(stored.answers, second, 'confirmed and changed answers, nothing else');

  // Back on the round's screen: all confirmed, on to the results.
  await app.recheck.open();
  assert.ok(await app.recheck.shows(r.all_confirmed));
  await app.recheck.resultsLink.focus();
  await app.press('Enter');
  await app.results.waitFor();
  const now = expectedScores(second);
  const then = expectedScores(first);
  const goalBefore = round(then.goals[goal.id].score);
  const goalNow = round(now.goals[goal.id].score);
  assert.notEqual(goalBefore, goalNow, 'the goal changed');
  // Compared with the earlier state without a further step.
  assert.equal((await app.results.compareActive.innerText()).trim(), fill(t.compare_since, { date: todayDe() }));
  assert.ok(await app.results.comparePanel.getByTestId('compare-round').isVisible(), 'the round\'s screen ends this comparison');
  assert.equal(await app.results.removeComparisonButton.count(), 0);
  const line = doneBeside(app);
  assert.equal(await line.count(), 1);
  const expectedLine = `${goal.plain_title.de}: ${r.done_label}: ${done.title.de} (${fill(r.effect_said, { effect: r.effect_clear })}) · ${fill(r.score_before_now, { before: goalBefore, now: goalNow })}`;
  assert.equal((await line.innerText()).replace(/\s+/g, ' ').trim(), expectedLine);
  assert.ok(await app.results.shows(r.done_side_by_side), 'side by side, not cause and effect');
  assert.deepEqual(await axeViolations(app.page), [], 'axe on the results with the side-by-side');

  // The printed report says the same.
  await app.report.open();
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(fill(r.score_before_now, { before: goalBefore, now: goalNow })), 'the scores before and now on paper');
  assert.ok(text.includes(`(${fill(r.effect_said, { effect: r.effect_clear })})`), 'the rating on paper');
  assert.ok(text.includes(fill(t.compare_since, { date: todayDe() })), 'the change table on paper');

  // Finishing the round: the answers stay, the results no longer compare by themselves.
  await app.recheck.open();
  await app.recheck.closeButton.focus();
  await app.press('Enter');
  await until(() => hasFocus(app.recheck.said), 'focus on the status');
  assert.equal((await app.recheck.said.innerText()).trim(), r.closed);
  stored = await app.stored('session');
  assert.equal(stored.round, null);
  assert.deepEqual(stored.answers, second);
  await app.results.open();
  assert.equal(await app.results.compareActive.count(), 0);
  assert.equal(await doneBeside(app).count(), 0);
  await app.close();
});

/** Today as the app writes a German date ("6. Dezember 2026"). */
function todayDe() {
  return new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

test('cancelling a round restores the earlier answers and snapshots, with focus and a status', async () => {
  const app = await env.open({ seed: { answers: first }, lang: 'en', at: (a) => a.recheck });
  const r = recheckTexts.en;
  await app.recheck.beginButton.focus();
  await app.press('Enter');
  await until(() => hasFocus(app.recheck.running), 'the round has begun');
  await app.field(1).open();
  const statement = app.field(1).statement(statementsOf(fields[0])[0]);
  await sameAsLastTime(statement).focus();
  await app.press('Enter');
  await app.recheck.open();
  assert.equal((await app.recheck.running.innerText()).includes(`1 of ${statements.length}`), true);
  await app.recheck.cancelButton.focus();
  await app.press('Enter');
  await until(() => hasFocus(app.recheck.cancelNo), 'the safe choice first');
  await app.press('Escape');
  await until(() => hasFocus(app.recheck.cancelButton), 'Escape keeps checking');
  await app.press('Enter');
  // As a keyboard user goes: the app puts focus on "No" first (a frame later), then one step back to "Yes". Moving
  // focus before that frame had the app's focus land on "No" after it, and Enter kept the round.
  await until(() => hasFocus(app.recheck.cancelNo), 'the safe choice first, again');
  await app.press('Shift+Tab');
  await until(() => hasFocus(app.recheck.cancelYes), 'one step back to "Yes"');
  await app.press('Enter');
  await until(() => hasFocus(app.recheck.said), 'focus on the status');
  assert.equal((await app.recheck.said.innerText()).trim(), r.cancelled);
  const stored = await app.stored('session');
  assert.deepEqual(stored.answers, first, 'the earlier answers again');
  assert.equal(stored.round, null);
  assert.equal(stored.snapshots.length, 1, 'the earlier state stays kept, to compare with later');
  assert.ok(await app.recheck.beginButton.isVisible(), 'a new round can begin');
  await app.close();
});

test('result files are format 4; a format 3 file opens and a new check starts from it; format 5 is refused', async () => {
  const app = await env.open({ seed: { answers: first } });
  const file = app.start.resultFile;
  const download = await app.download(file.exportButton);
  const path = join(dir, 'v4.json');
  await download.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(exported.version, 4);
  assert.equal(exported.round, null);

  // Format 5: refused with the message, nothing changed.
  const before = await app.stored('session');
  const v5 = join(dir, 'v5.json');
  writeFileSync(v5, JSON.stringify({ ...exported, version: 5 }));
  assert.equal(await file.answerTo(await file.choose(v5)), app.t.file_error_too_new);
  assert.deepEqual(await app.stored('session'), before, 'nothing changed');

  // Format 3 (no round, no ratings): opens; then "Neuen Check beginnen" starts from the opened file's answers.
  const other = answerAll(() => 'mostly');
  const { round: _, ...v3 } = { ...exported, version: 3, answers: other };
  const v3path = join(dir, 'v3.json');
  writeFileSync(v3path, JSON.stringify(v3));
  await file.answerTo(await file.choose(v3path));
  await file.confirmButton.click();
  await until(async () => (await app.stored('session')).answers[statements[0].id] === 'mostly', 'the file opened');
  const link = app.main.getByRole('link', { name: app.t.start_recheck, exact: true });
  await link.focus();
  await app.press('Enter');
  await app.recheck.waitFor();
  await app.recheck.beginButton.click();
  await until(async () => {
    const saved = await app.stored('session');
    return saved.round && saved.snapshots.find((s) => s.taken_at === saved.round)?.answers[statements[0].id] === 'mostly';
  }, 'the round starts from the file');
  await app.close();
});

test('a second tab with remembered data follows the round: it continues it, never starts a second one', async () => {
  const a = await env.open({ seed: { answers: first } });
  await a.start.remember.check();
  await a.recheck.open();
  const b = await env.open({ context: a.page.context(), at: (app) => app.recheck });
  assert.ok(await b.recheck.beginButton.isVisible());
  await a.recheck.beginButton.click();
  await a.recheck.running.waitFor();
  // The other tab shows the round as soon as it is saved, with what it says.
  await b.notices.waitFor('UpdatedFromOtherTab');
  await b.recheck.running.waitFor();
  await b.field(1).open();
  const statement = b.field(1).statement(statementsOf(fields[0])[0]);
  await sameAsLastTime(statement).click();
  await until(async () => (await a.stored('local')).answers[statement.id] === first[statement.id], 'confirmed in the other tab');
  const saved = await a.stored('local');
  assert.equal(saved.snapshots.length, 1, 'one round, one kept state');
  assert.equal(Object.keys(saved.answers).length, 1);
  await a.close();
});
