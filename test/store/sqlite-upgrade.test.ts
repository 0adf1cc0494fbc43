// A database made before migrations 7 to 9 (no dates or titles on doc_entities, narrower indexes on
// it and on quotes by speaker) is upgraded on opening: the columns are filled from the documents, and
// an entity's article pages sort by them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import type { Analysis } from '../../src/types.js';
import { tempDir } from '../helpers.js';

/** A story naming the lighthouse keeper `times` times. */
function story(id: string, title: string, published: string | null, times: number): Analysis {
  const text = 'Mara Quill lit the lamp. '.repeat(times);
  const analysis = emptyAnalysis({
    id,
    text,
    title,
    sources: [{ kind: 'file', location: `${id}.txt`, name: id }],
    removed: [],
    paragraphs: [{ start: 0, end: text.length }],
    meta: { authors: [], publisher: null, dateline: null, published: { value: published, precision: published ? 'day' : 'none' } },
  });
  const mentions = Array.from({ length: times }, (_, i) => ({ start: i * 25, end: i * 25 + 10, type: 'PER' as const, text: 'Mara Quill', entityId: 'ent_quill', canonical: 'Mara Quill' }));
  return { ...analysis, mentions };
}

test('sqlite: a version-6 database gains sortable entity pages when opened', async () => {
  const path = join(tempDir(), 'old.db');
  const store = new SqliteStore(path);
  await store.saveBatch([
    { analysis: story('keeper1', 'Storm over the cape', '2019-11-02', 2), contentHash: 'k1' },
    { analysis: story('keeper2', 'A quiet winter', '2020-01-20', 1), contentHash: 'k2' },
    { analysis: story('keeper3', 'Beacon repaired', null, 3), contentHash: 'k3' },
  ]);
  await store.close();

  // Turn it back into what version 6 wrote.
  const raw = new Database(path);
  raw.exec(`
    DROP INDEX doc_entities_by_date; DROP INDEX doc_entities_by_mentions; DROP INDEX doc_entities_by_title;
    ALTER TABLE doc_entities DROP COLUMN published; ALTER TABLE doc_entities DROP COLUMN title;
    DROP INDEX quote_speakers_entity_page; CREATE INDEX quote_speakers_entity ON quote_speakers(entity);
    DROP INDEX doc_entities_key_mentions; CREATE INDEX doc_entities_key ON doc_entities(key, doc_id);`);
  raw.pragma('user_version = 6');
  raw.close();

  const upgraded = new SqliteStore(path);
  const order = async (sort: 'date' | 'mentions' | 'title') => (await upgraded.entityDocumentPage('ent_quill', { sort, limit: 10, offset: 0 })).items.map((d) => d.docId);
  assert.deepEqual(await order('date'), ['keeper2', 'keeper1', 'keeper3'], 'newest first, undated last');
  assert.deepEqual(await order('mentions'), ['keeper3', 'keeper1', 'keeper2']);
  assert.deepEqual(await order('title'), ['keeper2', 'keeper3', 'keeper1']);
  const page = await upgraded.entityDocumentPage('ent_quill', { sort: 'date', limit: 1, offset: 2 });
  assert.equal(page.total, 3);
  assert.deepEqual(page.items, [{ docId: 'keeper3', title: 'Beacon repaired', published: null, mentions: 3 }]);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  check.close();
});
