// Curation (merge, split, retype) rewrites stored mentions; what listings and entity pages read
// afterwards must be what saving the curated annotations fresh gives, on every store engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Curation, Store } from '../../src/store/interface.js';
import type { Analysis, EntityType, Mention, Place } from '../../src/types.js';
import { addCurationDecision, splitEntityId, undoCurationDecision } from '../../src/corpus/curation.js';
import { handDoc } from '../fixtures/hand-doc.js';

type Named = [text: string, type: EntityType, entityId: string];

const PORT: Place = { name: 'Port Ilsen', country: 'Nowhere', countryCode: 'XX', lat: 10, lon: 20, kind: 'city', ref: 'test:ilsen' };
/** The harbour town of the same name on another coast, which a person says is meant. */
const OTHER_PORT: Place = { name: 'Port Ilsen', country: 'Elsewhere', countryCode: 'YY', lat: -30, lon: 140, kind: 'city', ref: 'test:ilsen-south' };

/** An article naming these (in text order), with "Port Ilsen" a place wherever it is named and a quote by Orla Brenn. */
function article(id: string, text: string, names: Named[], port: Place = PORT): Analysis {
  let from = 0;
  const mentions: Mention[] = names.map(([name, type, entityId]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, text: name, type, entityId, canonical: name };
  });
  const doc = handDoc(id, text, { title: `About ${id}`, published: '2021-03-04' });
  const places = mentions.filter((m) => m.text === 'Port Ilsen').map((m) => ({ start: m.start, end: m.end, text: m.text, place: port }));
  const speaker = mentions.find((m) => m.text === 'Orla Brenn');
  const quotes = speaker
    ? [{ start: speaker.end + 6, end: text.length, text: text.slice(speaker.end + 6), kind: 'indirect' as const, speaker: speaker.text, speakerSpan: { start: speaker.start, end: speaker.end }, sentence: { start: 0, end: text.length } }]
    : [];
  return { ...emptyAnalysis(doc), mentions, places, quotes };
}

/**
 * Three articles, saved one at a time in this order (so "zeta" is the first to name Port Ilsen
 * although "alpha" sorts first). The town is one entity in zeta and the ferry company of the same
 * name in alpha; alpha names the town again as "Ilsen". The curated form: the town merged into the
 * harbour authority's entity, Orla Brenn split off in alpha, and the ferry company retyped a person.
 */
function articles(curated: boolean): Analysis[] {
  const town = curated ? 'ent_authority' : 'ent_town';
  return [
    article('zeta', 'Port Ilsen welcomed Orla Brenn, who said the quay would reopen.', [['Port Ilsen', 'LOC', town], ['Orla Brenn', 'PER', 'ent_brenn']]),
    article('alpha', 'Port Ilsen ferries left Ilsen at dawn, Orla Brenn said on the radio.', [
      ['Port Ilsen', curated ? 'PER' : 'ORG', 'ent_ferries'],
      ['Ilsen', 'LOC', town],
      ['Orla Brenn', 'PER', curated ? splitEntityId('ent_brenn', 'alpha') : 'ent_brenn'],
    ]),
    article('mid', 'The Ilsen Harbour Authority met Orla Brenn.', [['Ilsen Harbour Authority', 'ORG', 'ent_authority'], ['Orla Brenn', 'PER', 'ent_brenn']]),
  ];
}

/** Everything the listings, entity and place pages and the quote list read from the summaries. */
async function summaries(store: Store): Promise<unknown> {
  const entities = (await store.queryEntities({})).items;
  const keys = entities.map((e) => e.key);
  const perEntity = [];
  for (const key of keys)
    perEntity.push({
      key,
      aliases: await store.entityAliases(key),
      documents: await store.entityDocuments(key),
      page: await store.entityDocumentPage(key, { sort: 'date', limit: 10, offset: 0 }),
      coMentioned: await store.coMentioned(key, 10),
    });
  return {
    entities, perEntity, near: await store.nearLinks(keys), places: await store.queryPlaces({}), placeDocs: [await store.placeDocuments('test:ilsen', 10), await store.placeDocuments('test:ilsen-south', 10)],
    quotes: (await store.queryQuotes({})).items.map((q) => [q.docId, q.start, q.speakerEntity]), counts: await store.counts(),
  };
}

async function saveInOrder(store: Store, list: Analysis[]): Promise<void> {
  // one save each: an engine may order the documents of one batch by id
  for (const analysis of list) await store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
}

