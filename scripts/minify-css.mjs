// Trunk post-build hook: the staged style sheets without their comments and runs of white space (Trunk 0.21 copies
// them as they are, and the comments that explain the rules are a fifth of main.css), with index.html's integrity
// digests renewed. Conservative on purpose: a comment goes, white space shrinks to one space and goes only beside
// `{`, `}`, `;` and `,`; strings are kept as they are. File names keep Trunk's hash of the source, which changes
// with it.
//
//   node scripts/minify-css.mjs [DIR]     (DIR: TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `css` without comments and spare white space; strings untouched. */
export function minifyCss(css) {
  let out = '';
  for (let i = 0; i < css.length;) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < css.length && css[end] !== c) end += css[end] === '\\' ? 2 : 1;
      out += css.slice(i, end + 1);
      i = end + 1;
    } else if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      if (end === -1) throw new Error('unterminated comment');
      i = end + 2;
      // A comment between two words still separates them.
      out += ' ';
    } else if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i])) i++;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/ +/g, ' ').replace(/ ?([{};,]) ?/g, '$1').trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.css'))) {
    const path = join(dir, name);
    writeFileSync(path, minifyCss(readFileSync(path, 'utf8')));
    const digest = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
    const link = new RegExp(`(<link[^>]*href="\\./${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*integrity=")[^"]+"`);
    if (!link.test(html)) throw new Error(`index.html has no link with a digest for ${name}`);
    html = html.replace(link, `$1${digest}"`);
  }
  writeFileSync(indexPath, html);
}
