// bench ingest takes ingest's --time-limit S (the seconds one document's analysis may take in a
// thread), says so in its --help, reports the limit it ran with, and refuses a limit it could not
// apply (no analysis thread to stop) rather than ignore it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const story = `Ferry timetable changes\n\nThe ferry between Almsby and the island of Kerrow will sail twice a day from June, the operator said on Tuesday.`;

function corpus(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'ferry.txt'), story);
  return dir;
}

test('bench ingest --help names --time-limit as ingest does', () => {
  const res = runCli(['bench', 'ingest', '--help']);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /\[--time-limit S\]/);
  assert.match(res.stdout, /--time-limit S gives up on a document whose analysis takes longer than S seconds\s+\(default 60;/);
});

// A generous limit: a thread's start-up (loading the models) counts against its first document's
// time, so a short one would stop the document on a loaded machine (noted for the pool, not tested).
test('bench ingest --time-limit is the limit its analysis threads run under, reported in --json', { timeout: 180_000 }, () => {
  const res = runCli(['bench', 'ingest', '--corpus', corpus(), '--workers', '1', '--time-limit', '600', '--json']);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout) as { docs: number; failed: number; timedOut: number; timeLimitSeconds: number | null };
  assert.equal(out.docs, 1);
  assert.equal(out.timeLimitSeconds, 600);
  assert.equal(out.timedOut, 0);
});

test('bench ingest refuses a time limit that is not a positive whole number, as ingest does', () => {
  for (const bad of ['0', '1.5', 'soon']) {
    const res = runCli(['bench', 'ingest', '--corpus', corpus(), '--workers', '1', '--time-limit', bad, '--json']);
    assert.notEqual(res.status, 0, bad);
    assert.match(res.stderr, /--time-limit must be a positive whole number/, bad);
  }
});

test('bench ingest refuses --time-limit without analysis threads, where nothing could stop a document', () => {
  const res = runCli(['bench', 'ingest', '--corpus', corpus(), '--time-limit', '5', '--json']);
  assert.notEqual(res.status, 0);
  assert.match(res.stderr, /--time-limit needs --workers 1 or more/);
});
