// The one way the post-build steps (scripts/postbuild.mjs) change text a pinned tool generated: by an exact anchor that
// must occur exactly once, or the build stops and says which step, which file, which tool and which anchor, so a new
// version of the tool is noticed at the build instead of shipping an unpatched file.

/** The pinned tools whose output the steps patch (Trunk.toml, Cargo.lock, scripts/setup.sh). */
export const TOOLS = {
  trunk: 'Trunk 0.21.14 (index.html, its glue and wasm names)',
  wasmBindgen: 'wasm-bindgen 0.2.130 (the glue module)',
  wasmSplit: 'wasm-split-cli 0.2.3 (the chunk loader __wasm_split.js)',
};

/** A patch whose anchor is missing or not unique: the message names everything needed to fix the step. */
export class PatchError extends Error {
  constructor({ step, file, tool, anchor, found }) {
    super(`post-build step "${step}": ${file}, written by ${tool}, has ${found} occurrences of the anchor `
      + `${JSON.stringify(anchor.length > 120 ? `${anchor.slice(0, 117)}...` : anchor)} where the patch expects exactly one; `
      + 'has the tool changed? Update the step (scripts/README.md lists each step and the e2e test that guards it).');
    this.name = 'PatchError';
  }
}

/**
 * `text` with its one occurrence of `anchor` replaced by `replacement` (a string, or a function of the anchor).
 * @param {{step: string, file: string, tool: string}} where  named in the error when the anchor is not there once
 */
export function replaceOnce(text, anchor, replacement, where) {
  const found = text.split(anchor).length - 1;
  if (found !== 1) throw new PatchError({ ...where, anchor, found });
  const by = typeof replacement === 'function' ? replacement(anchor) : replacement;
  const at = text.indexOf(anchor);
  return text.slice(0, at) + by + text.slice(at + anchor.length);
}

/** The one match of `pattern` (a RegExp without the g flag) in `text`; the same error when there is not exactly one. */
export function matchOnce(text, pattern, where) {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  if (matches.length !== 1) throw new PatchError({ ...where, anchor: String(pattern), found: matches.length });
  return matches[0];
}

/** `text` with every occurrence of `anchor` replaced; at least one must be there (the same error otherwise). */
export function replaceEvery(text, anchor, replacement, where) {
  const found = text.split(anchor).length - 1;
  if (found === 0) throw new PatchError({ ...where, anchor, found });
  return text.replaceAll(anchor, replacement);
}
