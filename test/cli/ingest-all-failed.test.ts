// `chronicle ingest` of files that all fail to read (an empty file, a page with no article text)
// left an empty database behind, which `serve` then showed as "No articles yet". A database the
// run created is removed when nothing was read; one that was there before is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

function brokenFolder(dir: string): string {
  const folder = join(dir, 'broken');
  mkdirSync(folder);
  writeFileSync(join(folder, 'blank.txt'), '');
  writeFileSync(join(folder, 'shell.html'), '<html><body><nav>Home</nav></body></html>');
  return folder;
}

test('every file failing: exit 1, each failure named, no database left', () => {
  const dir = tempDir();
  const db = join(dir, 'new.db');
  const run = runCli(['ingest', brokenFolder(dir), '--db', db]);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^0 ingested, .*2 failed/);
  assert.match(run.stderr, /blank\.txt: empty file/);
  assert.match(run.stderr, /Nothing was read; no database was written\.\n$/);
  assert.equal(existsSync(db), false);
  assert.equal(existsSync(`${db}-wal`), false);
});

test('a database that was there before is kept when the new files all fail', () => {
  const dir = tempDir();
  const db = join(dir, 'kept.db');
  const good = join(dir, 'good');
  mkdirSync(good);
  writeFileSync(join(good, 'ferry.txt'), 'Ferry service resumes\n\nThe ferry between Ostrava Quay and Lindholm restarted on Tuesday after a week of storms.\n');
  assert.equal(runCli(['ingest', good, '--db', db]).status, 0);
  const run = runCli(['ingest', brokenFolder(dir), '--db', db]);
  assert.equal(run.status, 1);
  assert.doesNotMatch(run.stderr, /no database was written/);
  assert.equal(existsSync(db), true);
  assert.match(runCli(['docs', '--db', db]).stdout, /Ferry service resumes/);
});
