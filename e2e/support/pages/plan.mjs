// The action plan: one list item per measure (named by the measure's title) with owner, due date, status and note.
import { Screen } from './screen.mjs';
import { measureByTitle } from '../content.mjs';
import { literal } from '../texts.mjs';

export class PlanPage extends Screen {
  constructor(app) { super(app, '#/plan', (t) => t.plan_title); }

  get items() { return this.app.main.getByRole('listitem').filter({ has: this.app.root.getByRole('heading', { level: 2 }) }); }

  /** The content ids of the plan's measures in page order, read from their titles. */
  async measureIds() {
    const titles = await this.items.getByRole('heading', { level: 2 }).allInnerTexts();
    return titles.map((title) => measureByTitle(title.trim(), this.app.lang).id);
  }

  /** The entry of a content measure. */
  item(measure) { return new PlanItem(this.app, this.app.main.getByRole('listitem', { name: measure.title[this.app.lang], exact: true }), measure); }

  /** The entry of an own measure, named by its title. */
  ownItem(title) {
    const measure = { title: { [this.app.lang]: title } };
    return new PlanItem(this.app, this.app.main.getByRole('listitem', { name: title, exact: true }), measure);
  }

  /** "Eigene Maßnahme hinzufügen": title, first step, goal and the button. */
  get ownForm() { return this.app.main.getByRole('region', { name: this.t.plan_own_heading, exact: true }); }
  get ownTitle() { return this.ownForm.getByLabel(this.t.plan_own_name, { exact: true }); }
  get ownFirstStep() { return this.ownForm.getByLabel(this.t.plan_own_first_step, { exact: true }); }
  get ownGoal() { return this.ownForm.getByLabel(this.t.plan_own_goal, { exact: true }); }
  get ownAddButton() { return this.ownForm.getByRole('button', { name: this.t.plan_own_add, exact: true }); }
  /** What the form says after "In den Plan aufnehmen": what was added. */
  get ownStatus() { return this.ownForm.getByTestId('plan-own-status'); }

  get empty() { return this.app.main.getByText(this.t.plan_empty, { exact: true }); }
  get toReportLink() { return this.pagerLink(this.t.to_report); }
}

/** One entry. Its fields' labels end with the measure (": <title>", for screen readers), so four entries never
 * offer four identical "Verantwortlich" fields. */
class PlanItem {
  constructor(app, item, measure) { this.app = app; this.element = item; this.measure = measure; }
  label(text) { return this.element.getByLabel(new RegExp(`^${literal(text)}\\s*:\\s*${literal(this.measure.title[this.app.lang])}$`)); }
  get owner() { return this.label(this.app.t.plan_owner); }
  get due() { return this.label(this.app.t.plan_due); }
  /** The status select; its options carry the stored values (planned, in_progress, done). */
  get status() { return this.label(this.app.t.plan_status); }
  get note() { return this.label(this.app.t.plan_note); }
  /** An own measure's title and first step (fields of the entry). */
  get title() { return this.label(this.app.t.plan_own_name); }
  get firstStep() { return this.label(this.app.t.plan_own_first_step); }
  get heading() { return this.element.getByRole('heading', { level: 2 }); }
  get overdue() { return this.element.getByTestId('plan-overdue'); }
  get removeButton() { return this.element.getByRole('button', { name: this.app.t.plan_remove }); }
}
