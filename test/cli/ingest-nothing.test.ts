// `chronicle ingest` of a folder without articles (or a path that is not there) said "1 failed" and
// left an empty database file behind. It says there was nothing to read and writes no database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('an empty folder and a missing path: nothing to read, exit 1, no database file', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'notes.csv'), 'a,b\n'); // not an article file
  const db = join(dir, 'new.db');
  const run = runCli(['ingest', join(dir, 'empty'), join(dir, 'missing'), '--db', db]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^Nothing to read; no database was written\.\n/);
  assert.match(run.stderr, /empty: no articles found in this directory \(looked for \.txt/);
  assert.match(run.stderr, /missing: no such file or directory/);
  assert.doesNotMatch(run.stderr + run.stdout, /failed/);
  assert.equal(existsSync(db), false, 'no empty database left behind');
  const json = runCli(['ingest', join(dir, 'empty'), '--db', db, '--json']);
  assert.equal(json.status, 1);
  assert.equal(JSON.parse(json.stdout).ingested, 0);
  assert.equal(JSON.parse(json.stdout).failed.length, 1);
  assert.equal(existsSync(db), false);
});

test('a folder with an article beside an empty one is still read', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'ferry.txt'), 'Ferry delayed\n\nThe morning ferry to Kestrel Island left two hours late on Monday because of fog.\n');
  const db = join(dir, 'db.db');
  const run = runCli(['ingest', join(dir, 'empty'), join(dir, 'in'), '--db', db]);
  assert.equal(run.status, 3); // some inputs failed, the rest were read
  assert.match(run.stdout, /^1 ingested, .*1 failed/);
  assert.equal(existsSync(db), true);
});
