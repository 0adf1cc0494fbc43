// The document list in the order a reader asks for: as added, newest first (undated last), by title
// or by publisher (unknown last), paged by the store; a date or an outlet a person set counts in its
// order as it shows. Articles are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { DocumentItem, Page } from '../../src/server/api-types.js';
import type { Analysis } from '../../src/types.js';

function article(title: string, published: string, publisher: string | null): Analysis {
  const a = fixtureAnalysis({
    title, source: title.toLowerCase().replace(/\W+/g, '-'), published,
    paragraphs: [title, `The parish council discussed the ${title.toLowerCase()} at length on Monday evening.`],
    mentions: [], places: [], times: [], events: [], figures: [], quotes: [],
  });
  return { ...a, doc: { ...a.doc, meta: { ...a.doc.meta, publisher, published: { value: published || null, precision: published ? 'day' : 'none' } } } };
}

test('the document list sorts by date, title and publisher, with what people set', async () => {
  const served = await serveAnalyses([
    article('Orchard frost warning', '2022-04-03', 'Hill Gazette'),
    article('Allotment rents frozen', '', null),
    article('Mill pond drained', '2023-08-19', 'Dale Times'),
    article('Bus route cut', '2021-01-07', 'Hill Gazette'),
  ]);
  try {
    const titles = async (query: string) => (await served.get<Page<DocumentItem>>(`/api/documents?${query}`)).items.map((d) => d.title);
    assert.deepEqual(await titles(''), ['Orchard frost warning', 'Allotment rents frozen', 'Mill pond drained', 'Bus route cut']);
    assert.deepEqual(await titles('sort=date'), ['Mill pond drained', 'Orchard frost warning', 'Bus route cut', 'Allotment rents frozen']);
    assert.deepEqual(await titles('sort=title&limit=2&offset=1'), ['Bus route cut', 'Mill pond drained']);
    assert.deepEqual(await titles('sort=publisher'), ['Mill pond drained', 'Orchard frost warning', 'Bus route cut', 'Allotment rents frozen']);
    const page = await served.get<Page<DocumentItem>>('/api/documents?sort=publisher&limit=1');
    assert.deepEqual([page.total, page.items[0].publisher], [4, 'Dale Times']);
    assert.equal((await fetch(`${served.url}/api/documents?sort=wordcount`)).status, 400, 'an order the list does not offer is refused');

    // a date and an outlet a person set are the ones the list orders by, and shows
    const [bus, allotment] = ['Bus route cut', 'Allotment rents frozen'];
    const ids = new Map((await served.get<Page<DocumentItem>>('/api/documents')).items.map((d) => [d.title, d.id]));
    await served.store.addCuration({ kind: 'document', relation: 'date', a: ids.get(bus)!, b: '2024-02' });
    await served.store.addCuration({ kind: 'document', relation: 'outlet', a: ids.get(allotment)!, b: 'Abbey Courier' });
    assert.deepEqual(await titles('sort=date'), ['Bus route cut', 'Mill pond drained', 'Orchard frost warning', 'Allotment rents frozen']);
    assert.deepEqual(await titles('sort=date&limit=2&offset=1'), ['Mill pond drained', 'Orchard frost warning']);
    const byOutlet = (await served.get<Page<DocumentItem>>('/api/documents?sort=publisher')).items;
    assert.deepEqual(byOutlet.map((d) => d.publisher), ['Abbey Courier', 'Dale Times', 'Hill Gazette', 'Hill Gazette']);
    assert.equal(byOutlet.find((d) => d.title === bus)?.published, '2024-02');
  } finally {
    await served.close();
  }
});
