// Screens of the adviser's desk for looking at them (issue 31; a tool, not a test): 30 generated firms (one with two
// checks) at 320, 390 and 1280 px in German and English, a firm opened, and the printed Gesprächsblatt as PDF and PNG.
//   node scripts/look-desk.mjs [dist] [out-dir]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../e2e/support/serve.mjs';
import { launch } from '../e2e/support/browser.mjs';
import { firmFile, random, answersAt } from '../e2e/support/firm-files.mjs';

const [dist = 'dist', out = 'target/look-desk'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const next = random(5);
const sizes = ['1-9', '10-49', '10-49', '50-249'];
const sectors = ['handwerk', 'handwerk', 'industrie', 'handel', 'gesundheit'];
const files = Array.from({ length: 30 }, (_, i) => ({
  name: `betrieb-${i + 1}.json`,
  text: firmFile({ name: i === 0 ? 'Tischlerei Muster GmbH & Co. KG' : `Betrieb ${i + 1}`, at: `2026-${String(1 + (i % 11)).padStart(2, '0')}-05T09:00:00.000Z`,
    answers: answersAt(next(4), next), size: sizes[next(4)], sector: sectors[next(5)],
    plan: i % 4 === 0 ? [{ measure_id: 'm1.1.a', owner: '', due: '2026-02-01', status: 'planned', note: '' }] : [] }),
}));
files.push({ name: 'muster-alt.json', text: firmFile({ name: 'Tischlerei Muster GmbH & Co. KG', at: '2025-10-05T09:00:00.000Z', answers: answersAt(0, next), size: '10-49', sector: 'handwerk' }) });
const server = await serve({ root: dist });
const browser = await launch();
for (const lang of ['de', 'en']) {
  for (const width of [320, 390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}?lang=${lang}#/beratung`);
    await page.locator('.page--desk .dropzone').waitFor();
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      document.querySelector('.page--desk .dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await page.locator('.desk-table tbody tr').nth(29).waitFor();
    // The table as the adviser sees it once scrolled to it; first, as a full-page shot leaves the rows out of the
    // first viewport unpainted (they are laid out only when they come near, content-visibility), and the next shot too.
    await page.evaluate(() => document.getElementById('desk-table-title').scrollIntoView());
    await page.screenshot({ path: join(out, `table-${lang}-${width}.png`) });
    await page.screenshot({ path: join(out, `desk-${lang}-${width}.png`), fullPage: true });
    await page.locator('.desk-table tbody tr').first().getByRole('button').click();
    await page.locator('#desk-firm-title').waitFor();
    await page.screenshot({ path: join(out, `firm-${lang}-${width}.png`), fullPage: true });
    if (width === 1280) {
      const pdf = join(out, `sheet-${lang}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(out, `sheet-${lang}`)]);
      console.log(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:.*/)[0], pdf);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
