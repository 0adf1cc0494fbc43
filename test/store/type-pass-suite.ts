// The corpus type pass against a store engine: the types stored do not depend on the order the
// articles came in, nor on whether they came one ingest at a time; a person's type decision wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedArticle as article } from './named-article.js';
import type { Store } from '../../src/store/interface.js';
import type { Analysis } from '../../src/types.js';
import { retypeByCorpus } from '../../src/corpus/entities/type-pass.js';
import { applyEntityCurations } from '../../src/corpus/curation.js';
import { afterIngest } from '../../src/corpus/after-ingest.js';
import { openStore } from '../../src/store/open.js';


/** Ten articles calling Quenford a company, one calling it a person with nothing to say so, one a real person. */
function pile(): Analysis[] {
  return [
    withQuote(article('guess', 'Quenford said the new freighter would fly in May.', [['Quenford', 'PER']])),
    ...Array.from({ length: 10 }, (_, k) => article(`depot${k}`, `Quenford opened depot number ${k} near the river.`, [['Quenford', 'ORG']])),
    article('titled', 'Mr Quenford, a farmer, sold his land.', [['Mr Quenford', 'PER', { title: 'Mr' }]]),
  ];
}

/** The first mention quoted as the speaker of the rest of the sentence. */
function withQuote(a: Analysis): Analysis {
  const m = a.mentions[0];
  const end = a.doc.text.length;
  return { ...a, quotes: [{ start: m.end + 6, end, text: a.doc.text.slice(m.end + 6, end), kind: 'indirect', speaker: m.canonical ?? m.text, speakerSpan: { start: m.start, end: m.end }, speakerEntityId: m.entityId, sentence: { start: 0, end } }] };
}

/** Two names the tagger slips on, and three articles that later show the first is also a person. */
function widerPile(): Analysis[] {
  return [
    ...pile(),
    article('slip', 'Dravelle hired forty engineers last year.', [['Dravelle', 'PER']]),
    ...Array.from({ length: 7 }, (_, k) => article(`plant${k}`, `Dravelle built plant ${k} beside the canal.`, [['Dravelle', 'ORG']])),
    article('both', 'Quenford and Dravelle signed a supply deal.', [['Quenford', 'PER'], ['Dravelle', 'PER']]),
    ...Array.from({ length: 3 }, (_, k) => article(`clinic${k}`, `Dr Quenford saw patient ${k} at noon.`, [['Dr Quenford', 'PER', { title: 'Dr' }]])),
  ];
}

async function storedTypes(store: Store): Promise<string[]> {
  const rows = await store.listAnnotations({ kind: 'mention' });
  return rows.map((r) => `${r.docId} ${r.text} ${r.label} ${String(r.data.entityId)}`).sort();
}

