// A wire story two sites carry names the same places twice: the map counted "Izmir · 2 articles"
// over one text while Izmir's entity page said "1 article (plus 1 copy from another site)". A
// place's articles count each near-duplicate group once, as an entity's do; `copies` says how many
// further copies its listed articles include.
import type { Store } from '../store/interface.js';
import { asPlace } from '../store/summaries.js';
import { placeKey } from '../store/keys.js';
import type { NearDuplicateGroups } from '../corpus/report-counts.js';

/** Place key → the documents naming it that are further copies within a near-duplicate group
 *  (only the groups' documents are read: a place named in one copy alone has none). */
export async function placeCopies(store: Store, { groupOf }: NearDuplicateGroups): Promise<Map<string, number>> {
  const namings = new Map<string, Map<number, number>>();
  for (const [docId, group] of groupOf) {
    const keys = new Set<string>();
    for (const r of await store.listAnnotations({ kind: 'place', docId })) {
      const place = asPlace(r.data.place);
      if (place) keys.add(placeKey(place));
    }
    for (const key of keys) {
      const perGroup = namings.get(key) ?? namings.set(key, new Map()).get(key)!;
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
    }
  }
  const copies = new Map<string, number>();
  for (const [key, perGroup] of namings) {
    const n = [...perGroup.values()].reduce((sum, docs) => sum + docs - 1, 0);
    if (n > 0) copies.set(key, n);
  }
  return copies;
}
