// Updating an installation as a web editor does it (issue 29, KAMMER.md "Update"): the old package on the real
// Apache with the chamber's edited .htaccess (frame-ancestors naming its page on another origin), its kammer.json and
// logo; a page of that other origin embeds the check. Then the new package is uploaded over the folder the way an FTP
// client does it (every file of the new zip copied over, nothing deleted). The chamber's files survive, branding and
// embedding still work, and one reload shows the new version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { serve } from './support/serve.mjs';
import { tempDir } from './support/temp.mjs';
import { EmbedHost } from './support/pages/embed-host.mjs';
import { texts } from './support/texts.mjs';
import { buildPackage, unpack, installHtaccess, startApache, fetchRaw } from './support/webservers.mjs';

const SUB_PATH = 'kammer/arbeitgeber-check/';
const KAMMER = {
  name: 'Handwerkskammer Musterstadt',
  contacts: [{ name: 'Erika Mustermann', email: 'fachkraefte@hwk-musterstadt.example' }],
  links: { imprint: 'https://www.hwk-musterstadt.example/impressum', privacy: 'https://www.hwk-musterstadt.example/datenschutz' },
  logo: 'logo.svg',
};
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#004b87"/></svg>';
const t = texts.de;

let browser;
let oldZip;
let newZip;
const cleanup = [];

/** The next version: this build with one more marker in index.html, a renamed style sheet and its own worker. */
function nextBuild() {
  const dir = tempDir('agc-next-');
  cpSync(DIST, dir, { recursive: true });
  const css = readdirSync(dir).find((name) => /^main-.*\.css$/.test(name));
  const renamed = css.replace(/^main-/, 'main-b');
  writeFileSync(join(dir, renamed), readFileSync(join(dir, css), 'utf8') + '\n/* next version */\n');
  rmSync(join(dir, css));
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(css, renamed).replace(/ integrity="[^"]*"/g, '');
  writeFileSync(join(dir, 'index.html'), html.replace('<body>', '<body data-build="next">'));
  execFileSync('node', ['scripts/postbuild.mjs', 'service-worker', dir], { cwd: new URL('..', import.meta.url) });
  return dir;
}

before(async () => {
  const zips = tempDir('agc-zips-');
  oldZip = join(zips, 'old.zip');
  copyFileSync(buildPackage(), oldZip);
  newZip = join(zips, 'new.zip');
  copyFileSync(buildPackage(nextBuild()), newZip);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const stop of cleanup) await stop();
});

/** "Uploads" a package over the installed folder: every file of its web folder copied over, nothing deleted. */
function uploadOver(zip, web) {
  const dir = tempDir('agc-upload-');
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const [top] = readdirSync(dir);
  execFileSync('cp', ['-a', join(dir, top, 'arbeitgeber-check') + '/.', web]);
  execFileSync('chmod', ['-R', 'a+rX', web]);
}

test('an update uploaded over an edited installation keeps the chamber\'s edition; a reload shows the new version', async () => {
  // The chamber's page, on another origin than the check.
  const unpacked = unpack(oldZip, SUB_PATH, { htaccess: false });
  const apache = await startApache(unpacked);
  cleanup.push(apache.stop);
  const base = `${apache.origin}/${SUB_PATH}`;
  const hostPage = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>HWK</title></head>
    <body><h1>Arbeitgeber-Check</h1><div id="arbeitgeber-check"></div><script src="${base}embed.js" data-lang="de"></script></body></html>`;
  const hostServer = await serve({ root: DIST, base: '/nothing-here/', pages: { '/seite.html': hostPage } });
  cleanup.push(hostServer.close);
  const hostOrigin = hostServer.origin.replace('127.0.0.1', 'localhost');
  // The editor's first installation: htaccess.txt renamed and frame-ancestors edited, kammer.json and logo added.
  installHtaccess(unpacked.web, (text) => text.replace("frame-ancestors 'self'\"", `frame-ancestors 'self' ${hostOrigin}"`));
  writeFileSync(join(unpacked.web, 'kammer.json'), JSON.stringify(KAMMER, null, 2));
  writeFileSync(join(unpacked.web, 'logo.svg'), LOGO);
  for (const name of ['kammer.json', 'logo.svg']) chmodSync(join(unpacked.web, name), 0o644);
  const edited = { htaccess: readFileSync(join(unpacked.web, '.htaccess'), 'utf8'), kammer: readFileSync(join(unpacked.web, 'kammer.json'), 'utf8') };
  assert.ok(edited.htaccess.includes(hostOrigin));

  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  /** The embedded check shows the chamber's footer links, and which version it is. */
  async function embeddedCheck() {
    const embed = new EmbedHost(page);
    const app = await embed.app();
    await app.footer.imprintLink.waitFor({ timeout: 60_000 });
    assert.equal(await app.footer.imprintLink.getAttribute('href'), KAMMER.links.imprint);
    assert.equal(await page.locator('.arbeitgeber-check-link').count(), 0, 'the frame, not the refusal link');
    return app.root.evaluate(() => document.body.dataset.build ?? 'old');
  }
  /** The check opened directly shows the chamber's name and logo in its header. */
  async function directCheck(tab) {
    await tab.goto(base);
    const chamber = tab.getByTestId('header-chamber');
    // The chamber's details come once the screens' chunk (where kammer.json is checked) is here.
    await chamber.waitFor({ timeout: 60_000 });
    assert.equal((await chamber.innerText()).trim(), KAMMER.name);
    assert.equal(await chamber.locator('img').getAttribute('src'), 'logo.svg');
    return tab.evaluate(() => document.body.dataset.build ?? 'old');
  }

  await page.goto(hostOrigin + '/seite.html');
  assert.equal(await embeddedCheck(), 'old');
  const direct = await context.newPage();
  assert.equal(await directCheck(direct), 'old');

  uploadOver(newZip, unpacked.web);
  assert.equal(readFileSync(join(unpacked.web, '.htaccess'), 'utf8'), edited.htaccess, '.htaccess kept');
  assert.equal(readFileSync(join(unpacked.web, 'kammer.json'), 'utf8'), edited.kammer, 'kammer.json kept');
  assert.ok((await fetchRaw(base)).headers['content-security-policy'].endsWith(`frame-ancestors 'self' ${hostOrigin}`));

  // One reload of each tab shows the new version, with the chamber's edition.
  await page.reload();
  assert.equal(await embeddedCheck(), 'next');
  assert.equal(await directCheck(direct), 'next');
  assert.equal(await direct.getByRole('heading', { level: 1, name: t.start_title, exact: true }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
