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
  return { ...emptyAnalysis(handDoc(id, text)), mentions, events };
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

// ---------- an entity's type, a place's referent, dismissed claim groups, alias undo ----------

import { loadClaimGroups } from '../../src/corpus/index.js';
import { addCurationDecision, reresolveWithCurations, undoAlias, undoCurationDecision } from '../../src/corpus/curation.js';
import { checkCuration } from '../../src/corpus/curation-rules.js';
import type { Figure, Place } from '../../src/types.js';
import { handDoc } from '../fixtures/hand-doc.js';

const ferry = 'Ferrari Lines said the ferry to Valletta was late.';
const lines: Mention = { start: 0, end: 13, text: 'Ferrari Lines', type: 'PER' };

test('a corrected entity type holds through re-resolution and a later ingest; undo gives back the extracted type', async () => {
  const store = new SqliteStore(join(tempDir(), 'type.db'));
  await store.saveBatch([{ analysis: analysis('t1', ferry, [lines]), contentHash: 't1' }]);
  await reresolveWithCurations(store); // resolved ids, as ingest gives them
  const [{ id }] = await store.listEntities();
  const typeOf = async () => (await store.listEntities()).find((e) => e.id === id)?.type;
  const decision = { kind: 'entity' as const, relation: 'type' as const, a: id, b: 'ORG' };
  await addCurationDecision(store, decision);
  assert.equal(await typeOf(), 'ORG');
  await store.addUserAlias({ type: 'ORG', alias: 'the Lines', canonical: 'Ferrari Lines' });
  await reresolveWithCurations(store); // what adding an alias runs
  assert.equal(await typeOf(), 'ORG', 'still corrected after re-resolving every mention');
  await store.saveBatch([{ analysis: analysis('t2', ferry + ' Twice.', [lines]), contentHash: 't2' }]);
  await reresolveWithCurations(store); // what ingest runs after saving
  assert.deepEqual((await store.listEntities()).map((e) => [e.id, e.type, e.mentions]), [[id, 'ORG', 2]]);
  const undone = await undoCurationDecision(store, decision);
  assert.equal(undone.removed, true);
  assert.equal(await typeOf(), 'PER');
  await store.close();
});

const rebels = 'The Kestrel Front seized a ridge above the valley.';
const frontAs = (type: Mention['type']): Mention => ({ start: 4, end: 17, text: 'Kestrel Front', type });

test('a corrected type holds for the name: a later article that types it so joins the entity, not a twin; undo and a split give it back', async () => {
  const store = new SqliteStore(join(tempDir(), 'twin.db'));
  await store.saveBatch([{ analysis: analysis('k1', rebels, [frontAs('MISC')]), contentHash: 'k1' }]);
  await reresolveWithCurations(store);
  const [{ id }] = await store.listEntities();
  const decision = { kind: 'entity' as const, relation: 'type' as const, a: id, b: 'ORG' };
  await addCurationDecision(store, decision);
  const rows = async () => (await store.listEntities()).map((e) => [e.id, e.type, e.mentions]).sort();
  // the tagger types the name ORG in one new article and MISC in another
  await store.saveBatch([
    { analysis: analysis('k2', rebels + ' Again.', [frontAs('ORG')]), contentHash: 'k2' },
    { analysis: analysis('k3', rebels + ' Twice.', [frontAs('MISC')]), contentHash: 'k3' },
  ]);
  await reresolveWithCurations(store); // what ingest runs after saving
  assert.deepEqual(await rows(), [[id, 'ORG', 3]], 'one Kestrel Front, not an ORG twin');
  await applyEntityCurations(store); // applying again changes nothing
  assert.deepEqual(await rows(), [[id, 'ORG', 3]]);
  // a split the person made keeps that article's mention apart
  await addCurationDecision(store, { kind: 'entity', relation: 'split', a: id, b: 'k2' });
  await reresolveWithCurations(store);
  assert.deepEqual((await rows()).map(([, type, n]) => [type, n]).sort(), [['ORG', 1], ['ORG', 2]]);
  await undoCurationDecision(store, { kind: 'entity', relation: 'split', a: id, b: 'k2' });
  assert.deepEqual(await rows(), [[id, 'ORG', 3]]);
  // undone: each article's mention has its extracted type and entity again
  await undoCurationDecision(store, decision);
  const back = (await store.listEntities()).map((e) => [e.type, e.mentions]).sort();
  assert.deepEqual(back, [['MISC', 2], ['ORG', 1]]);
  assert.ok((await store.listEntities()).some((e) => e.id === id && e.type === 'MISC'));
  await store.close();
});

const springfieldUs: Place = { name: 'Springfield', country: 'United States', countryCode: 'US', lat: 39.8, lon: -89.64, kind: 'city', ref: 'test:1' };
const springfieldAu: Place = { name: 'Springfield', country: 'Australia', countryCode: 'AU', lat: -27.65, lon: 152.9, kind: 'city', ref: 'test:2' };

