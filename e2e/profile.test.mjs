// The company profile is optional, saved as it is entered, and survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { until } from './support/pages/util.mjs';

const env = useApp();

test('the company profile is saved as it is entered and survives a reload', async () => {
  const app = await env.open({ at: (a) => a.profile });
  const { profile } = app;
  await profile.companyName.fill('Zimmerei Lüneburger Heide');
  await profile.companyName.press('Tab');
  await profile.size('10-49').check();
  await profile.sector.selectOption('handwerk');
  await profile.trains('yes').check();
  await app.reload();
  await profile.waitFor();
  assert.equal(await profile.companyName.inputValue(), 'Zimmerei Lüneburger Heide');
  assert.ok(await profile.size('10-49').isChecked());
  assert.equal(await profile.sector.inputValue(), 'handwerk');
  assert.ok(await profile.trains('yes').isChecked());
  const saved = await app.stored('session');
  assert.equal(saved.profile.company_name, 'Zimmerei Lüneburger Heide');
  assert.equal(saved.profile.size, '10-49');
  assert.equal(saved.profile.sector, 'handwerk');
  assert.equal(saved.profile.trains_apprentices, true);
  await app.close();
});

test('the optional role is a labelled select, saved, kept over a reload and carried in the result file', async () => {
  const app = await env.open({ at: (a) => a.profile });
  const { profile, t } = app;
  assert.equal(await profile.role.inputValue(), '', 'no role until one is chosen');
  const offered = await profile.role.getByRole('option').allInnerTexts();
  assert.deepEqual(offered, [t.no_answer, t.roles.management, t.roles.human_resources, t.roles.lead, t.roles.staff, t.roles.apprentice]);
  await profile.role.selectOption({ label: t.roles.staff });
  await app.reload();
  await profile.waitFor();
  assert.equal(await profile.role.inputValue(), 'beschaeftigte');
  assert.equal((await app.stored('session')).profile.role, 'beschaeftigte');
  await app.start.open();
  const download = await app.download(app.start.resultFile.exportButton);
  const file = JSON.parse(await streamText(await download.createReadStream()));
  assert.equal(file.profile.role, 'beschaeftigte', 'the result file names the role, never a person');
  await profile.open();
  await profile.role.selectOption({ label: t.no_answer });
  await until(async () => (await app.stored('session')).profile.role == null, 'the role cleared');
  await app.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
