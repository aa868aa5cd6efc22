// Subresource integrity for the post-build hooks that rewrite staged files (scripts/split-wasm.mjs, minify.mjs):
// the digest as Trunk writes it, and index.html's tag for a file given the new one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The integrity value of the file at `path`: sha384, base64, as Trunk writes it. */
export function integrity(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** `html` with the integrity of the `<link href>` or `<script src>` naming `./name` set to `value`; it must have one. */
export function renewIntegrity(html, name, value) {
  const tag = new RegExp(`(<(?:link|script)[^>]*(?:href|src)="\\./${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*integrity=")[^"]+"`);
  if (!tag.test(html)) throw new Error(`index.html has no tag with a digest for ${name}`);
  return html.replace(tag, `$1${value}"`);
}
