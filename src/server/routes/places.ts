// Places with coordinates (for the map), with the documents and events at each.
import type { Page, PlaceItem } from '../api-types.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { placeItem } from '../knowledge.js';
import { HttpError } from '../http.js';

export const placeRoutes = [
  route({
    method: 'GET',
    path: '/api/places',
    summary: 'Places with coordinates, most mentioned first, with their documents and events',
    tag: 'places',
    query: {
      ...paging(500, 5000),
      brief: { type: 'boolean', default: false, description: 'true: no document list and at most 5 events per place (counts stay exact): the map\'s overview' },
    },
    returns: 'PlacePage',
    async handle({ app, query }): Promise<Page<PlaceItem>> {
      const k = await app.corpus();
      // Ranked by mentions and events together; the page is built once per store/corpus change.
      return app.cached(`places|${query.limit}|${query.offset}|${query.brief}`, async () => {
        const all = (await app.store.queryPlaces({})).items;
        const events = (key: string) => k.eventsByPlace.get(key)?.length ?? 0;
        all.sort((a, b) => b.mentions + events(b.key) - (a.mentions + events(a.key)) || a.place.name.localeCompare(b.place.name));
        const items: PlaceItem[] = [];
        for (const p of all.slice(query.offset, query.offset + query.limit)) {
          const item = await placeItem(app.store, k, p, query.brief ? 0 : undefined);
          items.push(query.brief ? { ...item, events: item.events.slice(0, 5) } : item);
        }
        return { total: all.length, limit: query.limit, offset: query.offset, items };
      });
    },
  }),
  route({
    method: 'GET',
    path: '/api/places/{key}',
    summary: 'One place with its documents and events (at most 50 each; the counts say how many)',
    tag: 'places',
    query: {},
    returns: 'Place',
    async handle({ app, params }): Promise<PlaceItem> {
      const k = await app.corpus();
      const p = (await app.store.queryPlaces({})).items.find((x) => x.key === params.key);
      if (!p) throw new HttpError(404, `no place "${params.key}"`);
      return placeItem(app.store, k, p);
    },
  }),
];