export function typePassSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: corpus types are the same whatever the order of the articles and one ingest at a time or all at once`, opts, async () => {
    const all = await open();
    await all.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const first = await retypeByCorpus(all);
    assert.equal(first.retyped, 1, 'the guessing article takes the corpus type');
    const once = await storedTypes(all);
    assert.ok(once.some((r) => r.startsWith('guess Quenford ORG')), once.join('\n'));
    assert.ok(once.some((r) => r.startsWith('titled Mr Quenford PER')), 'evidence of its own stays');
    // the quote's speaker follows its mention to the company, an entity that exists
    const [quote] = (await all.queryQuotes({})).items;
    const guess = (await all.listAnnotations({ kind: 'mention', docId: 'guess' }))[0];
    assert.equal(quote.speakerEntity, guess.data.entityId);
    assert.equal((await all.queryEntities({ keys: [String(quote.speakerEntity)] })).items[0]?.type, 'ORG');
    assert.deepEqual(await retypeByCorpus(all), { retyped: 1, documents: 0, mentionsChanged: 0 }, 'a second pass changes nothing');
    await all.close();

    // the guessing article first and alone, the pass after each article, then in reverse order
    for (const order of [pile(), pile().reverse()]) {
      const one = await open();
      for (const analysis of order) {
        await one.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
        await retypeByCorpus(one);
      }
      assert.deepEqual(await storedTypes(one), once);
      await one.close();
    }
  });

  test(`${engine}: a corpus decision that no longer holds is undone; a person's type decision wins`, opts, async () => {
    const store = await open();
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await retypeByCorpus(store);
    // three articles with evidence of a person divide the corpus: the guess is the tagger's again
    const people = Array.from({ length: 3 }, (_, k) => article(`people${k}`, `Dr Quenford treated patient ${k}.`, [['Dr Quenford', 'PER', { title: 'Dr' }]]));
    await store.saveBatch(people.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const undone = await retypeByCorpus(store);
    assert.equal(undone.retyped, 0);
    const guess = (await store.listAnnotations({ kind: 'mention', docId: 'guess' }))[0];
    assert.equal(guess.label, 'PER');
    assert.equal(guess.data.corpusType, undefined, 'no corpus type left in its data');

    // back to the company pile; a person says the company entity is a person after all
    const again = await open();
    await again.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await retypeByCorpus(again);
    const moved = (await again.listAnnotations({ kind: 'mention', docId: 'guess' }))[0];
    await again.addCuration({ kind: 'entity', relation: 'type', a: String(moved.data.entityId), b: 'MISC' });
    await applyEntityCurations(again);
    await retypeByCorpus(again);
    await applyEntityCurations(again);
    assert.equal((await again.listAnnotations({ kind: 'mention', docId: 'guess' }))[0].label, 'MISC');
    await store.close();
    await again.close();
  });

  test(`${engine}: the pass over the names of each ingest's articles stores what the whole-corpus pass does`, opts, async () => {
    const all = await open();
    await all.saveBatch(widerPile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await retypeByCorpus(all);
    const whole = await storedTypes(all);
    assert.ok(whole.some((r) => r.startsWith('slip Dravelle ORG')), whole.join('\n'));
    await all.close();

    // in parts, in two orders: the later parts move names the earlier ones decided, and undo them
    for (const order of [widerPile(), widerPile().reverse()]) {
      const parts = await open();
      for (let i = 0; i < order.length; i += 5) {
        const part = order.slice(i, i + 5);
        await parts.saveBatch(part.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
        await retypeByCorpus(parts, { docIds: part.map((a) => a.doc.id) });
      }
      assert.deepEqual(await storedTypes(parts), whole);
      assert.equal((await retypeByCorpus(parts)).documents, 0, 'a whole-corpus pass then finds nothing to change');
      await parts.close();
    }
  });

  test(`${engine}: the pass after an ingest reads only the names its articles give`, opts, async () => {
    const store = await open();
    // a pile saved with no pass (a worker that stopped before its pass): its guess is still a person
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const other = article('other', 'Dravelle built a plant beside the canal.', [['Dravelle', 'ORG']]);
    await store.saveBatch([{ analysis: other, contentHash: other.doc.id }]);
    assert.deepEqual(await retypeByCorpus(store, { docIds: ['other'] }), { retyped: 0, documents: 0, mentionsChanged: 0 });
    assert.equal((await store.listAnnotations({ kind: 'mention', docId: 'guess' }))[0].label, 'PER');
    assert.equal((await store.mentionsWithTypeVoteKeys(await store.typeVoteKeys(['guess']))).length, 12, 'every article naming Quenford');
    assert.equal((await retypeByCorpus(store)).documents, 1, 'the whole-corpus pass catches up');
    assert.equal((await store.listAnnotations({ kind: 'mention', docId: 'guess' }))[0].label, 'ORG');
    await store.close();
  });

  test(`${engine}: an ingest killed between its save and its passes: the next ingest's passes finish them`, opts, async () => {
    const read = async (store: Store) => [
      await storedTypes(store), (await store.queryEntities({})).items, (await store.queryQuotes({})).items.map((q) => [q.docId, q.start, q.speakerEntity]), await store.counts(),
    ];
    const whole = await open();
    await whole.saveBatch(widerPile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(whole, { docIds: widerPile().map((a) => a.doc.id) });
    const expected = await read(whole);
    await whole.close();

    const killed = await open();
    // the save committed; the process died before its passes, so none runs here
    await killed.saveBatch(widerPile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    // the re-run finds every input stored and saves nothing: its passes take up what the first left
    await afterIngest(killed, { docIds: [] });
    assert.deepEqual(await read(killed), expected);
    assert.deepEqual(await killed.pendingPassDocuments(), [], 'nothing left waiting');
    await killed.close();
  });

  test(`${engine}: two writers saving and passing at once store what one pass over everything does`, opts, async () => {
    const all = await open();
    await all.saveBatch(widerPile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(all);
    const whole = await storedTypes(all);
    await all.close();

    const first = await open();
    const location = first.location;
    // a second connection to the same store where the engine has one (PostgreSQL, a SQLite file)
    const second = location ? await openStore(location) : first;
    const writer = async (store: Store, articles: Analysis[]) => {
      for (let i = 0; i < articles.length; i += 3) {
        const part = articles.slice(i, i + 3);
        await store.saveBatch(part.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
        await afterIngest(store, { docIds: part.map((a) => a.doc.id) });
      }
    };
    const pile = widerPile();
    await Promise.all([writer(first, pile.filter((_, i) => i % 2 === 0)), writer(second, pile.filter((_, i) => i % 2 === 1))]);
    assert.deepEqual(await storedTypes(first), whole);
    if (second !== first) await second.close();
    await first.close();
  });
}
