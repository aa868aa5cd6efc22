// Temporary directories for a spec (exported files, PDFs, copies of dist/), removed when its test file ends, so a
// test run leaves nothing behind in /tmp.
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs = [];
// Registered here, while the test file loads: node:test attaches an `after` called later to the running hook or
// test instead, which would remove a directory made in a `before` hook before the first test uses it.
after(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A new empty directory under the system's temporary directory (`prefix` starts its name), kept until the file ends. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
