// Throwaway: screenshots for the report (not committed).
import { test } from 'node:test';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { answerAll, statements } from './support/content.mjs';
const env = useApp();
const OUT = '/tmp/h26a-shots';
const answers = answerAll((_, i) => ['fully', 'rather_not', 'unknown', 'not_relevant', 'mostly'][i % 5]);
test('shots', async () => {
  const file = join(OUT, 'p.json');
  for (const [i, role] of ['beschaeftigte', null].entries()) {
    const a = await env.open({ seed: { answers: answerAll((_, j) => ['fully', 'not_true', 'unknown', 'not_relevant'][(i + j) % 4]), profile: { company_name: 'Elektro Lüneburg', ...(role ? { role } : {}) } } });
    const d = await a.download(a.start.resultFile.exportButton); await d.saveAs(join(OUT, `p${i}.json`)); await a.close();
  }
  for (const width of [320, 390, 1280]) {
    for (const lang of ['de', 'en']) {
      const contextOptions = { viewport: { width, height: 900 } };
      let app = await env.open({ at: (a) => a.field(1), lang, contextOptions });
      const f = app.field(1);
      await f.statement(f.contentStatements[0]).choose('unknown');
      await app.saveStatus.choice.waitFor();
      await app.page.screenshot({ path: `${OUT}/${width}-${lang}-ask.png` });
      await app.close();
      app = await env.open({ at: (a) => a.results, lang, seed: { answers, lang }, contextOptions });
      await app.page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const clar = app.main.getByTestId('to-clarify');
      await clar.waitFor();
      await clar.screenshot({ path: `${OUT}/${width}-${lang}-clarify.png` });
      await app.main.getByTestId('save-file').screenshot({ path: `${OUT}/${width}-${lang}-savefile.png` });
      await app.main.getByTestId('save-status').getByRole('button').click();
      await app.main.getByTestId('save-file').screenshot({ path: `${OUT}/${width}-${lang}-savefile-open.png` });
      await app.results.openCompare();
      await app.main.getByTestId('compare').screenshot({ path: `${OUT}/${width}-${lang}-compare.png` });
      await app.close();
      app = await env.open({ at: (a) => a.team, lang, contextOptions });
      await app.team.choose([join(OUT, 'p0.json'), join(OUT, 'p1.json')]);
      await app.team.peopleHeading(2).waitFor();
      await app.page.screenshot({ path: `${OUT}/${width}-${lang}-team.png`, fullPage: true });
      if (width === 1280 && lang === 'de') {
        await app.page.pdf({ path: `${OUT}/team.pdf`, format: 'A4', printBackground: true });
      }
      await app.close();
    }
  }
});
