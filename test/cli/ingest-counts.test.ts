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

// An article saved once in NFC and once in NFD (as some editors and file systems write it) has one
// document id; the second copy was a failure ("already stored with different text; not merged").
test('an NFC and an NFD copy of one article: one document, the second a duplicate, said plainly', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  const text = 'Ferry resumes\n\nThe ferry from Saint-Aimé to Île Verte resumed on Tuesday, the harbour office said.\n';
  assert.notEqual(text.normalize('NFD'), text);
  writeFileSync(join(folder, 'a-nfc.txt'), text.normalize('NFC'));
  writeFileSync(join(folder, 'b-nfd.txt'), text.normalize('NFD'));
  const db = join(dir, 'db.db');
  const run = runCli(['ingest', folder, '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^1 ingested, 1 duplicate \(a re-saved copy of a stored article, differing only in case, spacing or Unicode form\), 0 already stored, 0 failed/);
  assert.doesNotMatch(run.stderr, /different text/);
  const again = runCli(['ingest', folder, '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, 'Nothing new: 2 already stored.\n', 'a re-run skips both copies');
  const json = runCli(['ingest', folder, '--db', join(dir, 'db2.db'), '--json']);
  const summary = JSON.parse(json.stdout) as { ingested: number; duplicates: number; resaved?: number };
  assert.deepEqual([summary.ingested, summary.duplicates, summary.resaved], [1, 1, 1]);
});

// A re-run that stores nothing printed "0 ingested, 0 duplicates, 3 already stored, 0 failed in 0.4 s
// (0 docs/s)", which read like a stall. It says what happened; a speed is given only for articles read.
test('a re-run that stores nothing says so, with no speed of 0 docs/s', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'kiln.txt'), 'Kiln fire\n\nA fire at the Marsh Lane pottery kiln was put out on Sunday, the owners said.\n');
  writeFileSync(join(folder, 'pier.txt'), 'Pier repainted\n\nVolunteers repainted the old pier at Gullhaven over the weekend.\n');
  const db = join(dir, 'db.db');
  assert.equal(runCli(['ingest', folder, '--db', db]).status, 0);
  const again = runCli(['ingest', folder, '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, 'Nothing new: 2 already stored.\n');
  writeFileSync(join(folder, 'blank.txt'), '');
  const withFailure = runCli(['ingest', folder, '--db', db]);
  assert.equal(withFailure.status, 3);
  assert.match(withFailure.stdout, /^0 ingested, 0 duplicates, 2 already stored, 1 failed in \d+\.\d s\n/);
  assert.doesNotMatch(withFailure.stdout, /docs\/s/);
});
