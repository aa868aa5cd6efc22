// The printable report: a print button above the A4 report. Score numbers carry test ids to compare with the screen.
import { Screen } from './screen.mjs';
import { literal } from '../texts.mjs';

export class ReportPage extends Screen {
  /** The heading is "Bericht – <company>"; without `company`, any company (or the unnamed-company text). */
  constructor(app, company) {
    super(app, '#/bericht', (t) => (company === undefined
      ? new RegExp(`^${literal(t.report_title)} – `)
      : `${t.report_title} – ${company || t.report_company_unnamed}`));
  }

  /** The same screen, expecting `company` in its heading. */
  of(company) { return new ReportPage(this.app, company); }

  get printButton() { return this.app.main.getByRole('button', { name: this.t.report_print, exact: true }); }
  get overallScore() { return this.app.main.getByTestId('report-overall-score'); }
  fieldScores() { return this.app.main.getByTestId('report-field-score').allInnerTexts(); }
}
