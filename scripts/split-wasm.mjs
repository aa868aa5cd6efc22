// Post-build step `split-wasm` (scripts/postbuild.mjs, the first): splits the app's wasm in two, so that a visitor of
// the start page downloads only the part it needs. Every screen but the start page and the parsers those screens and a
// chosen file need are split points (`split_point!`, src/state/split.rs; feature `split`, which index.html turns on);
// wasm-split-cli moves everything only they reach into one chunk, which the app loads alongside the content file once
// it runs. Trunk cannot split (it runs wasm-bindgen on the whole wasm), so this hook does the wasm half of Trunk's work
// again from cargo's output, the way cargo-leptos does:
//   1. wasm-split-cli: the main module, the chunk(s) and the loader `__wasm_split.js`, from the wasm with relocations
//      (`-Clink-args=--emit-relocs`, .cargo/config.toml);
//   2. wasm-bindgen on the main module (keeping the exports the chunks link against), like Trunk; its glue decodes
//      short strings without a TextDecoder call (scripts/glue.mjs);
//   3. wasm-opt -Oz on every module (Trunk's own pass is off in index.html: it would optimise the unsplit wasm);
//   4. one build id, hashed from all the outputs, in every file name: a browser cache can never pair a main module
//      with a chunk or loader of another build (their table and memory layouts must match exactly);
//   5. Trunk's glue and wasm replaced in the staged build, index.html pointing at the new ones with new digests; the
//      loader fetches each chunk with its digest too, and compiles it in the boot script's worker (off the main
//      thread, as the main module) where there is one;
//   6. the styles of the chunk's screens (style/screens.css, minified, `screens-<build id>.css`) come with the chunk:
//      the loader links the sheet when it fetches the chunk and counts the chunk as loaded once both are here, so no
//      screen of the chunk shows unstyled and the start page's first load carries only main.css.
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integrity, renewIntegrity } from './integrity.mjs';
import { KEPT_NAMES, decodeShortStringsInline } from './glue.mjs';
import { minifyCss, minifyModule, stripJsComments } from './minify.mjs';
import { TOOLS, replaceEvery, replaceOnce } from './patch.mjs';

const APP = 'arbeitgeber-check';
const STEP = 'split-wasm';

