// A command line with an option before the command, a folder where the database file goes, a
// --corpus or a gold file that does not exist: each is said in words with what to type instead,
// exit code not 0, no stack trace and no system call's name (ENOENT, EISDIR), and nothing created.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { runCli, tempDir } from '../helpers.js';

const NO_TRACE = /\n\s+at |node:internal|ENOENT|EISDIR|SqliteError|disk I\/O error|unable to open database/;

async function emptyDb(dir: string): Promise<string> {
  const db = join(dir, 'harbour notes.db');
  const store = await openStore(db);
  await store.close();
  return db;
}

test('an option before the command is shown where it goes, as a line to type', async () => {
  const db = await emptyDb(tempDir());
  const r = runCli(['--db', db, 'quotes', '--speaker', 'Wrenfield']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), `chronicle: options go after the command: chronicle quotes --db '${db}' --speaker Wrenfield`);
  // with no command at all it asks for one
  const alone = runCli(['--json']);
  assert.equal(alone.status, 2);
  assert.match(alone.stderr, /^chronicle: "--json" is an option; give a command first \(chronicle COMMAND --json …\)/);
  // and the line it gives works
  const retyped = runCli(['quotes', '--db', db, '--speaker', 'Wrenfield']);
  assert.equal(retyped.status, 0, retyped.stderr);
});

test('a folder given as --db is named as one, with a file in it to give instead, for reading and for ingesting', () => {
  const dir = tempDir();
  const folder = join(dir, 'archive');
  mkdirSync(folder);
  for (const args of [['figures', '--db', folder], ['ingest', '--db', folder, '-']]) {
    const r = runCli(args, { input: 'The ferry to Corvallen ran twice a day until the storm.' });
    assert.equal(r.status, 1, args.join(' '));
    assert.equal(r.stderr.trim(), `chronicle ${args[0]}: --db ${folder} is a folder, not a database file: give a file, such as --db ${join(folder, 'chronicle.db')}`);
  }
  assert.deepEqual(readdirSync(folder), [], 'nothing written into the folder');
});

test('start with a --corpus that does not exist stops before creating a database', () => {
  const dir = tempDir();
  const db = join(dir, 'start.db');
  const r = runCli(['start', '--corpus', join(dir, 'articels'), '--db', db, '--no-serve']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^chronicle start: --corpus .*articels: no such file or folder \(give a folder of articles, or leave --corpus out for the demo corpus\)\n/);
  assert.equal(existsSync(db), false);
});

test('bench ingest on a --corpus that does not exist measures nothing and says why', () => {
  const r = runCli(['bench', 'ingest', '--corpus', join(tempDir(), 'no-such-corpus'), '--json']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^chronicle bench ingest: --corpus .*no-such-corpus: no such folder/);
});

test('bench search-fuzz on a database that does not exist says so, as the other benches do', () => {
  const r = runCli(['bench', 'search-fuzz', '--db', join(tempDir(), 'no-such.db'), '--queries', '5']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^chronicle bench search-fuzz: no database at .*no-such\.db\. Ingest something first/);
});

test('eval gold with a gold file that is missing, or a folder, says so in words and points to its help', () => {
  const dir = tempDir();
  const missing = runCli(['eval', 'gold', '--gold', join(dir, 'gold-notes.json'), '--corpus', dir]);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), `chronicle eval gold: --gold ${join(dir, 'gold-notes.json')} does not exist; --gold takes a file (chronicle eval gold --help says what it reads).`);
  const folder = runCli(['eval', 'gold', '--gold', dir, '--corpus', dir]);
  assert.equal(folder.status, 1);
  assert.equal(folder.stderr, `chronicle eval gold: --gold ${dir} is a folder; --gold takes a file (chronicle eval gold --help says what it reads).\n`);
  for (const r of [missing, folder]) assert.doesNotMatch(r.stderr, NO_TRACE);
});

test('entities with options before retype runs retype (it had been refused as a stray word)', async () => {
  const db = await emptyDb(tempDir());
  const r = runCli(['entities', '--db', db, 'retype', 'ent_no_such_name', '--type', 'ORG']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^chronicle entities: no entity ent_no_such_name is stored: nothing was changed/);
});
