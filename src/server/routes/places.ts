// Places with coordinates (for the map), with the documents and events at each.
import type { EntityItem, PlaceItem, PlacePage } from '../api-types.js';
import type { PlaceRow } from '../../store/interface.js';
import { paging } from '../params.js';
import { route, type AppContext } from '../router.js';
import { duplicateGroups, entityItem, placeCopiesOf, placeItem, placeItems, repeatedReportsOf, type PlaceCopies } from '../knowledge.js';
import { HttpError } from '../http.js';
import { normaliseName } from '../keys.js';
import { entitiesNamingPlace, placesNamedByMentions } from '../mention-places.js';
import { asReports } from '../../corpus/report-counts.js';
import { typeAndDateFilters, typeAndDateTest } from '../event-filter-params.js';

/** Documents and events listed per place in the listing (the counts stay exact; one place lists more). */
const LISTING_CAP = 5;

export const placeRoutes = [
  route({
    method: 'GET',
    path: '/api/places',
    summary: `Places with coordinates, most mentioned first, each with its first ${LISTING_CAP} documents and events (counts exact; /api/places/{key} lists more); with type, from or to, only places where such an event happened (all of a place's events are tested)`,
    tag: 'places',
    query: {
      ...paging(500, 5000),
      brief: { type: 'boolean', default: false, description: `true: no document list (the map's overview); events stay at most ${LISTING_CAP} per place` },
      ...typeAndDateFilters,
    },
    returns: 'PlacePage',
    async handle({ app, query }): Promise<PlacePage> {
      const k = await app.corpus();
      const ranked = (await rankedPlaces(app)).list;
      // the map filters here, over every event of a place: the listing carries only its first few
      const matches = typeAndDateTest(query);
      const list = query.type || query.from || query.to ? ranked.filter((p) => k.eventsByPlace.get(p.key)?.some(matches)) : ranked;
      const items = await placeItems(app.store, k, await copiesOfPlaces(app), list.slice(query.offset, query.offset + query.limit), query.brief ? 0 : LISTING_CAP, LISTING_CAP);
      return { total: list.length, limit: query.limit, offset: query.offset, items, eventTypes: await placeEventTypes(app) };
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
      const p = (await rankedPlaces(app)).byKey.get(params.key);
      if (!p) throw new HttpError(404, `no place "${params.key}"`);
      const item = await placeItem(app.store, k, await copiesOfPlaces(app), p);
      // the map links a place to the entity named at its first mention: a place named two ways lists every name
      const namedAs = await namesOfPlace(app, p.key);
      return namedAs.length > 1 ? { ...item, namedAs } : item;
    },
  }),
];

/** The near-duplicate copies a place's counts leave out (cached until the store changes). */
export async function copiesOfPlaces(app: AppContext): Promise<PlaceCopies> {
  return { groupOf: (await duplicateGroups(app)).groupOf, copiesOf: await placeCopiesOf(app) };
}

/**
 * Every place, ranked by mentions and events together: read and sorted once per store/corpus
 * change (places are bounded by the gazetteer, not by the corpus), so a page only builds its items.
 */
function rankedPlaces(app: AppContext): Promise<{ list: PlaceRow[]; byKey: Map<string, PlaceRow> }> {
  return app.cached('places-ranked', async () => {
    const k = await app.corpus();
    const list = (await app.store.queryPlaces({})).items;
    const events = (key: string) => k.eventsByPlace.get(key)?.length ?? 0;
    list.sort((a, b) => b.mentions + events(b.key) - (a.mentions + events(a.key)) || a.place.name.localeCompare(b.place.name));
    return { list, byKey: new Map(list.map((p) => [p.key, p])) };
  });
}

/**
 * The places an entity page shows: those the map links to this entity (a place is linked to the
 * entity at its first mention), the one of its name first, then the most mentioned; only where
 * none is, one of the same name.
 * By name alone the page of "Congo" showed no place while the map linked the Democratic Republic
 * of the Congo to it, and a namesake's record could stand for a place of another name. Several:
 * the entity's mentions name more than one record ("Moscow" and "the Moscow region"), each of
 * which the map links to this page.
 */
export async function placesOfEntity(app: AppContext, entity: { key: string; name: string }): Promise<PlaceRow[]> {
  const ranked = (await rankedPlaces(app)).list;
  const sameName = (p: PlaceRow) => !!p.place.name && normaliseName(p.place.name) === normaliseName(entity.name);
  // the record of the entity's own name first ("Paris" the city before the region its mentions also name)
  const linked = ranked.filter((p) => p.entity === entity.key).sort((a, b) => Number(sameName(b)) - Number(sameName(a)));
  if (linked.length) return linked;
  const named = ranked.find((p) => !p.entity && sameName(p));
  if (named) return [named];
  // a place the map links to another entity, named by this one's mentions too
  const byKey = (await rankedPlaces(app)).byKey;
  // read once per corpus version, like the copy groups: a page of the entity's lines reads only its own documents
  const namedByMentions = await app.cached(`mention-places:${entity.key}`, () => placesNamedByMentions(app.store, entity.key));
  return namedByMentions.flatMap((key) => byKey.get(key) ?? []);
}

/** Names of a place listed on its panel and on an entity page. */
const NAMES_LISTED = 10;

/** The entities whose mentions name a place, most often named first (at most NAMES_LISTED; read from
 *  a few of its articles): one gazetteer place that the articles name two ways is two entities. */
export async function namesOfPlace(app: AppContext, key: string): Promise<EntityItem[]> {
  const keys = (await app.cached(`place-entities:${key}`, () => entitiesNamingPlace(app.store, key))).slice(0, NAMES_LISTED);
  if (!keys.length) return [];
  const [rows, repeated] = await Promise.all([app.store.queryEntities({ keys }), repeatedReportsOf(app)]);
  const byKey = new Map(rows.items.map((r) => [r.key, r]));
  return keys.flatMap((k) => {
    const row = byKey.get(k);
    return row ? [entityItem(asReports(row, repeated))] : [];
  });
}

/** The type of every event at any place, each once: the map offers them all as filters, whatever it shows. */
function placeEventTypes(app: AppContext): Promise<string[]> {
  return app.cached('place-event-types', async () => {
    const k = await app.corpus();
    return [...new Set([...k.eventsByPlace.values()].flatMap((events) => events.map((e) => e.type)))].sort();
  });
}
