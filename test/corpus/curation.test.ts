import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { applyEntityCurations } from '../../src/corpus/curation.js';
import { loadEventClusters } from '../../src/corpus/index.js';
import type { Analysis, EventRecord, Mention } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { emptyAnalysis } from '../../src/analysis.js';

function analysis(id: string, text: string, mentions: Mention[], events: EventRecord[] = []): Analysis {
  const doc = {
    id, text, title: id, removed: [], paragraphs: [],
    sources: [{ kind: 'file' as const, location: `${id}.txt`, name: id }],
    meta: { authors: [], publisher: null, dateline: null, published: { value: null, precision: 'none' as const } },
  };
  return { ...emptyAnalysis(doc), mentions, events };
}

const text = 'Ivan Petrov met the Harbour Union in Riga.';
const petrov: Mention = { start: 0, end: 11, text: 'Ivan Petrov', type: 'PER', entityId: 'ent_petrov', canonical: 'Ivan Petrov' };
const union: Mention = { start: 20, end: 32, text: 'Harbour Union', type: 'ORG', entityId: 'ent_union', canonical: 'Harbour Union' };

function meeting(id: string, date: string): EventRecord {
  return {
    id, type: 'meeting', trigger: { start: 12, end: 15, text: 'met' }, sentence: { start: 0, end: text.length },
    date: { iso: date, precision: 'day' }, place: null, actors: [{ start: 0, end: 11, text: 'Ivan Petrov' }], targets: [],
    counts: {}, status: 'reported',
  };
}

test('entity merge and split are re-applied after a later ingest', async () => {
  const store = new SqliteStore(join(tempDir(), 'cur.db'));
  await store.saveBatch([{ analysis: analysis('d1', text, [petrov, union]), contentHash: '1' }]);
  await store.addCuration({ kind: 'entity', relation: 'merge', a: 'ent_union', b: 'ent_petrov' });
  await applyEntityCurations(store);
  let entities = await store.listEntities();
  assert.equal(entities.length, 1);
  // A new document brings the old id back; curation maps it again.
  await store.saveBatch([{ analysis: analysis('d2', text + ' Again.', [petrov, union]), contentHash: '2' }]);
  await applyEntityCurations(store);
  entities = await store.listEntities();
  assert.equal(entities.length, 1);
  assert.equal(entities[0].mentions, 4);
  // Split: the second document's mentions leave the entity.
  await store.addCuration({ kind: 'entity', relation: 'split', a: 'ent_petrov', b: 'd2' });
  await applyEntityCurations(store);
  entities = await store.listEntities();
  assert.equal(entities.length, 2);
  assert.ok(entities.some((e) => e.id === 'ent_petrov~d2' && e.documents === 1));
  await store.close();
});

test('event merge links two reports; split keeps a report apart', async () => {
  const store = new SqliteStore(join(tempDir(), 'ev.db'));
  await store.saveBatch([
    { analysis: analysis('a', text, [petrov], [meeting('m', '2020-01-01')]), contentHash: 'a' },
    { analysis: analysis('b', text + ' B.', [petrov], [meeting('m', '2020-01-01')]), contentHash: 'b' },
    { analysis: analysis('c', text + ' C.', [petrov], [meeting('m', '2021-05-05')]), contentHash: 'c' },
  ]);
  let clusters = await loadEventClusters(store);
  assert.deepEqual(clusters.map((c) => c.members.length).sort(), [1, 2], 'same person, same day: one event');
  await store.addCuration({ kind: 'event', relation: 'merge', a: 'c#m', b: 'a#m' });
  clusters = await loadEventClusters(store);
  assert.deepEqual(clusters.map((c) => c.members.length), [3]);
  await store.addCuration({ kind: 'event', relation: 'split', a: 'b#m', b: '' });
  clusters = await loadEventClusters(store);
  assert.deepEqual(clusters.map((c) => c.members.length).sort(), [1, 2]);
  await store.close();
});
