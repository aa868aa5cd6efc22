// The notice live region at the top of <main>: one notice at a time, found by its text (the app's own message),
// with the buttons some notices offer.

/** Notice kinds (as the app names them) and the message each shows. */
export const NOTICE_TEXT = {
  StorageUnavailable: 'notice_storage_unavailable',
  KeptAside: 'notice_kept_aside',
  UpdatedFromOtherTab: 'notice_updated_from_other_tab',
  DeletedInOtherTab: 'notice_deleted_in_other_tab',
  ForgottenInOtherTab: 'notice_forgotten_in_other_tab',
  SaveFailed: 'notice_save_failed',
  Deleted: 'notice_deleted',
  Imported: 'file_imported',
};

export class Notices {
  constructor(app) { this.app = app; }

  text(kind) {
    const key = NOTICE_TEXT[kind];
    if (!key) throw new Error(`unknown notice ${kind}`);
    return this.app.t[key];
  }

  /** The live region while it shows the notice of `kind`. */
  notice(kind) {
    return this.app.main.getByRole('status').filter({ has: this.app.root.getByText(this.text(kind), { exact: true }) });
  }

  /** Waits until the notice of `kind` is shown (with exactly its text). */
  async waitFor(kind) { await this.notice(kind).waitFor(); }

  /** "Antworten als Datei speichern" inside the notice (storage unavailable or full). */
  exportButton(kind) { return this.notice(kind).getByRole('button', { name: this.app.t.file_export, exact: true }); }

  /** "In neuem Fenster öffnen und weitermachen" (blocked storage inside a frame). */
  newWindowButton(kind) { return this.notice(kind).getByRole('button', { name: this.app.t.open_new_window, exact: true }); }
}
