// The follow-up cycle's controls (issue 30): the focus chooser on the results, "Nächster Check am" and the file
// buttons on the plan, the Aushang. Texts from src/i18n/cycle.rs.
import { cycleTexts } from '../texts.mjs';

export class FollowUp {
  constructor(app) { this.app = app; }
  get c() { return cycleTexts[this.app.lang]; }
  get main() { return this.app.main; }

  // Results: "Fokus ändern".
  get focusDisclosure() { return this.main.getByText(this.c.focus_change, { exact: true }); }
  get focusGroup() { return this.main.getByRole('group', { name: this.c.focus_legend, exact: true }); }
  focusBox(goal) { return this.focusGroup.locator(`input[data-goal="${goal.id}"]`); }
  get focusStatus() { return this.main.getByTestId('focus-status'); }
  get focusReset() { return this.main.getByRole('button', { name: this.c.focus_reset, exact: true }); }
  /** The goal ids of the priorities shown (the focus), in page order. */
  priorityGoals() { return this.main.locator('.priorities [data-testid="priority"]').evaluateAll((els) => els.map((e) => e.dataset.goal)); }

  // Plan.
  get recheck() { return this.main.getByLabel(this.c.recheck_label, { exact: true }); }
  get calendarButton() { return this.main.getByRole('button', { name: this.c.calendar_button, exact: true }); }
  get tableButton() { return this.main.getByRole('button', { name: this.c.table_button, exact: true }); }
  get fileStatus() { return this.main.getByTestId('follow-up-status'); }
  get aushangLink() { return this.main.getByRole('link', { name: this.c.aushang_link, exact: true }); }
  get focusBadges() { return this.main.getByTestId('plan-focus'); }

  // Aushang.
  get aushang() { return this.main.getByTestId('aushang'); }
  get aushangHeading() { return this.main.getByRole('heading', { level: 1, name: this.c.aushang_heading, exact: true }); }
  get scoresBox() { return this.main.getByLabel(this.c.aushang_scores, { exact: true }); }
  get aushangScores() { return this.main.getByTestId('aushang-score'); }
}
