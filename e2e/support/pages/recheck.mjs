// "Neuer Check" (#/neuer-check) and the re-check's parts on other screens: "Beim letzten Mal" and "Wie beim letzten
// Mal" on a statement, the field's "Alle offenen …", and "Umgesetzt …" beside the change on results and report. Its
// texts come from src/i18n/recheck.rs (the chunk's own table), parsed like the main table.
import { Screen } from './screen.mjs';
import { chunkTexts } from '../texts.mjs';

/** The re-check's texts by language. */
export const recheckTexts = chunkTexts('recheck.rs', 'RecheckTexts', 'RECHECK_EN');

export class RecheckPage extends Screen {
  constructor(app) { super(app, '#/neuer-check', (t) => t.recheck_title); }

  get r() { return recheckTexts[this.app.lang]; }
  get beginButton() { return this.app.main.getByRole('button', { name: this.r.begin, exact: true }); }
  get running() { return this.app.main.getByTestId('recheck-running'); }
  get said() { return this.app.main.getByTestId('recheck-said'); }
  get continueLink() { return this.app.main.getByRole('link', { name: this.r.to_statements, exact: true }); }
  get resultsLink() { return this.app.main.getByRole('link', { name: this.r.to_results, exact: true }); }
  get closeButton() { return this.app.main.getByRole('button', { name: this.r.close, exact: true }); }
  get cancelButton() { return this.app.main.getByRole('button', { name: this.r.cancel, exact: true }); }
  get cancelYes() { return this.app.main.getByRole('button', { name: this.r.cancel_yes, exact: true }); }
  get cancelNo() { return this.app.main.getByRole('button', { name: this.r.cancel_no, exact: true }); }
  /** "Hat es gewirkt?" for one measure: a radio group named by the measure's title. */
  effectGroup(measure) { return this.app.main.getByRole('group', { name: measure.title[this.app.lang], exact: true }); }
  effectOption(measure, label) { return this.effectGroup(measure).getByRole('radio', { name: label, exact: true }); }
}

/** A statement's re-check line and button (on a field page). */
export function lastTime(statement) {
  return statement.group.getByTestId('last-time');
}
export function sameAsLastTime(statement) {
  return statement.group.getByRole('button', { name: new RegExp(`^${recheckTexts[statement.app.lang].same_as_last_time}`) });
}
/** The field page's "Alle offenen in diesem Feld wie beim letzten Mal" and what it said. */
export function takeOverField(app) {
  return app.main.getByRole('button', { name: recheckTexts[app.lang].take_over_field, exact: true });
}
export function takeOverSaid(app) { return app.main.getByTestId('take-over-said'); }
/** "Umgesetzt …" lines on results or report. */
export function doneBeside(app) { return app.main.getByTestId('done-beside'); }
