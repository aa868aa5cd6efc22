// Speed of the adviser's desk (issue 31; not a test, times never are): 200 generated result files dropped at once
// until the table shows 200 rows and the next frame has painted, without throttling; and sorting a column at 4x CPU
// throttling, median of 9: its first view (click -> the end of the main-thread task that paints the next frame, from
// a Chromium trace, as INP counts it) and complete (click -> re-ordered, painted and the next task run). `make perf-ui`
// reports them beside the other figures; alone: `node scripts/perf-desk.mjs [dist]`.
import { fileURLToPath } from 'node:url';
import { firmFile, random, answersAt } from '../e2e/support/firm-files.mjs';
import { TIMELINE, isClick, paintedBy, traced } from './trace.mjs';

const FIRMS = 200;

/** Figures on a page of `url` in `browser`: { desk_load_200_ms, desk_sort_first_view_4x_ms, desk_sort_4x_ms }. */
export async function deskFigures(browser, url) {
  const next = random(31);
  const sizes = ['1-9', '10-49', '50-249', '250+'];
  const sectors = ['handwerk', 'industrie', 'handel', 'dienstleistung'];
  const files = Array.from({ length: FIRMS }, (_, i) => ({
    name: `betrieb-${i + 1}.json`,
    text: firmFile({ name: `Betrieb ${i + 1}`, at: '2026-11-02T09:00:00.000Z', answers: answersAt(next(4), next), size: sizes[next(4)], sector: sectors[next(4)] }),
  }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}#/beratung`);
  await page.locator('.page--desk .dropzone').waitFor();
  const loads = [];
  for (let run = 0; run < 3; run++) {
    await page.reload();
    await page.locator('.page--desk .dropzone').waitFor();
    loads.push(await page.evaluate(async ({ files, count }) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      const zone = document.querySelector('.page--desk .dropzone');
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const start = performance.now();
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      while (document.querySelectorAll('.desk-table tbody tr').length < count) await frame();
      await frame();
      return performance.now() - start;
    }, { files, count: FIRMS }));
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const sorts = [];
  const firstViews = [];
  for (let run = 0; run < 9; run++) {
    const { value, events } = await traced(page, TIMELINE, isClick, () => page.evaluate(sortOnce));
    sorts.push(value);
    // The first view: from the click's dispatch to the end of the task that paints the next frame. The table changes
    // in the click's own task (Leptos runs its effects as microtasks), so that frame shows it sorted.
    const click = events.find(isClick);
    firstViews.push((paintedBy(events, click.ts) - click.ts) / 1000);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    desk_load_200_ms: Number(median(loads).toFixed(1)),
    desk_sort_first_view_4x_ms: Number(median(firstViews).toFixed(1)),
    desk_sort_4x_ms: Number(median(sorts).toFixed(1)),
    loads, sorts, firstViews,
  };
}

/** In the page: sorts by the fifth column (the overall score) and resolves, in ms, once the table is re-ordered and
 * the frame that shows it has been painted (a task queued from the frame's callback runs after its paint). */
async function sortOnce() {
  const header = document.querySelectorAll('.desk-table thead th')[4];
  const before = header.getAttribute('aria-sort');
  const sorted = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (header.getAttribute('aria-sort') !== before) { observer.disconnect(); resolve(); }
  }).observe(header, { attributes: true }));
  const start = performance.now();
  header.querySelector('button').click();
  await sorted;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { serve } = await import('../e2e/support/serve.mjs');
  const { launch } = await import('../e2e/support/browser.mjs');
  const server = await serve({ root: process.argv[2] ?? 'dist', brotliQuality: 11 });
  const browser = await launch();
  const figures = await deskFigures(browser, server.url);
  console.log(`desk: ${FIRMS} files dropped to table painted, 1x CPU, runs ${figures.loads.map((v) => v.toFixed(0)).join(', ')} ms: median ${figures.desk_load_200_ms} ms`);
  console.log(`desk: sort a column, 4x CPU, first view (click -> frame painted), runs ${figures.firstViews.map((v) => v.toFixed(0)).join(', ')} ms: median ${figures.desk_sort_first_view_4x_ms} ms`);
  console.log(`desk: sort a column, 4x CPU, complete (click -> painted and idle), runs ${figures.sorts.map((v) => v.toFixed(0)).join(', ')} ms: median ${figures.desk_sort_4x_ms} ms`);
  await browser.close();
  await server.close();
}
