// The page footer (contentinfo): where the check comes from and the privacy link. Absent when embedded.
export class Footer {
  constructor(app) { this.app = app; }

  get landmark() { return this.app.root.getByRole('contentinfo'); }

  get privacyLink() { return this.app.root.getByRole('link', { name: this.app.t.footer_privacy_link, exact: true }); }
}
