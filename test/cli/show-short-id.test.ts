// `chronicle show 042bb` (the start of an id from `docs`) said only "no document": an id prefix
// must be 6 characters, and the message now says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('show with an id prefix of under 6 characters says how long one must be', () => {
  const dir = tempDir();
  const file = join(dir, 'gale.txt');
  writeFileSync(file, 'Gale warning\n\nA gale warning was issued for the Hebrides on Monday, forecasters said.\n');
  const db = join(dir, 'k.db');
  runCli(['ingest', file, '--db', db]);
  const res = runCli(['show', 'abc12', '--db', db]);
  assert.equal(res.status, 1);
  assert.match(res.stderr, /no document "abc12" \(an id prefix needs at least 6 characters; try chronicle docs\)/);
});
