// A field of action: its statements (radio groups named by the statement) and the pager. Statements are found by
// their text from the content, so a page object for `1.2.c` keeps working when the text or the position changes.
import { Screen } from './screen.mjs';
import { oneHasFocus } from './util.mjs';
import { ANSWERS, fields, statementById, statementByText, statementsOf } from '../content.mjs';
import { fill, literal, softly } from '../texts.mjs';

export class FieldPage extends Screen {
  /** `number` is the field's 1-based position, as in its address #/feld/N. */
  constructor(app, number) {
    const field = fields[number - 1];
    if (!field) throw new Error(`no field ${number}: the content has ${fields.length}`);
    // The heading reads "Handlungsfeld 3 von 6: <title>" (the position is part of it, so it is announced with it).
    super(app, `#/feld/${number}`, (t, lang) => new RegExp(`^${literal(fill(t.field_eyebrow, { number, total: fields.length }))}\\s*:\\s*${softly(field.title[lang])}$`));
    this.number = number;
    this.field = field;
  }

  /** The field's statements as the content lists them. */
  get contentStatements() { return statementsOf(this.field); }

  /** A statement on this page, by content id or content object. */
  statement(idOrStatement) {
    return new Statement(this.app, typeof idOrStatement === 'string' ? statementById(idOrStatement) : idOrStatement);
  }

  /** The statements in the order the page shows them, as content ids (read from the groups' legends). */
  async shownStatementIds() {
    // Statement groups hold radios; the help <details> are groups too, without.
    const groups = this.app.main.getByRole('group').filter({ has: this.app.root.getByRole('radio') });
    const legends = await groups.evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.innerText ?? ''));
    return legends.map((text) => statementByText(text.replace(/^\d+\.\s*/, '').trim(), this.app.lang).id);
  }

  /** Gives every statement of the field the same answer, by pointer. */
  async answerAll(value) {
    for (const statement of this.contentStatements) await this.statement(statement).choose(value);
  }

  /** "Weiter", or "Zur Übersicht" on the last field. */
  /** "Weiter"; after the last field "Zur Übersicht", or "Zum Ergebnis" once every statement is answered. */
  get nextLink() { return this.pager.getByTestId('next'); }
  get backLink() { return this.pagerLink(this.t.back); }
}

/** One statement: a group named "N. <text>" with one radio per answer, a help disclosure and a clear button. */
export class Statement {
  constructor(app, statement) {
    this.app = app;
    this.statement = statement;
  }

  get id() { return this.statement.id; }
  get text() { return this.statement.text[this.app.lang]; }

  get group() {
    return this.app.main.getByRole('group', { name: new RegExp(`^\\d+\\.\\s*${literal(this.text)}$`) });
  }

  /** The radio for a stored answer value ('fully' … 'not_relevant'), named by its label from `answer_labels`. */
  option(value) {
    const index = ANSWERS.indexOf(value);
    if (index < 0) throw new Error(`unknown answer ${value}`);
    return this.group.getByRole('radio', { name: this.app.t.answer_labels[index], exact: true });
  }

  get radios() { return this.group.getByRole('radio'); }

  async choose(value) { await this.option(value).check(); }

  /** The answer the page shows: the value of the checked option by its label, '' when none is checked. */
  async answer() {
    const states = await this.radios.evaluateAll((radios) => radios.map((r) => [r.checked, (r.labels?.[0]?.innerText ?? '').trim()]));
    const checked = states.filter(([on]) => on);
    if (checked.length > 1) throw new Error(`${this.id}: ${checked.length} options checked`);
    if (checked.length === 0) return '';
    const index = this.app.t.answer_labels.indexOf(checked[0][1]);
    if (index < 0) throw new Error(`${this.id}: unknown option label "${checked[0][1]}"`);
    return ANSWERS[index];
  }

  /** "Antwort zurücksetzen" (shown once answered; its name ends with the statement for screen readers). */
  get clearButton() { return this.group.getByRole('button', { name: this.app.t.clear_answer }); }

  /** The "Warum fragen wir das?" disclosure (a <summary>, which has no role of its own). */
  get helpToggle() { return this.group.getByText(this.app.t.why_we_ask, { exact: true }); }

  /** Whether keyboard focus is on one of the statement's options. */
  radioHasFocus() { return oneHasFocus(this.radios); }
}
