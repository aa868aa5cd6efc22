// The page footer (contentinfo): where the check comes from, the privacy and accessibility links and the host's
// imprint and privacy notice from kammer.json. Embedded, a compact footer with the links only.
export class Footer {
  constructor(app) { this.app = app; }

  get landmark() { return this.app.root.getByRole('contentinfo'); }

  get privacyLink() { return this.app.root.getByRole('link', { name: this.app.t.footer_privacy_link, exact: true }); }

  get accessibilityLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_accessibility_link, exact: true }); }
  get imprintLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_imprint_link, exact: true }); }
  get hostPrivacyLink() { return this.landmark.getByRole('link', { name: this.app.t.footer_host_privacy_link, exact: true }); }
}
