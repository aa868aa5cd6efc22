// Post-build step `minify` (scripts/postbuild.mjs): the staged style sheets and start.js without their comments (Trunk
// 0.21 copies them as they are, and the comments that explain the rules are a fifth of main.css and almost half of
// start.js), with index.html's integrity digests renewed. Conservative on purpose. CSS: a comment goes, white space
// shrinks to one space and goes only beside `{`, `}`, `;` and `,`; strings stay as they are. JavaScript: only
// whole-line comments go (`// …` lines and `/* … */` blocks that start and end a line), nothing else is touched. File
// names keep Trunk's hash of the source, which changes with it. scripts/split-wasm.mjs and boot-script.mjs use
// stripJsComments on the scripts they write, before their digests are taken; the two largest, wasm-bindgen's glue and
// wasm-split's loader, are minified in full (`minifyModule`, terser: the glue's 50 KB hold long local names, 7.3 -> 6.1
// KB brotli).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { integrity, renewIntegrity } from './integrity.mjs';

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

/** The ES module `js` minified: compressed, local names shortened except `keep`; imports and exports stay. */
export async function minifyModule(js, keep = []) {
  const options = { module: true, compress: true, mangle: { reserved: keep }, format: { comments: false } };
  const { code } = await minify(js, options);
  return code;
}

/** A classic script (not a module) minified in full. */
export async function minifyScript(js) {
  const { code } = await minify(js, { compress: true, mangle: true, format: { comments: false } });
  return code;
}

/** `js` without its whole-line comments. */
export function stripJsComments(js) {
  const kept = [];
  let inBlock = false;
  for (const line of js.split('\n')) {
    const code = line.trim();
    if (inBlock) {
      if (code.endsWith('*/')) inBlock = false;
      else if (code.includes('*/')) throw new Error(`a block comment ends mid-line: ${line}`);
    } else if (code.startsWith('//')) {
      // dropped
    } else if (code.startsWith('/*')) {
      if (!code.endsWith('*/')) {
        if (code.includes('*/')) throw new Error(`a block comment ends mid-line: ${line}`);
        inBlock = true;
      }
    } else {
      kept.push(line);
    }
  }
  if (inBlock) throw new Error('unterminated block comment');
  return kept.join('\n');
}

/** Minifies the staged style sheets and start.js in `dir` and renews their digests in index.html. */
export async function minifyStaged(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.css') || /^start-[0-9a-f]+\.js$/.test(file))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    // start.js in full (terser, as a classic script): it carries the start-failure message (issue 29), 1.3 -> 1.1 KB.
    writeFileSync(path, name.endsWith('.css') ? minifyCss(text) : await minifyScript(text));
    // The files index.html names carry Trunk's digest; the screens' sheet has its own (scripts/split-wasm.mjs).
    if (html.includes(`"./${name}"`)) html = renewIntegrity(html, name, integrity(path));
  }
  writeFileSync(indexPath, html);
}
