// A database made before migrations 7 to 9 (no dates or titles on doc_entities, narrower indexes on
// it and on quotes by speaker) is upgraded on opening: the columns are filled from the documents, and
// an entity's article pages sort by them. One made before migration 10 gains the covering indexes
// that search facets read; one made before migration 11, the index of the type pass after an ingest;
// one made before migration 12, the index of the joins the short-form pass made; one made before
// migration 14, the index of the mentions a person's merge or split moved; one made before migration
// 15, the document list's sort keys (filled in for the stored documents) and its indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { LIST_ORDERS, migrations } from '../../src/store/sqlite/migrations.js';
import type { Analysis } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { retypeByCorpus } from '../../src/corpus/entities/type-pass.js';
import { handDoc } from '../fixtures/hand-doc.js';

/** A story naming the lighthouse keeper `times` times. */
function story(id: string, title: string, published: string | null, times: number): Analysis {
  const text = 'Mara Quill lit the lamp. '.repeat(times);
  const analysis = emptyAnalysis(handDoc(id, text, { title, published }));
  const mentions = Array.from({ length: times }, (_, i) => ({ start: i * 25, end: i * 25 + 10, type: 'PER' as const, text: 'Mara Quill', entityId: 'ent_quill', canonical: 'Mara Quill' }));
  return { ...analysis, mentions };
}

/** Back to version 14: no sort keys on the documents, nor the document list's indexes. */
const UNDO_MIGRATION_15 = `DROP INDEX documents_by_date; DROP INDEX documents_by_title; DROP INDEX documents_by_publisher;
  ALTER TABLE documents DROP COLUMN title_key; ALTER TABLE documents DROP COLUMN publisher_key;`;

/** Back to version 13: no index of the mentions a person's merge or split moved. */
const UNDO_MIGRATION_14 = UNDO_MIGRATION_15 + `DROP INDEX annotations_curated;`;

/** Back to version 12: no table of documents waiting for their after-ingest passes. */
const UNDO_MIGRATION_13 = UNDO_MIGRATION_14 + `DROP TABLE pending_passes;`;

/** Back to the indexes version 11 had. */
const UNDO_MIGRATION_12 = UNDO_MIGRATION_13 + `DROP INDEX annotations_short_form;`;

/** Back to the indexes version 10 had. */
const UNDO_MIGRATION_11 = UNDO_MIGRATION_12 + `DROP INDEX annotations_type_vote;`;

/** Back to the indexes version 9 had. */
const UNDO_MIGRATION_10 = UNDO_MIGRATION_11 + `
  DROP INDEX sources_doc; CREATE INDEX sources_doc ON sources(doc_id);
  DROP INDEX documents_summary; DROP INDEX annotations_event_types;
  DROP INDEX doc_entities_by_mentions; CREATE INDEX doc_entities_by_mentions ON doc_entities(key, mentions DESC, published DESC, doc_id);`;

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
  raw.exec(UNDO_MIGRATION_10);
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

