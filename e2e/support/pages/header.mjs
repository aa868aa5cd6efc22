// The page header (banner): product name and the language switch. Embedded, only the switch remains, in a slim
// navigation bar.
export class Header {
  constructor(app) { this.app = app; }

  get banner() { return this.app.root.getByRole('banner'); }

  /** The link to the page in plain language ("Leichte Sprache" / "Plain English"), also in compact mode. */
  get easyLanguageLink() { return this.app.root.getByRole('link', { name: this.app.t.header_easy_language_link, exact: true }); }

  /** The switch is a button named with the *other* language's name, inside the navigation named for it. */
  get languageSwitch() {
    const t = this.app.t;
    return this.app.root.getByRole('navigation', { name: t.language_switch_label, exact: true })
      .getByRole('button', { name: t.other_language_name, exact: true });
  }

  /** Switches to the other language and waits until the document says so. */
  async switchLanguage() {
    const next = this.app.lang === 'de' ? 'en' : 'de';
    await this.languageSwitch.click();
    this.app.lang = next;
    await this.app.root.waitForFunction((lang) => document.documentElement.lang === lang, next);
  }
}
