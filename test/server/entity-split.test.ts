// POST /api/curations refuses an entity split that would move nothing (the entity has no mentions
// in that document), as `chronicle split` does, and stores nothing; a split where it is mentioned
// goes ahead. GET /api/curations names each split's article by its title, read in one store call
// for all of them (it read each document whole, one by one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveIngestedTexts } from './helpers.js';

const TOKEN = 'entity-split-token';

test('an entity split in a document without its mentions is refused with 409 and a clear message; nothing is stored', async () => {
  const server = await serveIngestedTexts({
    'ferry.txt': 'Ferry captain held\n\nPolice in Tallinn arrested the captain of a ferry on Monday, the harbour master Kadri Tamm said. Tamm said the captain had refused an inspection.\n',
    'storm.txt': 'Storm closes ferries\n\nFerries between Tallinn and Helsinki stopped running on Sunday as a storm crossed the Baltic.\n',
  }, TOKEN);
  const get = server.get;
  try {
    const post = (body: unknown) => server.post('/api/curations', body);
    const entity = ((await get('/api/entities?q=Kadri%20Tamm')).body as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Kadri Tamm');
    assert.ok(entity, 'Kadri Tamm is an entity');
    const docs = ((await get('/api/documents?limit=10')).body as { items: Array<{ id: string; title: string }> }).items;
    const ferry = docs.find((d) => d.title === 'Ferry captain held')!.id;
    const elsewhere = docs.find((d) => d.title === 'Storm closes ferries')!.id;
    const named = [ferry];

    const refused = await post({ kind: 'entity', relation: 'split', a: entity.key, b: elsewhere });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error, `${entity.key} has no mentions in ${elsewhere}: nothing was split`);
    assert.deepEqual((await get('/api/curations')).body.curations, [], 'nothing is stored');

    const unknown = await post({ kind: 'entity', relation: 'split', a: 'ent_nobody', b: named[0] });
    assert.equal(unknown.status, 404, 'an entity that does not exist is refused as unknown');

    const done = await post({ kind: 'entity', relation: 'split', a: entity.key, b: named[0] });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.ok(done.body.mentionsChanged > 0);
    assert.equal(((await get(`/api/entities/${encodeURIComponent(done.body.entityKey)}`)).body as { name: string }).name, 'Kadri Tamm', 'entityKey names where the mentions went');
    // the same split again would move nothing (the entity's only mentions went): refused, not stored twice
    assert.equal((await post({ kind: 'entity', relation: 'split', a: entity.key, b: named[0] })).status, 404);
    assert.equal((await get('/api/curations')).body.curations.length, 1);

    // Undo counts what it changed, as `chronicle split --undo` does: with a merge standing beside
    // the split (re-resolution takes it back and it is made again), it said 3 for the 2 mentions
    // Kadri Tamm gets back.
    const tallinn = ((await get('/api/entities?q=Tallinn')).body as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Tallinn')!;
    const helsinki = ((await get('/api/entities?q=Helsinki')).body as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Helsinki')!;
    assert.equal((await post({ kind: 'entity', relation: 'merge', a: helsinki.key, b: tallinn.key })).status, 200);
    const undo = await server.post('/api/curations/undo', { kind: 'entity', relation: 'split', a: entity.key, b: named[0] });
    assert.equal(undo.status, 200, JSON.stringify(undo.body));
    assert.equal(undo.body.mentionsChanged, done.body.mentionsChanged, 'the mentions the split moved come back, nothing else');
  } finally {
    await server.close();
  }
});

test('GET /api/curations titles every split article from one read of the store, not one read per article', async () => {
  const server = await serveIngestedTexts({
    'quay.txt': 'Quay closed\n\nThe harbour master Kadri Tamm closed the north quay in Tallinn on Monday.\n',
    'crane.txt': 'Crane repaired\n\nEngineers repaired a crane in Tallinn on Tuesday, Kadri Tamm said.\n',
    'pilots.txt': 'Pilots return\n\nHarbour pilots went back to work in Tallinn on Wednesday after Kadri Tamm met them.\n',
  }, TOKEN);
  try {
    const tamm = ((await server.get('/api/entities?q=Kadri%20Tamm')).body as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Kadri Tamm');
    assert.ok(tamm, 'Kadri Tamm is an entity');
    const docs = ((await server.get('/api/documents?limit=10')).body as { items: Array<{ id: string; title: string }> }).items;
    const split = docs.filter((d) => d.title !== 'Quay closed');
    for (const d of split) assert.equal((await server.post('/api/curations', { kind: 'entity', relation: 'split', a: tamm.key, b: d.id })).status, 200);
    // count the store's reads the listing makes
    const calls = { getDocument: 0, documentSummaries: 0 };
    const store = server.store;
    const getDocument = store.getDocument.bind(store);
    const documentSummaries = store.documentSummaries.bind(store);
    store.getDocument = async (id) => (calls.getDocument++, getDocument(id));
    store.documentSummaries = async (ids) => (calls.documentSummaries++, documentSummaries(ids));
    const listed = (await server.get('/api/curations')).body as { curations: Array<{ relation: string; b: string; docTitle?: string }> };
    assert.deepEqual(listed.curations.map((c) => [c.relation, c.docTitle]).sort(), split.map((d) => ['split', d.title]).sort());
    assert.deepEqual(calls, { getDocument: 0, documentSummaries: 1 });
  } finally {
    await server.close();
  }
});
