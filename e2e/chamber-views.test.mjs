// The chamber settings (kammer.json) in the views, and the unmet legal duties first: a chamber's file shows its
// contact on the results screen and on the report's hand-off page (read back from the PDF) and its imprint and
// privacy links in the footer; a hostile, a broken or a missing file changes nothing; the information pages are
// linked from header and footer and reachable by keyboard; an unmet legal duty is named first with its note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './support/axe.mjs';
import { useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { dutyCheck } from './support/content.mjs';
import { answers } from './support/known-answers.mjs';
import { ContactCard, AccessibilityPage, EasyLanguagePage } from './support/pages/chamber.mjs';
import { DutySection } from './support/pages/duties.mjs';
import { tempDir } from './support/temp.mjs';

const EXAMPLE = JSON.parse(readFileSync(new URL('../kammer.example.json', import.meta.url), 'utf8'));
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#004b87"/></svg>';

const HOSTILE = {
  name: '<img src=x onerror="alert(1)"><b id="injected">Kammer</b>',
  contacts: [
    { name: '<script>alert(2)</script>', role: '<i id="injected-role">x</i>', phone: 'javascript:alert(3)', email: 'javascript:alert(4)@x' },
    { name: 'X'.repeat(5000) },
    42,
  ],
  links: { imprint: 'javascript:alert(5)', privacy: 'http://evil.example/privacy', booking: 'https://user:pw@evil.example/' },
  logo: 'https://evil.example/logo.png',
  accent: 'red; background: url(https://evil.example/x)',
  offers: 'not a list',
  unknown: { deep: true },
};

/** A copy of dist/ with `kammer` as its kammer.json (an object is written as JSON, a string as is, null removes it). */
function distWith(kammer) {
  const dir = tempDir('agc-kammer-');
  cpSync(DIST, dir, { recursive: true });
  if (kammer !== null) writeFileSync(join(dir, 'kammer.json'), typeof kammer === 'string' ? kammer : JSON.stringify(kammer));
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  return dir;
}

const env = useApp();
const servers = {};
before(async () => {
  for (const [name, kammer] of Object.entries({ chamber: EXAMPLE, hostile: HOSTILE, broken: '{ "name": "Kammer", ', missing: null })) {
    servers[name] = await serve({ root: distWith(kammer) });
  }
});
after(async () => { for (const server of Object.values(servers)) await server.close(); });


/** The report as printed: the text pdftotext reads from Chromium's A4 PDF, whitespace folded. */
async function pdfText(app) {
  const dir = tempDir('agc-kammer-pdf-');
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  // Soft hyphens in long German words (domain::hyphen) are not part of the words.
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '').replace(/\s+/g, ' ');
}

const person = EXAMPLE.contacts[0];

for (const lang of ['de', 'en']) {
  test(`a chamber's kammer.json: contact card, hand-off contact in the PDF, footer links, axe clean (${lang})`, async () => {
    const app = await env.open({ server: servers.chamber, lang, seed: { answers }, at: (a) => a.results });
    const card = new ContactCard(app).region(EXAMPLE.name);
    await card.waitFor();
    assert.ok(await card.getByText(person.name, { exact: true }).isVisible(), 'the person');
    assert.equal(await card.getByRole('link', { name: person.phone, exact: true }).getAttribute('href'), 'tel:+494131000100');
    assert.equal(await card.getByRole('link', { name: person.email, exact: true }).getAttribute('href'), `mailto:${person.email}`);
    assert.equal(await card.getByRole('link', { name: app.t.contact_booking + app.t.opens_new_window, exact: true }).getAttribute('href'), EXAMPLE.links.booking);
    assert.equal(await card.getByRole('img', { name: EXAMPLE.name, exact: true }).getAttribute('src'), 'logo.svg');
    const offers = card.getByTestId('offers');
    assert.ok(await offers.getByText(app.t.contact_offers_title, { exact: true }).isVisible(), 'the offers heading');
    assert.deepEqual(await offers.getByRole('listitem').allInnerTexts(),
      EXAMPLE.offers.map((offer) => `${offer.name} – ${offer.description}`), 'the region\'s offers');
    assert.equal(await app.footer.imprintLink.getAttribute('href'), EXAMPLE.links.imprint);
    assert.equal(await app.footer.hostPrivacyLink.getAttribute('href'), EXAMPLE.links.privacy);
    assert.equal(await app.root.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), EXAMPLE.accent);
    assert.deepEqual(await axeViolations(app.page), [], 'results axe clean');

    await app.results.toReportLink.click();
    await app.report.waitFor();
    assert.deepEqual(await axeViolations(app.page), [], 'report axe clean');
    const text = await pdfText(app);
    const handoff = text.slice(text.indexOf(app.t.report_handoff_title));
    for (const expected of [app.t.contact_title.replace('{name}', EXAMPLE.name), person.name, person.phone, person.email,
      app.t.handoff_appointment_title, app.t.handoff_appointment_date, app.t.handoff_appointment_place,
      app.t.contact_offers_title, EXAMPLE.offers[0].name]) {
      assert.ok(handoff.includes(expected), `hand-off page shows ${expected}`);
    }
    assert.deepEqual(app.page.problems.foreignRequests, []);
    await app.close();
  });
}

