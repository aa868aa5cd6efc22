// In English, German passages carry lang="de" (WCAG 3.1.2, issue 28): the German names of laws and bodies in the
// accessibility statement and the German legal sources of a measure, so a screen reader speaks them in German.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { answers } from './support/known-answers.mjs';

const env = useApp();

test('the English accessibility statement marks its German names as German', async () => {
  const app = await env.open({ lang: 'en' });
  await app.goto('#/barrierefreiheit');
  await app.main.getByTestId('accessibility-page').waitFor();
  const german = await app.main.locator('[lang="de"]').allInnerTexts();
  for (const name of ['Schlichtungsstelle', 'Niedersächsisches Behindertengleichstellungsgesetz']) {
    assert.ok(german.some((text) => text.includes(name)), `${name} is marked lang="de": ${JSON.stringify(german)}`);
  }
  await app.close();
});

test('a measure\'s German legal sources are marked lang="de" in English, not in German', async () => {
  for (const lang of ['en', 'de']) {
    const app = await env.open({ seed: { answers, lang }, at: (a) => a.results });
    // One measure per priority shows first; the others wait behind "Weitere Maßnahmen zeigen", opened here.
    const more = app.main.locator('.priority details.more-measures:not([open]) > summary');
    while (await more.count()) await more.first().click();
    const disclosures = app.main.locator('.priority .measure__more');
    let sources = null;
    for (let i = 0; i < await disclosures.count() && !sources; i++) {
      await disclosures.nth(i).locator('summary').click();
      const found = disclosures.nth(i).locator('.measure__sources');
      if (await found.count()) sources = found;
    }
    assert.ok(sources, 'a leading measure lists sources');
    assert.equal(await sources.locator('[lang="de"]').count(), lang === 'en' ? 1 : 0, lang);
    if (lang === 'en') assert.match(await sources.locator('[lang="de"]').innerText(), /§|[A-ZÄÖÜ]/);
    await app.close();
  }
});
