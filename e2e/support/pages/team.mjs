// The team screen (#/team): the drop zone with its pickers, the files left out, the merged result, the "leave?"
// dialog. Found by role and by the names the app gives them.
import { Screen } from './screen.mjs';
import { fill, literal } from '../texts.mjs';
import { sectionHeaded } from './util.mjs';

export class TeamPage extends Screen {
  constructor(app) { super(app, '#/team', (t) => t.team_title); }

  get dropZone() { return this.app.main.getByRole('region', { name: this.t.team_drop_label, exact: true }); }
  /** The multi-file picker (a file input has no role; its label names it). */
  get picker() { return this.app.main.getByLabel(this.t.team_pick_files, { exact: true }); }
  get teamFilePicker() { return this.app.main.getByLabel(this.t.team_load_team_file, { exact: true }); }
  async choose(paths) { await this.picker.setInputFiles(paths); }

  /** Drops files (`[{ name, text }]`) onto the drop zone as a browser does: a `drop` event with a DataTransfer. */
  async drop(files) {
    const transfer = await this.app.page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, files);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  peopleHeading(count) {
    return this.app.main.getByRole('heading', { level: 2, name: fill(this.t.team_people, { count }), exact: true });
  }
  /** The loading outcome: "2 hinzugefügt, 1 nicht verwendet. …", files left out, too few people (a live region). */
  get status() { return this.app.main.getByTestId('team-status'); }
  get summary() { return this.status.getByTestId('team-summary'); }
  get rejected() { return this.status.getByRole('listitem'); }

  /** The files loaded so far, each with its "Entfernen" button (named "Entfernen: <file>"); a region of its own. */
  get filesRegion() { return this.app.main.getByRole('region', { name: this.t.team_files_title, exact: true }); }
  get files() { return this.filesRegion.getByRole('listitem'); }
  removeButton(name) { return this.filesRegion.getByRole('button', { name: new RegExp(`^${literal(this.t.snapshot_remove)}\\s*: ${literal(name)}$`) }); }

  get inviteRegion() { return sectionHeaded(this.app, this.t.team_invite_title); }
  get inviteText() { return this.inviteRegion.getByRole('textbox'); }
  get inviteCopy() { return this.inviteRegion.getByRole('button', { name: this.t.team_invite_copy, exact: true }); }
  get inviteStatus() { return this.inviteRegion.getByRole('status'); }

  get showRoles() { return this.app.main.getByRole('checkbox', { name: this.t.team_show_roles, exact: true }); }
  get openRegion() { return sectionHeaded(this.app, this.t.team_open_title); }
  get chart() { return sectionHeaded(this.app, this.t.team_chart_title).getByRole('img'); }
  get dated() { return this.app.main.getByTestId('team-dated'); }
  get result() { return this.app.main.locator('.team-result'); }
  get addToPlan() { return this.app.main.getByTestId('team-add-to-plan'); }

  get scoresTable() { return sectionHeaded(this.app, this.t.team_scores_title).getByRole('table'); }
  get dividedRegion() { return sectionHeaded(this.app, this.t.team_divided_title); }
  /** The divided statements, most divided first: one list item each, with a heading and a list of answers. */
  get divided() { return this.dividedRegion.getByRole('list').first().locator(':scope > li'); }
  answersOf(item) { return item.getByRole('list', { name: this.t.team_answers_of, exact: true }).getByRole('listitem'); }
  get talkRegion() { return sectionHeaded(this.app, this.t.team_talk_first_title); }
  /** The goals to talk about first (each with its measures in a nested list). */
  get talkFirst() { return this.talkRegion.locator(':scope > ol > li'); }

  get saveButton() { return this.app.main.getByRole('button', { name: this.t.team_save, exact: true }); }

  get leaveDialog() { return this.app.main.getByRole('group', { name: this.t.team_leave_title, exact: true }); }
  get stayButton() { return this.leaveDialog.getByRole('button', { name: this.t.team_stay, exact: true }); }
  get leaveButton() { return this.leaveDialog.getByRole('button', { name: this.t.team_leave, exact: true }); }
}
