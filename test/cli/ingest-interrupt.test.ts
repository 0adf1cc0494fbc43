// Ctrl-C during an ingest keeps what was analysed: the batch in progress is saved (not lost with
// the process), the user is told how many and how to go on, and a re-run completes without
// storing anything twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const TOWNS = ['Harrow', 'Ostrava Quay', 'Lindenfeld', 'Port Amsel', 'Corravale', 'Tessby', 'Marrowgate', 'Quillon'];
const DOCS = 120;

/** Distinct short articles (distinct texts, so none is a duplicate of another). */
function writeArticles(folder: string): void {
  mkdirSync(folder);
  for (let i = 0; i < DOCS; i++) {
    const town = TOWNS[i % TOWNS.length];
    const text = `Works notice ${i}\n\nCrews in ${town} closed road ${i} for ${(i % 9) + 2} days to replace pipe section ${i * 7 + 3}, the council of ${town} said on Tuesday.\n`;
    writeFileSync(join(folder, `n${String(i).padStart(3, '0')}.txt`), text);
  }
}

/** Runs the CLI with `args`, sends `signal` once its progress line has counted a few articles,
 *  and returns how it ended and how many new articles it says it saved. */
async function stopPartWay(args: string[], signal: 'SIGINT' | 'SIGTERM'): Promise<{ code: number | null; stdout: string; stderr: string; saved: number }> {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, CHRONICLE_PROGRESS: '1' } });
  let stderr = '';
  let stdout = '';
  let sent = false;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    // the progress line counts articles as they are analysed; interrupt once a few are
    const counts = [...stderr.matchAll(/ingest (\d+)/g)].map((m) => Number(m[1]));
    if (!sent && counts.some((n) => n >= 3)) {
      sent = true;
      child.kill(signal);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.ok(sent, `a progress line was drawn: ${stderr}`);
  const said = /Interrupted: (\d+) new articles? saved\. Run the same command again to continue/.exec(stderr);
  assert.ok(said, stderr);
  const saved = Number(said[1]);
  assert.ok(saved > 0 && saved < DOCS, `some saved, not all: ${saved}`);
  return { code, stdout, stderr, saved };
}

async function storedOnce(db: string): Promise<void> {
  const store = new SqliteStore(db);
  try {
    assert.equal(await store.countDocuments(), DOCS, 'every article once');
    assert.deepEqual(await store.pendingPassDocuments(), [], 'the corpus passes ran over every article');
  } finally {
    await store.close();
  }
}

test('SIGINT part way saves the analysed batch, says so, exits non-zero; a re-run completes without duplicates', async () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  const db = join(dir, 'kb.db');
  writeArticles(folder);
  // one batch for everything: before the fix an interrupt lost every article
  const { code, stdout, stderr, saved } = await stopPartWay(['ingest', folder, '--db', db, '--batch', '1000'], 'SIGINT');
  assert.equal(code, 130, `${stdout}\n${stderr}`);
  assert.match(stdout, new RegExp(`^${saved} ingested`));

  const again = runCli(['ingest', folder, '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, new RegExp(`^${DOCS - saved} ingested, 0 duplicates, ${saved} already stored, 0 failed`));
  await storedOnce(db);
});

test('start: SIGTERM during its first ingest saves what was analysed, exits 143 without serving; start again resumes without duplicates', async () => {
  const dir = tempDir();
  const folder = join(dir, 'demo');
  const db = join(dir, 'kb.db');
  writeArticles(folder);
  const { code, stdout, stderr, saved } = await stopPartWay(['start', '--corpus', folder, '--db', db, '--no-serve'], 'SIGTERM');
  assert.equal(code, 143, `${stdout}\n${stderr}`);
  assert.match(stdout, new RegExp(`^${saved} documents? ingested`, 'm'));

  // the database holds documents now, yet start sees its ingest was stopped part way and resumes it
  const again = runCli(['start', '--corpus', folder, '--db', db, '--no-serve']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /^Resuming the ingest of /m);
  assert.match(again.stdout, new RegExp(`^${DOCS - saved} documents? ingested, 0 duplicates, ${saved} already stored`, 'm'));
  await storedOnce(db);
  // finished: a third start leaves the database as it is
  const third = runCli(['start', '--corpus', folder, '--db', db, '--no-serve']);
  assert.equal(third.status, 0, third.stderr);
  assert.match(third.stdout, new RegExp(`already holds ${DOCS} documents; not re-ingesting`));
});
