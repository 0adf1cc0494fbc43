// Places with coordinates (for the map), with the documents and events at each.
import type { Page, PlaceItem } from '../api-types.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { placeItem } from '../knowledge.js';

export const placeRoutes = [
  route({
    method: 'GET',
    path: '/api/places',
    summary: 'Places with coordinates, most mentioned first, with their documents and events',
    tag: 'places',
    query: paging(500, 5000),
    returns: 'PlacePage',
    async handle({ app, query }): Promise<Page<PlaceItem>> {
      const k = await app.corpus();
      // Ranked by mentions and events together; the page is built once per store/corpus change.
      return app.cached(`places|${query.limit}|${query.offset}`, async () => {
        const all = (await app.store.queryPlaces({})).items;
        const events = (key: string) => k.eventsByPlace.get(key)?.length ?? 0;
        all.sort((a, b) => b.mentions + events(b.key) - (a.mentions + events(a.key)) || a.place.name.localeCompare(b.place.name));
        const items: PlaceItem[] = [];
        for (const p of all.slice(query.offset, query.offset + query.limit)) items.push(await placeItem(app.store, k, p));
        return { total: all.length, limit: query.limit, offset: query.offset, items };
      });
    },
  }),
];
