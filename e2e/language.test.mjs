// German first, English complete: the switch changes text and <html lang> both ways, ?lang=en opens English, and a
// switch mid-way keeps answers and place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { statements } from './support/content.mjs';
import { fill, texts } from './support/texts.mjs';

const env = useApp();

test('the language switch changes the visible text and <html lang> both ways', async () => {
  const app = await env.open();
  await app.header.switchLanguage();
  await app.start.waitFor();
  assert.equal(app.lang, 'en');
  assert.equal(await app.documentLang(), 'en');
  assert.ok((await app.page.title()).includes(texts.en.app_name), await app.page.title());
  assert.equal(await app.header.languageSwitch.innerText(), texts.en.other_language_name);
  await app.header.switchLanguage();
  await app.start.waitFor();
  assert.equal(await app.documentLang(), 'de');
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('?lang=en opens the English version directly', async () => {
  const app = await env.open({ lang: 'en' });
  assert.equal(await app.documentLang(), 'en');
  await app.start.waitFor();
  await app.close();
});

test('switching the language mid-way keeps the answers and the place', async () => {
  const app = await env.open({ at: (a) => a.field(4) });
  const field = app.field(4);
  const first = field.statement(field.contentStatements[0]);
  await first.choose('rather_not');
  const germanTitle = await app.heading.innerText();
  await app.header.switchLanguage();
  await field.waitFor();
  assert.notEqual(await app.heading.innerText(), germanTitle);
  assert.equal(await first.answer(), 'rather_not');
  assert.equal(await app.progress.text(), fill(texts.en.progress_answered, { answered: 1, total: statements.length }));
  assert.ok(await first.option('rather_not').isChecked(), 'the English option is checked');
  // The choice is saved: a reload stays English.
  await app.reload();
  await field.waitFor();
  assert.equal(await app.documentLang(), 'en');
  await app.close();
});
