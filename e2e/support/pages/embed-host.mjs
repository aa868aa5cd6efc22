// A chamber's page that pasted the loader snippet: the frame element on the host page, and the app inside it as an
// App page object (without header or footer: compact mode).
import { App } from './app.mjs';
import { until } from './util.mjs';

export class EmbedHost {
  constructor(page) { this.page = page; }

  /** The frame the snippet created. An iframe has no role; the host page has exactly one. */
  get frameElement() { return this.page.locator('iframe'); }

  /** The app inside the frame, once it has rendered its first screen. */
  async app({ lang = 'de' } = {}) {
    await this.frameElement.waitFor();
    const frame = await (await this.frameElement.elementHandle()).contentFrame();
    // Right after the element appears the frame may not have navigated yet (its address is still empty).
    await until(() => frame.url().startsWith('http'), 'the frame to load the app');
    const app = new App(this.page, { root: frame, url: frame.url().split('#')[0], lang });
    await app.ready();
    return app;
  }

  /** The frame's content height and its height on the host page. */
  async heights() {
    const frame = await (await this.frameElement.elementHandle()).contentFrame();
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await this.frameElement.evaluate((el) => el.getBoundingClientRect().height);
    return { inner, outer };
  }

  /** Waits until the frame is as tall as its content (±2 px); returns that height. */
  async waitForFit() {
    let last;
    try {
      return await until(async () => {
        last = await this.heights();
        return Math.abs(last.inner - last.outer) <= 2 && last.outer;
      }, 'the frame to fit its content', 5_000);
    } catch {
      throw new Error(`frame height ${last?.outer} does not match its content ${last?.inner}`);
    }
  }

  /** Whether the top of the frame is in the host page's viewport (not scrolled above it). */
  async waitForFrameInView() {
    const element = await this.frameElement.elementHandle();
    await this.page.waitForFunction((el) => el.getBoundingClientRect().top >= -1, element);
  }
}
