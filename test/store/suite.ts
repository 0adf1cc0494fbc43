import { test } from 'node:test';
import type { Store } from '../../src/store/interface.js';
import assert from 'node:assert/strict';
import { toFtsQuery } from '../../src/store/fts-query.js';
import { hammingDistance, simhash } from '../../src/store/simhash.js';
import type { Analysis, Doc } from '../../src/types.js';

function analysisOf(id: string, text: string, location: string, title = 'A title'): Analysis {
  const doc: Doc = {
    id,
    text,
    title,
    sources: [{ kind: 'file', location, name: location.replace(/\..*$/, '') }],
    removed: [{ text: 'Accept cookies', reason: 'cookie-notice', at: 0 }],
    paragraphs: [{ start: 0, end: text.length }],
    meta: { authors: ['Ann Writer'], publisher: null, dateline: null, published: { value: '2020-05-01', precision: 'day' } },
  };
  return {
    doc,
    segmentation: { sentences: [], tokens: [], sentenceTokenStart: [0] },
    mentions: [{ start: 0, end: 6, type: 'LOC', text: text.slice(0, 6), entityId: 'ent_ankara', canonical: text.slice(0, 6) }],
    places: [],
    times: [],
    events: [],
    figures: [],
    quotes: [],
  };
}

const wire = [
  'Ankara police detained twelve people on Tuesday after raids in three districts of the capital, officials said, adding that the suspects were accused of planning attacks on foreign embassies during the holidays.',
  'The governor’s office said the suspects had been under surveillance for several months and that weapons, forged passports and cash were seized in the searches.',
  'Prosecutors are expected to bring the detainees before a judge later this week. Lawyers for two of the suspects said their clients denied any wrongdoing and would appeal against their detention.',
  'The raids came a week after the interior minister warned of an increased threat ahead of the new year celebrations, when large crowds gather in the city centre.',
].join('\n\n');

/** The behaviour every store engine must have; run against SQLite and PostgreSQL. */
export function storeSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: saves, finds by id, prefix and name, and keeps removed parts and annotations`, opts, async () => {
    const store = await open();
    const [outcome] = await store.saveBatch([{ analysis: analysisOf('aaaa1111bbbb2222', wire, 'story.txt'), contentHash: 'h1' }]);
    assert.deepEqual(outcome, { status: 'new', docId: 'aaaa1111bbbb2222' });
    for (const key of ['aaaa1111bbbb2222', 'aaaa1111', 'story']) {
      const doc = await store.getDocument(key);
      assert.equal(doc?.id, 'aaaa1111bbbb2222', key);
    }
    const doc = await store.getDocument('story');
    assert.equal(doc?.removed[0].reason, 'cookie-notice');
    assert.equal(doc?.annotations[0].text, 'Ankara');
    assert.equal(doc?.meta.authors[0], 'Ann Writer');
    assert.equal(await store.integrityCheck(), 'ok');
    await store.close();
  });

  test(`${engine}: the same text from a second place is one document with two sources`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: analysisOf('id1', wire, 'one.txt'), contentHash: 'h' }]);
    const [second] = await store.saveBatch([{ analysis: analysisOf('id1', wire, 'two.txt'), contentHash: 'h' }]);
    assert.equal(second.status, 'duplicate');
    assert.equal(await store.countDocuments(), 1);
    assert.equal((await store.getDocument('id1'))?.sources.length, 2);
    assert.ok(await store.hasSource('two.txt', 'h'));
    assert.ok(!(await store.hasSource('two.txt', 'other-hash')));
    await store.close();
  });

  test(`${engine}: near-duplicates (same wire story, small edits) are linked`, opts, async () => {
    const store = await open();
    const other = 'A different story about grain exports, harvest forecasts and the weather in the south of the country this summer.';
    assert.ok(hammingDistance(simhash(wire).value, simhash(other).value) > 6);
    await store.saveBatch([{ analysis: analysisOf('w1', wire, 'w1.txt'), contentHash: 'a' }]);
    const unrelated = 'The central bank left interest rates unchanged on Thursday and signalled that inflation would fall slowly next year as energy prices eased.';
    await store.saveBatch([{ analysis: analysisOf('u1', unrelated, 'u1.txt'), contentHash: 'b' }]);
    const [o] = await store.saveBatch([{ analysis: analysisOf('w2', wire + ' Reporting by staff.', 'w2.txt'), contentHash: 'c' }]);
    assert.equal(o.status, 'new');
    assert.equal(o.status === 'new' && o.nearDuplicateOf, 'w1');
    assert.deepEqual((await store.getDocument('w1'))?.nearDuplicates.map((d) => d.id), ['w2']);
    await store.close();
  });

  test(`${engine}: search ranks by BM25 and highlights matches; hostile query syntax is safe`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('s1', wire, 's1.txt', 'Raids in Ankara'), contentHash: '1' },
      { analysis: analysisOf('s2', 'Extradition hearing in Turkey for the suspect, a court in Ankara said.', 's2.txt', 'Extradition'), contentHash: '2' },
    ]);
    const hits = await store.search('extradition Turkey');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].id, 's2');
    assert.match(hits[0].snippet, /\[Extradition\]/);
    assert.equal((await store.search('ankara')).length, 2);
    for (const q of ['"unbalanced', 'NEAR(', 'a AND OR', '*', '-x', 'title:foo']) await store.search(q);
    assert.equal(toFtsQuery('foo "bar baz" OR qux'), '"foo" "bar baz" OR "qux"');
    await store.close();
  });

  test(`${engine}: entities are counted by mention and document`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('e1', wire, 'e1.txt'), contentHash: '1' },
      { analysis: analysisOf('e2', wire + ' More.', 'e2.txt'), contentHash: '2' },
    ]);
    const [top] = await store.listEntities({ type: 'LOC' });
    assert.deepEqual(top, { id: 'ent_ankara', name: 'Ankara', type: 'LOC', aliases: ['Ankara'], mentions: 2, documents: 2 });
    await store.close();
  });
}
