// The firm's side of the desk (issue 31): with a chamber contact that has an e-mail address, the results and the
// report's hand-off page say how to send the result file: save it, then a prefilled mailto: to the contact,
// reminding to attach it; nothing is sent by the app. The hand-off page links the desk; without a contact no box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { answers } from './support/known-answers.mjs';
import { tempDir } from './support/temp.mjs';
import { deskTexts } from './support/pages/desk.mjs';

// The example's contacts, without its logo and benchmark file (this copy of dist/ has neither).
const { logo, benchmark, ...EXAMPLE } = JSON.parse(readFileSync(new URL('../kammer.example.json', import.meta.url), 'utf8'));
const person = EXAMPLE.contacts[0];
const env = useApp();
let chamber;
before(async () => {
  const dir = tempDir('agc-send-');
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'kammer.json'), JSON.stringify(EXAMPLE));
  chamber = await serve({ root: dir });
});
after(async () => { await chamber?.close(); });

for (const lang of ['de', 'en']) {
  test(`results and hand-off page: save, then a prefilled e-mail to the chamber contact (${lang})`, async () => {
    const app = await env.open({ server: chamber, lang, seed: { answers, profile: { company_name: 'Tischlerei Muster & Co' } }, at: (a) => a.results });
    const d = deskTexts[lang];
    const box = app.main.getByTestId('send-result');
    await box.waitFor();
    const link = box.getByRole('link', { name: d.send_mail.replace('{name}', person.name), exact: true });
    const href = new URL(await link.getAttribute('href'));
    assert.equal(href.protocol + href.pathname, `mailto:${person.email}`);
    assert.equal(href.searchParams.get('subject'), d.send_subject.replace('{firm}', 'Tischlerei Muster & Co'));
    assert.equal(href.searchParams.get('body'), d.send_body.replace('{name}', person.name).replace('{firm}', 'Tischlerei Muster & Co').replaceAll('\n', '\r\n'));
    assert.ok(await box.getByText(d.send_attach, { exact: true }).isVisible(), 'reminds to attach the file');
    const download = await app.download(box.getByRole('button', { name: app.t.file_export, exact: true }));
    assert.match(download.suggestedFilename(), /^arbeitgeber-check-tischlerei-muster-co-/);
    await app.goto('#/bericht');
    await app.main.getByTestId('send-result').waitFor();
    await app.main.getByRole('link', { name: app.t.desk_title, exact: true }).click();
    await app.desk.waitFor();
    await app.close();
  });
}

test('without a chamber contact there is no send box', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results });
  await app.main.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await app.main.getByTestId('send-result').count(), 0);
  await app.close();
});
