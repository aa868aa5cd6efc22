// The overview: progress per field and every open statement as a link to it.
import { Screen } from './screen.mjs';

export class OverviewPage extends Screen {
  constructor(app) { super(app, '#/uebersicht', (t) => t.overview_title); }

  /** "Sie haben alle Aussagen beantwortet. Vielen Dank!" */
  get allAnswered() { return this.app.main.getByText(this.t.overview_none_open, { exact: true }); }

  /** The open-statement links (the list has no heading of its own to name it, hence the test id). */
  get openLinks() { return this.app.main.getByTestId('open-statements').getByRole('link'); }

  async openStatementTexts() { return (await this.openLinks.allInnerTexts()).map((text) => text.trim()); }

  /** The link to one open statement, named by its text. */
  openLink(statement) {
    return this.app.main.getByTestId('open-statements').getByRole('link', { name: statement.text[this.app.lang], exact: true });
  }

  get toResultsLink() { return this.pagerLink(this.t.to_results); }
}
