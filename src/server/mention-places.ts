// The places an entity's own mentions name. The map links a place to one entity, the one named at
// its first mention, so a second entity naming the same place ("Democratic Republic of Congo"
// beside "Congo", both the gazetteer's iso3166-1:CD) had no place on its page at all, though the
// map showed its article under that place. Read from a few of the entity's articles.
import type { Store } from '../store/interface.js';
import { asPlace } from '../store/summaries.js';
import { placeKey } from '../store/keys.js';
import { mentionKey } from './keys.js';

/** Articles read: the place a name stands for is the same in each, and an entity page answers quickly. */
const ARTICLES_READ = 10;

/** Keys of the places the entity's mentions name (a place annotation on the mention's span), most often named first. */
export async function placesNamedByMentions(store: Store, entityKey: string): Promise<string[]> {
  const docs = (await store.entityDocuments(entityKey, ARTICLES_READ)).map((d) => d.docId);
  const mentions = (await store.mentionEntitiesOfDocuments(docs)).filter((m) => mentionKey(m) === entityKey);
  const counts = new Map<string, number>();
  for (const docId of docs) {
    const own = mentions.filter((m) => m.docId === docId);
    if (!own.length) continue;
    for (const a of await store.listAnnotations({ kind: 'place', docId })) {
      const place = asPlace(a.data.place);
      if (place && own.some((m) => m.start < a.end && a.start < m.end)) counts.set(placeKey(place), (counts.get(placeKey(place)) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** Keys of the entities whose mentions name a place (a place annotation of it on the mention's span), in a
 *  few of its articles, most often named first: one gazetteer place under several names ("Congo" and
 *  "Democratic Republic of Congo" both the gazetteer's iso3166-1:CD), which resolution keeps apart. */
export async function entitiesNamingPlace(store: Store, key: string): Promise<string[]> {
  const docs = (await store.placeDocuments(key, ARTICLES_READ)).map((d) => d.id);
  // one read each for every article's mentions and places (an entity page reads no article on its own)
  const [mentions, places] = await Promise.all([store.mentionEntitiesOfDocuments(docs), store.annotationsOfDocuments('place', docs)]);
  const counts = new Map<string, number>();
  for (const docId of docs) {
    const own = mentions.filter((m) => m.docId === docId);
    for (const a of places.filter((p) => p.docId === docId)) {
      const place = asPlace(a.data.place);
      if (!place || placeKey(place) !== key) continue;
      for (const m of own) {
        const entity = m.start < a.end && a.start < m.end ? mentionKey(m) : null;
        if (entity) counts.set(entity, (counts.get(entity) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([entity]) => entity);
}
