// A database the store creates has 16 KiB pages (ingest rewrites most pages of the summary indexes
// at every batch, and each page costs the same whatever its size); one made with SQLite's default
// 4 KiB pages keeps them and is read and written as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Analysis } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { handDoc } from '../fixtures/hand-doc.js';

/** A short note about the orchard, naming its keeper once. */
function note(n: number): Analysis {
  const text = `Orchard note ${n}: Tobin Reyes pruned ${n + 4} pear trees before the frost.`;
  const id = `note${String(n).padStart(12, '0')}`;
  const analysis = emptyAnalysis(handDoc(id, text, { title: `Orchard note ${n}`, location: `note-${n}.txt` }));
  const start = text.indexOf('Tobin');
  return { ...analysis, mentions: [{ start, end: start + 11, type: 'PER', text: 'Tobin Reyes', entityId: 'ent_reyes', canonical: 'Tobin Reyes' }] };
}

function pageSize(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
}

test('sqlite: a new database is made with 16 KiB pages', async () => {
  const path = join(tempDir(), 'pages-new.db');
  const store = new SqliteStore(path);
  await store.saveBatch([{ analysis: note(1), contentHash: 'h1' }]);
  await store.close();
  assert.equal(pageSize(path), 16_384);
});

test('sqlite: a database with 4 KiB pages keeps them, and takes and answers new documents', async () => {
  const path = join(tempDir(), 'pages-old.db');
  const made = new Database(path);
  made.pragma('page_size = 4096');
  made.exec('CREATE TABLE placeholder(x); DROP TABLE placeholder;');
  made.close();
  const store = new SqliteStore(path);
  await store.saveBatch([{ analysis: note(1), contentHash: 'h1' }]);
  await store.close();
  assert.equal(pageSize(path), 4096);

  const again = new SqliteStore(path);
  await again.saveBatch([{ analysis: note(2), contentHash: 'h2' }]);
  assert.equal(await again.countDocuments(), 2);
  assert.equal((await again.queryEntities({ keys: ['ent_reyes'] })).items[0]?.documents, 2);
  assert.deepEqual((await again.search('pruned')).map((h) => h.id).sort(), [note(1).doc.id, note(2).doc.id]);
  assert.equal(await again.integrityCheck(), 'ok');
  await again.close();
  assert.equal(pageSize(path), 4096);
});
