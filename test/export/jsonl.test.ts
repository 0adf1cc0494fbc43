import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store, StoredDocument } from '../../src/store/interface.js';
import { isChronicleExport, restoreExport } from '../../src/export/index.js';
import { loadEventClusters } from '../../src/corpus/index.js';
import { addCurationDecision, applyEntityCurations } from '../../src/corpus/curation.js';
import { exportString, fixtureStore, jsonLines } from './helpers.js';

/** A document as a comparable value: sources and annotations in a fixed order. */
function comparable(doc: StoredDocument | null) {
  assert.ok(doc);
  const key = (x: object) => JSON.stringify(x);
  return {
    ...doc,
    sources: [...doc.sources].sort((a, b) => a.location.localeCompare(b.location)),
    annotations: [...doc.annotations].sort((a, b) => key(a).localeCompare(key(b))),
  };
}

async function snapshot(store: Store) {
  const ids = await store.listDocumentIds();
  return {
    ids,
    docs: await Promise.all(ids.map(async (id) => comparable(await store.getDocument(id)))),
    entities: await store.listEntities(),
    aliases: await store.listUserAliases(),
    curations: await store.listCurations(),
    events: (await loadEventClusters(store)).map((c) => [c.id, c.members.length]),
  };
}

test('jsonl documents: a restored export is the same knowledge base (texts, metadata, sources, annotations)', async () => {
  const { store, dir } = await fixtureStore();
  // The user's own settings are part of the knowledge base too.
  await store.addUserAlias({ type: 'ORG', alias: 'RHB', canonical: 'Red Hand "Brigade" & Co' });
  await store.addCuration({ kind: 'event', relation: 'split', a: 'doc2bbbbbbbbbbbb#e1', b: '' });
  const text = await exportString(store, { format: 'jsonl' });
  const records = jsonLines(text);
  assert.deepEqual(records.map((r) => [r.chronicle, r.version]), [['document', 1], ['document', 1], ['document', 1], ['alias', 1], ['curation', 1]]);
  const path = join(dir, 'export.jsonl');
  writeFileSync(path, text);

  assert.equal(await isChronicleExport(path), true);
  const restoredStore = new SqliteStore(join(dir, 'restored.db'));
  const summary = await restoreExport(path, restoredStore);
  assert.deepEqual(summary, { restored: 3, duplicates: 0, failed: [], settings: 2 });

  const before = await snapshot(store);
  const after = await snapshot(restoredStore);
  assert.deepEqual(after, before);
  // Spot checks that the comparison covers what matters.
  const one = after.docs[0];
  assert.equal(one.sources.length, 2);
  assert.equal(one.meta.publisher, 'Example Wire');
  assert.ok(one.annotations.some((a) => a.kind === 'event' && (a.data as { targets: unknown[] }).targets.length === 1));
  assert.equal(one.removed[0].reason, 'newsletter');
  assert.equal(after.events.length, 3); // the split detention stays split

  // Restoring again only adds nothing: every document is already there.
  assert.deepEqual(await restoreExport(path, restoredStore), { restored: 0, duplicates: 3, failed: [], settings: 2 });
  assert.deepEqual(await restoredStore.listCurations(), before.curations);
  assert.equal(await restoredStore.countDocuments(), 3);
  await restoredStore.close();
  await store.close();
});

test('jsonl: every kind of curation is exported and restored, and a corrected type comes back corrected', async () => {
  const { store, dir } = await fixtureStore();
  const [entity] = await store.listEntities();
  const newType = entity.type === 'ORG' ? 'PER' : 'ORG';
  const place = { name: 'Port Elsewhere', country: null, countryCode: null, lat: 1.5, lon: 2.5, kind: 'city', ref: 'test:9' };
  const decisions = [
    { kind: 'entity', relation: 'type', a: entity.id, b: newType },
    { kind: 'place', relation: 'referent', a: 'test:8', b: JSON.stringify(place) },
    { kind: 'claim', relation: 'dismiss', a: 'claim_some-group', b: '' },
    { kind: 'document', relation: 'outlet', a: 'doc1', b: 'The Courier' },
    { kind: 'collection', relation: 'date', a: 'news/', b: '2024-05' },
  ] as const;
  for (const c of decisions) await addCurationDecision(store, { ...c });
  const path = join(dir, 'curations.jsonl');
  writeFileSync(path, await exportString(store, { format: 'jsonl' }));
  const restoredStore = new SqliteStore(join(dir, 'restored-curations.db'));
  const summary = await restoreExport(path, restoredStore);
  assert.deepEqual(summary.failed, []);
  assert.equal(summary.settings, decisions.length);
  assert.deepEqual(await restoredStore.listCurations(), await store.listCurations());
  await applyEntityCurations(restoredStore); // as ingest does after restoring
  assert.equal((await restoredStore.listEntities()).find((e) => e.id === entity.id)?.type, newType);
  await restoredStore.close();
  await store.close();
});

test('jsonl: a merged entity\'s mentions are restored with the entity they had before the merge, and the merge applied again', async () => {
  const { store, dir } = await fixtureStore();
  const [one, other] = await store.listEntities();
  await addCurationDecision(store, { kind: 'entity', relation: 'merge', a: one.id, b: other.id });
  const path = join(dir, 'merged.jsonl');
  writeFileSync(path, await exportString(store, { format: 'jsonl' }));
  const restoredStore = new SqliteStore(join(dir, 'restored-merged.db'));
  assert.deepEqual((await restoreExport(path, restoredStore)).failed, []);
  await applyEntityCurations(restoredStore); // as ingest does after restoring
  // the same mentions, each still saying what the merge moved it from (the corpus passes read that)
  assert.deepEqual((await snapshot(restoredStore)).docs, (await snapshot(store)).docs);
  await restoredStore.close();
  await store.close();
});

