// The app's own user-interface texts, read from the typed tables in src/i18n/de.rs and en.rs at test time, so a copy
// change is picked up here and a renamed message fails loudly instead of leaving a stale German string in a spec.
// The parser is tolerant of layout (line breaks, comments, trailing commas, `\` line continuations) and understands
// the value forms the tables use: "string", ["a", "b"], &["a", "b"], a nested struct `Labels { a: "…" }`, and a
// label function named by field shorthand (`answer_labels,`), whose `match` arms become a list in arm order (the
// order the app offers the choices in) with the arms also by variant name (`list.byVariant.RatherNot`).
import { readFileSync } from 'node:fs';

const dir = new URL('../../src/i18n/', import.meta.url);

/** Parses the `Messages { key: value, … }` literal (or another table's, `struct`) of one language file into a plain
 * object. */
export function parseMessages(source, file = 'messages', struct = 'Messages') {
  const open = new RegExp(`=\\s*${struct}\\s*\\{`).exec(source);
  if (!open) throw new Error(`${file}: no \`${struct} { … }\` literal found`);
  let i = open.index + open[0].length;
  const fail = (what) => { throw new Error(`${file}: ${what} at offset ${i}: ${JSON.stringify(source.slice(i, i + 40))}`); };

  const skip = () => {
    for (;;) {
      if (/\s/.test(source[i] ?? '')) i++;
      else if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
      else if (source.startsWith('/*', i)) i = source.indexOf('*/', i) + 2;
      else return;
    }
  };
  const string = () => {
    let raw = null;
    const m = /^r(#*)"/.exec(source.slice(i, i + 12));
    if (m) { raw = m[1]; i += m[0].length; } else i++; // past the opening quote
    let out = '';
    for (;;) {
      if (i >= source.length) fail('unterminated string');
      const c = source[i];
      if (raw !== null) {
        if (c === '"' && source.startsWith(raw, i + 1)) { i += 1 + raw.length; return out; }
        out += c; i++; continue;
      }
      if (c === '"') { i++; return out; }
      if (c !== '\\') { out += c; i++; continue; }
      const e = source[i + 1];
      if (e === '\n' || e === '\r') { i += 2; while (/\s/.test(source[i])) i++; continue; } // line continuation
      const simple = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" }[e];
      if (simple !== undefined) { out += simple; i += 2; continue; }
      if (e === 'u') {
        const u = /^\\u\{([0-9a-fA-F_]+)\}/.exec(source.slice(i, i + 14)) ?? fail('bad \\u escape');
        out += String.fromCodePoint(parseInt(u[1].replace(/_/g, ''), 16)); i += u[0].length; continue;
      }
      if (e === 'x') { out += String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)); i += 4; continue; }
      fail(`unknown escape \\${e}`);
    }
  };
  const value = () => {
    skip();
    if (source[i] === '&') { i++; skip(); }
    if (source[i] === '"' || /^r#*"/.test(source.slice(i, i + 12))) return string();
    if (source[i] === '[') {
      i++;
      const list = [];
      for (;;) {
        skip();
        if (source[i] === ']') { i++; return list; }
        list.push(value());
        skip();
        if (source[i] === ',') i++;
      }
    }
    const struct = /^[A-Z][A-Za-z0-9_]*\s*\{/.exec(source.slice(i, i + 80));
    if (struct) { i += struct[0].length; return fields('}'); }
    return fail('unsupported value (expected a string, a list of strings or a struct)');
  };
  const fields = (close) => {
    const out = {};
    for (;;) {
      skip();
      if (source[i] === close) { i++; return out; }
      const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 80)) ?? fail('expected a field name');
      i += key[0].length;
      skip();
      if (source[i] === ',' || source[i] === close) { out[key[0]] = labelFunction(source, key[0], file); }
      else {
        if (source[i] !== ':') fail(`expected ':' after ${key[0]}`);
        i++;
        out[key[0]] = value();
      }
      skip();
      if (source[i] === ',') i++;
    }
  };

  return fields('}');
}

/** The labels of `fn name(x: Enum) -> &'static str { match x { Enum::A => "…", … } }` in `source`, in arm order. */
function labelFunction(source, name, file) {
  const start = new RegExp(`\\bfn ${name}\\s*\\(`).exec(source);
  if (!start) throw new Error(`${file}: field shorthand \`${name}\` but no \`fn ${name}(…)\``);
  const body = source.slice(start.index, source.indexOf('\n}', start.index));
  const list = [];
  list.byVariant = {};
  for (const arm of body.matchAll(/\b[A-Z][A-Za-z0-9]*::([A-Z][A-Za-z0-9]*)\s*=>\s*"((?:[^"\\]|\\.)*)"/g)) {
    list.push(arm[2]);
    list.byVariant[arm[1]] = arm[2];
  }
  if (list.length === 0) throw new Error(`${file}: \`fn ${name}\` has no \`Enum::Variant => "label"\` arms`);
  return list;
}

/** A message table that throws on a name it does not have, so a renamed message breaks the test that uses it. */
function strict(table, lang) {
  return new Proxy(table, {
    get(target, key) {
      if (typeof key !== 'string' || key in target || key === 'then' || key === 'toJSON') return target[key];
      throw new Error(`no UI text \`${key}\` in src/i18n/${lang}.rs`);
    },
  });
}

/** Both tables of a language: `Messages` and `ScreenTexts` (the chunk screens' texts), one namespace. */
function load(lang) {
  const source = readFileSync(new URL(`${lang}.rs`, dir), 'utf8');
  const name = `src/i18n/${lang}.rs`;
  return strict({ ...parseMessages(source, name), ...parseMessages(source, name, 'ScreenTexts') }, lang);
}

/** `texts.de.start_title`, `texts.en.answer_labels[0]`, … */
export const texts = { de: load('de'), en: load('en') };

/** Fills `{name}` placeholders the way `Messages::answered_of` and friends do: fill(t.progress_answered, {answered: 3, total: 56}). */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Escapes text for use inside a RegExp. */
export function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for `text` as the app shows it in narrow places: long German words carry soft hyphens (U+00AD) at their
 * joints (domain::hyphen), which are part of the DOM text and of names computed from it.
 */
export function softly(text) {
  return [...text].map((c) => literal(c)).join('\u00AD?');
}

/**
 * A table of texts only chunk screens use (`src/i18n/<file>`: a `<struct>` literal for German, then one for English
 * from `const <englishConst>` on), by language.
 */
export function chunkTexts(file, struct, englishConst) {
  const source = readFileSync(new URL(file, dir), 'utf8');
  const en = source.indexOf(`const ${englishConst}`);
  if (en < 0) throw new Error(`${file}: no \`const ${englishConst}\``);
  return {
    de: parseMessages(source.slice(0, en), `${file} (de)`, struct),
    en: parseMessages(source.slice(en), `${file} (en)`, struct),
  };
}

/** The follow-up cycle's texts (src/i18n/cycle.rs, issue 30), by language. */
export const cycleTexts = chunkTexts('cycle.rs', 'CycleTexts', 'CYCLE_EN');
