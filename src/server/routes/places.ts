// Places with coordinates (for the map), with the documents and events at each.
import type { PlaceItem } from '../api-types.js';
import type { KnowledgeIndex, PlaceEntry } from '../knowledge.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { pageOf } from './paging.js';

/** Most documents/events listed per place (the counts say how many there are). */
const LIST_CAP = 50;

export function placeItem(k: KnowledgeIndex, p: PlaceEntry): PlaceItem {
  // The entity of the first mention of this place (resolved names differ from gazetteer spellings).
  const first = p.mentions[0];
  const loc = first ? k.entityAt(first.docId, first) : undefined;
  return {
    key: p.key,
    name: p.place.name,
    country: p.place.country,
    kind: p.place.kind,
    lat: p.place.lat,
    lon: p.place.lon,
    mentions: p.mentions.length,
    documentCount: p.docs.size,
    documents: [...p.docs].slice(0, LIST_CAP).map((id) => ({ id, title: k.title(id) })),
    eventCount: p.events.length,
    events: p.events.slice(0, LIST_CAP).map((e) => ({ key: e.key, type: e.type, title: e.title, date: e.date, documentCount: e.documentCount })),
    ...(loc ? { entity: loc } : {}),
  };
}

export const placeRoutes = [
  route({
    method: 'GET',
    path: '/api/places',
    summary: 'Places with coordinates, most mentioned first, with their documents and events',
    tag: 'places',
    query: paging(500, 5000),
    returns: 'PlacePage',
    async handle({ app, query }) {
      const k = await app.knowledge();
      const items = k.memo('places', () => [...k.places.values()]
        .sort((a, b) => b.mentions.length + b.events.length - (a.mentions.length + a.events.length) || a.place.name.localeCompare(b.place.name))
        .map((p) => placeItem(k, p)));
      return pageOf(items, query.limit, query.offset);
    },
  }),
];
