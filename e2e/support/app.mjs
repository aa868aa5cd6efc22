// The fixture every spec starts from: a static server for dist/ and a browser for the whole file, and `open()`,
// which opens the app in a fresh browser context (or a given one) and returns its page object (pages/app.mjs).
// Tests fail closed: after every test, each page `open()` gave it must have had no console error, no page error and
// no request to another origin, except the problems a test provokes on purpose and names (`expectProblems`).
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch, openPage, watchProblems, appReady } from './browser.mjs';
import { savedState, seedScript } from './content.mjs';
import { App, KEY } from './pages/app.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** The CSP EMBEDDING.md recommends; a host may also frame the app from localhost in the tests. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "frame-ancestors 'self' http://localhost:*";
export { App, KEY };

/**
 * Registers `before`/`after` hooks that start and stop a server (options as for `serve`, root dist/) and a browser.
 * @returns {{ server, browser, open: (options?: OpenOptions) => Promise<App> }}
 */
export function useApp(serveOptions = {}) {
  const env = {};
  before(async () => {
    env.server = await serve({ root: DIST, ...serveOptions });
    env.browser = await launch();
  });
  after(async () => { await env.browser?.close(); await env.server?.close(); });
  /** The pages this test opened, each with the problems it was allowed. */
  const opened = [];
  afterEach(() => {
    const unexpected = opened.splice(0).flatMap(({ page, expected }) => unexpectedProblems(page.problems, expected));
    assert.deepEqual(unexpected, [], 'no console error, page error or request to another origin');
  });

  /**
   * @typedef {object} OpenOptions
   * @property {(app: App) => {hash: string, waitFor: () => Promise<void>}} [at]  the screen to load first, e.g. (app) => app.field(2)
   * @property {'de'|'en'} [lang]   opens with ?lang=…
   * @property {string} [query]     another query than ?lang=… (e.g. '?embed=1')
   * @property {object} [seed]      answers/profile/plan/lang put into sessionStorage before the app starts
   * @property {string} [initScript]  any other script to run before the app
   * @property {import('playwright-core').BrowserContext} [context]  a second tab in this context instead of a fresh one
   * @property {object} [server]    another server than the file's (e.g. one under a sub-path)
   * @property {object} [contextOptions]  for the fresh context (viewport, …)
   * @property {(page) => void} [beforeLoad]  e.g. to listen to responses from the first request on
   * @property {boolean} [mounted]  false: return once the document is parsed, without waiting for the app to mount
   *   (to look at the pre-rendered start page)
   * @property {ExpectedProblems} [expectProblems]  what this test provokes on purpose; anything else fails it
   */
  async function open({ at, lang, query = lang ? `?lang=${lang}` : '', seed, initScript, context, server = env.server, contextOptions, beforeLoad, mounted = true, expectProblems } = {}) {
    const page = context
      ? watchProblems(await context.newPage(), [server.origin])
      : await openPage(env.browser, { allowedOrigins: [server.origin], contextOptions });
    opened.push({ page, expected: expectProblems });
    if (seed) await page.addInitScript(seedScript(savedState(seed)));
    if (initScript) await page.addInitScript(initScript);
    beforeLoad?.(page);
    const app = new App(page, { url: server.url, query, lang: lang ?? seed?.lang ?? 'de' });
    const screen = at?.(app);
    if (!mounted) {
      await page.goto(server.url + query + (screen?.hash ?? ''), { waitUntil: 'domcontentloaded' });
      return app;
    }
    await page.goto(server.url + query + (screen?.hash ?? ''));
    await appReady(page);
    if (screen) await screen.waitFor();
    return app;
  }

  return {
    get server() { return env.server; },
    get browser() { return env.browser; },
    open,
  };
}

/**
 * The problems tests provoke on purpose, by name: a test that provokes one passes `expectProblems: PROVOKED.name` to
 * `open()`. Chromium logs every failed request as a console error, whatever the page does about it.
 */
export const PROVOKED = {
  missingFile: { why: 'a file the test left out answers 404', consoleErrors: [/the server responded with a status of 404/] },
  failedRequest: {
    why: 'requests the test fails on purpose (and the chunk loader\'s report of them)',
    consoleErrors: [/^Failed to load resource: net::ERR_FAILED$/, /^TypeError: Failed to fetch\n/],
  },
  tamperedChunk: {
    why: 'the chunk\'s bytes are changed on the way, so its integrity check fails',
    consoleErrors: [/^Failed to find a valid digest in the 'integrity' attribute/, /SRI's integrity checks failed/, /^TypeError: Failed to fetch\n/],
  },
  damagedContent: {
    why: 'the content file arrives cut off; the field page logs the field it cannot find before the status turns to failed',
    consoleErrors: [/^no field \d+$/],
  },
  offline: { why: 'the network is off: kammer.json cannot be fetched fresh', consoleErrors: [/^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/] },
};

/**
 * Problems a test provokes on purpose, each kind a list of patterns, and why (shown when something else turns up).
 * @typedef {object} ExpectedProblems
 * @property {string} why
 * @property {RegExp[]} [consoleErrors]
 * @property {RegExp[]} [pageErrors]
 * @property {RegExp[]} [foreignRequests]
 */

/** The recorded problems no pattern of `expected` covers, as readable lines. */
export function unexpectedProblems(problems, expected = { why: 'none expected' }) {
  return ['consoleErrors', 'pageErrors', 'foreignRequests'].flatMap((kind) => problems[kind]
    .filter((problem) => !(expected[kind] ?? []).some((pattern) => pattern.test(problem)))
    .map((problem) => `${kind}: ${problem}`));
}
