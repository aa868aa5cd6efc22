// What kammer.json does, made visible (issue 29): the editor's preview (#/vorschau) shows every field where it
// appears and every warning on screen; a file saved as Windows-1252 ("ANSI") is named in the preview and the console;
// the chamber's name and logo head every page and the report's cover.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { axeViolations } from './support/axe.mjs';
import { useApp, DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { answers } from './support/known-answers.mjs';
import { PreviewPage } from './support/pages/chamber.mjs';
import { tempDir } from './support/temp.mjs';

const EXAMPLE = JSON.parse(readFileSync(new URL('../kammer.example.json', import.meta.url), 'utf8'));
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#004b87"/></svg>';
const KAMMER = {
  ...EXAMPLE,
  accessibility_contact: { name: 'Team Barrierefreiheit', email: 'barrierefrei@musterkammer.example' },
  links: { ...EXAMPLE.links, booking: 'http://termine.musterkammer.example/' },
};
/** "Fachkräftesicherung" as a Windows editor saves it in "ANSI": ä is the single byte 0xE4. */
const ANSI = Buffer.concat([Buffer.from('{"name": "Fachkr'), Buffer.from([0xe4]), Buffer.from('ftesicherung"}')]);

/** A copy of dist/ with `kammer` (bytes or an object) as kammer.json, or without one, and the logo. */
function distWith(kammer) {
  const dir = tempDir('agc-preview-');
  cpSync(DIST, dir, { recursive: true });
  if (kammer) writeFileSync(join(dir, 'kammer.json'), Buffer.isBuffer(kammer) ? kammer : JSON.stringify(kammer));
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  return dir;
}

const env = useApp();
const servers = {};
before(async () => {
  for (const [name, kammer] of Object.entries({ chamber: KAMMER, ansi: ANSI, missing: null })) {
    servers[name] = await serve({ root: distWith(kammer) });
  }
});
after(async () => { for (const server of Object.values(servers)) await server.close(); });

/** Opens the app with the console's warnings recorded from the first request on. */
function openWithWarnings(options) {
  const warnings = [];
  const opened = env.open({ ...options, beforeLoad: (page) => page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }) });
  return opened.then((app) => ({ app, warnings }));
}

test('the preview shows every field where it appears and every warning, as the console has them', async () => {
  const { app, warnings } = await openWithWarnings({ server: servers.chamber, at: (a) => new PreviewPage(a) });
  const preview = new PreviewPage(app);
  await preview.warnings.first().waitFor();
  const shown = await preview.warnings.allInnerTexts();
  assert.deepEqual(shown, ['kammer.json: `links.booking` muss eine https://-Adresse sein; ignoriert']);
  assert.deepEqual(warnings.filter((w) => w.includes('kammer.json')), shown.map((w) => `Arbeitgeber-Check: ${w}`));
  const header = preview.place('header');
  assert.equal((await header.innerText()).trim().split('\n').pop(), EXAMPLE.name);
  assert.equal(await header.locator('img').getAttribute('src'), 'logo.svg');
  for (const place of ['card', 'handoff']) {
    const text = await preview.place(place).innerText();
    for (const person of EXAMPLE.contacts) assert.ok(text.includes(person.name), `${place}: ${person.name}`);
    for (const offer of EXAMPLE.offers) assert.ok(text.includes(offer.name), `${place}: ${offer.name}`);
  }
  const footerLinks = preview.place('footer').getByRole('link');
  assert.deepEqual(await footerLinks.evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.target])),
    [[EXAMPLE.links.imprint, '_blank'], [EXAMPLE.links.privacy, '_blank']]);
  assert.ok((await preview.place('feedback').innerText()).includes('Team Barrierefreiheit barrierefrei@musterkammer.example'));
  assert.equal((await preview.place('accent').innerText()).trim().split('\n').pop(), EXAMPLE.accent);
  assert.ok((await preview.place('benchmark').innerText()).includes(app.t.preview_not_given));
  assert.deepEqual(await axeViolations(app.page), []);
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('a kammer.json saved as Windows-1252 is named first, on screen and in the console; its fields still show', async () => {
  const { app, warnings } = await openWithWarnings({ server: servers.ansi, at: (a) => new PreviewPage(a) });
  const preview = new PreviewPage(app);
  await preview.warnings.first().waitFor();
  const [first] = await preview.warnings.allInnerTexts();
  assert.match(first, /^kammer\.json ist nicht als UTF-8 gespeichert/);
  assert.ok(warnings.includes(`Arbeitgeber-Check: ${first}`), warnings.join('\n'));
  assert.match(await preview.place('header').innerText(), /Fachkr\uFFFDftesicherung/);
  await app.close();
});

test('without kammer.json the preview says so, and nothing is logged', async () => {
  const { app, warnings } = await openWithWarnings({ server: servers.missing, at: (a) => new PreviewPage(a) });
  const preview = new PreviewPage(app);
  await preview.check.getByText(app.t.preview_missing, { exact: true }).waitFor();
  assert.equal(await preview.place('header').count(), 0);
  assert.deepEqual(warnings, []);
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});

test('the chamber\'s name and logo head the start page and the printed report\'s cover', async () => {
  const app = await env.open({ server: servers.chamber, seed: { answers } });
  const chamber = app.root.getByTestId('header-chamber');
  await chamber.waitFor();
  assert.equal((await chamber.innerText()).trim(), EXAMPLE.name);
  assert.equal(await chamber.locator('img').getAttribute('alt'), '', 'the logo is decorative beside the name');
  await app.report.open();
  const dir = tempDir('agc-cover-');
  writeFileSync(join(dir, 'report.pdf'), await app.page.pdf({ format: 'A4' }));
  const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
  assert.ok(cover.includes(EXAMPLE.name), cover);
  assert.equal(await app.main.locator('.report__cover img[src="logo.svg"]').count(), 1, 'the logo on the cover');
  await app.close();
});
