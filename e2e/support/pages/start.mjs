// The start page: start or continue, the storage choice ("remember", "delete all") and the result file
// (export/import).
import { Screen } from './screen.mjs';
import { sectionHeaded, until } from './util.mjs';

export class StartPage extends Screen {
  constructor(app) { super(app, '#/', (t) => t.start_title); }

  get startLink() { return this.app.main.getByRole('link', { name: this.t.start_button, exact: true }); }
  get continueLink() { return this.app.main.getByRole('link', { name: this.t.start_continue_button, exact: true }); }
  get privacyLink() { return this.app.main.getByRole('link', { name: this.t.privacy_title, exact: true }); }

  /** "Auf diesem Gerät merken, um später weiterzumachen". */
  get remember() { return this.app.main.getByRole('checkbox', { name: this.t.remember_label, exact: true }); }

  get deleteAllButton() { return this.app.main.getByRole('button', { name: this.t.delete_all_button, exact: true }); }
  get deleteAllDialog() { return this.app.main.getByRole('group', { name: this.t.delete_all_confirm, exact: true }); }
  get deleteAllYes() { return this.deleteAllDialog.getByRole('button', { name: this.t.delete_all_yes, exact: true }); }
  get deleteAllCancel() { return this.deleteAllDialog.getByRole('button', { name: this.t.delete_all_cancel, exact: true }); }

  get resultFile() { return new ResultFile(this.app); }
}

/** Export to and import from a result file (a region named "Ergebnisdatei"). */
export class ResultFile {
  constructor(app) { this.app = app; }

  get t() { return this.app.t; }
  get region() { return sectionHeaded(this.app, this.t.file_title); }
  get exportButton() { return this.region.getByRole('button', { name: this.t.file_export, exact: true }); }
  /** The file input, named by its visible label "Gespeicherte Datei laden". */
  get importInput() { return this.region.getByLabel(this.t.file_import, { exact: true }); }
  /** The import's live region: an error, or the confirmation with its two buttons. */
  get status() { return this.region.getByRole('status'); }
  get confirmButton() { return this.status.getByRole('button', { name: this.t.file_import_yes, exact: true }); }
  get cancelButton() { return this.status.getByRole('button', { name: this.t.file_import_cancel, exact: true }); }

  /** How many files were chosen so far (the status counts them, so a repeated message is still a new answer). */
  async attempts() { return Number(await this.status.getAttribute('data-attempt')); }

  /** Chooses a file; returns the number of this attempt. */
  async choose(path) {
    const before = await this.attempts();
    await this.importInput.setInputFiles(path);
    return before + 1;
  }

  /** Waits for the app's answer to attempt `attempt` in the status (an error or the confirmation); returns its text. */
  async answerTo(attempt) {
    const answer = await until(async () => {
      if ((await this.attempts()) !== attempt) return null;
      const text = (await this.status.innerText()).trim();
      return text ? { text } : null;
    }, `the answer to import attempt ${attempt}`);
    return answer.text;
  }
}
