// Where the wasm bytes go, for choosing size levers (not a test): the largest functions by name, code grouped by
// crate, and the data section (embedded content text and string constants), raw and brotli.
//
//   node scripts/wasm-breakdown.mjs FILE.wasm [TOP]
//
// Needs a wasm with a name section: the cargo output (target/wasm32-unknown-unknown/release/*.wasm) optimised with
// names kept, e.g. `wasm-opt -Oz -g IN.wasm -o OUT.wasm` (the shipped build has no names). Works without twiggy.
import { readFileSync } from 'node:fs';
import { brotliSize } from './size.mjs';

const [file, topArg = '30'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/wasm-breakdown.mjs FILE.wasm [TOP]');
const bytes = readFileSync(file);

let pos = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return result;
  }
};
const name = () => {
  const length = u32();
  const text = bytes.subarray(pos, pos + length).toString('utf8');
  pos += length;
  return text;
};

let imported = 0;
const bodies = [];
const names = new Map();
const sections = [];
let data = Buffer.alloc(0);
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const start = pos;
  const end = pos + size;
  if (id === 0) {
    const customName = name();
    sections.push({ id: `custom:${customName}`, size });
    if (customName === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) for (let n = u32(); n > 0; n--) names.set(u32(), name());
        pos = subEnd;
      }
    }
  } else {
    sections.push({ id, size });
  }
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const flags = u32(); u32(); if (flags & 1) u32(); } else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); } else if (kind === 3) { pos += 2; } else { u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(), index = 0; index < n; index++) {
      const bodySize = u32();
      bodies.push({ index: imported + index, size: bodySize });
      pos += bodySize;
    }
  } else if (id === 11) {
    data = bytes.subarray(start, end);
  }
  pos = end;
}

/** Legacy Rust mangling (_ZN…E) to a path without the hash; other names stay as they are. */
function demangle(symbol) {
  const match = /^_ZN(.*)E$/.exec(symbol);
  if (!match) return symbol;
  const parts = [];
  let rest = match[1];
  while (rest.length > 0) {
    const length = /^(\d+)/.exec(rest);
    if (!length) break;
    const start = length[1].length;
    parts.push(rest.slice(start, start + Number(length[1])));
    rest = rest.slice(start + Number(length[1]));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\$u27\$/g, "'")
    .replace(/\$BP\$/g, '*').replace(/\$LP\$/g, '(').replace(/\$RP\$/g, ')').replace(/\.\./g, '::').replace(/^_/, '');
}

/** The crate a function belongs to: the first path segment, looking through `<… as …>`. */
function crateOf(path) {
  const first = /^<*&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
  return first ? first[1] : '(other)';
}

const functions = bodies.map((body) => ({ ...body, name: demangle(names.get(body.index) ?? `func[${body.index}]`) }));
functions.sort((a, b) => b.size - a.size);
const codeTotal = functions.reduce((sum, f) => sum + f.size, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

console.log(`file ${file}: ${kb(bytes.length)} raw, ${kb(brotliSize(bytes))} brotli`);
console.log(`code: ${functions.length} functions, ${kb(codeTotal)} raw; data section: ${kb(data.length)} raw, ${kb(brotliSize(data))} brotli alone`);
console.log(`sections: ${sections.map((s) => `${s.id}=${s.size}`).join(' ')}`);
console.log(`\ntop ${topArg} functions by body size`);
for (const f of functions.slice(0, Number(topArg))) console.log(`${String(f.size).padStart(8)}  ${f.name.slice(0, 150)}`);

const byCrate = new Map();
for (const f of functions) byCrate.set(crateOf(f.name), (byCrate.get(crateOf(f.name)) ?? 0) + f.size);
console.log('\ncode by crate (raw body bytes)');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${String(size).padStart(8)}  ${((100 * size) / codeTotal).toFixed(1).padStart(5)} %  ${crate}`);
}
