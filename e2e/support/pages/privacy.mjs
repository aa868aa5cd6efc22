// The privacy page: plain words on where answers are kept.
import { Screen } from './screen.mjs';

export class PrivacyPage extends Screen {
  constructor(app) { super(app, '#/datenschutz', (t) => t.privacy_title); }

  /** Each paragraph of the privacy text, as the user reads it. */
  paragraphs() { return this.t.privacy_paragraphs.map((text) => this.app.main.getByText(text, { exact: true })); }

  get backToStart() { return this.app.main.getByRole('link', { name: this.t.back_to_start, exact: true }); }
}
