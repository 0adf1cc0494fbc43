// The same store suite against PostgreSQL. .ci/run starts a throwaway cluster and sets
// CHRONICLE_TEST_PG; elsewhere these tests skip with a message.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { emptyAnalysis } from '../../src/analysis.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { pgMigrations, PG_LIST_ORDERS } from '../../src/store/postgres/migrations.js';
import type { Analysis } from '../../src/types.js';
import { storeSuite } from './suite.js';
import { typePassSuite } from './type-pass-suite.js';
import { shortOrgSuite } from './short-org-suite.js';
import { bodyCountrySuite } from './body-country-suite.js';
import { curationSuite } from './curation-suite.js';
import { pendingSourcesSuite } from './pending-sources-suite.js';
import { namesSuite } from './names-suite.js';
import { snippetTermsSuite } from './snippet-terms-suite.js';
import { handDoc } from '../fixtures/hand-doc.js';

const base = process.env.CHRONICLE_TEST_PG;
const created: string[] = [];

/** A fresh database per test, dropped at the end. */
async function freshDatabase(): Promise<string> {
  const name = `chronicle_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(base!);
  url.pathname = `/${name}`;
  return url.toString();
}

after(async () => {
  if (!base) return;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const skip = base ? false : 'CHRONICLE_TEST_PG is not set (scripts/pg-cluster.sh start prints a URL); skipping the PostgreSQL store suite';
storeSuite('postgres', async (opts) => PostgresStore.open(await freshDatabase(), opts), { skip });
typePassSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
shortOrgSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
bodyCountrySuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
curationSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
pendingSourcesSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
namesSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });
snippetTermsSuite('postgres', async () => PostgresStore.open(await freshDatabase()), { skip });

/** Back to version 14: no sort keys on the documents, nor the document list's indexes. */
const UNDO_MIGRATION_15 = `DROP INDEX documents_by_date; DROP INDEX documents_by_title; DROP INDEX documents_by_publisher;
  ALTER TABLE documents DROP COLUMN title_key; ALTER TABLE documents DROP COLUMN publisher_key;`;

/** A ferry report naming the harbour master `times` times, with one strike. */
function report(id: string, title: string, published: string | null, times: number): Analysis {
  const text = 'Ines Varga closed the harbour. '.repeat(times);
  const analysis = emptyAnalysis(handDoc(id, text, { title, published }));
  const sentence = { start: 0, end: 30 };
  return {
    ...analysis,
    mentions: Array.from({ length: times }, (_, i) => ({ start: i * 31, end: i * 31 + 10, type: 'PER' as const, text: 'Ines Varga', entityId: 'ent_varga', canonical: 'Ines Varga' })),
    events: [{ id: 'e1', type: 'strike', trigger: { start: 11, end: 17, text: 'closed' }, sentence, date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' }],
  };
}

test('postgres: a filled version-9 database gains the covering indexes of search facets when opened', { skip }, async () => {
  const url = await freshDatabase();
  const store = await PostgresStore.open(url);
  await store.saveBatch([
    { analysis: report('ferry1', 'Harbour closed', '2021-03-04', 2), contentHash: 'f1' },
    { analysis: report('ferry2', 'Ferries resume', null, 1), contentHash: 'f2' },
  ]);
  const read = async (s: PostgresStore) => [
    await s.documentFacets(['ferry1', 'ferry2']),
    await s.documentSummaries(['ferry1', 'ferry2']),
    (await s.entityDocumentPage('ent_varga', { sort: 'mentions', limit: 5, offset: 0 })).items,
  ];
  const before = await read(store);
  await store.close();

  // Back to the indexes version 9 had.
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  await raw.query(`
    DROP INDEX sources_doc; CREATE INDEX sources_doc ON sources(doc_id);
    DROP INDEX documents_summary; DROP INDEX annotations_event_types;
    DROP INDEX doc_entities_by_mentions;
    CREATE INDEX doc_entities_by_mentions ON doc_entities(key, mentions DESC, published COLLATE "C" DESC, doc_id COLLATE "C");
    DROP INDEX annotations_type_vote; DROP INDEX annotations_short_form; DROP TABLE pending_passes; DROP INDEX annotations_curated;
    ${UNDO_MIGRATION_15}
    UPDATE chronicle_schema SET version = 9;`);

  const upgraded = await PostgresStore.open(url);
  assert.deepEqual(await read(upgraded), before);
  assert.equal((before[0] as Array<{ eventTypes: string[] }>)[0].eventTypes[0], 'strike');
  await upgraded.close();
  assert.equal((await raw.query<{ version: number }>('SELECT version FROM chronicle_schema')).rows[0].version, pgMigrations.length);
  const { rows } = await raw.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('sources_doc', 'documents_summary', 'annotations_event_types', 'doc_entities_by_mentions', 'annotations_short_form', 'annotations_curated') ORDER BY indexname`,
  );
  await raw.end();
  assert.deepEqual(rows.map((r) => r.indexname), ['annotations_curated', 'annotations_event_types', 'annotations_short_form', 'doc_entities_by_mentions', 'documents_summary', 'sources_doc']);
  assert.match(rows[3].indexdef, /INCLUDE \(title\)/);
  assert.match(rows[5].indexdef, /\(doc_id, added_at, location\)/);
});