test('isChronicleExport looks at the first non-empty line only', async () => {
  const { store, dir } = await fixtureStore();
  await store.close();
  const write = (name: string, body: string) => {
    const p = join(dir, name);
    writeFileSync(p, body);
    return p;
  };
  assert.equal(await isChronicleExport(write('a.jsonl', '\n\n{"chronicle":"entity","version":1,"id":"x"}\n')), true);
  assert.equal(await isChronicleExport(write('b.jsonl', '{"url":"https://x.example","text":"Hello"}\n{"chronicle":"document","version":1}\n')), false);
  assert.equal(await isChronicleExport(write('c.jsonl', '{"chronicle":"document"}\n')), false); // no version: an article that happens to have the field
  assert.equal(await isChronicleExport(write('d.txt', 'plain text\n')), false);
  assert.equal(await isChronicleExport(join(dir, 'missing.jsonl')), false);
});

test('restore reports bad lines by line number and still saves the good ones', async () => {
  const { store, dir } = await fixtureStore();
  const [first, second] = (await exportString(store, { format: 'jsonl' })).split('\n');
  await store.close();
  const broken = JSON.parse(second) as { annotations: Array<{ end: number }> };
  broken.annotations[0].end = 10_000;
  const path = join(dir, 'mixed.jsonl');
  writeFileSync(path, [first, '{not json', JSON.stringify(broken), '{"chronicle":"entity","version":1,"id":"ent_x"}', ''].join('\n'));
  const target = new SqliteStore(join(dir, 'target.db'));
  const summary = await restoreExport(path, target);
  assert.equal(summary.restored, 1);
  assert.deepEqual(summary.failed.map((f) => f.input), [`${path} line 2`, `${path} line 3`, `${path} line 4`]);
  assert.match(summary.failed[0].error, /invalid JSON/);
  assert.match(summary.failed[1].error, /outside the text/);
  assert.match(summary.failed[2].error, /entity record.*--type documents/);
  await target.close();
});

test('jsonl other types carry their marker and every span; filters narrow documents', async () => {
  const { store } = await fixtureStore();
  const events = jsonLines(await exportString(store, { format: 'jsonl', type: 'events' }));
  assert.deepEqual(events.map((e) => e.chronicle), ['event', 'event']);
  const merged = events.find((e) => e.type === 'detention')!;
  assert.deepEqual(merged.sources, ['doc1aaaaaaaaaaaa', 'doc2bbbbbbbbbbbb']);
  const report = (merged.reports as Array<Record<string, unknown>>)[0];
  assert.deepEqual(Object.keys(report.trigger as object).sort(), ['end', 'start', 'text']);
  assert.ok(report.sentence && report.evidence);

  const figures = jsonLines(await exportString(store, { format: 'jsonl', type: 'figures' }));
  assert.equal(figures.length, 3);
  assert.ok(figures.every((f) => f.chronicle === 'figure' && typeof f.start === 'number' && typeof f.docId === 'string'));
  const claims = jsonLines(await exportString(store, { format: 'jsonl', type: 'claims' }));
  assert.equal(claims.length, 1);
  assert.equal(claims[0].disputed, true);

  const byName = jsonLines(await exportString(store, { format: 'jsonl', filters: { docs: ['orlov'] } }));
  assert.deepEqual(byName.map((d) => d.id), ['doc2bbbbbbbbbbbb']);
  const attacks = jsonLines(await exportString(store, { format: 'jsonl', filters: { eventType: 'attack' } }));
  assert.deepEqual(attacks.map((d) => d.id), ['doc3cccccccccccc']);
  const people = jsonLines(await exportString(store, { format: 'jsonl', type: 'entities', filters: { entityType: 'PER' } }));
  assert.deepEqual(people.map((e) => [e.id, e.mentions, e.documents]), [['ent_orlov', 3, 2]]);
  const inDocThree = jsonLines(await exportString(store, { format: 'jsonl', type: 'entities', filters: { docs: ['doc3cccccccccccc'] } }));
  assert.deepEqual(inDocThree.map((e) => e.id).sort(), ['ent_gang', 'ent_ministry']);
  await assert.rejects(exportString(store, { format: 'jsonl', filters: { docs: ['nope'] } }), /no document "nope"/);
  await store.close();
});

test('restore reads an export as strict UTF-8: bytes of a legacy encoding become U+FFFD, not letters guessed for them', async () => {
  const { store, dir } = await fixtureStore();
  const [first] = (await exportString(store, { format: 'jsonl' })).split('\n');
  await store.close();
  const record = JSON.parse(first) as { title: string };
  record.title = 'Caf@ in Z@rich, Se@or N@@ez';
  // Each @ written as one windows-1252 byte (é ü ñ ú ñ), the rest of the line as UTF-8.
  const parts = JSON.stringify(record).split('@');
  const legacy = [0xe9, 0xfc, 0xf1, 0xfa, 0xf1];
  assert.equal(parts.length, legacy.length + 1);
  const bytes = Buffer.concat(parts.flatMap((p, i) => [Buffer.from(p, 'utf8'), ...(i < legacy.length ? [Buffer.from([legacy[i]])] : [])]));
  const path = join(dir, 'legacy.jsonl');
  writeFileSync(path, Buffer.concat([bytes, Buffer.from('\n')]));
  const target = new SqliteStore(join(dir, 'target.db'));
  assert.deepEqual((await restoreExport(path, target)).failed, []);
  const [id] = await target.listDocumentIds();
  assert.equal((await target.getDocument(id))?.title, 'Caf\uFFFD in Z\uFFFDrich, Se\uFFFDor N\uFFFD\uFFFDez');
  await target.close();
});
