// Entity listings and the graph order on report counts (a near-duplicate group once), not on the
// stored document counts: an entity named only in one story and its copy on a second site comes
// after one named in two separate stories, and limit/offset page through that one order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { tempDir } from '../helpers.js';

type Spec = Parameters<typeof fixtureAnalysis>[0];

const WIRE: Spec = {
  title: 'Glassworks shuts kiln line',
  source: 'glassworks',
  published: '2020-09-14',
  paragraphs: [
    'Glassworks shuts kiln line',
    'The Orsolya Glassworks in Tarnavel shut its oldest kiln line on Friday after a gas price rise made the furnaces too costly to run, the works manager Dario Fenwick said at a meeting with staff.',
    'Fenwick said eighty workers would move to the newer line and no jobs would be lost this year. "The old kilns have served us since the war, but the numbers no longer work," Fenwick told the staff.',
    'The works said orders for bottle glass were steady and that it would review the closure in the spring, once the winter gas contracts were known and the town council had answered its request for help.',
  ],
  mentions: [['Dario Fenwick', 'PER'], ['Fenwick', 'PER', 1], ['Fenwick', 'PER', 2]],
  places: [], times: [], events: [], figures: [], quotes: [],
};

/** Two unrelated short stories that each name Ilse Marrow once. */
function other(i: number): Spec {
  const text = i === 0
    ? 'Ilse Marrow opened the new library wing in Corbel on Saturday, thanking the volunteers who had sorted its maps.'
    : 'The rowing club elected Ilse Marrow as its chair on Tuesday, the first woman to hold the post in Lisk.';
  return { title: `Note ${i}`, source: `note-${i}`, published: `2020-09-1${i + 5}`, paragraphs: [`Note ${i}`, text], mentions: [['Ilse Marrow', 'PER']], places: [], times: [], events: [], figures: [], quotes: [] };
}

function resolved(spec: Spec) {
  const a = fixtureAnalysis(spec);
  a.mentions = a.mentions.map((m) => {
    const name = m.text === 'Fenwick' ? 'Dario Fenwick' : m.text;
    return { ...m, entityId: `PER:${name.toLowerCase()}`, canonical: name };
  });
  return a;
}

test('listing, paging and graph nodes follow report counts', async () => {
  const store = new SqliteStore(join(tempDir(), 'order.db'));
  const copy: Spec = { ...WIRE, source: 'glassworks-mirror', paragraphs: WIRE.paragraphs.map((p, i) => (i === 3 ? p.replace('in the spring', 'next spring') : p)) };
  const docs = [resolved(WIRE), resolved(copy), resolved(other(0)), resolved(other(1))];
  const outcomes = await store.saveBatch(docs.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  assert.ok(outcomes[1].status === 'new' && outcomes[1].nearDuplicateOf === docs[0].doc.id, 'the copy is linked as a near-duplicate');
  const fenwick = 'PER:dario fenwick';
  const marrow = 'PER:ilse marrow';
  const raw = (await store.queryEntities({ types: ['PER'] })).items.map((e) => [e.key, e.documents]);
  assert.deepEqual(raw, [[fenwick, 2], [marrow, 2]], 'the store orders on documents, then mentions');
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  try {
    await running.corpusReady();
    type Item = { key: string; documents: number };
    const get = async (path: string) => (await fetch(running.url + path)).json() as Promise<{ total?: number; items?: Item[]; nodes?: Item[] }>;
    const listed = await get('/api/entities?type=PER');
    assert.deepEqual(listed.items!.map((e) => [e.key, e.documents]), [[marrow, 2], [fenwick, 1]]);
    const first = await get('/api/entities?type=PER&limit=1');
    const second = await get('/api/entities?type=PER&limit=1&offset=1');
    assert.deepEqual([...first.items!, ...second.items!].map((e) => e.key), [marrow, fenwick], 'pages cut one order');
    assert.equal(second.total, 2);
    const graph = await get('/api/graph?types=PER&limit=1');
    assert.deepEqual(graph.nodes!.map((n) => [n.key, n.documents]), [[marrow, 2]], 'the graph keeps the entity with more reports');
  } finally {
    await running.close();
    await store.close();
  }
});
