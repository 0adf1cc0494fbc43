// An ingest killed after saving its articles but before the corpus passes that follow (one name,
// one type; short forms): running it again finishes those passes, and the database is row for row
// what an uninterrupted ingest makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from '../../src/ingest/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runCli, tempDir } from '../helpers.js';

/** Four articles showing Brantwell is a company, one where only the corpus can tell, and a farmer. */
function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= 4; i++)
    writeFileSync(join(dir, `ship${i}.txt`), `Depot news ${i}\n\nBrantwell, the shipping company, opened depot number ${i} near Leeds on Monday, its manager told reporters.\n`);
  writeFileSync(join(dir, 'hire.txt'), 'Hiring\n\nBrantwell said on Tuesday that it would hire forty drivers before the winter.\n');
  writeFileSync(join(dir, 'farm.txt'), 'Farm sale\n\nMr Quenby, a farmer from Kent, sold his land to a developer last week.\n');
}

/** Every table's rows (times of day left out), sorted, as one hash per table. */
function tableHashes(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, string> = {};
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>;
    for (const { name } of tables) {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>).map((c) => `"${c.name}"`).filter((c) => !/_at"$/.test(c));
      const rows = (db.prepare(`SELECT ${columns.join(', ')} FROM "${name}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
      out[name] = createHash('sha256').update(rows.sort().join('\n')).digest('hex');
    }
    return out;
  } finally {
    db.close();
  }
}

test('an ingest killed between saving and its corpus passes: the next run finishes them, same rows as one uninterrupted run', { timeout: 300_000 }, async () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus);

  const whole = join(dir, 'whole.db');
  const once = runCli(['ingest', corpus, '--db', whole, '--json']);
  assert.equal(once.status, 0, once.stderr);
  assert.ok((JSON.parse(once.stdout) as { corpusTypes: { retyped: number } }).corpusTypes.retyped >= 1, 'the corpus gives "Brantwell" in the hiring article its type');

  // The interrupted run: its articles saved (each batch commits), then the process gone before the passes.
  const resumed = join(dir, 'resumed.db');
  const store = new SqliteStore(resumed);
  const first = await ingest([corpus], store);
  await store.close();
  assert.equal(first.ingested, 6);

  const again = runCli(['ingest', corpus, '--db', resumed, '--json']);
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout) as { ingested: number; unchanged: number };
  assert.deepEqual([summary.ingested, summary.unchanged], [0, 6], 'nothing analysed again');
  assert.deepEqual(tableHashes(resumed), tableHashes(whole));
});
