// Interaction benchmark (not a test): in Chromium with 4x CPU throttling (DevTools protocol)
//  1. the time from clicking an answer to the updated progress text (median and worst of N clicks);
//  2. the time to render the results screen for a complete answer set (click "Zum Ergebnis" -> scores and all
//     recommendations in the DOM).
// `make bench-ui` (builds first).
import { serve } from '../e2e/support/serve.mjs';
import { launch } from '../e2e/support/browser.mjs';
import { statements, savedState, seedScript } from '../e2e/support/content.mjs';

const [dist = 'dist'] = process.argv.slice(2);
const server = await serve({ root: dist });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const loadStart = Date.now();
await page.goto(server.url + '#/feld/1');
await page.locator('fieldset[data-statement]').first().waitFor();
const loadMs = Date.now() - loadStart;

// Each sample: click a radio (dispatching the real click from inside the page, so the measurement starts at the
// event) and wait for the progress text to change, measured with performance.now() in the page.
const samples = await page.evaluate(async () => {
  const results = [];
  const progress = document.querySelector('[data-testid=progress-text]');
  const radios = [...document.querySelectorAll('fieldset[data-statement]')].flatMap((f) => [
    f.querySelector('input[value=fully]'),
    f.querySelector('input[value=not_true]'),
  ]);
  const clears = () => [...document.querySelectorAll('[data-testid=clear-answer]')];
  for (let round = 0; round < 3; round++) {
    for (const radio of radios.filter((_, i) => i % 2 === 0)) {
      const before = progress.textContent;
      const start = performance.now();
      radio.click();
      await new Promise((resolve) => {
        if (progress.textContent !== before) return resolve();
        new MutationObserver((_, observer) => { observer.disconnect(); resolve(); })
          .observe(progress, { childList: true, characterData: true, subtree: true });
      });
      results.push(performance.now() - start);
    }
    for (const clear of clears()) clear.click();
    await new Promise((r) => setTimeout(r, 50));
  }
  return results;
});
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.log(`click -> progress updated, 4x CPU throttling, ${samples.length} clicks: median ${median.toFixed(2)} ms, worst ${samples.at(-1).toFixed(2)} ms`);
console.log(`page load to first statement (4x throttling, localhost): ${loadMs} ms`);

const scale = ['fully', 'mostly', 'rather_not', 'not_true', 'mostly', 'not_relevant'];
const answers = Object.fromEntries(statements.map((s, i) => [s.id, scale[i % scale.length]]));
const results = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await (await results.context().newCDPSession(results)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
await results.addInitScript(seedScript(savedState({ answers, profile: { size: '10-49', sector: 'handwerk', trains_apprentices: true } })));
const renders = [];
for (let run = 0; run < 7; run++) {
  await results.goto(server.url + '#/uebersicht');
  await results.getByTestId('to-results').waitFor();
  renders.push(await results.evaluate(async () => {
    const start = performance.now();
    document.querySelector('[data-testid=to-results]').click();
    await new Promise((resolve) => {
      const done = () => document.querySelector('[data-testid=overall-score]') && document.querySelectorAll('[data-testid=priority]').length > 0;
      if (done()) return resolve();
      new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(); } })
        .observe(document.body, { childList: true, subtree: true });
    });
    // Include style and layout of the new screen.
    document.body.getBoundingClientRect();
    return performance.now() - start;
  }));
}
renders.sort((a, b) => a - b);
console.log(`results screen render, complete answers, 4x CPU throttling, ${renders.length} runs: median ${renders[3].toFixed(1)} ms, worst ${renders.at(-1).toFixed(1)} ms`);
await browser.close();
await server.close();
