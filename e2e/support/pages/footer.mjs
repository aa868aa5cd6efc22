// The page footer (contentinfo): where the check comes from, the privacy and accessibility links and the host's
// imprint and privacy notice from kammer.json. Embedded, a compact footer with the links only.
export class Footer {
  constructor(app) { this.app = app; }

  get landmark() { return this.app.root.getByRole('contentinfo'); }

  get privacyLink() { return this.app.root.getByRole('link', { name: this.app.t.footer_privacy_link, exact: true }); }

  get accessibilityLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_accessibility_link, exact: true }); }
  /** The host's pages open in a new window, which their names say ("… (öffnet in neuem Fenster)"). */
  get imprintLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_imprint_link + this.app.t.opens_new_window, exact: true }); }
  get hostPrivacyLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_host_privacy_link + this.app.t.opens_new_window, exact: true }); }
}
