// An article that two sites carry (near-duplicates, linked at save time) is one report: the article
// counts shown per entity count a near-duplicate group once, as README promises. The summaries count
// documents; this finds, per entity, how many of its documents are further copies within a group.
import type { Counted, EntityQuery, EntityRow, EntitySummary, Store } from '../store/interface.js';
import { groupRoots } from './linked-groups.js';

const ID_CHUNK = 500;

/** The near-duplicate groups (documents linked at save time, transitively: three sites carrying one
 *  wire story are one group), each as the entity keys its documents name, one set per document. */
export interface NearDuplicateGroups {
  groups: Array<Array<Set<string>>>;
  /** Entity key → the groups in which two or more documents name it (the only ones with copies to subtract). */
  repeatedIn: Map<string, number[]>;
  /** Document id → its group (an index into `groups`), for the documents of a group only. */
  groupOf: Map<string, number>;
}

/** Reads the near-duplicate groups and what their documents name. */
export async function nearDuplicateGroups(store: Store): Promise<NearDuplicateGroups> {
  const pairs = await store.listNearDuplicatePairs();
  const root = groupRoots(pairs);
  const ids = [...new Set(pairs.flat())];
  const byRoot = new Map<string, Array<Set<string>>>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    for (const d of await store.documentFacets(ids.slice(i, i + ID_CHUNK), { entities: true })) {
      const g = root(d.docId);
      let docs = byRoot.get(g);
      if (!docs) byRoot.set(g, (docs = []));
      docs.push(new Set(d.entities));
    }
  }
  const groups = [...byRoot.values()];
  const index = new Map([...byRoot.keys()].map((r, i) => [r, i]));
  const groupOf = new Map(ids.map((id) => [id, index.get(root(id))!] as const).filter(([, g]) => g !== undefined));
  const repeatedIn = new Map<string, number[]>();
  groups.forEach((docs, g) => {
    const counts = new Map<string, number>();
    for (const keys of docs) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, n] of counts) if (n > 1) (repeatedIn.get(key) ?? repeatedIn.set(key, []).get(key)!).push(g);
  });
  return { groups, repeatedIn, groupOf };
}

/** How many of these documents copy another of them (near-duplicates, each document once): two
 *  sites carrying one wire story are two documents and one text. The one count of an event's
 *  copies, for the web pages (server/knowledge.ts) and the events export. */
export function copiedDocuments(docIds: Iterable<string>, groupOf: ReadonlyMap<string, number>): number {
  const docs = new Set<string>();
  const groups = new Set<number>();
  for (const id of docIds) {
    const group = groupOf.get(id);
    if (group === undefined) continue;
    docs.add(id);
    groups.add(group);
  }
  return docs.size - groups.size;
}

/** Entity key → documents naming it that are copies of another document naming it (to subtract). */
export function repeatedFromGroups({ groups, repeatedIn }: NearDuplicateGroups): Map<string, number> {
  const extra = new Map<string, number>();
  for (const [key, gs] of repeatedIn) extra.set(key, gs.reduce((n, g) => n + groups[g].filter((keys) => keys.has(key)).length - 1, 0));
  return extra;
}

/** Entity key → documents naming it that are copies of another document naming it (to subtract). */
export async function repeatedReports(store: Store): Promise<Map<string, number>> {
  return repeatedFromGroups(await nearDuplicateGroups(store));
}

/** Documents naming both `a` and `b` that are copies of another document naming both: the articles
 *  naming both, less these, count each near-duplicate group once, as an entity's articles do. */
export function pairCopies({ groups, repeatedIn }: NearDuplicateGroups, a: string, b: string): number {
  const inB = new Set(repeatedIn.get(b) ?? []);
  let copies = 0;
  for (const g of repeatedIn.get(a) ?? []) {
    if (!inB.has(g)) continue;
    const both = groups[g].filter((keys) => keys.has(a) && keys.has(b)).length;
    if (both > 1) copies += both - 1;
  }
  return copies;
}

/** How many reports name an entity: its documents, each near-duplicate group once. */
export function reportCount(key: string, documents: number, repeated: Map<string, number>): number {
  const n = repeated.get(key);
  return n ? Math.max(1, documents - n) : documents;
}

