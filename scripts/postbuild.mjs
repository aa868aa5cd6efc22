// The release build after Trunk: every step that turns Trunk's staged output into what ships, in order, each named.
// Trunk.toml's one post_build hook runs them all (Trunk runs hooks of one stage side by side, so one hook it is):
//
//   node scripts/postbuild.mjs [DIR]          every step, in order, on DIR (default: TRUNK_STAGING_DIR)
//   node scripts/postbuild.mjs STEP [DIR]     one step alone, e.g. on a copy of dist/ (e2e/offline.test.mjs does)
//   node scripts/postbuild.mjs --list         the steps, what each reads and writes, patches, and is guarded by
//
// A step that patches a pinned tool's output does it through scripts/patch.mjs: an anchor that is missing stops the
// build with the step, the file, the tool and the anchor named. scripts/README.md has the same table for the reader.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootScript } from './boot-script.mjs';
import { integrity, renewIntegrity } from './integrity.mjs';
import { minifyStaged } from './minify.mjs';
import { serviceWorker } from './service-worker.mjs';
import { splitWasm } from './split-wasm.mjs';

/** A native build-step binary of the workspace, run on the staged build (cargo builds it first when needed). */
function cargoExample(pkg, example, args) {
  return execFileSync('cargo', ['run', '--offline', '--quiet', '-p', pkg, '--example', example, '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * public/start.js with the facts it shares with the Rust side (storage key, saved data's field names, ready event) filled
 * in from the Rust side (examples/start_facts.rs), its digest in index.html renewed. Every placeholder must be used
 * and none may be left.
 */
function startFacts(dir) {
  const facts = JSON.parse(cargoExample('arbeitgeber-check', 'start_facts', []));
  const name = readdirSync(dir).find((file) => /^start-[0-9a-f]+\.js$/.test(file));
  if (!name) throw new Error('post-build step "start-facts": no start-<hash>.js in the staged build');
  const path = join(dir, name);
  let text = readFileSync(path, 'utf8');
  for (const [placeholder, value] of Object.entries(facts)) {
    if (!text.includes(placeholder)) {
      throw new Error(`post-build step "start-facts": public/start.js does not use ${placeholder} (examples/start_facts.rs)`);
    }
    text = text.replaceAll(placeholder, value);
  }
  const left = text.match(/__[A-Z_]+__/);
  if (left) throw new Error(`post-build step "start-facts": public/start.js uses ${left[0]}, which examples/start_facts.rs does not fill`);
  writeFileSync(path, text);
  const indexPath = join(dir, 'index.html');
  writeFileSync(indexPath, renewIntegrity(readFileSync(indexPath, 'utf8'), name, integrity(path)));
}

/** The steps in the order they run; `guard` is the e2e spec that fails when the step breaks. */
export const STEPS = [
  {
    name: 'split-wasm',
    run: splitWasm,
    reads: "cargo's wasm (target/wasm32-unknown-unknown/release), Trunk's glue and wasm, style/screens.css",
    writes: 'main wasm, the chunk(s), glue, chunk loader, screens-<id>.css (one build id); removes Trunk\'s glue and wasm',
    patches: 'wasm-bindgen 0.2.130 glue (getStringFromWasm0, loader import), wasm-split-cli 0.2.3 loader, index.html',
    guard: 'e2e/screens-chunk.test.mjs, e2e/glue.test.mjs',
  },
  {
    name: 'boot-script',
    run: bootScript,
    reads: "index.html (Trunk's inline module script, modulepreload and wasm preload links)",
    writes: 'boot-<hash>.js, compile-<hash>.js (the worker); index.html without inline script',
    patches: 'Trunk 0.21.14 index.html',
    guard: 'e2e/boot.test.mjs, e2e/csp.test.mjs',
  },
  {
    name: 'prerender',
    run: (dir) => cargoExample('arbeitgeber-check', 'prerender', [join(dir, 'index.html')]),
    reads: 'index.html, the app (examples/prerender.rs, native)',
    writes: 'index.html: the German start page in <div id="prerender">',
    patches: 'index.html (our own placeholder)',
    guard: 'e2e/prerender.test.mjs, e2e/start.test.mjs',
  },
  {
    name: 'start-facts',
    run: startFacts,
    reads: 'start-<hash>.js, the Rust side\'s facts (examples/start_facts.rs, native)',
    writes: 'start-<hash>.js with the storage key, saved-data field names and ready event; its digest in index.html',
    patches: 'public/start.js (our own placeholders __NAME__)',
    guard: 'e2e/prerender.test.mjs (a saved visit hides the pre-render), e2e/storage.test.mjs',
  },
  {
    name: 'content-file',
    run: (dir) => cargoExample('arbeitgeber-check-core', 'content_file', [dir]),
    reads: 'content/*.json (crates/core/examples/content_file.rs)',
    writes: 'content-<hash>.json, the content the app fetches',
    patches: 'nothing',
    guard: 'e2e/content-file.test.mjs',
  },
  {
    name: 'minify',
    run: minifyStaged,
    reads: 'the staged *.css and start-<hash>.js',
    writes: 'the same files without comments (and the sheets without spare white space); digests in index.html',
    patches: 'Trunk 0.21.14 index.html (integrity attributes)',
    guard: 'e2e/css.test.mjs, e2e/size.test.mjs',
  },
  {
    name: 'service-worker',
    run: serviceWorker,
    reads: 'every staged file',
    writes: 'sw.js with this build\'s file list and version',
    patches: 'nothing',
    guard: 'e2e/offline.test.mjs',
  },
];

async function main(args) {
  if (args[0] === '--list') {
    for (const step of STEPS) {
      console.log(`${step.name}\n  reads:   ${step.reads}\n  writes:  ${step.writes}\n  patches: ${step.patches}\n  guard:   ${step.guard}`);
    }
    return;
  }
  const named = STEPS.find((step) => step.name === args[0]);
  if (!named && args.length > 1) throw new Error(`no post-build step "${args[0]}" (node scripts/postbuild.mjs --list)`);
  const dir = (named ? args[1] : args[0]) ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error(`usage: node scripts/postbuild.mjs [${STEPS.map((step) => step.name).join('|')}] DIR (or set TRUNK_STAGING_DIR)`);
  for (const step of named ? [named] : STEPS) await step.run(dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
