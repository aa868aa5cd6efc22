// The release build's post-build steps (scripts/postbuild.mjs): the table in scripts/README.md lists them in the order
// they run, each names an e2e spec that exists, and a patch whose anchor a new tool version no longer writes stops the
// build with the step, the file and the tool named (scripts/patch.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STEPS } from '../scripts/postbuild.mjs';
import { PatchError, TOOLS, replaceOnce } from '../scripts/patch.mjs';
import { decodeShortStringsInline } from '../scripts/glue.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('scripts/README.md lists the post-build steps in the order they run, each guarded by a spec that exists', () => {
  const readme = readFileSync(`${ROOT}scripts/README.md`, 'utf8');
  const listed = [...readme.matchAll(/^\| \d+ \| `([a-z-]+)` \|/gm)].map((match) => match[1]);
  assert.deepEqual(listed, STEPS.map((step) => step.name));
  for (const step of STEPS) {
    const specs = step.guard.match(/e2e\/[a-z-]+\.test\.mjs/g) ?? [];
    assert.ok(specs.length > 0, `${step.name} names the spec that guards it`);
    for (const spec of specs) assert.ok(existsSync(`${ROOT}${spec}`), `${step.name}: ${spec} exists`);
  }
});

test('a patch whose anchor is missing or doubled stops the build, naming step, file, tool and anchor', () => {
  const where = { step: 'boot-script', file: 'index.html', tool: TOOLS.trunk };
  assert.equal(replaceOnce('<head></head>', '</head>', '<x></head>', where), '<head><x></head>');
  for (const text of ['<head>', '</head></head>']) {
    assert.throws(() => replaceOnce(text, '</head>', '', where), (error) => error instanceof PatchError
      && error.message.includes('"boot-script"') && error.message.includes('index.html')
      && error.message.includes('Trunk 0.21.14') && error.message.includes('</head>'));
  }
  // The glue's rewrite (split-wasm) on a glue wasm-bindgen wrote differently.
  assert.throws(() => decodeShortStringsInline('function getStringFromWasm0(ptr, len) { return ""; }'),
    (error) => error instanceof PatchError && error.message.includes('wasm-bindgen 0.2.130'));
});
