// Launches Debian's Chromium through playwright-core (never a downloaded browser) and records what a test must
// check on every page: console errors and requests to other origins.
import { chromium } from 'playwright-core';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh browser; playwright gives every launch a new, empty profile directory of its own. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * Opens a page in a new context and starts recording problems.
 * `page.problems.consoleErrors` and `page.problems.foreignRequests` (requests to origins outside `allowedOrigins`).
 */
export async function openPage(browser, { allowedOrigins = [], contextOptions = {} } = {}) {
  const context = await browser.newContext({ locale: 'de-DE', ...contextOptions });
  const page = await context.newPage();
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

/**
 * Waits until the Leptos app has rendered its first screen: a heading is visible and the start page pre-rendered into
 * index.html (which the app removes as it mounts) is gone.
 */
export async function appReady(page) {
  await page.locator('#prerender').waitFor({ state: 'detached', timeout: 20_000 });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
}
