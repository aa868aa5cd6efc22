// The size budget: the first load (every file fetched before the start page is usable), brotli-compressed as a
// real host serves it, stays within the budget in scripts/size.mjs. On failure the table shows where the bytes went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './support/app.mjs';
import { BUDGET, measure, table } from '../scripts/size.mjs';

test('the first load stays within the size budget', () => {
  const result = measure(DIST);
  const names = result.first.map((file) => file.name);
  // The measurement follows the page's own references; if it lost the wasm or the boot script, it would pass falsely.
  assert.ok(names.includes('index.html') && names.some((name) => name.endsWith('.wasm')) && names.some((name) => name.endsWith('.css')),
    `first load misses files:\n${table(result)}`);
  assert.ok(result.total <= BUDGET, `first load ${result.total} B brotli exceeds the budget of ${BUDGET} B:\n${table(result)}`);
  console.log(table(result));
});
