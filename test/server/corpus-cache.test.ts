// Merged events and claims are computed in the background and served from the last result; the
// API answers from the store's summaries meanwhile, and every cache follows the store's changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { CorpusCache } from '../../src/server/corpus-cache.js';
import { FIXTURE_DOCS, fixtureAnalysis, writeFixtureCorpus } from '../fixtures/ui/corpus.js';
import { fixtureServer } from './helpers.js';
import { tempDir } from '../helpers.js';

/** A fixture document with a new text (so a new id) and its events. */
function anotherReport(n: number) {
  const spec = FIXTURE_DOCS[0];
  const a = fixtureAnalysis({ ...spec, source: `${spec.source}-${n}`, paragraphs: spec.paragraphs.map((p, i) => (i === 0 ? `${p} (${n})` : p)) });
  return { analysis: a, contentHash: a.doc.id };
}

test('the corpus cache serves the last result while it recomputes, and catches up with the store', async () => {
  const store = new SqliteStore(join(tempDir(), 'cache.db'));
  try {
    await writeFixtureCorpus(store);
    const cache = new CorpusCache(store, { worker: false, quietMs: 10 });
    assert.equal((await cache.current()).events.length, 0, 'nothing before the first computation');
    cache.notice(await store.generation());
    assert.equal(cache.computing, true);
    await cache.ready();
    const first = await cache.current();
    assert.equal(first.events.length, 7);
    assert.equal(first.multiClaims, 2);
    assert.deepEqual([first.eventByReport.size, first.claimOfFigure.size], [8, 4], 'eight reports; two figures in each of the two claims');

    await store.saveBatch([anotherReport(1)]);
    cache.notice(await store.generation());
    assert.equal(cache.computing, true, 'a change makes the result stale');
    assert.equal(await cache.current(), first, 'the stale result is served meanwhile');
    await cache.ready();
    const second = await cache.current();
    assert.notEqual(second, first);
    const attack = second.events.find((e) => e.type === 'attack' && e.interval?.start === '2016-06-28');
    assert.equal(attack?.documentCount, 3, 'the new report joins the merged attack');
    cache.dispose();
  } finally {
    await store.close();
  }
});

test('cached API answers follow a write to the store (by another process or an upload)', async () => {
  const s = await fixtureServer();
  try {
    const before = await s.get('/api/overview');
    assert.equal(before.body.computing, false);
    assert.equal((await s.get('/api/documents')).body.total, 4);
    await s.store.saveBatch([anotherReport(2)]);
    const after = await s.get('/api/documents');
    assert.equal(after.body.total, 5, 'the response cache is dropped when the store changes');
    assert.equal((await s.get('/api/overview')).body.documents, 5);
    const entity = await s.get(`/api/entities/${encodeURIComponent('PER:binali yildirim')}`);
    assert.equal(entity.body.documents, 2, 'entity summaries were updated at save time');
  } finally {
    await s.close();
  }
});
