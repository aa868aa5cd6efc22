// The results: overall score, one card per field, the three leading goals with their measures, the other goals
// as a compact list, the radar chart with its table. Score numbers carry test ids (a number has no name of its own); everything else is found by role and
// by the names the app and the content give it.
import { Screen } from './screen.mjs';
import { goals, measureByTitle } from '../content.mjs';
import { literal, softly } from '../texts.mjs';
import { sectionHeaded } from './util.mjs';

export class ResultsPage extends Screen {
  constructor(app) { super(app, '#/ergebnis', (t) => t.results_title); }

  /** Waits until the whole screen is shown: its lower part follows the first view's paint (`after_first_view`). */
  async waitFor() {
    await super.waitFor();
    await this.pager.waitFor();
  }

  get overall() { return this.app.main.getByTestId('overall'); }
  get overallScore() { return this.overall.getByTestId('overall-score'); }

  get fieldsRegion() { return sectionHeaded(this.app, this.t.results_fields_title); }
  get fieldCards() { return this.fieldsRegion.getByRole('listitem'); }
  /** The card of a content field, found by its heading. */
  fieldCard(field) {
    return this.fieldCards.filter({ has: this.app.root.getByRole('heading', { name: new RegExp(`^${softly(field.title[this.app.lang])}$`) }) });
  }
  fieldCardScore(field) { return this.fieldCard(field).getByTestId('field-score'); }
  /** The score texts of the field cards, in page order. */
  fieldScores() { return this.fieldsRegion.getByTestId('field-score').allInnerTexts(); }

  get chartRegion() { return sectionHeaded(this.app, this.t.results_chart_title); }
  /** The radar chart: an image named "Ergebnis als Netzdiagramm – Handlungsfelder" (or "– Strategische Ziele"), then
   * its highest and lowest value. */
  chart(of = 'fields') {
    const which = of === 'goals' ? this.t.results_chart_goals : this.t.results_chart_fields;
    return this.chartRegion.getByRole('img', { name: new RegExp(`^${literal(`${this.t.results_chart_title} – ${which}`)}(\\.|$)`) });
  }
  chartToggle(of) {
    return this.chartRegion.getByRole('group', { name: this.t.results_chart_title, exact: true })
      .getByRole('button', { name: of === 'goals' ? this.t.results_chart_goals : this.t.results_chart_fields, exact: true });
  }
  /** The chart's data points: pure geometry without a role, so the one element-type locator of the suite. */
  chartPoints(of = 'fields') { return this.chart(of).locator('circle'); }

  /** The score table, behind "Alle Punktzahlen als Tabelle" (rendered once opened: `openTable`). */
  get scoreTable() { return this.chartRegion.getByRole('table', { name: this.t.results_table_caption, exact: true }); }
  get tableToggle() { return this.chartRegion.getByText(this.t.results_table_show, { exact: true }); }
  async openTable() {
    if (await this.scoreTable.count() === 0) await this.tableToggle.click();
    await this.scoreTable.waitFor();
    return this.scoreTable;
  }
  async tableFieldScores() { return (await this.openTable()).getByTestId('table-field-score').allInnerTexts(); }

  /** The goals with the largest gap, shown in full. */
  get prioritiesRegion() { return this.app.main.getByRole('region', { name: this.t.results_priorities_title, exact: true }); }
  /** Every other goal, one compact line each, its measures behind a disclosure; the list itself is behind
   * "Weitere Ziele zeigen (N)" (issue 30: the focus leads, the others are one click away) and rendered once opened. */
  get otherGoalsRegion() { return sectionHeaded(this.app, this.t.results_others_title); }
  get otherGoalsToggle() {
    return this.otherGoalsRegion.getByText(new RegExp(`^${literal(this.t.results_others_show).replace('\\{n\\}', '\\d+')}$`));
  }
  /** Opens "Weitere Ziele zeigen" when there are other goals and it is closed; waits for their list. */
  async openOtherGoals() {
    if (await this.otherGoalsToggle.count() === 0) return;
    if (!await this.otherGoalsToggle.evaluate((summary) => summary.parentElement.open)) await this.otherGoalsToggle.click();
    await this.otherGoalsRegion.getByRole('article').first().waitFor();
  }
  get priorities() { return this.prioritiesRegion.getByRole('article').or(this.otherGoalsRegion.getByRole('article')); }

  /** The goal ids of the priorities in page order, read from their headings ("2.2 <plain title>"); opens the other goals. */
  async priorityGoalIds() {
    await this.openOtherGoals();
    return this.goalIds(this.priorities);
  }
  /** The goal ids of the leading goals only, leaving "Alle weiteren Ziele" as it is. */
  leadingGoalIds() { return this.goalIds(this.prioritiesRegion.getByRole('article')); }
  async goalIds(articles) {
    const headings = await texts(articles.getByRole('heading', { level: 3 }));
    return headings.map((text) => {
      const goal = goals.find((g) => text.trim() === `${g.id} ${g.plain_title[this.app.lang]}`);
      if (!goal) throw new Error(`priority heading "${text}" names no goal of the content`);
      return goal.id;
    });
  }

  /** The priority of a content goal. */
  priority(goal) {
    const name = new RegExp(`^${literal(goal.id)}\\s+${literal(goal.plain_title[this.app.lang])}$`);
    return new Priority(this.app, this.priorities.filter({ has: this.app.root.getByRole('heading', { level: 3, name }) }));
  }

  /** Every measure card on the page (a list item with a title heading). */
  get measureCards() { return measureCards(this.app, this.prioritiesRegion).or(measureCards(this.app, this.otherGoalsRegion)); }
  /** The content ids of the measures on the page, in page order. */
  async shownMeasureIds() {
    await this.openOtherGoals();
    return [...await measureIds(this.app, this.prioritiesRegion), ...await measureIds(this.app, this.otherGoalsRegion)];
  }