/** An entity summary (`chronicle entities`, the entities export) with `documents` counting each
 *  near-duplicate group once and `copies` the further copies left out (absent when none). */
export function summaryAsReports(row: EntitySummary, repeated: Map<string, number>): EntitySummary & { copies?: number } {
  const documents = reportCount(row.id, row.documents, repeated);
  return documents < row.documents ? { ...row, documents, copies: row.documents - documents } : row;
}

/** A row whose `documents` counts each near-duplicate group once; `copies`: the further documents of
 *  those groups naming it, listed among its articles but not counted (absent when none). The
 *  documents listed for it are `documents + copies`. */
export type ReportRow<T extends EntityRow = EntityRow> = T & { copies?: number };

/** The row with `documents` counting each near-duplicate group once, and the copies left out. */
export function asReports<T extends EntityRow>(row: T, repeated: Map<string, number>): ReportRow<T> {
  const documents = reportCount(row.key, row.documents, repeated);
  return documents === row.documents ? row : { ...row, documents, copies: row.documents - documents };
}

/** Rows read at least per query (a page of 20 whose rows are copies needs a few more). */
const MIN_READ = 100;

const byName = (a: EntityRow, b: EntityRow): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byArticles = (a: EntityRow, b: EntityRow): number => b.documents - a.documents || b.mentions - a.mentions || byName(a, b);

/** Each order the store sorts on document counts (ENTITY_ORDER in store/summaries.ts), whole, tie-breaks
 *  included, on whatever counts the rows carry. Copies only lower a count, which only moves a row further
 *  down any of these orders: a row read, with its report counts, certainly comes before every row not
 *  yet read when it comes no later than the last row read as the store gave it (see `settled`). */
const REPORT_ORDERS: Partial<Record<NonNullable<EntityQuery['sort']>, (a: EntityRow, b: EntityRow) => number>> = {
  articles: byArticles,
  // store order: type, then as `articles`
  type: (a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : byArticles(a, b)),
  // store order: mentions, then documents, then name
  mentions: (a, b) => b.mentions - a.mentions || b.documents - a.documents || byName(a, b),
};

/** Whether `row` (report counts) comes before every row the store has not given yet: rows further down
 *  come no earlier than `lastRead` (as the store gave it), and their report counts only later still. */
const settled = (compare: (a: EntityRow, b: EntityRow) => number, row: EntityRow, lastRead: EntityRow): boolean => compare(row, lastRead) <= 0;

/**
 * A page of entities as queryEntities gives it, `documents` counting each near-duplicate group once
 * and, in every order that sorts on document counts (most articles first, by type, most mentions
 * first), the page ordered and cut on that count (then on the store's tie-breaks), so limit and offset
 * page through one order and the counts shown are the counts sorted on. The store orders on
 * document counts, which copies only raise: once offset + limit rows read come before any row the
 * store could give further down, no row further down can come before them.
 */
export async function queryEntityReports(store: Store, q: EntityQuery, repeated: Map<string, number>): Promise<Counted<ReportRow>> {
  const compare = REPORT_ORDERS[q.sort ?? 'articles'];
  if (!compare || !repeated.size) {
    const page = await store.queryEntities(q);
    return { total: page.total, items: page.items.map((r) => asReports(r, repeated)) };
  }
  const offset = q.offset ?? 0;
  const want = q.limit === undefined ? Infinity : offset + q.limit;
  const rows: ReportRow[] = [];
  let total = 0;
  for (let batch = Math.max(want, MIN_READ); ; batch *= 2) {
    const read = await store.queryEntities({ ...q, offset: rows.length, limit: Number.isFinite(batch) ? batch : undefined });
    total = read.total;
    rows.push(...read.items.map((r) => asReports(r, repeated)));
    const last = read.items[read.items.length - 1];
    if (!last || rows.length >= total || read.items.length < batch) break;
    if (rows.filter((r) => settled(compare, r, last)).length >= want) break;
  }
  // a stable sort: rows equal in the order keep the store's order
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => compare(a.r, b.r) || a.i - b.i).map((x) => x.r);
  return { total, items: sorted.slice(offset, want) };
}