test('sqlite: a version-9 database gains the covering indexes of search facets when opened', async () => {
  const path = join(tempDir(), 'v9.db');
  const store = new SqliteStore(path);
  await store.saveBatch([
    { analysis: story('keeper1', 'Storm over the cape', '2019-11-02', 2), contentHash: 'k1' },
    { analysis: story('keeper2', 'A quiet winter', null, 1), contentHash: 'k2' },
  ]);
  const facets = await store.documentFacets(['keeper1', 'keeper2']);
  const summaries = await store.documentSummaries(['keeper1', 'keeper2']);
  const hits = await store.search('lamp', { limit: 5, snippets: false });
  await store.close();

  // Turn it back into what version 9 wrote.
  const raw = new Database(path);
  raw.exec(UNDO_MIGRATION_10);
  raw.pragma('user_version = 9');
  raw.close();
  assert.throws(() => new SqliteStore(path, { readonly: true }), /older Chronicle/, 'a reader cannot use it before the upgrade');

  const upgraded = new SqliteStore(path);
  assert.deepEqual(await upgraded.documentFacets(['keeper1', 'keeper2']), facets);
  assert.deepEqual(await upgraded.documentSummaries(['keeper1', 'keeper2']), summaries);
  assert.deepEqual(await upgraded.search('lamp', { limit: 5, snippets: false }), hits);
  assert.deepEqual((await upgraded.entityDocumentPage('ent_quill', { sort: 'mentions', limit: 5, offset: 0 })).items.map((d) => d.title), ['Storm over the cape', 'A quiet winter']);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  // Each read above is answered from index entries alone, not from the wide rows.
  const plan = (sql: string) => (check.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
  assert.match(plan(`SELECT id, title, published, words FROM documents INDEXED BY documents_summary WHERE id = 'x'`), /COVERING INDEX documents_summary/);
  assert.match(plan(`SELECT location FROM sources WHERE doc_id = 'x' ORDER BY added_at, location LIMIT 1`), /COVERING INDEX sources_doc/);
  assert.match(plan(`SELECT label FROM annotations INDEXED BY annotations_event_types WHERE doc_id = 'x' AND kind = 'event'`), /COVERING INDEX annotations_event_types/);
  assert.match(plan(`SELECT doc_id, title FROM doc_entities WHERE key = 'x' ORDER BY mentions DESC, published DESC, doc_id LIMIT 5`), /COVERING INDEX doc_entities_by_mentions/);
  check.close();
});

test('sqlite: a version-10 database gains the index of the type pass after an ingest when opened', async () => {
  const path = join(tempDir(), 'v10.db');
  const store = new SqliteStore(path);
  // the keeper's name carries a type vote, as analysis leaves it
  const voted = (a: Analysis): Analysis => ({ ...a, mentions: a.mentions.map((m) => ({ ...m, typeVote: { key: 'mara quill', type: 'PER', tagged: 'PER', evidence: false, strong: false, movable: true } })) });
  await store.saveBatch([
    { analysis: voted(story('keeper1', 'Storm over the cape', '2019-11-02', 2)), contentHash: 'k1' },
    { analysis: voted(story('keeper2', 'A quiet winter', null, 1)), contentHash: 'k2' },
  ]);
  await store.close();

  const raw = new Database(path);
  raw.exec(UNDO_MIGRATION_11);
  raw.pragma('user_version = 10');
  raw.close();

  const upgraded = new SqliteStore(path);
  assert.deepEqual(await upgraded.typeVoteKeys(['keeper2']), ['mara quill']);
  assert.equal((await upgraded.mentionsWithTypeVoteKeys(['mara quill'])).length, 3, 'both articles: every mention of the name');
  assert.deepEqual(await retypeByCorpus(upgraded, { docIds: ['keeper2'] }), { retyped: 0, documents: 0, mentionsChanged: 0 });
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  // the pass's read goes by the index, not over every mention
  const plan = (check.prepare(`EXPLAIN QUERY PLAN SELECT a.doc_id FROM json_each('["x"]') k CROSS JOIN annotations a ON a.kind = 'mention' AND json_extract(a.data_json, '$.typeVote.key') = k.value`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
  assert.match(plan, /USING INDEX annotations_type_vote/);
  check.close();
});

test('sqlite: a version-11 database gains the index of the short-form joins when opened', async () => {
  const path = join(tempDir(), 'v11.db');
  const store = new SqliteStore(path);
  await store.saveBatch([
    { analysis: story('keeper1', 'Storm over the cape', '2019-11-02', 2), contentHash: 'k1' },
    { analysis: story('keeper2', 'A quiet winter', null, 1), contentHash: 'k2' },
  ]);
  // one mention marked as a join moved it (what the pass writes)
  await store.updateMentionEntities('keeper2', [{ start: 0, end: 10, type: 'PER', entityId: 'ent_quill', canonical: 'Mara Quill', data: { shortFormFrom: 'ent_mara', shortFormCanonical: 'Mara', shortFormTo: 'ent_quill' } }]);
  await store.close();

  const raw = new Database(path);
  raw.exec(UNDO_MIGRATION_12);
  raw.pragma('user_version = 11');
  raw.close();

  const upgraded = new SqliteStore(path);
  assert.deepEqual(await upgraded.documentsWithShortForms(), ['keeper2']);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  check.close();
});

test('sqlite: a version-13 database gains the index of the mentions a merge moved when opened', async () => {
  const path = join(tempDir(), 'v13.db');
  const store = new SqliteStore(path);
  await store.saveBatch([
    { analysis: story('keeper1', 'Storm over the cape', '2019-11-02', 2), contentHash: 'k1' },
    { analysis: story('keeper2', 'A quiet winter', null, 1), contentHash: 'k2' },
  ]);
  await store.close();

  const raw = new Database(path);
  raw.exec(UNDO_MIGRATION_14);
  raw.pragma('user_version = 13');
  raw.close();

  const upgraded = new SqliteStore(path);
  assert.deepEqual(await upgraded.documentsWithCuratedMentions(), []);
  // a person says the keeper is the one the harbour log names
  assert.equal(await upgraded.remapEntity('ent_quill', 'ent_keeper'), 3);
  assert.deepEqual(await upgraded.documentsWithCuratedMentions(), ['keeper1', 'keeper2']);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  check.close();
});

test('sqlite: a version-14 database gains the document list\'s sort keys and indexes when opened', async () => {
  const path = join(tempDir(), 'v14.db');
  const store = new SqliteStore(path);
  const withPublisher = (a: Analysis, publisher: string | null): Analysis => ({ ...a, doc: { ...a.doc, meta: { ...a.doc.meta, publisher } } });
  await store.saveBatch([
    { analysis: withPublisher(story('keeper1', 'Öresund ferry late', '2019-11-02', 1), 'Östra Bladet'), contentHash: 'k1' },
    { analysis: withPublisher(story('keeper2', 'oak felled', null, 1), 'ostra bladet'), contentHash: 'k2' },
    { analysis: withPublisher(story('keeper3', 'Pier closed', '2020-01-20', 1), 'Nordic Wire'), contentHash: 'k3' },
  ]);
  await store.close();

  const raw = new Database(path);
  raw.exec(UNDO_MIGRATION_15);
  raw.pragma('user_version = 14');
  raw.close();

  const upgraded = new SqliteStore(path);
  const order = async (o: 'date' | 'title' | 'publisher') => (await upgraded.listDocuments({ order: o })).map((d) => d.id);
  // "Öresund" folds to "oresund", after "oak" and before "pier" (ASCII folding put it after "pier")
  assert.deepEqual(await order('title'), ['keeper2', 'keeper1', 'keeper3']);
  assert.deepEqual(await order('publisher'), ['keeper3', 'keeper1', 'keeper2'], 'one publisher however cased or accented, in ingest order');
  assert.deepEqual(await order('date'), ['keeper3', 'keeper1', 'keeper2']);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), migrations.length);
  // each order pages by its index: no sort of every document for a deep page
  const plan = (order: string) => (check.prepare(`EXPLAIN QUERY PLAN SELECT d.id, d.published FROM documents d ORDER BY ${order}, d.rowid LIMIT 20 OFFSET 40`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
  for (const [name, order] of Object.entries(LIST_ORDERS)) {
    assert.match(plan(order), new RegExp(`USING INDEX documents_by_${name}`));
    assert.doesNotMatch(plan(order), /TEMP B-TREE/);
  }
  check.close();
});
