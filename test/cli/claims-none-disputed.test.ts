// `chronicle claims --disputed` with nothing to list says it covers figures and where disputed
// events are ("No disputed quantities." read as if nothing were disputed, while the web UI's
// Claims page listed an event its articles report differently).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('no disputed figures: says what it covers', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'ferry.txt'), 'Ferry delayed\n\nThe morning ferry to Kestrel Island left two hours late on Monday because of fog.\n');
  const db = join(dir, 'db.db');
  assert.equal(runCli(['ingest', folder, '--db', db]).status, 0);
  const run = runCli(['claims', '--disputed', '--db', db]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^No disputed figures \(a quantity that several sources give differently\)\.\nEvents whose reports disagree: chronicle events --merged \(its conflicts column\),\nor the web UI's Claims page/);
  for (const line of run.stdout.split('\n')) assert.ok(line.length <= 80, line);
  assert.match(runCli(['claims', '--db', db]).stdout, /^No quantity is counted by more than one document yet\./);
});
