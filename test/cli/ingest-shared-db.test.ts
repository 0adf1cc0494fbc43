// An ingest that created the database and then read nothing removed the file, even when another
// ingest had opened it meanwhile and stored articles there (several ingests may share one file).
// It is removed now only when no other connection has it open and it holds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { removeUnusedDatabase } from '../../src/store/sqlite/remove-unused.js';

const STORY = 'Tram depot reopens\n\nThe tram depot at Kestrel Row reopened on Friday after the council repaired its roof.\n';

test('a database another connection has open is kept, even with nothing in it', async () => {
  const db = join(tempDir(), 'open.db');
  const other = new SqliteStore(db);
  try {
    assert.equal(removeUnusedDatabase(db), false);
    assert.equal(existsSync(db), true);
  } finally {
    await other.close();
  }
  assert.equal(removeUnusedDatabase(db), true, 'once closed and still empty it goes');
  for (const suffix of ['', '-wal', '-shm']) assert.equal(existsSync(db + suffix), false);
});

test('a database holding a document is kept after every connection closed', () => {
  const dir = tempDir();
  const db = join(dir, 'full.db');
  writeFileSync(join(dir, 'depot.txt'), STORY);
  assert.equal(runCli(['ingest', join(dir, 'depot.txt'), '--db', db]).status, 0);
  assert.equal(removeUnusedDatabase(db), false);
  assert.match(runCli(['docs', '--db', db]).stdout, /Tram depot reopens/);
});

test('an ingest that fails keeps the database a second ingest stored into meanwhile', async () => {
  const dir = tempDir();
  const db = join(dir, 'shared.db');
  writeFileSync(join(dir, 'depot.txt'), STORY);
  // A page that answers "not found" only when told to: the first ingest waits on it.
  let answer: (() => void) | undefined;
  const server = createServer((_req, res) => {
    answer = () => res.writeHead(404).end('gone');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  try {
    const first = spawn(process.execPath, [cliPath, 'ingest', `http://127.0.0.1:${port}/story`, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    first.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((ok) => first.on('close', ok));
    while (!answer) await new Promise((ok) => setTimeout(ok, 20));
    assert.equal(existsSync(db), true, 'the first ingest created the file before fetching');
    const second = runCli(['ingest', join(dir, 'depot.txt'), '--db', db]);
    assert.equal(second.status, 0, second.stderr);
    answer();
    assert.equal(await exited, 1);
    assert.match(stderr, /was kept/);
    assert.match(runCli(['docs', '--db', db]).stdout, /Tram depot reopens/);
  } finally {
    server.close();
  }
});