test('postgres: a version-13 database gains the index of the mentions a merge moved when opened', { skip }, async () => {
  const url = await freshDatabase();
  const store = await PostgresStore.open(url);
  await store.saveBatch([
    { analysis: report('ferry1', 'Harbour closed', '2021-03-04', 2), contentHash: 'f1' },
    { analysis: report('ferry2', 'Ferries resume', null, 1), contentHash: 'f2' },
  ]);
  await store.close();
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  await raw.query(`DROP INDEX annotations_curated; ${UNDO_MIGRATION_15} UPDATE chronicle_schema SET version = 13;`);

  const upgraded = await PostgresStore.open(url);
  assert.deepEqual(await upgraded.documentsWithCuratedMentions(), []);
  // a person says the harbour master is the one the port log names
  assert.equal(await upgraded.remapEntity('ent_varga', 'ent_master'), 3);
  assert.deepEqual(await upgraded.documentsWithCuratedMentions(), ['ferry1', 'ferry2']);
  await upgraded.close();
  assert.equal((await raw.query<{ version: number }>('SELECT version FROM chronicle_schema')).rows[0].version, pgMigrations.length);
  const { rows } = await raw.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE indexname = 'annotations_curated'`);
  await raw.end();
  assert.equal(rows.length, 1);
});

test('postgres: a version-14 database gains the document list\'s sort keys and indexes when opened', { skip }, async () => {
  const url = await freshDatabase();
  const store = await PostgresStore.open(url);
  const withPublisher = (a: Analysis, publisher: string | null): Analysis => ({ ...a, doc: { ...a.doc, meta: { ...a.doc.meta, publisher } } });
  await store.saveBatch([
    { analysis: withPublisher(report('ferry1', 'Öresund ferry late', '2019-11-02', 1), 'Östra Bladet'), contentHash: 'f1' },
    { analysis: withPublisher(report('ferry2', 'oak felled', null, 1), 'ostra bladet'), contentHash: 'f2' },
    { analysis: withPublisher(report('ferry3', 'Pier closed', '2020-01-20', 1), 'Nordic Wire'), contentHash: 'f3' },
  ]);
  await store.close();
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  await raw.query(`${UNDO_MIGRATION_15} UPDATE chronicle_schema SET version = 14;`);

  const upgraded = await PostgresStore.open(url);
  const order = async (o: 'date' | 'title' | 'publisher') => (await upgraded.listDocuments({ order: o })).map((d) => d.id);
  assert.deepEqual(await order('title'), ['ferry2', 'ferry1', 'ferry3']);
  assert.deepEqual(await order('publisher'), ['ferry3', 'ferry1', 'ferry2']);
  assert.deepEqual(await order('date'), ['ferry3', 'ferry1', 'ferry2']);
  await upgraded.close();
  assert.equal((await raw.query<{ version: number }>('SELECT version FROM chronicle_schema')).rows[0].version, pgMigrations.length);
  // each order can page by its index (a tiny table is otherwise read and sorted whole)
  await raw.query('SET enable_seqscan = off; SET enable_sort = off');
  for (const [name, order] of Object.entries(PG_LIST_ORDERS)) {
    const plan = (await raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT d.id, d.published FROM documents d ORDER BY ${order}, d.seq LIMIT 20 OFFSET 40`)).rows.map((r) => r['QUERY PLAN']).join(' | ');
    assert.match(plan, new RegExp(`Index Scan using documents_by_${name}`));
    assert.doesNotMatch(plan, /Sort/);
  }
  await raw.end();
});
