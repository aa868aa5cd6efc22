// The regional benchmark built on the desk (issue 31) equals the one `make benchmark` writes from the same files:
// generated firm files (one firm with two checks a year apart, so the newest counts), the command-line tool run on
// the folder, the same files loaded on the desk, its benchmark.json downloaded and compared byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { answerAll } from './support/content.mjs';
import { tempDir } from './support/temp.mjs';
import { firmFile, writeFirms } from './support/firm-files.mjs';
import { deskTexts } from './support/pages/desk.mjs';
import { fill, literal } from './support/texts.mjs';

const env = useApp();

test('the desk\'s benchmark.json is byte for byte what make benchmark writes from the same files', async () => {
  const dir = tempDir('agc-desk-bench-');
  const folder = join(dir, 'files');
  mkdirSync(folder);
  const firms = writeFirms(folder, 12, { seed: 11 });
  writeFileSync(join(folder, 'alt.json'), firmFile({ name: firms[0].name, at: '2025-11-02T09:00:00.000Z', answers: answerAll(() => 'not_true'), size: '10-49', sector: 'handwerk' }));
  const month = new Date().toISOString().slice(0, 7);
  const out = join(dir, 'out');
  const printed = execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'arbeitgeber-check-core', '--example', 'benchmark', '--', folder, out],
    { encoding: 'utf8', env: { ...process.env, MONTH: month } });
  assert.match(printed, /älterer Check \(neuerer zählt\)\s+1/);

  const app = await env.open({ at: (app) => app.desk });
  await app.desk.choose([...firms.map((f) => f.path), join(folder, 'alt.json')]);
  await app.desk.rows.nth(11).waitFor();
  await app.desk.buildBenchmark.click();
  await app.desk.saveBenchmark.waitFor();
  const counts = await app.desk.benchmarkStatus.getByRole('table').first().innerText();
  assert.match(counts, new RegExp(`${literal(deskTexts.de.bench_counts[1])}\\s+12`));
  assert.match(counts, new RegExp(`${literal(deskTexts.de.bench_counts[3])}\\s+1`));
  const download = await app.download(app.desk.saveBenchmark);
  assert.equal(download.suggestedFilename(), 'benchmark.json');
  const saved = join(dir, 'desk-benchmark.json');
  await download.saveAs(saved);
  assert.equal(readFileSync(saved, 'utf8'), readFileSync(join(out, 'benchmark.json'), 'utf8'));
  assert.ok(!readFileSync(saved, 'utf8').includes('Betrieb'), 'no firm named');
  await app.close();
});

test('fewer than five firms: the summary says so and no file is offered', async () => {
  const dir = tempDir('agc-desk-bench-few-');
  const firms = writeFirms(dir, 3);
  const app = await env.open({ at: (app) => app.desk });
  await app.desk.choose(firms.map((f) => f.path));
  await app.desk.rows.nth(2).waitFor();
  await app.desk.buildBenchmark.click();
  await app.desk.benchmarkStatus.getByText(fill(deskTexts.de.bench_too_few, { n: 3, k: 5 }), { exact: true }).waitFor();
  assert.equal(await app.desk.saveBenchmark.count(), 0);
  await app.close();
});
