import { serve } from '../e2e/support/serve.mjs';
import { launch } from '../e2e/support/browser.mjs';
import { savedState, seedScript } from '../e2e/support/content.mjs';
import { answers } from '../e2e/support/known-answers.mjs';
import { writeFileSync } from 'node:fs';
const out = process.argv[2];
const server = await serve({ root: 'dist' });
const browser = await launch();
const seed = savedState({ answers: { ...answers, '3.1.b': 'mostly' }, profile: { size: '10-49', trains_apprentices: true, company_name: 'Tischlerei Muster' }, duties: { nachweis: 'no', unterweisung: 'yes', arbeitszeiterfassung: 'partly', jugendarbeitsschutz: 'not_applicable' } });
for (const lang of ['de', 'en']) {
  for (const width of [320, 390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.addInitScript(seedScript(seed));
    for (const [name, hash, sel] of [['duties', '#/pflichten', '[data-duty="beschaeftigungspflicht"]'], ['results', '#/ergebnis', '[data-testid="legal-duties"]']]) {
      await page.goto(`${server.url}?lang=${lang}${hash}`);
      await page.locator(sel).first().waitFor();
      await page.locator(sel).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/${name}-${lang}-${width}.png` });
    }
    if (width === 1280) {
      await page.goto(`${server.url}?lang=${lang}#/bericht`);
      await page.locator('[data-testid="legal-duties"]').waitFor();
      await page.emulateMedia({ media: 'print' });
      writeFileSync(`${out}/report-${lang}.pdf`, await page.pdf({ format: 'A4' }));
    }
    await page.close();
  }
}
await browser.close();
await server.close();
