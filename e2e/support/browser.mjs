// Launches Debian's Chromium through playwright-core (never a downloaded browser) and records what a test must
// check on every page: console errors and requests to other origins.
import { chromium } from 'playwright-core';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** How every browser here starts: Debian's Chromium (or CHROMIUM_PATH), headless, with the flags above. */
const chromiumOptions = () => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
});

/** A fresh browser; playwright gives every launch a new, empty profile directory of its own. */
export async function launch() {
  return chromium.launch(chromiumOptions());
}

/**
 * A browser context that keeps a profile in `dir`, as a visitor's browser does (a fresh context is like a private
 * window). The difference shows in timings: without a profile Chromium fetches and decodes the page's icon again on
 * every change of the address, hash included, in the page's main thread.
 */
export async function launchWithProfile(dir, contextOptions = {}) {
  return chromium.launchPersistentContext(dir, { ...chromiumOptions(), ...contextOptions });
}

/**
 * Starts recording problems on a page: `page.problems.consoleErrors`, `.pageErrors` and `.foreignRequests`
 * (requests to origins outside `allowedOrigins`).
 */
export function watchProblems(page, allowedOrigins = []) {
  const problems = { consoleErrors: [], foreignRequests: [], pageErrors: [] };
  page.on('console', (message) => { if (message.type() === 'error') problems.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    const origin = new URL(url).origin;
    if (!allowedOrigins.includes(origin)) problems.foreignRequests.push(url);
  });
  page.problems = problems;
  return page;
}

/** Opens a page in a new context (German locale unless `contextOptions` say otherwise) and records its problems. */
export async function openPage(browser, { allowedOrigins = [], contextOptions = {} } = {}) {
  const context = await browser.newContext({ locale: 'de-DE', ...contextOptions });
  return watchProblems(await context.newPage(), allowedOrigins);
}

/**
 * Waits until the Leptos app has rendered its first screen: the start page pre-rendered into index.html (which the
 * app removes as it mounts) is gone and a level-1 heading in <main> is visible.
 */
export async function appReady(page) {
  await page.locator('#prerender').waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 20_000 });
}