  /** "Maßnahmen zeigen (N)" and "Weitere Maßnahmen zeigen (N)" disclosures: measures rendered once opened. */
  get moreMeasuresToggles() {
    return this.prioritiesRegion.getByText(moreLabel(this.t)).or(this.otherGoalsRegion.getByText(moreLabel(this.t)));
  }

  /** Opens every "more measures" disclosure (also those that appear inside an opened one) and waits for its cards. */
  async openAllMoreMeasures() {
    await this.openOtherGoals();
    let opened = 0;
    for (let i = 0; i < await this.moreMeasuresToggles.count(); i++) {
      const toggle = this.moreMeasuresToggles.nth(i);
      if (await toggle.evaluate((summary) => summary.parentElement.open)) continue;
      const before = await this.measureCards.count();
      await toggle.click();
      await this.measureCards.nth(before).waitFor();
      opened++;
    }
    return opened;
  }

  /** A measure card's "In den Maßnahmenplan" toggle; its name stays, it is pressed once the measure is in the plan. */
  addToPlanButton(card) {
    return card.getByRole('button', { name: new RegExp(`^${literal(this.t.add_to_plan)}\\s*:`) });
  }

  get unscored() { return this.prioritiesRegion.getByTestId('unscored'); }

  /** The link from an unscored goal ("1.2 <title>") to its field. */
  unscoredLink(goal) { return this.unscored.getByRole('link', { name: `${goal.id} ${goal.plain_title[this.app.lang]}`, exact: true }); }

  /** "Mit früherem Zwischenstand vergleichen": the panel, its disclosure, its sources and what it says. */
  get comparePanel() { return this.app.main.getByTestId('compare'); }
  get compareToggle() { return this.comparePanel.getByText(this.t.compare_button, { exact: true }); }
  async openCompare() {
    const open = await this.comparePanel.getByRole('group').evaluate((details) => details.open);
    if (!open) await this.compareToggle.click();
    await this.takeSnapshotButton.waitFor();
  }
  get takeSnapshotButton() { return this.comparePanel.getByRole('button', { name: this.t.snapshot_take, exact: true }); }
  get compareFileInput() { return this.comparePanel.getByLabel(this.t.compare_from_file, { exact: true }); }
  get compareStatus() { return this.comparePanel.getByRole('status'); }
  /** The kept states, newest first. */
  get snapshots() { return this.comparePanel.getByRole('list').getByRole('listitem'); }
  compareWithSnapshot(i = 0) {
    return this.snapshots.nth(i).getByRole('button', { name: new RegExp(`^${literal(this.t.compare_with)}\\s*: `) });
  }
  removeSnapshot(i = 0) {
    return this.snapshots.nth(i).getByRole('button', { name: new RegExp(`^${literal(this.t.snapshot_remove)}\\s*: `) });
  }
  /** "Veränderung seit dem …": shown while a comparison is chosen. */
  get compareActive() { return this.comparePanel.getByTestId('compare-active'); }
  get removeComparisonButton() { return this.comparePanel.getByRole('button', { name: this.t.compare_remove, exact: true }); }

  /** The deltas (visible sign and number, then the spoken text), as text. */
  get overallDelta() { return this.overall.getByTestId('overall-delta'); }
  fieldDeltas() { return this.fieldsRegion.getByTestId('field-delta').allTextContents(); }
  async tableDeltas() { return (await this.openTable()).getByTestId('table-delta').allTextContents(); }
  goalDelta(goal) { return this.priority(goal).article.getByTestId('goal-delta'); }
  get anyDelta() { return this.app.main.getByTestId(/-delta$/); }
  get earlierLegend() { return this.chartRegion.getByTestId('chart-legend-earlier'); }

  get toPlanLink() { return this.pagerLink(this.t.to_plan); }
  get toReportLink() { return this.pager.getByRole('link', { name: this.t.to_report, exact: true }); }
}

/** One goal's priority: its score, weakest statements and measures. */
class Priority {
  constructor(app, article) { this.app = app; this.article = article; }
  get score() { return this.article.getByTestId('goal-score'); }
  get measureCards() { return measureCards(this.app, this.article); }
  shownMeasureIds() { return measureIds(this.app, this.article); }
  get moreMeasuresToggle() { return this.article.getByText(moreLabel(this.app.t)); }
  /** Opens "Weitere Maßnahmen zeigen", and the one inside it, until every measure of the goal is shown. */
  async openMoreMeasures() {
    for (let i = 0; i < await this.moreMeasuresToggle.count(); i++) {
      const toggle = this.moreMeasuresToggle.nth(i);
      if (await toggle.evaluate((summary) => summary.parentElement.open)) continue;
      const before = await this.measureCards.count();
      await toggle.click();
      await this.measureCards.nth(before).waitFor();
    }
  }
}

const moreLabel = (t) => new RegExp(`^(${literal(t.results_more_measures)}|${literal(t.results_show_measures)})$`.replace(/\\\{n\\\}/g, '\\d+'));

function measureCards(app, scope) {
  return scope.getByRole('listitem').filter({ has: app.root.getByRole('heading', { level: 4 }) });
}

async function measureIds(app, scope) {
  const titles = await texts(measureCards(app, scope).getByRole('heading', { level: 4 }));
  return titles.map((title) => measureByTitle(title, app.lang).id);
}

/**
 * The texts of the elements `locator` finds, from their text content: innerText is empty for the sections the browser
 * has not laid out yet (content-visibility: auto, far below the first screen), although they are on the page.
 */
async function texts(locator) {
  return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