test('a place correction points every mention at the chosen place, survives a later ingest, and undo restores the extracted one', async () => {
  const store = new SqliteStore(join(tempDir(), 'place.db'));
  const text2 = 'Rain closed the bridge at Springfield on Monday.';
  const withPlace = (id: string, extra = '') => ({ ...analysis(id, text2 + extra, []), places: [{ start: 26, end: 37, text: 'Springfield', place: springfieldUs }] });
  await store.saveBatch([{ analysis: withPlace('p1'), contentHash: 'p1' }]);
  const keys = async () => (await store.queryPlaces({})).items.map((p) => [p.key, p.documents]);
  assert.deepEqual(await keys(), [['test:1', 1]]);
  const decision = { kind: 'place' as const, relation: 'referent' as const, a: 'test:1', b: JSON.stringify(springfieldAu) };
  assert.equal(await addCurationDecision(store, decision), 1);
  assert.deepEqual(await keys(), [['test:2', 1]]);
  await store.saveBatch([{ analysis: withPlace('p2', ' Again.'), contentHash: 'p2' }]);
  await addCurationDecision(store, decision);
  assert.deepEqual(await keys(), [['test:2', 2]], 'the newly ingested mention is corrected too');
  const stored = (await store.listAnnotations({ kind: 'place', docId: 'p1' }))[0].data as { place: Place; extractedPlace: Place };
  assert.equal(stored.extractedPlace.ref, 'test:1', 'what extraction found is kept beside the correction');
  assert.equal((await undoCurationDecision(store, decision)).mentionsChanged, 2);
  assert.deepEqual(await keys(), [['test:1', 2]]);
  await store.close();
});

function detained(id: string, value: number, source: string): Analysis {
  const sentence = `${source} said ${value} Moldovan citizens were detained at sea.`;
  const start = sentence.indexOf(String(value));
  const figure: Figure = {
    start, end: start + String(value).length, text: String(value), value, qualifier: 'exact', what: 'Moldovan citizens detained', unit: 'citizens',
    sentence: { start: 0, end: sentence.length }, attribution: { source, evidence: { start: 0, end: source.length } },
  };
  return { ...analysis(id, sentence, []), figures: [figure] };
}

test('a claim group marked "not the same quantity" is no longer grouped; undo groups it again', async () => {
  const store = new SqliteStore(join(tempDir(), 'claims.db'));
  await store.saveBatch([
    { analysis: detained('c1', 14, 'The coastguard'), contentHash: 'c1' },
    { analysis: detained('c2', 19, 'A fishing union'), contentHash: 'c2' },
  ]);
  const groups = await loadClaimGroups(store);
  assert.equal(groups.length, 1);
  const dismiss = { kind: 'claim' as const, relation: 'dismiss' as const, a: groups[0].id, b: '' };
  await addCurationDecision(store, dismiss);
  assert.deepEqual(await loadClaimGroups(store), []);
  await undoCurationDecision(store, dismiss);
  assert.equal((await loadClaimGroups(store)).length, 1);
  await store.close();
});

test('undoing an alias re-resolves the mentions it joined', async () => {
  const store = new SqliteStore(join(tempDir(), 'alias.db'));
  const text3 = 'Marta Ilves spoke first. Later Koidu answered.';
  const ilves: Mention = { start: 0, end: 11, text: 'Marta Ilves', type: 'PER' };
  const koidu: Mention = { start: 31, end: 36, text: 'Koidu', type: 'PER' };
  await store.saveBatch([{ analysis: analysis('a1', text3, [ilves, koidu]), contentHash: 'a1' }]);
  await reresolveWithCurations(store);
  const people = async () => (await store.listEntities()).length;
  assert.equal(await people(), 2);
  const alias = { type: 'PER', alias: 'Koidu', canonical: 'Marta Ilves' };
  await store.addUserAlias(alias);
  await reresolveWithCurations(store);
  assert.equal(await people(), 1, 'the alias joins them');
  assert.deepEqual(await undoAlias(store, alias), { removed: true, mentionsChanged: 1 });
  assert.equal(await people(), 2);
  assert.deepEqual(await store.listUserAliases(), []);
  assert.equal((await undoAlias(store, alias)).removed, false);
  await store.close();
});

test('every kind of decision passes the shared check; malformed ones say what is wrong', () => {
  const good = [
    { kind: 'entity', relation: 'merge', a: 'x', b: 'y' },
    { kind: 'entity', relation: 'type', a: 'x', b: 'org' },
    { kind: 'event', relation: 'split', a: 'd#e1', b: '' },
    { kind: 'place', relation: 'referent', a: 'test:1', b: JSON.stringify(springfieldAu) },
    { kind: 'claim', relation: 'dismiss', a: 'claim_x', b: '' },
    { kind: 'document', relation: 'outlet', a: 'd', b: 'The Courier' },
    { kind: 'collection', relation: 'date', a: 'news/', b: '2024-03' },
  ];
  for (const c of good) assert.equal(typeof checkCuration(c), 'object', JSON.stringify(c));
  assert.deepEqual(checkCuration(good[1]), { kind: 'entity', relation: 'type', a: 'x', b: 'ORG' });
  assert.match(checkCuration({ kind: 'entity', relation: 'type', a: 'x', b: 'ANIMAL' }) as string, /must be one of PER/);
  assert.match(checkCuration({ kind: 'place', relation: 'referent', a: 'x', b: '{"name":"Nowhere"}' }) as string, /place meant/);
  assert.match(checkCuration({ kind: 'claim', relation: 'merge', a: 'x', b: '' }) as string, /dismiss/);
  assert.match(checkCuration({ kind: 'colour', relation: 'merge', a: 'x', b: 'y' }) as string, /"kind" must be/);
});
