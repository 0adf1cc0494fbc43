// kill -9 during a long ingest, run it again: nothing lost, no duplicates, integrity ok.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cliPath, runCli, tempDir } from '../helpers.js';

const DOCS = 1200;

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const cities = ['Ankara', 'Berlin', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Tunis', 'Quito'];
  for (let i = 0; i < DOCS; i++) {
    const city = cities[i % cities.length];
    const text = [
      `Report number ${i} from ${city}`,
      '',
      `Police in ${city} detained ${(i % 40) + 2} people on Tuesday after a series of searches, officials said in a statement numbered ${i}.`,
      '',
      `The ministry said the operation, the ${i}th of its kind this year, targeted a network accused of smuggling migrants across the border.`,
    ].join('\n');
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
}

function countRows(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

test('SIGKILL mid-ingest, then re-run: every document once, integrity ok', { timeout: 240_000 }, async () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  const db = join(dir, 'crash.db');
  writeCorpus(corpus);

  const child = spawn(process.execPath, [cliPath, 'ingest', corpus, '--db', db, '--batch', '16'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Wait until some batches have committed, then kill without warning (a hung ingest is caught
  // by the test's own timeout, not by a clock here).
  let seen = 0;
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(db)) continue;
    try {
      seen = countRows(db, 'SELECT count(*) AS n FROM documents');
    } catch {
      continue; // schema not created yet
    }
    if (seen >= 50) break;
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(seen >= 50, `ingest made no progress before the kill (saw ${seen})`);
  const before = countRows(db, 'SELECT count(*) AS n FROM documents');
  assert.ok(before < DOCS, `the kill came too late to test anything (${before} of ${DOCS} stored)`);

  // A generous per-document limit: on a busy machine a slow document must not read as a failure.
  const rerun = runCli(['ingest', corpus, '--db', db, '--json', '--time-limit', '3600']);
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number; failed: unknown[] };
  assert.deepEqual(summary.failed, []);
  assert.equal(summary.ingested + summary.unchanged, DOCS);
  assert.ok(summary.unchanged >= before, 'what was committed before the kill is not redone');

  assert.equal(countRows(db, 'SELECT count(*) AS n FROM documents'), DOCS);
  assert.equal(countRows(db, 'SELECT count(DISTINCT id) AS n FROM documents'), DOCS);
  assert.equal(countRows(db, 'SELECT count(*) AS n FROM sources'), DOCS);
  assert.equal(countRows(db, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'ministry'"), DOCS);
  const conn = new Database(db, { readonly: true });
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  conn.close();
});
