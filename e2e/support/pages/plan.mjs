// The action plan: one list item per measure (named by the measure's title) with owner, due date, status and note.
import { Screen } from './screen.mjs';
import { measureByTitle } from '../content.mjs';

export class PlanPage extends Screen {
  constructor(app) { super(app, '#/plan', (t) => t.plan_title); }

  get items() { return this.app.main.getByRole('listitem').filter({ has: this.app.root.getByRole('heading', { level: 2 }) }); }

  /** The content ids of the plan's measures in page order, read from their titles. */
  async measureIds() {
    const titles = await this.items.getByRole('heading', { level: 2 }).allInnerTexts();
    return titles.map((title) => measureByTitle(title.trim(), this.app.lang).id);
  }

  /** The entry of a content measure. */
  item(measure) { return new PlanItem(this.app, this.app.main.getByRole('listitem', { name: measure.title[this.app.lang], exact: true })); }

  get empty() { return this.app.main.getByText(this.t.plan_empty, { exact: true }); }
  get toReportLink() { return this.pagerLink(this.t.to_report); }
}

class PlanItem {
  constructor(app, item) { this.app = app; this.element = item; }
  get owner() { return this.element.getByLabel(this.app.t.plan_owner, { exact: true }); }
  get due() { return this.element.getByLabel(this.app.t.plan_due, { exact: true }); }
  /** The status select; its options carry the stored values (planned, in_progress, done). */
  get status() { return this.element.getByLabel(this.app.t.plan_status, { exact: true }); }
  get note() { return this.element.getByLabel(this.app.t.plan_note, { exact: true }); }
  get removeButton() { return this.element.getByRole('button', { name: this.app.t.plan_remove }); }
}
