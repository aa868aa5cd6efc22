// The package on servers as web editors meet them (issue 29), with the real apache2 and nginx: the AllowOverride
// minimum KAMMER.md names, a host without mod_headers, and a web site that sends its own Content-Security-Policy for
// every page. Each serves the check or, where it cannot start, says so in the page and names the cause in the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { firstLoadFiles } from '../scripts/size.mjs';
import { buildPackage, unpack, installHtaccess, startApache, startNginx, fetchRaw } from './support/webservers.mjs';

const SUB_PATH = 'check/';
const OURS = /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'/;
/** A site-wide policy as public-sector hosts send it: no 'wasm-unsafe-eval', so WebAssembly is refused. */
const SITE_CSP = "default-src 'self'; script-src 'self'";

let zip;
let browser;
before(async () => { zip = buildPackage(); browser = await launch(); });
after(async () => { await browser?.close(); });

const wasmName = () => firstLoadFiles(DIST).find((name) => name.endsWith('.wasm'));

/** Opens the check at `url`; resolves to 'started' (the app mounted) or the failure message shown in the page. */
async function openCheck(url, { lang } = {}) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const started = Date.now();
  await page.goto(url + (lang ? `?lang=${lang}` : ''));
  await page.waitForFunction(() => !document.getElementById('prerender') || document.querySelector('.start-failed'), null, { timeout: 20_000 });
  const failure = await page.evaluate(() => document.querySelector('.start-failed')?.textContent ?? null);
  const outcome = { result: failure ?? 'started', seconds: (Date.now() - started) / 1000, errors, role: null };
  if (failure) outcome.role = await page.locator('.start-failed').getAttribute('role');
  await context.close();
  return outcome;
}

/** The Content-Security-Policy header lines of a response (Node joins repeated ones with ", "). */
async function cspLines(url) {
  const response = await fetchRaw(url);
  const raw = response.headers['content-security-policy'];
  return { status: response.status, lines: raw === undefined ? [] : raw.split(/, (?=default-src|script-src)/) };
}

test('apache with exactly the AllowOverride minimum KAMMER.md names (FileInfo Indexes) serves the check', async () => {
  const server = await startApache(unpack(zip, SUB_PATH), { allowOverride: 'FileInfo Indexes' });
  try {
    const base = `${server.origin}/${SUB_PATH}`;
    const index = await fetchRaw(base);
    assert.equal(index.status, 200, 'no 500 "not allowed here"');
    assert.match(index.headers['content-security-policy'], OURS);
    const wasm = await fetchRaw(base + wasmName(), { 'accept-encoding': 'br' });
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['content-encoding'], 'br');
    assert.equal((await fetchRaw(base + 'kammer.json')).status, 204);
    const outcome = await openCheck(base);
    assert.equal(outcome.result, 'started');
    assert.deepEqual(outcome.errors, []);
  } finally { await server.stop(); }
});

test('apache without mod_headers: no 500, the check runs from the plain files', async () => {
  const server = await startApache(unpack(zip, SUB_PATH), { without: ['headers'] });
  try {
    const base = `${server.origin}/${SUB_PATH}`;
    const index = await fetchRaw(base, { 'accept-encoding': 'br, gzip' });
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-security-policy'], undefined, 'no header without the module');
    const wasm = await fetchRaw(base + wasmName(), { 'accept-encoding': 'br, gzip' });
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['content-encoding'], undefined, 'no precompressed file without a Content-Encoding header');
    assert.ok(wasm.body.equals(readFileSync(join(DIST, wasmName()))), 'the plain wasm');
    const outcome = await openCheck(base);
    assert.equal(outcome.result, 'started');
    assert.deepEqual(outcome.errors, []);
  } finally { await server.stop(); }
});

test('apache: a site-wide CSP (both header tables) is replaced by the check\'s own, exactly one header', async () => {
  const site = `Header always set Content-Security-Policy "${SITE_CSP}"\nHeader set Content-Security-Policy "${SITE_CSP}"`;
  const server = await startApache(unpack(zip, SUB_PATH), { site });
  try {
    const base = `${server.origin}/${SUB_PATH}`;
    for (const path of ['', 'index.html', wasmName()]) {
      const { status, lines } = await cspLines(base + path);
      assert.equal(status, 200, path);
      assert.equal(lines.length, 1, `${path}: ${lines.join(' | ')}`);
      assert.match(lines[0], OURS, path);
    }
    const outcome = await openCheck(base);
    assert.equal(outcome.result, 'started');
    assert.deepEqual(outcome.errors, []);
  } finally { await server.stop(); }
});

test('apache: without the unset lines two CSPs arrive; the page says it cannot start and the console says why', async () => {
  const unpacked = unpack(zip, SUB_PATH);
  installHtaccess(unpacked.web, (text) => text.replace(/^\s*Header (always )?unset Content-Security-Policy\n/gm, ''));
  // The site sets its header without `always`, the check's .htaccess with it: two tables, two headers.
  const server = await startApache(unpacked, { site: `Header set Content-Security-Policy "${SITE_CSP}"` });
  try {
    const base = `${server.origin}/${SUB_PATH}`;
    assert.equal((await cspLines(base)).lines.length, 2, 'the site\'s and the check\'s');
    for (const [lang, words] of [[undefined, /Der Check kann in diesem Browser gerade nicht starten/], ['en', /The check cannot start in this browser right now/]]) {
      const outcome = await openCheck(base, { lang });
      assert.match(outcome.result, words);
      assert.equal(outcome.role, 'alert');
      assert.ok(outcome.seconds < 10, `shown after ${outcome.seconds} s`);
      assert.ok(outcome.errors.some((e) => /^Arbeitgeber-Check: Start fehlgeschlagen: .*Content.Security.Polic(y|ies)/i.test(e)), outcome.errors.join('\n'));
    }
  } finally { await server.stop(); }
});

test('nginx: a server-wide CSP is not inherited by the check\'s location, exactly one header', async () => {
  const server = await startNginx(unpack(zip, SUB_PATH, { htaccess: false }), SUB_PATH, {
    site: `add_header Content-Security-Policy "${SITE_CSP}" always;`,
  });
  try {
    const base = `${server.origin}/${SUB_PATH}`;
    for (const path of ['', 'index.html', wasmName()]) {
      const { status, lines } = await cspLines(base + path);
      assert.equal(status, 200, path);
      assert.equal(lines.length, 1, `${path}: ${lines.join(' | ')}`);
      assert.match(lines[0], OURS, path);
    }
    assert.equal((await fetchRaw(base + 'kammer.json')).status, 204);
    const outcome = await openCheck(base);
    assert.equal(outcome.result, 'started');
    assert.deepEqual(outcome.errors, []);
  } finally { await server.stop(); }
});

test('nginx: the site\'s embedding pages come from its own set line, the snippets stay as shipped', async () => {
  const server = await startNginx(unpack(zip, SUB_PATH, { htaccess: false }), SUB_PATH, {
    einbetten: 'https://www.musterkammer.example https://intranet.musterkammer.example',
  });
  try {
    // The folder, and index.html as embed.js frames it (a nested location of the snippet).
    for (const path of ['', 'index.html?embed=1&lang=de']) {
      const { lines } = await cspLines(`${server.origin}/${SUB_PATH}${path}`);
      assert.deepEqual(lines.map((line) => line.split('frame-ancestors ')[1]),
        ["'self' https://www.musterkammer.example https://intranet.musterkammer.example"], path);
    }
  } finally { await server.stop(); }
});
