// Search facets count the texts among the results, as an entity's articles do (corpus/report-counts.ts):
// two sites carrying one wire story are two results and one report, and every facet had counted
// both ("Istanbul 2" for one story the results list marks as the same text twice).
import type { Store } from '../store/interface.js';

/** A facet value's results: the texts (a near-duplicate group once) and every article. */
interface Tally {
  texts: Set<string>;
  articles: number;
}

/** Counts, per facet value, the results and the texts among them. */
export class TextTally {
  private readonly byValue = new Map<string, Tally>();

  constructor(private readonly groupOf: ReadonlyMap<string, number>) {}

  /** The text a result is: its near-duplicate group, or itself. */
  textOf(id: string): string {
    const group = this.groupOf.get(id);
    return group === undefined ? id : `group ${group}`;
  }

  add(value: string, id: string): void {
    let t = this.byValue.get(value);
    if (!t) this.byValue.set(value, (t = { texts: new Set(), articles: 0 }));
    t.texts.add(this.textOf(id));
    t.articles++;
  }

  /** Each value with its texts as `count` and the further copies among its results (0 when none). */
  counts(): Array<{ value: string; count: number; copies: number }> {
    return [...this.byValue].map(([value, t]) => ({ value, count: t.texts.size, copies: t.articles - t.texts.size }));
  }
}

/** Entity key → results naming it that copy another result naming it: the store counts each result. */
export async function entityCopies(store: Store, ids: string[], groupOf: ReadonlyMap<string, number>): Promise<Map<string, number>> {
  const byGroup = new Map<number, string[]>();
  for (const id of ids) {
    const g = groupOf.get(id);
    if (g !== undefined) (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(id);
  }
  const grouped = [...byGroup.values()].filter((docs) => docs.length > 1).flat();
  const copies = new Map<string, number>();
  if (!grouped.length) return copies;
  const perGroup = new Map<number, Map<string, number>>();
  for (const d of await store.documentFacets(grouped, { entities: true })) {
    const g = groupOf.get(d.docId)!;
    const named = perGroup.get(g) ?? perGroup.set(g, new Map()).get(g)!;
    for (const key of new Set(d.entities)) named.set(key, (named.get(key) ?? 0) + 1);
  }
  for (const named of perGroup.values()) for (const [key, n] of named) if (n > 1) copies.set(key, (copies.get(key) ?? 0) + n - 1);
  return copies;
}
