// The optional company profile: name, size band, sector, whether the firm trains apprentices.
import { Screen } from './screen.mjs';

/** Size bands as stored, in the order the app offers them (`SizeBand::ALL`, labelled `profile_size_labels`). */
export const SIZES = ['1-9', '10-49', '50-249', '250+'];

export class ProfilePage extends Screen {
  constructor(app) { super(app, '#/profil', (t) => t.profile_title); }

  get companyName() { return this.app.main.getByRole('textbox', { name: this.t.profile_company_name, exact: true }); }

  get sizeGroup() { return this.app.main.getByRole('group', { name: this.t.profile_size_legend, exact: true }); }
  size(value) {
    const index = SIZES.indexOf(value);
    if (index < 0) throw new Error(`unknown size band ${value}`);
    return this.sizeGroup.getByRole('radio', { name: this.t.profile_size_labels[index], exact: true });
  }

  get sizeOptions() { return this.sizeGroup.getByRole('radio'); }

  /** The sector select; its options carry the stored sector ids as values. */
  get sector() { return this.app.main.getByRole('combobox', { name: this.t.profile_sector_label, exact: true }); }

  /** The optional role for a team round (a select; its options carry the stored role ids as values). */
  get role() { return this.app.main.getByRole('combobox', { name: this.t.profile_role_legend, exact: true }); }

  get trainsGroup() { return this.app.main.getByRole('group', { name: this.t.profile_trains_legend, exact: true }); }
  /** `'yes' | 'no' | 'none'`. */
  trains(choice) {
    const name = { yes: this.t.yes, no: this.t.no, none: this.t.no_answer }[choice];
    return this.trainsGroup.getByRole('radio', { name, exact: true });
  }

  get nextLink() { return this.pagerLink(this.t.next); }
  get backLink() { return this.pagerLink(this.t.back); }
}
