// The shipped glue decodes the strings the wasm hands over to what a TextDecoder gives, also where it skips the
// TextDecoder for short ASCII strings (scripts/glue.mjs): its own function, run in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/app.mjs';
import { launch } from './support/browser.mjs';
import { SHORT } from '../scripts/glue.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The source of the shipped (minified) glue's `getStringFromWasm0`: from its head to the brace that closes it. */
function shippedDecode() {
  const [glue] = readdirSync(DIST).filter((name) => /^arbeitgeber-check-[0-9a-f]+\.js$/.test(name));
  const text = readFileSync(join(DIST, glue), 'utf8');
  const start = text.indexOf('function getStringFromWasm0(');
  assert.ok(start >= 0, 'the glue has getStringFromWasm0');
  let depth = 0;
  for (let at = text.indexOf('{', start); at < text.length; at++) {
    if (text[at] === '{') depth++;
    if (text[at] === '}' && --depth === 0) return text.slice(start, at + 1);
  }
  assert.fail('getStringFromWasm0 does not end');
}

test('the shipped glue decodes every string as a TextDecoder does, short or long, ASCII or not', async () => {
  const source = shippedDecode();
  assert.match(source, new RegExp(`<= ?${SHORT}\\b`), 'the glue has the short-string path');
  // A blank page: the app's CSP rightly forbids evaluating a function's source.
  const page = await browser.newPage();
  const mismatches = await page.evaluate(({ source, short }) => {
    const ascii = 'Ausbildung class=badge band--mid 0123456789 /:-_.';
    const strings = [''];
    // Every length around the limit, ASCII throughout or with one multi-byte character at the start, middle or end.
    for (let length = 1; length <= short + 8; length++) {
      const plain = ascii.repeat(3).slice(0, length);
      const middle = length >> 1;
      strings.push(plain, `ä${plain.slice(1)}`, `${plain.slice(0, middle)}€${plain.slice(middle)}`, `${plain}ß`);
    }
    strings.push('Größe', '😀', 'Maß\u0000nahme', '\u007f', '\ufeffBOM');
    strings.push('Ihre Antworten zeigen ein gemischtes Bild: Manches setzen Sie bereits um.');
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const memory = new Uint8Array(1 << 16);
    // As in the glue: the memory's view and the TextDecoder call the function falls back on.
    const decode = new Function('getUint8ArrayMemory0', 'decodeText', `${source}; return getStringFromWasm0;`)(
      () => memory, (bytes) => decoder.decode(bytes));
    let at = 3;
    const wrong = [];
    for (const string of strings) {
      const bytes = encoder.encode(string);
      memory.set(bytes, at);
      const decoded = decode(at, bytes.length);
      if (decoded !== decoder.decode(bytes)) wrong.push(string);
      at += bytes.length + 1;
    }
    return { checked: strings.length, wrong };
  }, { source, short: SHORT });
  assert.ok(mismatches.checked > 4 * SHORT, 'strings of every length were checked');
  assert.deepEqual(mismatches.wrong, []);
  await page.close();
});
