// The encrypted Mappe (issue 31): all loaded firms saved into one file encrypted with a passphrase (PBKDF2-SHA-256
// with 600,000 iterations, random salt and IV, AES-GCM); opened again in a fresh tab it gives the same table; a wrong
// passphrase, a changed and a cut-off file are clear messages and change nothing; no plain text reaches storage.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { tempDir } from './support/temp.mjs';
import { writeFirms } from './support/firm-files.mjs';
import { deskTexts } from './support/pages/desk.mjs';

const env = useApp();
const PASSPHRASE = 'Kammer Lüneburg Frühjahr';
let dir;
let firms;
let mappe;
const d = deskTexts.de;

before(() => {
  dir = tempDir('agc-desk-mappe-');
  firms = writeFirms(dir, 4);
});

async function saveMappe() {
  if (mappe) return mappe;
  const app = await env.open({ at: (app) => app.desk });
  await app.desk.choose(firms.map((f) => f.path));
  await app.desk.rows.nth(3).waitFor();
  await app.desk.passphrase.fill('zu kurz');
  await app.desk.passphraseRepeat.fill('zu kurz');
  await app.desk.saveMappe.click();
  await app.desk.mappeStatus.getByText(d.passphrase_short, { exact: true }).waitFor();
  await app.desk.passphrase.fill(PASSPHRASE);
  await app.desk.passphraseRepeat.fill(PASSPHRASE);
  const download = await app.download(app.desk.saveMappe);
  mappe = join(dir, download.suggestedFilename());
  await download.saveAs(mappe);
  await app.desk.mappeStatus.getByText(d.mappe_saved.replace('{count}', '4'), { exact: true }).waitFor();
  const stored = await app.page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes('Betrieb 001'), 'no firm in storage');
  await app.close();
  return mappe;
}

async function openWith(file, passphrase) {
  const app = await env.open({ at: (app) => app.desk });
  await app.desk.mappePicker.setInputFiles(file);
  await app.desk.mappeChosen.filter({ hasText: /\S/ }).waitFor();
  await app.desk.openPassphrase.fill(passphrase);
  await app.desk.openMappe.click();
  return app;
}

test('a saved Mappe is encrypted with the stated parameters and holds no plain text', async () => {
  const file = JSON.parse(readFileSync(await saveMappe(), 'utf8'));
  assert.equal(file.format, 'arbeitgeber-check-mappe');
  assert.deepEqual(file.kdf, { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 });
  assert.equal(file.cipher, 'AES-GCM');
  assert.equal(Buffer.from(file.salt, 'base64').length, 16);
  assert.equal(Buffer.from(file.iv, 'base64').length, 12);
  assert.ok(!readFileSync(mappe, 'utf8').includes('Betrieb'));
  assert.match(mappe, /mappe-\d{4}-\d{2}-\d{2}\.json$/);
});

test('the Mappe opens in a fresh tab with the right passphrase: the same firms', async () => {
  const app = await openWith(await saveMappe(), PASSPHRASE);
  await app.desk.rows.nth(3).waitFor();
  assert.equal(await app.desk.rows.count(), 4);
  assert.deepEqual((await app.desk.cells()).map((c) => c[0]).sort(), firms.map((f) => f.name).sort());
  await app.close();
});

test('a wrong passphrase, a changed and a cut-off Mappe are clear messages and load nothing', async () => {
  const text = readFileSync(await saveMappe(), 'utf8');
  const changed = join(dir, 'changed.json');
  const file = JSON.parse(text);
  file.data = (file.data[0] === 'A' ? 'B' : 'A') + file.data.slice(1);
  writeFileSync(changed, JSON.stringify(file));
  const cut = join(dir, 'cut.json');
  writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
  for (const [path, passphrase, message] of [[mappe, 'falsche Passphrase', d.mappe_wrong], [changed, PASSPHRASE, d.mappe_wrong], [cut, PASSPHRASE, d.mappe_damaged], [firms[0].path, PASSPHRASE, d.mappe_not_mappe]]) {
    const app = await openWith(path, passphrase);
    await app.desk.mappeStatus.getByText(message, { exact: true }).waitFor();
    assert.equal(await app.desk.table.count(), 0, `${path}: nothing loaded`);
    await app.close();
  }
});
