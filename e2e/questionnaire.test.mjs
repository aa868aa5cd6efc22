// Going through the questionnaire as a person would: by keyboard alone, with reloads, back/forward and a language
// switch on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, answer, shownAnswer, statementIds, heading, ANSWERS } from './support/app.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.stop(); });

/** Describes what has keyboard focus. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName, type: el?.type ?? null, name: el?.name ?? null, testid: el?.dataset?.testid ?? null,
      statement: el?.closest('fieldset[data-statement]')?.dataset.statement ?? null,
      answered: el?.closest('fieldset[data-statement]')?.dataset.answer ?? null,
    };
  });
}

/** Presses Tab until `predicate(focus)` holds; fails after `limit` presses. */
async function tabTo(page, predicate, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (predicate(focus)) return focus;
  }
  throw new Error('focus never reached the target');
}

test('the whole questionnaire can be completed with the keyboard alone', async () => {
  const page = await openApp(env);
  await tabTo(page, (f) => f.testid === 'start');
  await page.keyboard.press('Enter');
  await heading(page, 'Ihr Unternehmen');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title', 'focus moves to the new heading');

  // Profile: size band by arrow keys inside the radio group.
  const size = await tabTo(page, (f) => f.name === 'size');
  assert.equal(size.type, 'radio');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).name, 'size', 'choosing keeps the focus in the group');
  await tabTo(page, (f) => f.testid === 'next');
  await page.keyboard.press('Enter');

  let answered = 0;
  for (let field = 1; field <= 6; field++) {
    await page.locator(`[data-testid=field-page][data-field="${field}"]`).waitFor();
    const ids = await statementIds(page);
    for (const id of ids) {
      const focus = await tabTo(page, (f) => f.type === 'radio' && f.statement === id);
      assert.equal(focus.answered, '');
      // Space picks the first option; arrow keys move to (and pick) the next ones.
      const choice = answered % 5;
      if (choice === 0) await page.keyboard.press('Space');
      for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await shownAnswer(page, id), ANSWERS[choice], `statement ${id}`);
      answered++;
    }
    await tabTo(page, (f) => f.testid === 'next');
    await page.keyboard.press('Enter');
  }
  await heading(page, 'Übersicht');
  await page.getByTestId('all-answered').waitFor();
  assert.match(await page.getByTestId('progress-text').innerText(), new RegExp(`^${answered} von ${answered} beantwortet`));
  assert.deepEqual(page.problems.consoleErrors, []);
  await page.context().close();
});

test('the company profile is saved as it is entered and survives a reload', async () => {
  const page = await openApp(env, { hash: '#/profil' });
  await page.getByLabel('Name des Unternehmens').fill('Zimmerei Lüneburger Heide');
  await page.getByLabel('Name des Unternehmens').press('Tab');
  await page.locator('input[name=size][value="10-49"]').check();
  await page.getByLabel('Branche').selectOption('handwerk');
  await page.locator('input[name=trains][value=yes]').check();
  await page.reload();
  await page.locator('main h1', { hasText: 'Ihr Unternehmen' }).waitFor();
  assert.equal(await page.getByLabel('Name des Unternehmens').inputValue(), 'Zimmerei Lüneburger Heide');
  assert.ok(await page.locator('input[name=size][value="10-49"]').isChecked());
  assert.equal(await page.getByLabel('Branche').inputValue(), 'handwerk');
  assert.ok(await page.locator('input[name=trains][value=yes]').isChecked());
  await page.context().close();
});

