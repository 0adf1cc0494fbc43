// An article that two sites carry (near-duplicates, linked at save time) is one report: the article
// counts shown per entity count a near-duplicate group once, as README promises. The summaries count
// documents; this finds, per entity, how many of its documents are further copies within a group.
import type { EntityRow, Store } from '../store/interface.js';

const ID_CHUNK = 500;

/** Entity key → documents naming it that are copies of another document naming it (to subtract). */
export async function repeatedReports(store: Store): Promise<Map<string, number>> {
  const pairs = await store.listNearDuplicatePairs();
  const extra = new Map<string, number>();
  if (!pairs.length) return extra;
  // groups: linked documents, transitively (three sites carrying one wire story are one group)
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const ids = [...parent.keys()];
  const named = new Map<string, Map<string, number>>(); // group → entity → documents naming it
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    for (const d of await store.documentFacets(ids.slice(i, i + ID_CHUNK), { entities: true })) {
      const g = root(d.docId);
      let counts = named.get(g);
      if (!counts) named.set(g, (counts = new Map()));
      for (const key of new Set(d.entities)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const counts of named.values()) for (const [key, n] of counts) if (n > 1) extra.set(key, (extra.get(key) ?? 0) + n - 1);
  return extra;
}

/** How many reports name an entity: its documents, each near-duplicate group once. */
export function reportCount(key: string, documents: number, repeated: Map<string, number>): number {
  const n = repeated.get(key);
  return n ? Math.max(1, documents - n) : documents;
}

/** The row with `documents` counting each near-duplicate group once. */
export function asReports<T extends EntityRow>(row: T, repeated: Map<string, number>): T {
  const documents = reportCount(row.key, row.documents, repeated);
  return documents === row.documents ? row : { ...row, documents };
}
