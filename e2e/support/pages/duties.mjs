// The duty check: the page "Gesetzliche Pflichten: ein kurzer Abgleich" (one question per duty) and the section
// "Ihre gesetzlichen Pflichten" on results and report. Texts come from content/duties.json, not from the UI tables.
import { Screen } from './screen.mjs';
import { dutyCheck, dutyById } from '../content.mjs';
import { literal } from '../texts.mjs';

const texts = dutyCheck.texts;
/** The answer ids in the order the page offers them, with their text key. */
export const DUTY_ANSWERS = { yes: 'answer_yes', partly: 'answer_partly', no: 'answer_no', unknown: 'answer_unknown', not_applicable: 'answer_not_applicable' };

export class DutiesPage extends Screen {
  constructor(app) { super(app, '#/pflichten', (t, lang) => texts.page_title[lang]); }

  get texts() { return texts; }
  /** One duty's list item, by id. */
  item(id) { return this.app.main.locator(`[data-testid="duty-question"][data-duty="${id}"]`); }
  /** A duty's answer group, named by its text. */
  group(id) { return this.app.main.getByRole('group', { name: dutyById(id).text[this.app.lang], exact: true }); }
  option(id, answer) { return this.group(id).getByRole('radio', { name: texts[DUTY_ANSWERS[answer]][this.app.lang], exact: true }); }
  async choose(id, answer) { await this.option(id, answer).check(); }
  answer(id) { return this.group(id).getAttribute('data-answer'); }
  get progress() { return this.app.main.getByTestId('duties-progress'); }
  get headcountHint() { return this.app.main.getByTestId('headcount-hint'); }
  get toResults() { return this.pagerLink(texts.to_results[this.app.lang]); }
}

/** The section on results and report: a region named by its title, one item per duty with its status. */
export class DutySection {
  constructor(app) { this.app = app; }
  get region() { return this.app.main.getByRole('region', { name: texts.section_title[this.app.lang], exact: true }); }
  get items() { return this.region.getByTestId('legal-duty'); }
  item(id) { return this.region.locator(`[data-duty="${id}"]`); }
  status(id) { return this.item(id).getAttribute('data-status'); }
  async statuses() { return this.items.evaluateAll((items) => items.map((i) => [i.dataset.duty, i.dataset.status])); }
  get link() { return this.region.getByRole('link', { name: texts.open_page[this.app.lang], exact: true }); }
  /** On the results, the nearly met duties by name above the disclosure. */
  get nearlyMetLine() { return this.region.getByTestId('nearly-met-duties'); }
  /** The report's compact lines: the met duties by name, and those that do not apply by name with the short why. */
  get metLine() { return this.region.getByTestId('met-duties'); }
  get notApplicableLine() { return this.region.getByTestId('not-applicable-duties'); }
  /** On the results, every duty that is not open sits, in full, behind one disclosure: opens it. */
  async openMore() {
    const more = this.region.getByTestId('more-duties');
    if (await more.count() && !(await more.evaluate((d) => d.open))) await more.locator('summary').click();
  }
}

/** "Gilt ab 20 Arbeitsplätzen — prüfen Sie, ob das für Sie zutrifft." for a duty with a threshold, in `lang`. */
export function checkLine(id, lang) {
  return texts.check_threshold[lang].replace('{n}', dutyById(id).threshold.label[lang]);
}
export const statusText = (status, lang) => texts[`status_${status}`][lang];
export const dutyLiteral = (text) => literal(text);
