// The shipped style sheets are the sources without comments and spare white space (scripts/minify.mjs): the
// browser's own CSS parser reads the same rules from both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, useApp } from './support/app.mjs';

const env = useApp();

for (const source of ['main', 'print', 'screens']) {
  test(`${source}.css as shipped holds the rules of style/${source}.css, and no comment`, async () => {
    const [shipped] = readdirSync(DIST).filter((name) => new RegExp(`^${source}-[0-9a-f]+\\.css$`).test(name));
    const text = readFileSync(join(DIST, shipped), 'utf8');
    assert.ok(!text.includes('/*'), 'no comment');
    assert.ok(text.length < readFileSync(new URL(`../style/${source}.css`, import.meta.url), 'utf8').length * 0.9, 'smaller');
    const app = await env.open();
    const rules = (css) => app.page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      // Values with var() stay as written, where a comma may or may not be followed by a space: the same value.
      return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*,\s*/g, ','));
    }, css);
    const expected = await rules(readFileSync(new URL(`../style/${source}.css`, import.meta.url), 'utf8'));
    assert.ok(expected.join('').length > 1000, 'the source has rules');
    assert.deepEqual(await rules(text), expected);
    await app.close();
  });
}
