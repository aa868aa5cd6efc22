// Printing with a chamber's full edition (issue 29): the adviser hand-off page holds four contacts and four offers on
// one A4 page (read back page by page from Chromium's PDF), and printed from the frame the embed bar stays off paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { answers } from './support/known-answers.mjs';
import { tempDir } from './support/temp.mjs';

const person = (i) => ({
  name: `Beraterin Nummer ${i}`,
  role: 'Fachkräfteberatung und Ausbildungsberatung',
  phone: `+49 4131 000-10${i}`,
  email: `beratung${i}@musterkammer.example`,
  hours: 'Mo–Do 9–16 Uhr, Fr 9–12 Uhr',
});
const offer = (i) => ({
  name: `Unterstützungsangebot ${i}`,
  description: 'Kostenlose Beratung für Mitgliedsbetriebe zu Personalgewinnung, Bindung, Ausbildung und Arbeitgeberattraktivität, vor Ort oder telefonisch.',
});
const KAMMER = {
  name: 'Musterkammer Nordost',
  contacts: [1, 2, 3, 4].map(person),
  offers: [1, 2, 3, 4].map(offer),
  links: { booking: 'https://www.musterkammer.example/termin-fachkraefteberatung' },
};

const env = useApp();
let server;
before(async () => {
  const dir = tempDir('agc-print-');
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'kammer.json'), JSON.stringify(KAMMER));
  server = await serve({ root: dir });
});
after(async () => { await server?.close(); });

/** The report printed to A4 by Chromium: the text of each page. */
async function printedPages(app) {
  const dir = tempDir('agc-print-pdf-');
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await app.page.pdf({ format: 'A4' }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
}

test('the hand-off page holds four contacts, four offers and the appointment lines on one A4 page', async () => {
  const app = await env.open({ server, seed: { answers } });
  await app.report.open();
  await app.main.getByTestId('handoff-contact').waitFor();
  const pages = await printedPages(app);
  const at = pages.findIndex((text) => text.includes(app.t.report_handoff_title));
  assert.ok(at > 0, 'the hand-off page is printed');
  const page = pages[at];
  for (const text of [...KAMMER.contacts.map((c) => c.name), ...KAMMER.offers.map((o) => o.name), `${app.t.handoff_appointment_place}:`]) {
    assert.ok(page.includes(text), `"${text}" on the hand-off page (${at + 1} of ${pages.length})`);
  }
  // The hand-off closes the report (issue 26): nothing of it spills onto a page of its own.
  assert.equal(at, pages.length - 1, 'the hand-off is the last page: nothing spilled over');
  await app.close();
});

test('printed from the frame, the embed bar ("Leichte Sprache", language switch) is not on paper', async () => {
  const app = await env.open({ server, seed: { answers }, query: '?embed=1' });
  await app.report.open();
  assert.ok(await app.root.locator('.embed-bar').isVisible(), 'the bar is on screen');
  const pages = await printedPages(app);
  assert.ok(!pages[0].includes(app.t.header_easy_language_link), pages[0]);
  assert.ok(!pages[0].includes(app.t.other_language_name), pages[0]);
  await app.close();
});