export function curationSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: merge, split and retype, then listings: the summaries of the curated articles saved fresh`, opts, async () => {
    const fresh = await open();
    await saveInOrder(fresh, articles(true));
    const expected = await summaries(fresh);
    await fresh.close();

    const store = await open();
    await saveInOrder(store, articles(false));
    assert.equal(await addCurationDecision(store, { kind: 'entity', relation: 'merge', a: 'ent_town', b: 'ent_authority' }), 2);
    assert.equal(await addCurationDecision(store, { kind: 'entity', relation: 'split', a: 'ent_brenn', b: 'alpha' }), 1);
    assert.equal(await addCurationDecision(store, { kind: 'entity', relation: 'type', a: 'ent_ferries', b: 'PER' }), 1);
    assert.deepEqual(await summaries(store), expected);
    // the place's first mention is still the first saved (zeta's), so its entity is the merged town
    const [port] = (await store.queryPlaces({})).items;
    assert.deepEqual([port.key, port.entity, port.documents], ['test:ilsen', 'ent_authority', 2]);
    await store.close();
  });

  test(`${engine}: a batched rewrite that reaches a place's first mention late in its batch names the new entity`, opts, async () => {
    const store = await open();
    await saveInOrder(store, articles(false));
    // alpha before zeta in the rewrite, as a corpus pass may list them
    const at = async (docId: string, text: string) => (await store.listAnnotations({ kind: 'mention', docId })).find((m) => m.text === text)!;
    const [ferries, town] = [await at('alpha', 'Port Ilsen'), await at('zeta', 'Port Ilsen')];
    await store.updateMentionEntitiesOfDocuments(new Map([
      ['alpha', [{ start: ferries.start, end: ferries.end, type: 'ORG', entityId: 'ent_ferry_line', canonical: 'Port Ilsen' }]],
      ['zeta', [{ start: town.start, end: town.end, type: 'LOC', entityId: 'ent_ilsen_town', canonical: 'Port Ilsen' }]],
    ]));
    assert.equal((await store.queryPlaces({})).items[0].entity, 'ent_ilsen_town');
    await store.close();
  });

  test(`${engine}: a place pointed at another referent keeps its first mention (the first saved), and its entity`, opts, async () => {
    const curated = (list: Analysis[]) => list.map((a) => article(a.doc.id, a.doc.text, a.mentions.map((m) => [m.text, m.type, m.entityId!] as Named), OTHER_PORT));
    const fresh = await open();
    await saveInOrder(fresh, curated(articles(false)));
    const expected = await summaries(fresh);
    await fresh.close();

    const store = await open();
    await saveInOrder(store, articles(false));
    assert.equal(await addCurationDecision(store, { kind: 'place', relation: 'referent', a: 'test:ilsen', b: JSON.stringify(OTHER_PORT) }), 2);
    const [port] = (await store.queryPlaces({})).items;
    // zeta was saved first: its town entity, not alpha's ferry company (alpha sorts first)
    assert.deepEqual([port.key, port.entity, port.documents], ['test:ilsen-south', 'ent_town', 2]);
    assert.deepEqual(await summaries(store), expected);
    await store.close();
  });

  test(`${engine}: a place decision undone gives the place back its first saved mention`, opts, async () => {
    const fresh = await open();
    await saveInOrder(fresh, articles(false));
    const expected = await summaries(fresh);
    await fresh.close();

    const store = await open();
    await saveInOrder(store, articles(false));
    const decision: Curation = { kind: 'place', relation: 'referent', a: 'test:ilsen', b: JSON.stringify(OTHER_PORT) };
    await addCurationDecision(store, decision);
    assert.deepEqual(await undoCurationDecision(store, decision), { removed: true, mentionsChanged: 2 });
    assert.deepEqual(await summaries(store), expected);
    await store.close();
  });

  // A referent some later article already names: the curated article, saved before it, gives the
  // place its first mention (and entity), as saving both fresh would.
  test(`${engine}: a place pointed at a referent a later article names takes the earlier saved mention`, opts, async () => {
    const south = (docId: string) => article(docId, 'Port Ilsen greeted the southern fleet.', [['Port Ilsen', 'LOC', 'ent_south_port']], OTHER_PORT);
    const fresh = await open();
    await saveInOrder(fresh, [articles(false)[0], south('omega')].map((a, i) => (i ? a : article(a.doc.id, a.doc.text, a.mentions.map((m) => [m.text, m.type, m.entityId!] as Named), OTHER_PORT))));
    const expected = (await fresh.queryPlaces({})).items;
    await fresh.close();

    const store = await open();
    await saveInOrder(store, [articles(false)[0], south('omega')]);
    await addCurationDecision(store, { kind: 'place', relation: 'referent', a: 'test:ilsen', b: JSON.stringify(OTHER_PORT) });
    assert.deepEqual((await store.queryPlaces({})).items, expected);
    await store.close();
  });

  test(`${engine}: that decision undone gives the place's first mention back to the later article, the first saved still naming it`, opts, async () => {
    const south = article('omega', 'Port Ilsen greeted the southern fleet.', [['Port Ilsen', 'LOC', 'ent_south_port']], OTHER_PORT);
    const fresh = await open();
    await saveInOrder(fresh, [articles(false)[0], south]);
    const expected = (await fresh.queryPlaces({})).items;
    await fresh.close();

    const store = await open();
    await saveInOrder(store, [articles(false)[0], south]);
    const decision: Curation = { kind: 'place', relation: 'referent', a: 'test:ilsen', b: JSON.stringify(OTHER_PORT) };
    await addCurationDecision(store, decision);
    await undoCurationDecision(store, decision);
    assert.deepEqual((await store.queryPlaces({})).items, expected);
    await store.close();
  });

  test(`${engine}: summaries rebuilt from the annotations give a place the first saved mention, as saving did`, opts, async () => {
    const store = await open();
    // zeta is saved first although alpha sorts first: the town's entity, not the ferry company's
    await saveInOrder(store, articles(false));
    const saved = await summaries(store);
    assert.equal((await store.queryPlaces({})).items[0].entity, 'ent_town');
    await store.rebuildSummaries();
    assert.deepEqual(await summaries(store), saved);
    await store.close();
  });
}
