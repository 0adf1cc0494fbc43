// The run's one ingest of a project corpus (shared-ingest.ts): each caller's copy stores what an
// ingest of its own would, a builder that died is not waited for, and a folder outside the project
// (written by a test, its paths its own) is never shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { projectPath } from '../../src/paths.js';
import { tempDir } from '../helpers.js';
import { ingestedDatabase, sharedCorpusName, startSharedIngests } from './shared-ingest.js';

const FOLDER = projectPath('test', 'fixtures', 'ui', 'vague');
const SHARED_INGEST_DIR = 'CHRONICLE_TEST_INGESTED_DIR';

function storedDocuments(path: string): Array<{ id: string; title: string }> {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id, title FROM documents ORDER BY id').all() as Array<{ id: string; title: string }>;
  } finally {
    db.close();
  }
}

/** Runs `body` with a run's shared folder named in the environment, as scripts/run-tests.mjs does. */
async function withSharedIngests(body: (dir: string) => Promise<void>): Promise<void> {
  const shared = startSharedIngests();
  const dir = shared.env[SHARED_INGEST_DIR];
  const before = process.env[SHARED_INGEST_DIR];
  process.env[SHARED_INGEST_DIR] = dir;
  try {
    await body(dir);
  } finally {
    if (before === undefined) delete process.env[SHARED_INGEST_DIR];
    else process.env[SHARED_INGEST_DIR] = before;
    shared.close();
  }
}

test('two callers at once get copies of one ingest, holding what an ingest of their own stores', { timeout: 300_000 }, async () => {
  const own = join(tempDir(), 'own.db');
  const previous = process.env[SHARED_INGEST_DIR];
  delete process.env[SHARED_INGEST_DIR];
  await ingestedDatabase(own, [FOLDER]);
  if (previous !== undefined) process.env[SHARED_INGEST_DIR] = previous;
  const expected = storedDocuments(own);
  assert.ok(expected.length > 0);

  await withSharedIngests(async (dir) => {
    const copies = [join(tempDir(), 'a.db'), join(tempDir(), 'b.db')];
    await Promise.all(copies.map((path) => ingestedDatabase(path, [FOLDER])));
    for (const path of copies) assert.deepEqual(storedDocuments(path), expected);
    assert.deepEqual(readdirSync(dir), [`${sharedCorpusName([FOLDER])}.db`]);
  });
});

test('a lock left by a builder that died is taken over, not waited for', { timeout: 300_000 }, async () => {
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  await withSharedIngests(async (dir) => {
    writeFileSync(join(dir, `${sharedCorpusName([FOLDER])}.lock`), String(dead));
    const path = join(tempDir(), 'c.db');
    await ingestedDatabase(path, [FOLDER]);
    assert.ok(storedDocuments(path).length > 0);
    assert.deepEqual(readdirSync(dir), [`${sharedCorpusName([FOLDER])}.db`]);
  });
});

test('a folder outside the project is ingested by each caller, never shared', { timeout: 300_000 }, async () => {
  const folder = join(tempDir(), 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'harbour.txt'), 'Ferry crews in Porto Vell walked out on Friday\n\nThe harbour board said talks with the crews would resume next week.\n');
  await withSharedIngests(async (dir) => {
    const path = join(tempDir(), 'd.db');
    await ingestedDatabase(path, [folder]);
    assert.equal(storedDocuments(path).length, 1);
    assert.deepEqual(readdirSync(dir), []);
  });
});
