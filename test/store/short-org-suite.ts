// The organisation short-form pass against a store engine: the joins stored do not depend on the
// order the articles came in, nor on whether they came one ingest at a time, and a join the corpus
// no longer supports is undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedArticle as article } from './named-article.js';
import type { MentionEntityUpdate, Store } from '../../src/store/interface.js';
import type { Analysis } from '../../src/types.js';
import { afterIngest } from '../../src/corpus/after-ingest.js';
import { joinShortOrgsInStore } from '../../src/corpus/entities/short-org-pass.js';
import { addCurationDecision } from '../../src/corpus/curation.js';
import type { Curation } from '../../src/store/interface.js';


/** A kettle maker named in full and by its first word, and unrelated articles around it. */
function pile(): Analysis[] {
  return [
    article('full1', 'Brindle Kettles hired Oona Farrant in Dunmore, and Brindle expects growth.', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER'], ['Dunmore', 'LOC'], ['Brindle', 'ORG']]),
    article('full2', 'Brindle Kettles said Oona Farrant would launch the Steamline range.', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER'], ['Steamline', 'MISC']]),
    // more articles write the full name than point to it with the short form alone
    article('full3', 'Brindle Kettles thanked Oona Farrant.', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER']]),
    article('short1', 'Brindle shares rose after Oona Farrant showed the Steamline.', [['Brindle', 'ORG'], ['Oona Farrant', 'PER'], ['Steamline', 'MISC']]),
    article('short2', 'Brindle opened a plant in Dunmore, Oona Farrant said.', [['Brindle', 'ORG'], ['Dunmore', 'LOC'], ['Oona Farrant', 'PER']]),
    ...Array.from({ length: 12 }, (_, k) => article(`other${k}`, `Tessaly Board met Warden Number${k} today.`, [['Tessaly Board', 'ORG'], [`Warden Number${k}`, 'PER']])),
  ];
}

/** Two articles that give the bank as many shared names with the short form's articles. */
function bank(): Analysis[] {
  return [
    article('bank1', 'Brindle Savings lent Oona Farrant money for the Steamline in Dunmore.', [['Brindle Savings', 'ORG'], ['Oona Farrant', 'PER'], ['Steamline', 'MISC'], ['Dunmore', 'LOC']]),
    article('bank2', 'Brindle Savings and Oona Farrant met in Dunmore, and Brindle agreed.', [['Brindle Savings', 'ORG'], ['Oona Farrant', 'PER'], ['Dunmore', 'LOC'], ['Brindle', 'ORG']]),
  ];
}

async function storedEntities(store: Store): Promise<string[]> {
  const rows = await store.listAnnotations({ kind: 'mention' });
  return rows.map((r) => `${r.docId} ${r.text} ${r.label} ${String(r.data.entityId)}`).sort();
}

const entityOf = async (store: Store, docId: string, text: string) => (await store.listAnnotations({ kind: 'mention', docId })).find((a) => a.text === text)?.data.entityId;

/** The store with its mention reads counted (every read of whole mentions, by any route). */
function counting(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const readers = new Set(['listAnnotations', 'mentionEntitiesOfDocuments', 'mentionsOfEntities', 'mentionsWithTypeVoteKeys']);
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (readers.has(String(prop))) reads++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

/** What the summaries say of every entity: its row, its documents and the entities it shares them with. */
async function summaryState(store: Store): Promise<unknown[]> {
  const { items: rows } = await store.queryEntities({ limit: 1000 });
  const out: unknown[] = [];
  for (const r of [...rows].sort((x, y) => (x.key < y.key ? -1 : 1)))
    out.push(r, await store.entityDocuments(r.key), (await store.coMentioned(r.key, 100)).map((c) => `${c.key} ${c.shared}`).sort());
  return out;
}

export function shortOrgSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: many articles' mentions rewritten in one call leave the summaries and mentions one call per article leaves`, opts, async () => {
    const [each, batch] = [await open(), await open()];
    const target = { entityId: 'ent_brindle_kettles_test', canonical: 'Brindle Kettles' };
    const updates = new Map<string, MentionEntityUpdate[]>();
    for (const store of [each, batch]) await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    for (const a of await each.listAnnotations({ kind: 'mention' }))
      if (a.text === 'Brindle' || a.text === 'Oona Farrant')
        (updates.get(a.docId) ?? updates.set(a.docId, []).get(a.docId)!).push({ start: a.start, end: a.end, type: a.label, ...target, data: { shortFormFrom: String(a.data.entityId), shortFormTo: null } });
    assert.ok(updates.size >= 4);
    for (const [docId, ms] of updates) await each.updateMentionEntities(docId, ms);
    await batch.updateMentionEntitiesOfDocuments(updates);
    assert.deepEqual(await storedEntities(batch), await storedEntities(each));
    assert.deepEqual(await summaryState(batch), await summaryState(each));
    assert.deepEqual(await batch.documentsWithShortForms(), await each.documentsWithShortForms());
    await each.close();
    await batch.close();
  });

  test(`${engine}: the short-form pass writes its joins in one batched rewrite, not one per article`, opts, async () => {
    const store = await open();
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const calls: string[] = [];
    const watched = new Proxy(store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          if (String(prop).startsWith('updateMentionEntities')) calls.push(String(prop));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const result = await joinShortOrgsInStore(watched);
    assert.ok(result.joins.length >= 3);
    assert.deepEqual(calls, ['updateMentionEntitiesOfDocuments']);
    await store.close();
  });

  test(`${engine}: a short form joins its full name through co-mentions, whatever the order and one ingest at a time or all at once`, opts, async () => {
    const all = await open();
    await all.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(all);
    const full = await entityOf(all, 'full2', 'Brindle Kettles');
    assert.equal(await entityOf(all, 'short1', 'Brindle'), full);
    assert.equal(await entityOf(all, 'short2', 'Brindle'), full);
    const once = await storedEntities(all);
    assert.equal((await joinShortOrgsInStore(all)).mentionsChanged, 0, 'a second pass changes nothing');
    await all.close();

    for (const order of [pile(), pile().reverse()]) {
      const one = await open();
      for (const analysis of order) {
        await one.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
        await afterIngest(one, { docIds: [analysis.doc.id] });
      }
      assert.deepEqual(await storedEntities(one), once);
      await one.close();
    }
  });

  test(`${engine}: the pass that reads only the families' articles stores what a pass over every mention would`, opts, async () => {
    const store = await open();
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(store);
    const full = await joinShortOrgsInStore(store, { full: true });
    assert.ok(full.joins.length > 0);
    assert.equal(full.mentionsChanged, 0, 'the full pass finds nothing to change');
    // the rival arrives: the full pass, the reference, undoes the joins; the scoped pass agrees
    await store.saveBatch(bank().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const before = await storedEntities(store);
    const scoped = await joinShortOrgsInStore(store);
    const scopedState = await storedEntities(store);
    await store.close();
    const other = await open();
    await other.saveBatch([...pile(), ...bank()].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(other);
    const reference = await joinShortOrgsInStore(other, { full: true });
    assert.deepEqual(scoped.joins, reference.joins);
    assert.notDeepEqual(before, scopedState, 'the scoped pass undid the joins');
    assert.deepEqual(scopedState, await storedEntities(other));
    await other.close();
  });

  test(`${engine}: a corpus where no organisation name starts another reads no mention in the short-form pass`, opts, async () => {
    const store = await open();
    const plain = pile().filter((a) => !a.doc.id.startsWith('short') && !a.doc.id.startsWith('full'));
    await store.saveBatch(plain.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const counted = counting(store);
    assert.deepEqual(await joinShortOrgsInStore(counted.store), { joined: 0, mentionsChanged: 0, joins: [] });
    assert.equal(counted.reads(), 0);
    await store.close();
  });

  test(`${engine}: a second company sharing the first word, as well supported, undoes the join`, opts, async () => {
    const store = await open();
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(store);
    const short = await entityOf(store, 'short1', 'Brindle');
    assert.equal(short, await entityOf(store, 'full1', 'Brindle Kettles'));
    await store.saveBatch(bank().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(store, { docIds: ['bank1', 'bank2'] });
    const back = await store.listAnnotations({ kind: 'mention', docId: 'short1' });
    const brindle = back.find((a) => a.text === 'Brindle')!;
    assert.notEqual(brindle.data.entityId, await entityOf(store, 'full1', 'Brindle Kettles'));
    assert.equal(brindle.data.shortFormTo, undefined, 'no join left in its data');
    await store.close();
  });

  // A merge or split replaces stored entity ids, and only natural ids count as full names: the pass
  // reads each curated mention's entity from before the curation (data.entityBeforeCuration), as a
  // fresh ingest's pass does before the curations are applied.
  /** A value as JSON with every object's keys sorted (engines, and rewritten rows, order JSON keys differently). */
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
  /** Every mention's entity and data as stored. */
  const rows = async (store: Store) =>
    (await store.listAnnotations({ kind: 'mention' })).map((r) => `${r.docId} ${r.start} ${r.label} ${JSON.stringify(sorted(r.data))}`).sort();
  // a person says the kettle maker is the one entity the house calls by its trading name
  const mergeOf = (kettles: string): Curation => ({ kind: 'entity', relation: 'merge', a: kettles, b: 'ent_brindle_house' });
  /** The pile ingested and passed, the merge decided, then `later` ingested and passed; and a fresh
   *  store given the merge first and everything in one ingest. */
  const mergedThenIngested = async (later: Analysis[]): Promise<[Store, Store]> => {
    const store = await open();
    await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(store);
    const kettles = String(await entityOf(store, 'full1', 'Brindle Kettles'));
    assert.equal(await entityOf(store, 'short1', 'Brindle'), kettles, 'joined before the merge');
    await addCurationDecision(store, mergeOf(kettles));
    await store.saveBatch(later.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(store, { docIds: later.map((a) => a.doc.id) });
    const fresh = await open();
    await fresh.addCuration(mergeOf(kettles));
    await fresh.saveBatch([...pile(), ...later].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    await afterIngest(fresh);
    return [store, fresh];
  };

  test(`${engine}: a merge of a full name a short form joined, then another ingest, stores what a fresh ingest with the merge stored first does`, opts, async () => {
    const late = article('late', 'Brindle Kettles sponsored the Garrow regatta.', [['Brindle Kettles', 'ORG'], ['Garrow', 'LOC']]);
    const [store, fresh] = await mergedThenIngested([late]);
    assert.equal(await entityOf(fresh, 'short1', 'Brindle'), 'ent_brindle_house');
    assert.deepEqual(await rows(store), await rows(fresh));
    assert.deepEqual(await summaryState(store), await summaryState(fresh));
    await store.close();
    await fresh.close();
  });

  test(`${engine}: after a merge of a joined full name, a rival that undoes the join takes the short forms out of the merged entity`, opts, async () => {
    const [store, fresh] = await mergedThenIngested(bank());
    assert.notEqual(await entityOf(fresh, 'short1', 'Brindle'), 'ent_brindle_house', 'not joined, so not merged');
    assert.deepEqual(await rows(store), await rows(fresh));
    assert.deepEqual(await summaryState(store), await summaryState(fresh));
    await store.close();
    await fresh.close();
  });
}
