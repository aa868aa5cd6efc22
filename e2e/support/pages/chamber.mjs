// What the chamber settings (kammer.json) add: the contact card on the results screen and the two information pages
// linked from header and footer. (The legal duties' section: pages/duties.mjs.)
import { Screen } from './screen.mjs';

/** The contact card: a region named "Ihr Kontakt bei {name}" (or "Ihr Kontakt" without a name). */
export class ContactCard {
  constructor(app) { this.app = app; }
  title(name) { return name ? this.app.t.contact_title.replace('{name}', name) : this.app.t.contact_title_unnamed; }
  region(name) { return this.app.main.getByRole('region', { name: this.title(name), exact: true }); }
  /** Any contact card, whatever its name. */
  get any() { return this.app.main.getByTestId('contact'); }
}

/** The accessibility statement; its heading is the footer link's text. */
export class AccessibilityPage extends Screen {
  constructor(app) { super(app, '#/barrierefreiheit', (t) => t.footer_accessibility_link); }
}

/** The page in plain language; its heading is the header link's text. */
export class EasyLanguagePage extends Screen {
  constructor(app) { super(app, '#/leichte-sprache', (t) => t.header_easy_language_link); }
}

/** The web editor's preview of kammer.json (`#/vorschau`): the file's check, then each place its fields appear. */
export class PreviewPage extends Screen {
  constructor(app) { super(app, '#/vorschau', (t) => t.preview_title); }
  /** The file's check: a status line, or the warnings. */
  get check() { return this.app.main.getByTestId('preview-check'); }
  get warnings() { return this.app.main.getByTestId('preview-warnings').getByRole('listitem'); }
  /** A place by its short name: header, card, handoff, footer, feedback, accent, benchmark. */
  place(name) { return this.app.main.getByTestId(`preview-${name}`); }
}
