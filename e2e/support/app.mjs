// Page-object helpers: what a person does in the app, in the app's own terms.
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch, openPage, appReady } from './browser.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const KEY = 'arbeitgeber-check';
export const ANSWERS = ['fully', 'mostly', 'rather_not', 'not_true', 'not_relevant'];

/** Starts a server for dist/ and a browser; returns them with a `stop()` for `after`. */
export async function setup(serveOptions = {}) {
  const server = await serve({ root: DIST, ...serveOptions });
  const browser = await launch();
  return { server, browser, stop: async () => { await browser.close(); await server.close(); } };
}

/** Opens the app at `hash` (e.g. '#/feld/2') in a fresh context unless `context` is given. */
export async function openApp(env, { hash = '', query = '', context, initScript } = {}) {
  let page;
  if (context) {
    page = await context.newPage();
    page.problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
    page.on('console', (m) => { if (m.type() === 'error') page.problems.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => page.problems.pageErrors.push(String(e)));
  } else {
    page = await openPage(env.browser, { allowedOrigins: [env.server.origin] });
  }
  if (initScript) await page.addInitScript(initScript);
  await page.goto(env.server.url + query + hash);
  await appReady(page);
  return page;
}

/** The statement fieldsets on the current page. */
export function statements(page) {
  return page.locator('fieldset[data-testid=statement]');
}

/** Clicks an answer of the statement with content id `id`. */
export async function answer(page, id, value) {
  await page.locator(`fieldset[data-statement="${id}"] input[value="${value}"]`).check();
}

/** The answer shown for statement `id` ('' when unanswered). */
export async function shownAnswer(page, id) {
  return page.locator(`fieldset[data-statement="${id}"]`).getAttribute('data-answer');
}

/** Ids of all statements on the current page. */
export async function statementIds(page) {
  return statements(page).evaluateAll((nodes) => nodes.map((n) => n.dataset.statement));
}

/** Waits for the heading of the current screen to contain `text`. */
export async function heading(page, text) {
  await page.locator('main h1', { hasText: text }).waitFor();
}

/** The saved JSON in the given storage ('session' or 'local'), parsed, or null. */
export async function stored(page, area) {
  const raw = await page.evaluate(([k, a]) => (a === 'local' ? localStorage : sessionStorage).getItem(k), [KEY, area]);
  return raw === null ? null : JSON.parse(raw);
}

export { appReady };
