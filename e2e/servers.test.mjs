// The package on real web servers: `make package`'s zip, unpacked and served unchanged by Debian's apache2 (with the
// shipped .htaccess) and nginx (with the shipped snippets) under a sub-path. For each server: the wasm MIME type,
// brotli and gzip served from the precompressed files, the strict CSP and nosniff, the cache headers, and the app
// working end to end in a frame on a host page, by keyboard, without a CSP violation or a request elsewhere.
// Fails (never skips) when a server is missing: scripts/setup.sh installs both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { firstLoadFiles } from '../scripts/size.mjs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch } from './support/browser.mjs';
import { RECORD_INSTANTIATE, instantiatedFrom } from './support/boot.mjs';
import { DIST } from './support/app.mjs';
import { buildPackage, unpack, startApache, startNginx, fetchRaw } from './support/webservers.mjs';

const SUB_PATH = 'kammer/check/';
// The CSP of EMBEDDING.md, with frame-ancestors left at 'self' as shipped (the host page below is on the same server).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';

let zip;
let browser;
const servers = [];

before(async () => {
  zip = buildPackage();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
});

/** The files of the first load (index.html, what it names, the modules and wasm the boot script fetches), from dist/. */
function hashedFiles() {
  const names = firstLoadFiles(DIST);
  const wasm = names.find((name) => name.endsWith('.wasm'));
  assert.ok(wasm, 'the first load fetches the wasm');
  return { names, wasm };
}

