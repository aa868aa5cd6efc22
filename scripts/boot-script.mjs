// Trunk post-build hook: replaces the inline module script and the two preload links Trunk writes into index.html with
// a boot script of its own, in a hashed file:
// - so the app runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') without
//   'unsafe-inline';
// - so the app's files are fetched only once the pre-rendered start page's paint is on record (public/start.js says
//   when, with `data-prerender-painted` on <html> or the `prerender-painted` event): the start page's bytes get the
//   line to themselves, and the wasm never competes with them for a slow connection;
// - keeping Trunk's subresource integrity: the glue module through a modulepreload link with its digest (import()
//   takes the module that link fetched), the wasm through fetch() with its digest.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

/** Removes the one match of `pattern` from index.html and returns its groups; Trunk's output changed if not one. */
function take(pattern, what) {
  const matches = [...html.matchAll(new RegExp(pattern, 'g'))];
  if (matches.length !== 1) throw new Error(`expected exactly one ${what} in index.html, found ${matches.length}`);
  html = html.replace(matches[0][0], '');
  return matches[0];
}

const [, inline] = take('<script type="module">([\\s\\S]*?)</script>', 'inline module script');
const [, glue, glueIntegrity] = take('<link rel="modulepreload" href="([^"]+)" crossorigin="anonymous" integrity="([^"]+)">', 'modulepreload link');
const [, wasm, wasmIntegrity] = take('<link rel="preload" href="([^"]+\\.wasm)" crossorigin="anonymous" integrity="([^"]+)" as="fetch" type="application/wasm">', 'wasm preload link');
if (!inline.includes(`from '${glue}'`) || !inline.includes(`'${wasm}'`)) throw new Error('Trunk\'s inline script loads other files');

const boot = `// Written by scripts/boot-script.mjs: starts the app once the pre-rendered start page's paint is on record.
await new Promise((resolve) => {
  if (document.documentElement.hasAttribute('data-prerender-painted')) resolve();
  else addEventListener('prerender-painted', resolve, { once: true });
});
document.head.append(Object.assign(document.createElement('link'), {
  rel: 'modulepreload', href: ${JSON.stringify(glue)}, crossOrigin: 'anonymous', integrity: ${JSON.stringify(glueIntegrity)},
}));
const bindings = await import(${JSON.stringify(glue)});
const wasm = await bindings.default({
  module_or_path: fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)} }),
});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), boot);
html = html.replace('</head>', `<script type="module" src="./${name}"></script>\n  </head>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
writeFileSync(indexPath, html);
