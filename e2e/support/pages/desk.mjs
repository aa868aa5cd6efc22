// The adviser's desk (#/beratung): loading files, the status, the table of firms with its sort buttons and filters,
// the spreadsheet. Texts from src/i18n/desk.rs (its own table, loaded with the chunk).
import { Screen } from './screen.mjs';
import { chunkTexts } from '../texts.mjs';

/** The desk's texts by language: `deskTexts.de.csv_save`. */
export const deskTexts = chunkTexts('desk.rs', 'DeskTexts', 'DESK_EN');

export class DeskPage extends Screen {
  constructor(app) { super(app, '#/beratung', (t) => t.desk_title); }

  get d() { return deskTexts[this.app.lang]; }
  get dropZone() { return this.app.main.getByRole('region', { name: this.d.load_title, exact: true }); }
  get picker() { return this.app.main.getByLabel(this.d.pick, { exact: true }); }
  async choose(paths) { await this.picker.setInputFiles(paths); }
  /** Drops files (`[{ name, text }]`) onto the drop zone as a browser does. */
  async drop(files) {
    const transfer = await this.app.page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, files);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }
  get memoryNote() { return this.app.main.getByTestId('desk-memory-note'); }
  get summary() { return this.app.main.getByTestId('desk-summary'); }
  get refused() { return this.app.main.getByTestId('desk-refused').getByRole('listitem'); }

  get table() { return this.app.main.getByRole('table'); }
  get scrollRegion() { return this.app.main.getByRole('region', { name: new RegExp(`^${this.d.table_title}`) }); }
  get rows() { return this.table.locator('tbody > tr'); }
  get sortStatus() { return this.app.main.getByTestId('desk-sort-status'); }
  columnHeader(index) { return this.table.getByRole('columnheader').nth(index); }
  sortButton(index) { return this.columnHeader(index).getByRole('button'); }
  firmButton(name) { return this.table.getByRole('rowheader').getByRole('button', { name, exact: true }); }
  /** The cells of every shown row as the eye reads them: [[name, size, …], …]. From the text content, not innerText,
   * which is empty for the rows out of view (laid out only when they come near: content-visibility); what is only
   * for screen readers is left out. */
  async cells() {
    return this.rows.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => {
      const copy = cell.cloneNode(true);
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent.replace(/[ \t]+/g, ' ').trim();
    })));
  }
  get sizeFilter() { return this.app.main.getByRole('combobox', { name: this.d.columns[1], exact: true }); }
  get sectorFilter() { return this.app.main.getByRole('combobox', { name: this.d.columns[2], exact: true }); }
  firmHeading(name) { return this.app.main.getByRole('heading', { level: 2, name, exact: true }); }
  get backButton() { return this.app.main.getByRole('button', { name: `← ${this.d.back}`, exact: true }); }
  get printButton() { return this.app.main.getByRole('button', { name: this.d.print_sheet, exact: true }); }
  get talkSheet() { return this.app.main.getByTestId('desk-talk-sheet'); }

  get buildBenchmark() { return this.app.main.getByRole('button', { name: this.d.bench_build, exact: true }); }
  get saveBenchmark() { return this.app.main.getByRole('button', { name: this.d.bench_download, exact: true }); }
  get benchmarkStatus() { return this.app.main.getByTestId('desk-benchmark'); }
  get benchmarkCells() { return this.app.main.getByTestId('desk-benchmark-cells'); }

  get passphrase() { return this.app.main.getByLabel(this.d.passphrase, { exact: true }); }
  get passphraseRepeat() { return this.app.main.getByLabel(this.d.passphrase_repeat, { exact: true }); }
  get saveMappe() { return this.app.main.getByRole('button', { name: this.d.mappe_save, exact: true }); }
  get mappePicker() { return this.app.main.getByLabel(this.d.mappe_open, { exact: true }); }
  get openPassphrase() { return this.app.main.getByLabel(this.d.passphrase_open, { exact: true }); }
  get openMappe() { return this.app.main.getByRole('button', { name: this.d.mappe_open_button, exact: true }); }
  get mappeStatus() { return this.app.main.getByTestId('desk-mappe-status'); }
  get mappeChosen() { return this.app.main.getByTestId('desk-mappe-chosen'); }
  get csvButton() { return this.app.main.getByRole('button', { name: this.d.csv_save, exact: true }); }
}
