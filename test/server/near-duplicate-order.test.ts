// Entity listings and the graph order on report counts (a near-duplicate group once), not on the
// stored document counts: an entity named only in one story and its copy on a second site comes
// after one named in two separate stories, in the default order and within a type when sorted by
// type, and limit/offset page through that one order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { assertCopyLinked, copyOnAnotherSite, resolvedAnalysis, type Spec } from './near-duplicates.js';

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

const fullName = (text: string) => (text === 'Fenwick' ? 'Dario Fenwick' : text);

test('listing, paging and graph nodes follow report counts', async () => {
  const copy = copyOnAnotherSite(WIRE, 'glassworks-mirror', 'in the spring', 'next spring');
  const docs = [resolvedAnalysis(WIRE, fullName), resolvedAnalysis(copy, fullName), resolvedAnalysis(other(0)), resolvedAnalysis(other(1))];
  const served = await serveAnalyses(docs);
  const { store } = served;
  const fenwick = 'PER:dario fenwick';
  const marrow = 'PER:ilse marrow';
  try {
    assertCopyLinked(served.outcomes, docs[0]);
    const raw = (await store.queryEntities({ types: ['PER'] })).items.map((e) => [e.key, e.documents]);
    assert.deepEqual(raw, [[fenwick, 2], [marrow, 2]], 'the store orders on documents, then mentions');
    type Item = { key: string; documents: number };
    const get = (path: string) => served.get<{ total?: number; items?: Item[]; nodes?: Item[] }>(path);
    const listed = await get('/api/entities?type=PER');
    assert.deepEqual(listed.items!.map((e) => [e.key, e.documents]), [[marrow, 2], [fenwick, 1]]);
    const first = await get('/api/entities?type=PER&limit=1');
    const second = await get('/api/entities?type=PER&limit=1&offset=1');
    assert.deepEqual([...first.items!, ...second.items!].map((e) => e.key), [marrow, fenwick], 'pages cut one order');
    assert.equal(second.total, 2);
    // by type: within a type, the same report counts order the rows, and pages cut that order
    const byType = await get('/api/entities?sort=type');
    assert.deepEqual(byType.items!.map((e) => [e.key, e.documents]), [[marrow, 2], [fenwick, 1]], 'sort=type sorts on the counts it shows');
    const typeFirst = await get('/api/entities?sort=type&limit=1');
    const typeSecond = await get('/api/entities?sort=type&limit=1&offset=1');
    assert.deepEqual([...typeFirst.items!, ...typeSecond.items!].map((e) => e.key), [marrow, fenwick], 'sort=type pages cut one order');
    // by mentions: Fenwick's six mentions (three in the story, three in its copy) still come first
    const byMentions = await get('/api/entities?sort=mentions');
    assert.deepEqual(byMentions.items!.map((e) => [e.key, e.documents]), [[fenwick, 1], [marrow, 2]]);
    const graph = await get('/api/graph?types=PER&limit=1');
    assert.deepEqual(graph.nodes!.map((n) => [n.key, n.documents]), [[marrow, 2]], 'the graph keeps the entity with more reports');
  } finally {
    await served.close();
  }
});
