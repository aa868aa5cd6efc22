// Trunk post-build hook: moves the inline module script Trunk injects into index.html into its own hashed file, so
// the app runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') without 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
let count = 0;
const rewritten = html.replace(inline, (_, body) => {
  count++;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  return `<script type="module" src="./${name}"></script>`;
});
if (count !== 1) throw new Error(`expected exactly one inline module script in index.html, found ${count}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(rewritten)) throw new Error('an inline script is left in index.html');
writeFileSync(indexPath, rewritten);