test('a hostile kammer.json changes nothing: text stays text, no foreign request, no dialog, console warnings', async () => {
  const dialogs = [];
  const warnings = [];
  const app = await env.open({
    server: servers.hostile, seed: { answers }, at: (a) => a.results,
    beforeLoad: (page) => {
      page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
      page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    },
  });
  // The name is shown as written, never as markup.
  const card = new ContactCard(app).region(HOSTILE.name);
  await card.waitFor();
  assert.equal(await app.page.locator('#injected, #injected-role, script:not([src])').count(), 0, 'no element injected');
  assert.ok(await card.getByText(HOSTILE.contacts[0].name, { exact: true }).isVisible(), 'markup shown as text');
  assert.equal(await card.getByRole('link').count(), 0, 'no javascript:, http: or credential links');
  assert.equal(await card.getByRole('img').count(), 0, 'no foreign logo');
  assert.equal(await app.footer.imprintLink.count(), 0);
  assert.equal(await app.footer.hostPrivacyLink.count(), 0);
  for (const field of ['links.imprint', 'links.privacy', 'links.booking', 'logo', 'accent', 'contacts[0].phone', 'contacts[1].name']) {
    assert.ok(warnings.some((w) => w.includes(`\`${field}\``)), `a console warning names ${field}`);
  }
  await app.results.toReportLink.click();
  await app.report.waitFor();
  await app.page.pdf({ format: 'A4' });
  assert.deepEqual(dialogs, [], 'no dialog');
  assert.deepEqual(app.page.problems.foreignRequests, [], 'no request to another origin');
  assert.deepEqual(app.page.problems.pageErrors, []);
  await app.close();
});

for (const which of ['broken', 'missing']) {
  test(`a ${which} kammer.json: the check works unchanged, no contact, no host links`, async () => {
    const app = await env.open({ server: servers[which], seed: { answers }, at: (a) => a.results });
    assert.equal(await app.results.fieldCards.count() > 0, true);
    await app.footer.accessibilityLink.waitFor();
    assert.equal(await new ContactCard(app).any.count(), 0);
    assert.equal(await app.footer.imprintLink.count(), 0);
    // A missing kammer.json is the normal setup (the package ships none): quiet, no error and no warning (the
    // fixture checks every page for console errors).
    await app.close();
  });
}

for (const lang of ['de', 'en']) {
  test(`the information pages are linked from footer and header and reachable by keyboard (${lang})`, async () => {
    const app = await env.open({ lang });
    const targets = [[app.footer.accessibilityLink, new AccessibilityPage(app)], [app.header.easyLanguageLink, new EasyLanguagePage(app)]];
    for (const [link, page] of targets) {
      await app.start.open();
      for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await app.page.keyboard.press('Tab');
      assert.ok(await link.evaluate((el) => el === document.activeElement), `Tab reaches ${page.hash}`);
      await app.page.keyboard.press('Enter');
      await page.waitFor();
      assert.deepEqual(await axeViolations(app.page), [], `${page.hash} axe clean`);
    }
    await app.close();
  });
}

test('an unmet legal duty shows first on results and in the PDF with its status; a met one is listed as met', async () => {
  const [unmet, met] = ['3.1.b', '3.2.d'].map((id) => dutyCheck.duties.find((d) => d.statement === id));
  const seed = { answers: { ...answers, [unmet.statement]: 'rather_not', [met.statement]: 'fully' } };
  const app = await env.open({ seed, at: (a) => a.results });
  const section = new DutySection(app);
  await section.region.waitFor();
  assert.deepEqual((await section.statuses())[0], [unmet.id, 'open'], 'open first');
  assert.equal(await section.status(met.id), 'met');
  const firstSection = await app.main.getByRole('heading', { level: 2 }).first().innerText();
  assert.equal(firstSection, dutyCheck.texts.section_title.de, 'the duties come before everything else');

  await app.results.toReportLink.click();
  await app.report.waitFor();
  const text = await pdfText(app);
  const at = text.indexOf(dutyCheck.texts.section_title.de);
  assert.ok(at >= 0 && at < text.indexOf(app.t.report_fields), 'duties on the first pages, before the fields');
  assert.ok(text.includes(unmet.title.de) && text.includes(dutyCheck.texts.status_open.de));
  assert.ok(text.includes(app.t.method_quick_win) && text.includes(app.t.content_as_of.split('{date}')[0]), 'method note');
  await app.close();
});
