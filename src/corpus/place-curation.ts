// Place corrections: a person says a place name refers to another place ("Georgia" the country,
// not the US state). Every place annotation extracted as that place is pointed at the chosen one;
// the extracted place stays beside it (data.extractedPlace), so undo restores it exactly.
import type { Curation, Store } from '../store/interface.js';
import { placeKey } from '../store/keys.js';
import type { Place } from '../types.js';

const KINDS: ReadonlyArray<Place['kind']> = ['country', 'region', 'city', 'site', 'other'];
/** Every document that mentions a place, however many (the store pages by this limit). */
const ALL_DOCUMENTS = 1_000_000_000;

/** The place a referent decision names, or null when `b` is not a place. */
export function referentPlace(b: string): Place | null {
  let v: unknown;
  try {
    v = JSON.parse(b);
  } catch {
    return null;
  }
  const p = v as Partial<Place> | null;
  if (!p || typeof p !== 'object' || typeof p.name !== 'string' || !p.name || typeof p.ref !== 'string') return null;
  if (typeof p.lat !== 'number' || typeof p.lon !== 'number' || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) return null;
  if (!KINDS.includes(p.kind as Place['kind'])) return null;
  return { name: p.name, country: typeof p.country === 'string' ? p.country : null, countryCode: typeof p.countryCode === 'string' ? p.countryCode : null, lat: p.lat, lon: p.lon, kind: p.kind as Place['kind'], ref: p.ref };
}

type PlaceData = { place: Place; extractedPlace?: Place } & Record<string, unknown>;

/** Rewrites the place annotations for which `change` gives new data, in one write. */
async function rewritePlaces(store: Store, key: string, change: (data: PlaceData) => PlaceData | null): Promise<number> {
  const updates: Parameters<Store['updatePlaceAnnotations']>[0] = [];
  for (const { id } of await store.placeDocuments(key, ALL_DOCUMENTS)) {
    for (const r of await store.listAnnotations({ kind: 'place', docId: id })) {
      const data = r.data.place ? change(r.data as PlaceData) : null;
      if (data) updates.push({ docId: id, start: r.start, end: r.end, data });
    }
  }
  if (updates.length) await store.updatePlaceAnnotations(updates);
  return updates.length;
}

/** Points every place extracted as `c.a` at the place in `c.b`. */
export async function applyPlaceCuration(store: Store, c: Curation): Promise<number> {
  const to = referentPlace(c.b);
  if (!to || placeKey(to) === c.a) return 0;
  return rewritePlaces(store, c.a, (d) => (placeKey(d.place) === c.a ? { ...d, place: to, extractedPlace: d.extractedPlace ?? d.place } : null));
}

/** Gives the places a decision changed back what extraction found. */
export async function undoPlaceCuration(store: Store, c: Curation): Promise<number> {
  const to = referentPlace(c.b);
  if (!to) return 0;
  return rewritePlaces(store, placeKey(to), (d) => {
    if (!d.extractedPlace || placeKey(d.extractedPlace) !== c.a || placeKey(d.place) !== placeKey(to)) return null;
    const { extractedPlace, ...rest } = d;
    return { ...rest, place: extractedPlace };
  });
}
