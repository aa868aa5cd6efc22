// The progress panel on questionnaire screens (test id `progress`; no landmark of its own): answered count, the shortcut to the
// next open statement, the field steps; and the save status it shares with the start page.

/** Where answers are kept, by the text the save status shows. */
export const SAVE_MODES = { Session: 'saved_in_tab', Local: 'saved_on_device', Memory: 'saved_nowhere' };

export class ProgressPanel {
  constructor(app) { this.app = app; }

  get region() { return this.app.root.getByTestId('progress'); }

  /** "3 von 56 beantwortet" (a status, announced on change). */
  get counter() { return this.region.getByRole('status').and(this.app.root.getByTestId('progress-text')); }

  async text() { return (await this.counter.innerText()).trim(); }

  get nextOpenLink() { return this.region.getByRole('link', { name: this.app.t.next_open_statement, exact: true }); }

  get steps() { return this.region.getByRole('navigation', { name: this.app.t.progress_nav_label, exact: true }).getByRole('link'); }
}

/** The save status line (start page and progress panel). Plain text without a role, hence its test id. After the
 * start page it is a control: "ändern" opens the choice between this tab and this device. */
export class SaveStatus {
  constructor(app) { this.app = app; }

  get element() { return this.app.root.getByTestId('save-status'); }
  get changeButton() { return this.element.getByRole('button', { name: new RegExp(`^${this.app.t.storage_change}`) }); }
  /** The choice, asked at the first answer or opened by "ändern" (inside a polite live region). */
  get choice() { return this.app.root.getByTestId('remember-ask'); }
  get keepOnDevice() { return this.choice.getByRole('button', { name: this.app.t.remember_ask_yes, exact: true }); }
  get onlyInTab() { return this.choice.getByRole('button', { name: this.app.t.remember_ask_no, exact: true }); }

  /** 'Session' | 'Local' | 'Memory', read from the words on screen (the line's own text, without the "ändern"
   * button of the screens after the start page); throws on any other text. */
  async mode() {
    const shown = await this.element.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent).join('').trim());
    const mode = Object.keys(SAVE_MODES).find((m) => this.app.t[SAVE_MODES[m]] === shown);
    if (!mode) throw new Error(`unknown save status "${shown}"`);
    return mode;
  }
}
