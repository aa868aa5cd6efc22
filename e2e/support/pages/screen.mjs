// What every screen page object shares: its URL hash, its level-1 heading (which the app focuses on arrival) and the
// pager navigation at its foot.
export class Screen {
  /** `hash` is the screen's address (#/…); `title` gives the heading text for a language's message table. */
  constructor(app, hash, title) {
    this.app = app;
    this.hash = hash;
    this.title = title;
  }

  get t() { return this.app.t; }

  get heading() {
    return this.app.main.getByRole('heading', { level: 1, name: this.title(this.t, this.app.lang), exact: true });
  }

  /** Waits until this screen is shown. */
  async waitFor() { await this.heading.waitFor(); }

  /** Goes to this screen by its address (as a typed or shared link) and waits for it. */
  async open() {
    await this.app.goto(this.hash);
    await this.waitFor();
    return this;
  }

  /** Whether `text` (exactly, as one element's text) is visible on the screen, or within `scope`. */
  shows(text, scope = this.app.main) { return scope.getByText(text, { exact: true }).isVisible(); }

  get pager() { return this.app.main.getByRole('navigation', { name: this.t.pager_label, exact: true }); }

  pagerLink(name) { return this.pager.getByRole('link', { name, exact: true }); }
}
