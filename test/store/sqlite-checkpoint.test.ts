// The write-ahead log is copied back into the database every few batches, not at every commit:
// a batch of news dirties thousands of index pages, and copying each commit's pages at once wrote
// every page twice. Nothing is lost: readers see the log, and closing copies what it still holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Analysis } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { handDoc } from '../fixtures/hand-doc.js';

const CRAFTS = ['ferry', 'tug', 'barge', 'trawler', 'dredger', 'schooner', 'lighter', 'pilot boat'];
const GOODS = ['timber', 'grain', 'salt', 'copper', 'wool', 'coffee', 'cement', 'tin'];

/** A long harbour log of its own, so that every document adds pages of text and search index. */
function harbourLog(n: number): Analysis {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++)
    lines.push(`Entry ${n}-${i}: the ${CRAFTS[(n + i) % 8]} number ${i * 7 + n} unloaded ${i + 3} crates of ${GOODS[(n * 3 + i) % 8]} at berth ${(i % 19) + n}.`);
  const text = lines.join(' ');
  const id = `log${String(n).padStart(13, '0')}`;
  return emptyAnalysis(handDoc(id, text, { title: `Harbour log ${n}`, location: `harbour-${n}.txt` }));
}

test('sqlite: a batch larger than 1,000 pages stays in the log until later, and is all there after closing', async () => {
  const path = join(tempDir(), 'checkpoint.db');
  // SQLite's default page size, so that 1,000 pages (its default threshold) is less than this batch's log
  const made = new Database(path);
  made.pragma('page_size = 4096');
  made.exec('CREATE TABLE placeholder(x); DROP TABLE placeholder;');
  made.close();
  const store = new SqliteStore(path);
  const batch = Array.from({ length: 120 }, (_, n) => ({ analysis: harbourLog(n), contentHash: `h${n}` }));
  await store.saveBatch(batch);
  const log = statSync(`${path}-wal`).size;
  assert.ok(log > 1000 * 4096, `the batch wrote ${log} bytes of log, more than SQLite's default checkpoint threshold`);
  // with a checkpoint at every commit the database file would hold the batch by now
  assert.ok(statSync(path).size < log / 4, `database file ${statSync(path).size} bytes, log ${log}`);
  assert.equal(await store.countDocuments(), 120);
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();

  assert.ok(statSync(path).size > log / 2, 'closing copies the log into the database');
  const reader = new SqliteStore(path, { readonly: true });
  assert.equal(await reader.countDocuments(), 120);
  assert.equal((await reader.search('dredger'))[0]?.id.startsWith('log'), true);
  await reader.close();
});
