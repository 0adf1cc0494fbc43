// What a person reads when a command line goes wrong or a database is empty: an unknown option in
// plain words (a near miss named), a flag without its value, a bad --type as a usage error, and
// listings of an empty database that say so instead of printing a bare header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';

/** A database with nothing in it: a store opened and closed without storing anything. (An ingest whose
 * files all fail no longer leaves one behind.) */
async function emptyDb(): Promise<string> {
  const db = join(tempDir(), 'empty.db');
  const store = await openStore(db);
  await store.close();
  return db;
}

test('an unknown option is named plainly, with the near miss when there is one; the usage follows', () => {
  const near = runCli(['entities', '--limt', '5']);
  assert.equal(near.status, 2);
  assert.match(near.stderr, /^chronicle entities: unknown option --limt; did you mean --limit\?\n\nUsage: chronicle entities/);
  const bogus = runCli(['docs', '--bogus']);
  assert.equal(bogus.status, 2);
  assert.match(bogus.stderr, /^chronicle docs: unknown option --bogus\n/);
  // a command that takes text says how to pass text starting with "-", in balanced quotes
  const search = runCli(['search', '-taxi']);
  assert.equal(search.status, 2);
  assert.match(search.stderr, /^chronicle search: unknown option -taxi \(text that starts with "-" goes after --, as in: -- "-taxi"\)\n/);
});

test('a flag without its value, a boolean given one, and a stray argument are said in words', () => {
  assert.match(runCli(['docs', '--db']).stderr, /^chronicle docs: --db needs a value\n/);
  assert.match(runCli(['docs', '--json=yes']).stderr, /^chronicle docs: --json takes no value\n/);
  const stray = runCli(['docs', 'extra']);
  assert.equal(stray.status, 2);
  assert.match(stray.stderr, /^chronicle docs: unexpected "extra": this command takes options only\n/);
});

test('entities --type with an unknown type is a usage error (exit 2, usage shown) like the other listings', async () => {
  const res = runCli(['entities', '--type', 'person', '--db', await emptyDb()]);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /^chronicle entities: --type must be one of PER, ORG, LOC, MISC, got "person"\n\nUsage: chronicle entities/);
});

test('listings of an empty database say so instead of printing a bare header', async () => {
  const db = await emptyDb();
  const said = (args: string[]) => {
    const res = runCli([...args, '--db', db]);
    assert.equal(res.status, 0, res.stderr);
    return res.stdout.trim();
  };
  assert.equal(said(['docs']), 'No documents stored yet (chronicle ingest PATH adds some).');
  assert.equal(said(['docs', '--offset', '5']), 'No documents after the first 5.');
  assert.equal(said(['entities']), 'No entities stored.');
  assert.equal(said(['entities', '--type', 'per']), 'No entities stored of type PER.');
  assert.equal(said(['events', '--merged']), 'No events stored.');
  assert.equal(said(['events', '--merged', '--type', 'arrest']), 'No events stored of type arrest.');
  // --json stays JSON
  assert.deepEqual(JSON.parse(said(['docs', '--json'])), []);
  assert.deepEqual(JSON.parse(said(['entities', '--json'])), []);
});

test('docs --offset that is not a whole number of 0 or more is a usage error, not a database error', async () => {
  // Before: "chronicle docs: datatype mismatch" (exit 1) for --offset abc, and --offset 1.5 listed as if it were 1.
  const db = await emptyDb();
  for (const value of ['abc', '1.5', '-2']) {
    const run = runCli(['docs', `--offset=${value}`, '--db', db]);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`^chronicle docs: --offset must be a whole number, 0 or more, got "${value.replace('.', '\\.')}"\\n\\nUsage: chronicle docs`));
  }
  assert.equal(runCli(['docs', '--offset', '0', '--db', db]).status, 0);
  // and its help says what --limit and --offset do, with their defaults
  const help = runCli(['docs', '--help']).stdout;
  assert.match(help, /--limit N +at most N documents \(default: every one\)/);
  assert.match(help, /--offset N +skip the first N \(default 0\)/);
});
