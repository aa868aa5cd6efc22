// The result file where the user is (issue 26): "Antworten als Datei speichern" on results, plan and report and at
// the end of the questionnaire, there with the hint for a colleague in a team round; the file is the app's export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { sectionHeaded } from './support/pages/util.mjs';
import { answerAll, fields, measures } from './support/content.mjs';
import { tempDir } from './support/temp.mjs';

const env = useApp();
const answers = answerAll((_, i) => ['fully', 'rather_not', 'unknown', 'not_relevant'][i % 4]);
const seed = { answers, profile: { company_name: 'Elektro Lüneburg' }, plan: [{ measure_id: measures[0].id, owner: '', due: '', status: 'planned', note: '' }] };

for (const [name, at, teamHint] of [
  ['results', (a) => a.results, false],
  ['plan', (a) => a.plan, false],
  ['report', (a) => a.report, false],
  ['overview', (a) => a.overview, true],
  ['last field', (a) => a.field(fields.length), true],
]) {
  test(`the result file can be saved on the ${name} screen`, async () => {
    const app = await env.open({ at, seed });
    // A section under its heading, not a landmark (regions only where they help navigation, issue 28).
    const region = sectionHeaded(app, app.t.file_save_title);
    const button = region.getByRole('button', { name: app.t.file_export, exact: true });
    assert.equal(await region.getByText(app.t.file_team_hint, { exact: true }).count(), teamHint ? 1 : 0);
    await button.focus();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.press('Enter')]);
    assert.match(download.suggestedFilename(), /^arbeitgeber-check-elektro-lueneburg-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(tempDir('agc-save-'), download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(file.answers, answers);
    assert.equal(file.plan[0].measure_id, measures[0].id);
    await app.close();
  });
}