function hostPage() {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Musterkammer</title></head>
<body><h1>Arbeitgeber-Check</h1><div id="arbeitgeber-check"></div>
<script src="/${SUB_PATH}embed.js" data-lang="de" async></script></body></html>`;
}

for (const [name, start] of [['apache', (unpacked) => startApache(unpacked)], ['nginx', (unpacked) => startNginx(unpacked, SUB_PATH)]]) {
  test(`${name}: serves the unpacked package under /${SUB_PATH} with the shipped configuration`, async (t) => {
    const unpacked = unpack(zip, SUB_PATH);
    writeFileSync(join(unpacked.www, 'host.html'), hostPage());
    writeFileSync(join(unpacked.web, 'kammer.json'), '{"name": "Musterkammer"}');
    const server = await start(unpacked);
    servers.push(server);
    const base = `${server.origin}/${SUB_PATH}`;
    const { names, wasm } = hashedFiles();

    await t.test('the wasm is application/wasm, brotli when accepted, gzip otherwise, plain without either', async () => {
      const original = readFileSync(join(DIST, wasm));
      const br = await fetchRaw(base + wasm, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(br.status, 200);
      assert.equal(br.headers['content-type'], 'application/wasm');
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(br.headers.vary ?? '', /Accept-Encoding/i);
      assert.ok(brotliDecompressSync(br.body).equals(original), 'the brotli body is the wasm');
      assert.ok(br.body.length < original.length / 2, 'brotli makes it much smaller');
      const gz = await fetchRaw(base + wasm, { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-type'], 'application/wasm');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.ok(gunzipSync(gz.body).equals(original), 'the gzip body is the wasm');
      const plain = await fetchRaw(base + wasm);
      assert.equal(plain.headers['content-type'], 'application/wasm');
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.body.equals(original));
    });

    await t.test('the package ships no kammer.json and no .htaccess, and a missing kammer.json is a quiet 204', async () => {
      const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
      assert.ok(files.some((f) => f.endsWith('/arbeitgeber-check/htaccess.txt')), 'htaccess.txt');
      assert.ok(files.some((f) => f.endsWith('/arbeitgeber-check/kammer.example.json')), 'kammer.example.json');
      assert.deepEqual(files.filter((f) => /\/(kammer\.json|\.htaccess)$/.test(f)), [], 'nothing the chamber edits');
      for (const guide of ['KAMMER.md', 'EMBEDDING.md', 'BENCHMARK.md']) assert.ok(files.some((f) => f.endsWith(`/${guide}`)), guide);
      rmSync(join(unpacked.web, 'kammer.json'));
      const missing = await fetchRaw(base + 'kammer.json');
      assert.equal(missing.status, 204);
      assert.equal(missing.body.length, 0);
      assert.equal(missing.headers['content-security-policy'], CSP);
      writeFileSync(join(unpacked.web, 'kammer.json'), '{"name": "Musterkammer"}');
      chmodSync(join(unpacked.web, 'kammer.json'), 0o644);
    });

    await t.test('the strict CSP and nosniff on the page and its files', async () => {
      for (const path of ['', 'index.html', wasm, 'kammer.json', 'embed.js']) {
        const response = await fetchRaw(base + path, { 'accept-encoding': 'br' });
        assert.equal(response.status, 200, path);
        assert.equal(response.headers['content-security-policy'], CSP, path);
        assert.equal(response.headers['x-content-type-options'], 'nosniff', path);
      }
      const index = await fetchRaw(base, { 'accept-encoding': 'br' });
      assert.match(index.headers['content-type'], /^text\/html/);
      const js = await fetchRaw(base + 'embed.js', { 'accept-encoding': 'br' });
      assert.match(js.headers['content-type'], /^(text|application)\/javascript/);
      const json = await fetchRaw(base + 'kammer.json', { 'accept-encoding': 'br, gzip' });
      assert.match(json.headers['content-type'], /^application\/json/);
      assert.equal(json.headers['content-encoding'], undefined, 'kammer.json is served as edited, never precompressed');
    });

    await t.test('the content file is JSON, brotli when accepted, gzip otherwise, and cached for a year', async () => {
      const content = readdirSync(DIST).find((name) => /^content-[0-9a-f]{16}\.json$/.test(name));
      assert.ok(content, 'the build has its content file');
      const original = readFileSync(join(DIST, content));
      for (const [accept, decode] of [['gzip, deflate, br', brotliDecompressSync], ['gzip', gunzipSync], ['', (body) => body]]) {
        const response = await fetchRaw(base + content, accept ? { 'accept-encoding': accept } : {});
        assert.equal(response.status, 200, accept);
        assert.match(response.headers['content-type'], /^application\/json/, accept);
        assert.equal(response.headers['content-encoding'], { 'gzip, deflate, br': 'br', gzip: 'gzip', '': undefined }[accept], accept);
        assert.ok(decode(response.body).equals(original), `the ${accept || 'plain'} body is the content file`);
        assert.equal(response.headers['cache-control'], IMMUTABLE, accept);
      }
    });

    await t.test('hashed files are cached for a year, the rest revalidated', async () => {
      for (const path of names.filter((n) => /-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)$/.test(n))) {
        for (const encoding of ['br', 'gzip', '']) {
          const response = await fetchRaw(base + path, encoding ? { 'accept-encoding': encoding } : {});
          assert.equal(response.headers['cache-control'], IMMUTABLE, `${path} (${encoding || 'identity'})`);
        }
      }
      for (const path of ['', 'index.html', 'kammer.json', 'embed.js']) {
        const response = await fetchRaw(base + path, { 'accept-encoding': 'br, gzip' });
        assert.equal(response.headers['cache-control'], 'no-cache', path || '(folder)');
      }
    });

    await t.test('the app works in a frame on a host page: answered by keyboard, saved, no CSP violation', async () => {
      const context = await browser.newContext({ locale: 'de-DE' });
      await context.addInitScript(RECORD_INSTANTIATE);
      const page = await context.newPage();
      const problems = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('request', (r) => { if (new URL(r.url()).origin !== server.origin && !r.url().startsWith('data:')) problems.push(`foreign request ${r.url()}`); });
      const encodings = new Set();
      page.on('response', (r) => { if (r.url().endsWith('.wasm')) encodings.add(r.headers()['content-encoding']); });
      await page.goto(`${server.origin}/host.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('#prerender').waitFor({ state: 'detached', timeout: 20_000 });
      await frame.locator('main h1').waitFor({ timeout: 20_000 });
      const inner = page.frames().find((f) => f !== page.mainFrame());
      await inner.evaluate(() => { location.hash = '#/feld/1'; });
      const first = frame.locator('fieldset[data-testid=statement]').first();
      await first.waitFor();
      const id = await first.getAttribute('data-statement');
      await first.locator('input[type=radio]').first().focus();
      await page.keyboard.press('Space');
      assert.equal(await first.getAttribute('data-answer'), 'fully');
      const saved = JSON.parse(await inner.evaluate(() => sessionStorage.getItem('arbeitgeber-check')));
      assert.equal(saved.answers[id], 'fully', 'the answer is saved in the frame');
      assert.deepEqual([...encodings], ['br'], 'the browser got the brotli wasm');
      assert.equal(await instantiatedFrom(inner), 'module', 'the boot script\'s worker compiled them');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}
