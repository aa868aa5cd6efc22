// The company profile is optional, saved as it is entered, and survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';

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
