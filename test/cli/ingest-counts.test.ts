// The ingest summary writes a count of one in the singular ("1 duplicate", "1 near-duplicate
// linked"; it said "1 near-duplicates linked" on the demo corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { counted } from '../../src/plural.js';

test('counted words', () => {
  assert.equal(counted(1, 'duplicate'), '1 duplicate');
  assert.equal(counted(0, 'duplicate'), '0 duplicates');
  assert.equal(counted(3, 'entry', 'entries'), '3 entries');
});

test('one duplicate is "1 duplicate"', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  const text = 'Bridge reopens\n\nThe Harrow Street bridge in Ostrava Quay reopened on Friday after repairs.\n';
  writeFileSync(join(folder, 'a.txt'), text);
  writeFileSync(join(folder, 'b.txt'), text);
  const run = runCli(['ingest', folder, '--db', join(dir, 'db.db')]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^1 ingested, 1 duplicate, 0 already stored, 0 failed/);
});