/** Splits the wasm in the staged build `dir` (see above). */
export async function splitWasm(dir) {
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  const input = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm32-unknown-unknown', profile, `${APP}.wasm`);

  /** The one staged file of Trunk's whose name matches; Trunk's output changed if there is not exactly one. */
  function trunkFile(pattern, what) {
    const found = readdirSync(dir).filter((name) => pattern.test(name));
    if (found.length !== 1) throw new Error(`post-build step "${STEP}": expected one ${what} from ${TOOLS.trunk} in ${dir}, found ${found.length}`);
    return found[0];
  }
  const oldGlue = trunkFile(new RegExp(`^${APP}-[0-9a-f]+\\.js$`), 'glue module');
  const oldWasm = trunkFile(new RegExp(`^${APP}-[0-9a-f]+_bg\\.wasm$`), 'wasm');

  const work = join(tmpdir(), `agc-split-${randomBytes(6).toString('hex')}`);
  const split = join(work, 'split');
  const pkg = join(work, 'pkg');
  mkdirSync(split, { recursive: true });
  const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    // 1.–3.
    run('wasm-split-cli', [input, split, '--out-name', 'app']);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', pkg, '--out-name', 'app', join(split, 'app.wasm')]);
    const chunks = readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== 'app.wasm').sort();
    if (chunks.length === 0) throw new Error('wasm-split-cli found no split point: is the `split` feature on (index.html)?');
    const optimise = (from, to) => run('wasm-opt', ['-Oz', from, '-o', to]);
    optimise(join(pkg, 'app_bg.wasm'), join(work, 'app_bg.wasm'));
    for (const chunk of chunks) optimise(join(split, chunk), join(work, chunk));

    // 4.
    // Without their whole-line comments, as every script the page loads (scripts/minify.mjs; both are minified in full
    // once rewritten, 5.); the glue passes short strings more cheaply (scripts/glue.mjs).
    const glue = decodeShortStringsInline(stripJsComments(readFileSync(join(pkg, 'app.js'), 'utf8')));
    const loader = stripJsComments(readFileSync(join(split, '__wasm_split.js'), 'utf8'));
    const style = minifyCss(readFileSync('style/screens.css', 'utf8'));
    const id = createHash('sha256');
    for (const name of ['app_bg.wasm', ...chunks]) id.update(name).update(readFileSync(join(work, name)));
    const buildId = id.update(glue).update(loader).update(style).digest('hex').slice(0, 16);
    const names = {
      glue: `${APP}-${buildId}.js`,
      wasm: `${APP}-${buildId}_bg.wasm`,
      loader: `split-${buildId}.js`,
      style: `screens-${buildId}.css`,
      chunk: (chunk) => chunk.replace(/\.wasm$/, `-${buildId}.wasm`),
    };

    /**
     * `text` with the file each `[context, from, to]` names, as `context"./from"`, renamed to `to`; each must occur. (Only
     * where a file is fetched: the glue also names the loader as the wasm's import module, which stays.)
     */
    const relink = (text, renames, where) => renames.reduce(
      (result, [context, from, to]) => replaceEvery(result, `${context}"./${from}"`, `${context}"./${to}"`, where),
      text,
    );
    const inLoader = { step: STEP, file: '__wasm_split.js', tool: TOOLS.wasmSplit };
    const inGlue = { step: STEP, file: 'app.js', tool: TOOLS.wasmBindgen };
    const newLoader = relink(loader, [
      ['from ', 'app.js', names.glue],
      ...chunks.map((chunk) => ['new URL(', chunk, names.chunk(chunk)]),
    ], inLoader);
    const newGlue = relink(glue, [['from ', '__wasm_split.js', names.loader]], inGlue);

    // 5.
    const digest = (name) => integrity(join(dir, name));
    writeFileSync(join(dir, names.wasm), readFileSync(join(work, 'app_bg.wasm')));
    for (const chunk of chunks) writeFileSync(join(dir, names.chunk(chunk)), readFileSync(join(work, chunk)));
    // The loader fetches each chunk with its digest, as the boot script fetches the main module.
    const checkedLoader = chunks.reduce((text, chunk) => replaceOnce(
      text,
      `fetch(new URL("./${names.chunk(chunk)}", import.meta.url))`,
      `fetch(new URL("./${names.chunk(chunk)}", import.meta.url), { integrity: "${digest(names.chunk(chunk))}" })`,
      inLoader,
    ), newLoader);
    // 6.
    writeFileSync(join(dir, names.style), style);
    const streamed = 'return async (imports) => (WebAssembly.instantiateStreaming(src, imports));';
    const styledLoader = replaceOnce(checkedLoader, streamed, `const style = linkStyle(new URL("./${names.style}", import.meta.url), "${digest(names.style)}");
      return async (imports) => (await Promise.all([instantiate(src, imports), style]))[0];`, inLoader) + `
  /** The chunk compiled off the main thread by the boot script's worker where there is one, else streamed here. */
  async function instantiate(response, imports) {
      const compile = globalThis.arbeitgeberCheckCompile;
      if (!compile) return WebAssembly.instantiateStreaming(response, imports);
      const bytes = response.then((r) => {
          if (!r.ok) throw new Error(\`\${r.status} \${r.url}\`);
          return r.arrayBuffer();
      });
      return WebAssembly.instantiate((await compile(bytes)) ?? (await bytes), imports);
  }
  /** Links the chunk's style sheet (anew after a failed attempt); settles with its load or error event. */
  function linkStyle(href, integrity) {
      document.getElementById("screens-style")?.remove();
      const link = Object.assign(document.createElement("link"), { id: "screens-style", rel: "stylesheet", href, integrity });
      const loaded = new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = () => reject(new Error(\`\${href} could not be loaded\`));
      });
      document.head.append(link);
      return loaded;
  }
  `;
    // Minified last, once every rewrite above has found the text it expects.
    writeFileSync(join(dir, names.glue), await minifyModule(newGlue, KEPT_NAMES));
    writeFileSync(join(dir, names.loader), await minifyModule(styledLoader));
    rmSync(join(dir, oldGlue));
    rmSync(join(dir, oldWasm));

    const indexPath = join(dir, 'index.html');
    let html = readFileSync(indexPath, 'utf8');
    for (const [from, to] of [[oldGlue, names.glue], [oldWasm, names.wasm]]) {
      html = renewIntegrity(replaceEvery(html, from, to, { step: STEP, file: 'index.html', tool: TOOLS.trunk }), to, digest(to));
    }
    writeFileSync(indexPath, html);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
