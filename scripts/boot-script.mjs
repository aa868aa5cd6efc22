// Post-build step `boot-script` (scripts/postbuild.mjs): replaces the inline module script and the two preload links
// Trunk writes into index.html with a boot script of its own, in a hashed file:
// - so the app runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') without
//   'unsafe-inline';
// - so the app's files are fetched only once the pre-rendered start page's paint is on record (public/start.js says
//   when, with `data-prerender-painted` on <html> or the `prerender-painted` event): the start page's bytes get the
//   line to themselves, and the wasm never competes with them for a slow connection;
// - keeping Trunk's subresource integrity: the glue module through a modulepreload link with its digest (import()
//   takes the module that link fetched), the wasm through fetch() with its digest;
// - so the wasm is compiled in a worker (compile-<hash>.js), not on the page's main thread, which then only
//   instantiates the module: decoding and compiling it was the longest task of the start-up that input had to wait
//   for. Without workers (refused, or failing) the glue compiles the fetched bytes on the main thread, as before.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripJsComments } from './minify.mjs';
import { TOOLS, matchOnce, replaceEvery, replaceOnce } from './patch.mjs';

/** Writes the boot script and the compiler worker into the staged build `dir` and points index.html at them. */
export function bootScript(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const where = { step: 'boot-script', file: 'index.html', tool: TOOLS.trunk };

  /** Removes the one match of `pattern` from index.html and returns its groups; Trunk's output changed if not one. */
  function take(pattern) {
    const match = matchOnce(html, pattern, where);
    html = replaceOnce(html, match[0], '', where);
    return match;
  }

  const [, inline] = take(/<script type="module">([\s\S]*?)<\/script>/);
  const [, glue, glueIntegrity] = take(/<link rel="modulepreload" href="([^"]+)" crossorigin="anonymous" integrity="([^"]+)">/);
  const [, wasm, wasmIntegrity] = take(/<link rel="preload" href="([^"]+\.wasm)" crossorigin="anonymous" integrity="([^"]+)" as="fetch" type="application\/wasm">/);
  const inScript = { ...where, file: "index.html's inline module script" };
  replaceEvery(inline, `from '${glue}'`, '', inScript);
  replaceEvery(inline, `'${wasm}'`, '', inScript);

  const compiler = `// Written by scripts/boot-script.mjs: compiles the app's wasm off the page's main thread, returns the module.
onmessage = ({ data }) => WebAssembly.compile(data).then((module) => postMessage(module), () => postMessage(null));
`;
  const compilerText = stripJsComments(compiler);
  const compilerName = `compile-${createHash('sha256').update(compilerText).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, compilerName), compilerText);

  const boot = `// Written by scripts/boot-script.mjs: starts the app once the pre-rendered start page's paint is on record.
await new Promise((resolve) => {
  if (document.documentElement.hasAttribute('data-prerender-painted')) resolve();
  else addEventListener('prerender-painted', resolve, { once: true });
});
document.head.append(Object.assign(document.createElement('link'), {
  rel: 'modulepreload', href: ${JSON.stringify(glue)}, crossOrigin: 'anonymous', integrity: ${JSON.stringify(glueIntegrity)},
}));
const bytes = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)} }).then((response) => {
  if (!response.ok) throw new Error(\`\${response.status} \${response.url}\`);
  return response.arrayBuffer();
});
const compiled = compileInWorker(bytes);
// The split loader (scripts/split-wasm.mjs) compiles the wasm chunk the same way.
globalThis.arbeitgeberCheckCompile = compileInWorker;
const bindings = await import(${JSON.stringify(glue)});
const wasm = await bindings.default({ module_or_path: (await compiled) ?? (await bytes) });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

/** The wasm compiled by a worker (started while the bytes download), or null where workers are refused or fail. */
async function compileInWorker(bytes) {
  let worker;
  try {
    worker = new Worker(new URL(${JSON.stringify('./' + compilerName)}, import.meta.url));
    // Listening from the start: a worker whose script fails to load says so before the bytes are here.
    const answer = new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data instanceof WebAssembly.Module ? data : null);
      worker.onmessageerror = () => resolve(null);
      worker.onerror = () => resolve(null);
    });
    worker.postMessage(await bytes);
    return await answer;
  } catch {
    return null;
  } finally {
    worker?.terminate();
  }
}
`;
  // Shipped without its comments (scripts/minify.mjs), which stay here for the reader.
  const bootText = stripJsComments(boot);
  const name = `boot-${createHash('sha256').update(bootText).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), bootText);
  html = replaceOnce(html, '</head>', `<script type="module" src="./${name}"></script>\n  </head>`, where);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('post-build step "boot-script": an inline script is left in index.html');
  writeFileSync(indexPath, html);
}
