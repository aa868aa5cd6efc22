// Takes screenshots of the built app for a human look: `node scripts/screenshots.mjs [DIST] [OUT]`.
// Phone (360 px) and desktop (1280 px) widths, German and English, the main screens.
import { mkdirSync } from 'node:fs';
import { serve } from '../e2e/support/serve.mjs';
import { launch } from '../e2e/support/browser.mjs';

const [dist = 'dist', out = 'screenshots'] = process.argv.slice(2);
const screens = (process.env.SCREENS ?? '#/,#/profil,#/feld/1,#/uebersicht').split(',');
mkdirSync(out, { recursive: true });
const server = await serve({ root: dist });
const browser = await launch();
for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
  for (const lang of ['de', 'en']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const hash of screens) {
      await page.goto(`${server.url}?lang=${lang}${hash}`);
      await page.locator('main h1').first().waitFor();
      // A full-page capture paints only what is near the viewport; the results' long sections (content-visibility:
      // auto, style/main.css) would come out blank.
      if (process.env.FULL === '1') await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const file = `${out}/${name}-${lang}-${hash.replace(/[#/]+/g, '_') || 'start'}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
