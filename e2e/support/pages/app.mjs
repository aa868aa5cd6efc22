// The app as a whole, on a page or inside a frame: the shared parts (header, footer, notices, progress, save status)
// and one page object per screen. Texts come from src/i18n in the app's current language (`app.lang`), which the
// page object keeps in step when the test switches language.
import { texts } from '../texts.mjs';
import { Header } from './header.mjs';
import { Footer } from './footer.mjs';
import { Notices } from './notices.mjs';
import { ProgressPanel, SaveStatus } from './progress.mjs';
import { StartPage } from './start.mjs';
import { PrivacyPage } from './privacy.mjs';
import { ProfilePage } from './profile.mjs';
import { FieldPage } from './field.mjs';
import { OverviewPage } from './overview.mjs';
import { ResultsPage } from './results.mjs';
import { PlanPage } from './plan.mjs';
import { ReportPage } from './report.mjs';
import { TeamPage } from './team.mjs';
import { DeskPage } from './desk.mjs';
import { FollowUp } from './follow-up.mjs';
import { RecheckPage } from './recheck.mjs';
import { hasFocus, until } from './util.mjs';

/** The storage key the app keeps its data under. */
export const KEY = 'arbeitgeber-check';

export class App {
  /**
   * @param {import('playwright-core').Page} page  the browser tab
   * @param {object} options
   * @param {import('playwright-core').Page | import('playwright-core').Frame} [options.root]  where the app runs (a frame when embedded)
   * @param {string} [options.url]    the app's address without query and hash
   * @param {string} [options.query]  e.g. '?lang=en', kept for `goto`
   * @param {'de'|'en'} [options.lang]
   */
  constructor(page, { root = page, url = '', query = '', lang = 'de' } = {}) {
    this.page = page;
    this.root = root;
    this.url = url;
    this.query = query;
    this.lang = lang;
  }

  /** The UI texts in the app's current language. */
  get t() { return texts[this.lang]; }

  get main() { return this.root.getByRole('main'); }
  /**
   * The German start page pre-rendered into index.html (examples/prerender.rs), present until the app mounts. It has
   * no role of its own (its parts do: `prerenderedHeading`), so it is found by its id.
   */
  get prerender() { return this.root.locator('#prerender'); }
  /** The pre-render's start page heading. */
  get prerenderedHeading() {
    return this.prerender.getByRole('main').getByRole('heading', { level: 1, name: this.t.start_title, exact: true });
  }
  /** What a screen that shows the check's content shows while the content is loading: a status heading. */
  get contentLoading() { return this.main.getByRole('heading', { level: 1, name: this.t.content_loading, exact: true }); }
  /** … and after the content could not be loaded: a heading that says so, and a retry. */
  get contentFailed() { return this.main.getByRole('heading', { level: 1, name: this.t.content_failed_title, exact: true }); }
  get retryContentButton() { return this.main.getByRole('button', { name: this.t.content_retry, exact: true }); }
  /** The current screen's level-1 heading, whichever screen it is. */
  get heading() { return this.main.getByRole('heading', { level: 1 }); }

  get header() { return new Header(this); }
  get footer() { return new Footer(this); }
  get notices() { return new Notices(this); }
  get progress() { return new ProgressPanel(this); }
  get saveStatus() { return new SaveStatus(this); }

  get start() { return new StartPage(this); }
  get privacy() { return new PrivacyPage(this); }
  get profile() { return new ProfilePage(this); }
  /** Field `number` (1-based); `field(fields.length)` is the last. */
  field(number) { return new FieldPage(this, number); }
  get overview() { return new OverviewPage(this); }
  get results() { return new ResultsPage(this); }
  get plan() { return new PlanPage(this); }
  get report() { return new ReportPage(this); }
  get team() { return new TeamPage(this); }
  get desk() { return new DeskPage(this); }
  /** Focus, re-check date, calendar and spreadsheet files, Aushang (issue 30). */
  get followUp() { return new FollowUp(this); }
  get recheck() { return new RecheckPage(this); }

  /**
   * Waits until the app has mounted: the start page pre-rendered into index.html (which looks like the app's and which
   * the app removes as it mounts) is gone, and a screen heading is shown.
   */
  async ready({ timeout = 20_000 } = {}) {
    await this.prerender.waitFor({ state: 'detached', timeout });
    await this.heading.first().waitFor({ timeout });
  }

  /** Goes to an address within the app (a screen hash, optionally another query). */
  async goto(hash, query = this.query) {
    await this.root.goto(this.url + query + hash);
    await this.ready();
  }

  async reload() { await this.page.reload(); await this.ready(); }
  async back() { await this.page.goBack(); }
  async forward() { await this.page.goForward(); }

  /** The `lang` of the app's document. */
  documentLang() { return this.root.evaluate(() => document.documentElement.lang); }

  /** Whether keyboard focus is on the current screen's heading (where the app puts it after a screen change). */
  headingHasFocus() { return hasFocus(this.heading); }
  waitForHeadingFocus() { return until(() => this.headingHasFocus(), 'focus on the heading'); }

  /** The saved JSON in 'session' or 'local' storage, parsed, or null. */
  async stored(area) {
    const raw = await this.root.evaluate(([k, a]) => (a === 'local' ? localStorage : sessionStorage).getItem(k), [KEY, area]);
    return raw === null ? null : JSON.parse(raw);
  }

  /** Every key this app left in either storage. */
  storedKeys() {
    return this.root.evaluate((k) => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith(k)), KEY);
  }

  /** Console errors, page errors and requests to other origins seen so far. */
  get problems() { return this.page.problems; }

  /** Presses Tab until `reached()` (async) holds; fails after `limit` presses. */
  async tabUntil(reached, limit = 200) {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await reached()) return;
    }
    throw new Error('focus never reached the target');
  }

  async press(key) { await this.page.keyboard.press(key); }

  /** Clicks `trigger` and returns the download it starts. */
  async download(trigger) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
    return download;
  }

  async close() { await this.page.context().close(); }
}
