// Wrong command lines said too little: start on a folder with no article ingested nothing, served an
// empty database and exited 0; a bench without a database said "chronicle bench:" where every other
// command names what failed; a file that is not a database got SQLite's words alone; a folder given
// as a gold file did not say which path was the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('start on an empty folder says there is nothing to ingest and which extensions it reads, exits 1 and writes no database', () => {
  const dir = tempDir();
  const corpus = join(dir, 'clippings');
  mkdirSync(corpus);
  const db = join(dir, 'desk.db');
  const r = runCli(['start', '--corpus', corpus, '--db', db, '--no-serve']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^chronicle start: nothing to ingest in .*clippings: no articles found in this directory \(looked for \.txt, /);
  assert.match(r.stderr, /No database was written\. Give --corpus a folder of articles/);
  assert.equal(existsSync(db), false);
});

test('start on a folder holding only files of other kinds names them', () => {
  const dir = tempDir();
  const corpus = join(dir, 'scans');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'ledger.xlsx'), 'not an article');
  const r = runCli(['start', '--corpus', corpus, '--db', join(dir, 'scans.db'), '--no-serve']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /1 file skipped, of a kind Chronicle does not read: 1 \.xlsx/);
  assert.match(r.stderr, /ledger\.xlsx/);
});

test('a bench with no database names the bench, as other commands name themselves', () => {
  const r = runCli(['bench', 'resolve', '--db', join(tempDir(), 'absent.db')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^chronicle bench resolve: no database at .*absent\.db\./);
});

test('a file that is not a database is named as such, with the option that gave it', () => {
  const dir = tempDir();
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'Minutes of the harbour board, taken by hand.\n'.repeat(40));
  const r = runCli(['docs', '--db', notes]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), `chronicle docs: --db ${notes} is not a Chronicle database (not an SQLite file): give the database file, or a new name to create one with chronicle ingest`);
});

test('a folder given as the gold file is named, with its option', () => {
  const dir = tempDir();
  const r = runCli(['eval', 'gold', '--gold', dir, '--corpus', dir]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^chronicle eval gold: --gold ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a folder; --gold takes a file`));
});