test('a reload mid-field returns to the same screen with every answer', async () => {
  const page = await openApp(env, { hash: '#/feld/2' });
  const ids = await statementIds(page);
  await answer(page, ids[0], 'mostly');
  await answer(page, ids[1], 'not_relevant');
  await answer(page, ids[2], 'not_true');
  await page.reload();
  await page.locator('[data-testid=field-page][data-field="2"]').waitFor();
  assert.equal(await shownAnswer(page, ids[0]), 'mostly');
  assert.equal(await shownAnswer(page, ids[1]), 'not_relevant');
  assert.equal(await shownAnswer(page, ids[2]), 'not_true');
  assert.equal(await shownAnswer(page, ids[3]), '');
  assert.ok(await page.locator(`fieldset[data-statement="${ids[0]}"] input[value=mostly]`).isChecked());
  assert.match(await page.getByTestId('progress-text').innerText(), /^3 von \d+ beantwortet/);
  await page.context().close();
});

test('an answer can be cleared again', async () => {
  const page = await openApp(env, { hash: '#/feld/3' });
  const [first] = await statementIds(page);
  await answer(page, first, 'fully');
  await page.locator(`fieldset[data-statement="${first}"] [data-testid=clear-answer]`).click();
  assert.equal(await shownAnswer(page, first), '');
  assert.equal(await page.locator(`fieldset[data-statement="${first}"] input:checked`).count(), 0);
  assert.match(await page.getByTestId('progress-text').innerText(), /^0 von/);
  await page.context().close();
});

test('browser back and forward move between screens', async () => {
  const page = await openApp(env);
  await page.getByTestId('start').click();
  await heading(page, 'Ihr Unternehmen');
  await page.getByTestId('next').click();
  await page.locator('[data-field="1"]').waitFor();
  await page.getByTestId('next').click();
  await page.locator('[data-field="2"]').waitFor();
  await page.goBack();
  await page.locator('[data-field="1"]').waitFor();
  assert.match(page.url(), /#\/feld\/1$/);
  await page.goBack();
  await heading(page, 'Ihr Unternehmen');
  await page.goForward();
  await page.locator('[data-field="1"]').waitFor();
  await page.context().close();
});

test('switching the language mid-way keeps the answers and the place', async () => {
  const page = await openApp(env, { hash: '#/feld/4' });
  const ids = await statementIds(page);
  await answer(page, ids[0], 'rather_not');
  const germanTitle = await page.locator('main h1').innerText();
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.notEqual(await page.locator('main h1').innerText(), germanTitle);
  assert.equal(await shownAnswer(page, ids[0]), 'rather_not');
  assert.match(await page.getByTestId('progress-text').innerText(), /^1 of \d+ answered/);
  assert.match(await page.locator(`fieldset[data-statement="${ids[0]}"]`).innerText(), /mostly does not apply/);
  // The choice is saved: a reload stays English.
  await page.reload();
  await page.locator('[data-field="4"]').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.context().close();
});

test('the progress panel jumps to the next open statement', async () => {
  const page = await openApp(env, { hash: '#/feld/1' });
  const ids = await statementIds(page);
  for (const id of ids) await answer(page, id, 'fully');
  await page.getByTestId('next-open').click();
  await page.locator('[data-field="2"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.dataset.statement !== undefined);
  const focusedStatement = await page.evaluate(() => document.activeElement.closest('fieldset').dataset.statement);
  assert.equal(focusedStatement, (await statementIds(page))[0]);
  await page.context().close();
});

test('the overview lists open statements and links to them', async () => {
  const page = await openApp(env, { hash: '#/feld/6' });
  const ids = await statementIds(page);
  for (const id of ids.slice(1)) await answer(page, id, 'mostly');
  const openStatement = (await page.locator(`fieldset[data-statement="${ids[0]}"] legend`).innerText()).replace(/^\d+\.\s*/, '');
  await page.goto(env.server.url + '#/uebersicht');
  await heading(page, 'Übersicht');
  const links = page.locator('[data-testid=open-statements] a');
  assert.ok((await links.count()) > ids.length, 'the other fields are still open');
  // The last link is field 6's one open statement.
  assert.equal((await links.last().innerText()).trim(), openStatement.trim());
  await links.last().click();
  await page.locator('[data-field="6"]').waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('fieldset')?.dataset.statement === id, ids[0]);
  await page.context().close();
});
