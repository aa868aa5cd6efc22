// A human look at issue 26's first user (e2e/support/first-user.mjs): full-page screenshots of a screen at given
// widths and languages, and the printed report as PDF + PNG pages. `node scripts/look-first-user.mjs OUT [HASH] [WIDTHS]`
// e.g. `node scripts/look-first-user.mjs shots '#/ergebnis' 320,390,1366`; HASH `pdf` prints the report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve } from '../e2e/support/serve.mjs';
import { launch } from '../e2e/support/browser.mjs';
import { savedState, seedScript } from '../e2e/support/content.mjs';
import { firstUser } from '../e2e/support/first-user.mjs';

const [out = 'shots', hash = '#/ergebnis', widths = '320,390,1366', langs = 'de,en'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve({ root: 'dist' });
const browser = await launch();
for (const lang of langs.split(',')) {
  for (const width of hash === 'pdf' ? [1280] : widths.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width, height: 768 } });
    await page.addInitScript(seedScript(savedState({ ...firstUser, lang })));
    await page.goto(`${server.url}?lang=${lang}${hash === 'pdf' ? '#/bericht' : hash}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(500);
    if (hash === 'pdf') {
      const pdf = `${out}/report-${lang}.pdf`;
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, `${out}/report-${lang}`]);
      console.log(pdf);
    } else {
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // In parts of 1600 px, so each can be looked at.
      for (let y = 0, part = 0; y < height; y += 1600, part++) {
        const file = `${out}/${lang}-${width}-${hash.replace(/[#/]+/g, '_')}-${part}.png`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(1600, height - y) } });
        console.log(file, height);
      }
    }
    await page.close();
  }
}
await browser.close();
await server.close();
