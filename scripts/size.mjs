// Where the bytes of the first load go: every file a browser fetches before the start page is usable (index.html,
// what it links — boot script, CSS, icon — the modules and wasm the boot script loads, and the operator's
// kammer.json when there is one), with raw and brotli (quality 11, as `brotli -q 11`) sizes, and the files that are
// not part of the first load below. One implementation for `make size` and the size budget test
// (e2e/size.test.mjs).
//
//   node scripts/size.mjs [DIST]            prints the table
//   node scripts/size.mjs [DIST] --check    also fails (exit 1) when the first load exceeds the budget
// SIZE_BUDGET=<bytes> overrides the budget (to see the check fail).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * The budget for the first load, brotli bytes: a ratchet under 1 % above what the build achieves, so any growth
 * fails and every cut is locked in by lowering it. 333.7 KB on 2026-11-25; 335.0 KB on 2026-11-30 (the comparison
 * with an earlier state added 14 KB; a short sort instead of the standard one, and no float formatting or libm in
 * the chart, took 13.5 KB out); 335.9 KB later that day (start.js signals the pre-render's paint, the boot script
 * waits for it: +0.8 KB); 284.5 KB once the content came out of the wasm into its own file, fetched after the start
 * page is up (−51.4 KB); 286.6 KB with the start-up in steps and the wasm compiled in a worker (+1.1 KB for a
 * Lighthouse TBT of about 200 → 5 ms); 211.5 KB once the screens that show content became a wasm chunk of their own,
 * fetched alongside the content file (−75.1 KB); 186.2 KB with the content parser, the result-file import and the
 * benchmark parser in the chunk as well (−25.3 KB); 179.2 KB without f64 formatting at start-up (−7.0 KB); 164.7 KB
 * with every screen but the start page in the chunk (−14.5 KB); 159.1 KB with the style sheets and scripts without
 * their comments, and the screens' styles coming with the chunk (−5.6 KB); 159.2 KB with the chunk compiled in the
 * boot script's worker (+0.1 KB); 159.6 KB after `cargo fmt` and rewrapped comments (the same code and raw wasm
 * size, +0.35 KB brotli; most likely the line numbers panic locations carry); 159.7 KB with the glue's short-string
 * decoding (+0.1 KB); 159.4 KB with the benchmark's reading and its warnings in the chunk (−0.35 KB); 159.3 KB
 * with the root's requests in a start-up step of their own (159.0 KB on a build that differed only in a comment:
 * the same raw size, and brotli moves by a few hundred bytes with the line numbers panic locations carry); 160.1 KB
 * with the results in two steps (the state knows whether a screen has been painted; +0.3 KB, with that jitter),
 * 158.5 KB with the glue and the chunk's loader minified by terser (−1.5 KB); 160.6 KB with the adviser's desk and
 * the follow-up's focus, calendar and Aushang; 151.5 KB with the result file's export in the chunk (−9.1 KB: the
 * JSON writer and its number formatting went with it). The product goal is 160 KB, then
 * 100 KB (ARCHITECTURE.md, issue 15).
 */
export const BUDGET = Number(process.env.SIZE_BUDGET ?? 160_000);

/** Files fetched at start when present although nothing in index.html names them. */
const FETCHED_AT_START = ['kammer.json'];

/** Brotli size at quality 11 with the file size as hint, the way `brotli -q 11` compresses. */
export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

/**
 * Same-directory files a text file refers to: src/href attributes and `./name.ext` strings in JS. Not the wasm chunk
 * and its style sheet, which the split loader names as `new URL("./….wasm" | "./….css", import.meta.url)`: it fetches
 * them only when the app asks, which it does alongside the content file once it runs (scripts/split-wasm.mjs).
 */
function references(text) {
  const found = new Set();
  for (const [, url] of text.matchAll(/(?:src|href)="([^"#?]+)"/g)) found.add(url);
  for (const [, lazy, url] of text.matchAll(/(new URL\()?["'`](\.\/[A-Za-z0-9_.\-/]+\.(?:js|wasm|css|json|svg))["'`]/g)) {
    if (!(lazy && /\.(wasm|css)$/.test(url))) found.add(url);
  }
  return [...found].filter((url) => !/^[a-z]+:|^\/\//i.test(url)).map((url) => url.replace(/^\.\//, ''));
}

/** The first-load files of `dist`, in the order they are discovered, starting from index.html. */
export function firstLoadFiles(dist) {
  const files = [];
  const queue = ['index.html', ...FETCHED_AT_START.filter((name) => existsSync(join(dist, name)))];
  while (queue.length > 0) {
    const name = queue.shift();
    if (files.includes(name) || !existsSync(join(dist, name))) continue;
    files.push(name);
    if (/\.(html|js)$/.test(name)) queue.push(...references(readFileSync(join(dist, name), 'utf8')));
  }
  // The service worker is registered after the page is usable and precaches files the page already loaded.
  return files.filter((name) => name !== 'sw.js');
}

/** Every file under `dist`, relative. */
function allFiles(dist, dir = dist) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(dist, path) : [relative(dist, path)];
  });
}

/** `{ first: [{name, raw, brotli}], rest: [...], total }` for `dist`. */
export function measure(dist) {
  const row = (name) => {
    const buffer = readFileSync(join(dist, name));
    return { name, raw: buffer.length, brotli: brotliSize(buffer) };
  };
  const firstNames = firstLoadFiles(dist);
  const first = firstNames.map(row);
  const rest = allFiles(dist).filter((name) => !firstNames.includes(name)).sort().map(row);
  return { first, rest, total: first.reduce((sum, file) => sum + file.brotli, 0) };
}

/** The table `make size` prints and the budget test shows on failure. */
export function table({ first, rest, total }, budget = BUDGET) {
  const line = (a, b, c, d = '') => `${a.padEnd(44)} ${String(b).padStart(10)} ${String(c).padStart(10)} ${d}`;
  const share = (bytes) => `${((100 * bytes) / total).toFixed(1).padStart(5)} %`;
  const rows = [line('first load (before the start page is usable)', 'raw', 'brotli', 'share')];
  for (const file of [...first].sort((a, b) => b.brotli - a.brotli)) rows.push(line(file.name, file.raw, file.brotli, share(file.brotli)));
  rows.push(line('FIRST LOAD', first.reduce((s, f) => s + f.raw, 0), total, `budget ${budget} (${(total / 1000).toFixed(1)} of ${(budget / 1000).toFixed(1)} KB)`));
  if (rest.length > 0) {
    rows.push('', line('not in the first load', 'raw', 'brotli'));
    for (const file of rest) rows.push(line(file.name, file.raw, file.brotli));
  }
  return rows.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  const result = measure(dist);
  console.log(table(result));
  if (args.includes('--check') && result.total > BUDGET) {
    console.error(`first load ${result.total} B brotli exceeds the budget of ${BUDGET} B`);
    process.exit(1);
  }
}
