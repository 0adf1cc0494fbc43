// Among entities with as many reports, the listings keep the store's tie-break (more mentions first,
// then the name): an organisation named twice in one story and once more in that story's copy on a
// second site (one report, two mentions) comes after one named three times in a single story (one
// report, three mentions), though the store, counting the copy as a second document, lists it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { assertCopyLinked, copyOnAnotherSite, resolvedAnalysis, type Spec } from './near-duplicates.js';

const STORY: Spec = {
  title: 'Orchard cooperative delays harvest',
  source: 'orchard-coop',
  published: '2021-08-30',
  paragraphs: [
    'Orchard cooperative delays harvest',
    'The Vellmoor Fruit Cooperative put back its apple harvest by a week on Monday after three nights of frost in the valley damaged the early varieties, its chair told members at the packing shed.',
    'Pickers hired for the season would be paid for the lost week, the chair said, and the packing shed would open on the following Monday if the weather held and the trucks arrived on time.',
    'Buyers in the market towns had been told to expect smaller fruit this year, and the cooperative said prices would be set at the end of the month once the first loads had been graded.',
  ],
  mentions: [['Vellmoor Fruit Cooperative', 'ORG']],
  places: [], times: [], events: [], figures: [], quotes: [],
};

/** One unrelated story naming the Tarrow Rail Company three times. */
const RAIL: Spec = {
  title: 'Rail company buys carriages',
  source: 'rail-note',
  published: '2021-09-02',
  paragraphs: [
    'Rail company buys carriages',
    'The Tarrow Rail Company bought twelve carriages on Thursday. Tarrow Rail Company staff will fit them out over the winter, and the Tarrow Rail Company expects them in service by May.',
  ],
  mentions: [['Tarrow Rail Company', 'ORG'], ['Tarrow Rail Company', 'ORG'], ['Tarrow Rail Company', 'ORG']],
  places: [], times: [], events: [], figures: [], quotes: [],
};

test('entities with as many reports are ordered by mentions, as the store orders them', async () => {
  const copy = copyOnAnotherSite(STORY, 'orchard-coop-mirror', 'end of the month', 'end of this month');
  const docs = [resolvedAnalysis(STORY), resolvedAnalysis(copy), resolvedAnalysis(RAIL)];
  const served = await serveAnalyses(docs);
  const coop = 'ORG:vellmoor fruit cooperative';
  const rail = 'ORG:tarrow rail company';
  try {
    assertCopyLinked(served.outcomes, docs[0]);
    const raw = (await served.store.queryEntities({ types: ['ORG'] })).items.map((e) => [e.key, e.documents, e.mentions]);
    assert.deepEqual(raw, [[coop, 2, 2], [rail, 1, 3]], 'the store counts the copy as a second document');
    type Item = { key: string; documents: number; mentions: number };
    const get = (path: string) => served.get<{ items?: Item[]; nodes?: Item[] }>(path);
    const rows = (items: Item[]) => items.map((e) => [e.key, e.documents, e.mentions]);
    const expected = [[rail, 1, 3], [coop, 1, 2]];
    assert.deepEqual(rows((await get('/api/entities?type=ORG')).items!), expected, 'most articles first, then most mentions');
    assert.deepEqual(rows((await get('/api/entities?sort=type')).items!), expected, 'within a type as most articles first');
    const first = await get('/api/entities?type=ORG&limit=1');
    assert.deepEqual(rows(first.items!), [expected[0]], 'the first page holds the row the whole list starts with');
  } finally {
    await served.close();
  }
});
