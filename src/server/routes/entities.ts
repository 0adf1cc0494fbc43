// Entities (resolved entity ids, or normalised text + type for unresolved data): list, and one
// entity with its mentions in context, co-mentioned entities, events and quotes. Every count and
// list comes from the store's summaries by index.
import type { EntityDocument, EntityDocumentPage, EntityItem, EntityView, MentionInContext, Page, PlaceBrief, QuoteItem } from '../api-types.js';
import { ENTITY_SORTS, type DocSummary, type EntitySort, type PlaceRow } from '../../store/interface.js';
import { pageOf } from './paging.js';
import { briefEvent, withCopies } from './events.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route, type AppContext } from '../router.js';
import { mentionKey, normaliseName } from '../keys.js';
import { docInfo, duplicateGroups, entityItem, placeItem, quoteItems, repeatedReportsOf, titleOf } from '../knowledge.js';
import { asReports, pairCopies, queryEntityReports } from '../../corpus/report-counts.js';
import { comparePublished } from '../../date-interval.js';
import { mentionContext } from '../mention-context.js';
import { copiesOfPlaces, namesOfPlace, placesOfEntity } from './places.js';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];
const EVENT_CAP = 50;
/** Names listed as mentioned together with an entity. */
const CO_MENTIONED = 30;

export const entityRoutes = [
  route({
    method: 'GET',
    path: '/api/entities',
    summary: 'Entities by number of documents mentioning them (or by mentions, name or type)',
    tag: 'entities',
    query: {
      type: { type: 'enum', values: ENTITY_TYPES, description: 'Entity type' },
      q: { type: 'string', maxLength: 100, description: 'Only entities whose name contains this text' },
      sort: { type: 'enum', values: ENTITY_SORTS, default: 'articles', description: 'Order: most articles first, most mentions first, by name, or by type' },
      ...paging(50, 500),
    },
    returns: 'EntityPage',
    async handle({ app, query }) {
      return entityPage(app, query);
    },
  }),
  route({
    method: 'GET',
    path: '/api/entities/{key}',
    summary: 'One entity: aliases, mentions in context, co-mentioned entities, events, quotes',
    tag: 'entities',
    query: paging(20, 200),
    returns: 'Entity',
    async handle({ app, params, query }): Promise<EntityView> {
      const { store } = app;
      const [stored] = (await store.queryEntities({ keys: [params.key] })).items;
      if (!stored) throw new HttpError(404, `no entity "${params.key}"`);
      const [repeated, groups] = await Promise.all([repeatedReportsOf(app), duplicateGroups(app)]);
      const e = asReports(stored, repeated);
      const [aliases, contexts, coMentioned, quotes, k] = await Promise.all([
        store.entityAliases(e.key),
        mentionsInContext(app, e.key, query.offset, query.limit, groups.groupOf),
        // more than are shown: the order is by the count without copies, which can raise one further down
        store.coMentioned(e.key, CO_MENTIONED * 2),
        store.queryQuotes({ speakerEntity: e.key, limit: EVENT_CAP }),
        app.corpus(),
      ]);
      // Newest first, capped: an entity in thousands of events still answers quickly.
      const allEvents = k.eventsByEntity.get(e.key) ?? [];
      const events = allEvents.slice(-EVENT_CAP).reverse().map(({ event, role }) => briefEvent({ ...withCopies(event, groups.groupOf), role }, 3));
      const [place, ...alsoPlaces] = e.type === 'LOC' ? await placesOfEntity(app, e) : [];
      const samePlace = place ? (await namesOfPlace(app, place.key)).filter((o) => o.key !== e.key) : [];
      return {
        ...entityItem(e),
        aliases,
        // a near-duplicate copy's identical sentence is shown once, with how many copies repeat it
        // the pager counts the lines it shows: a copy's repeated line is one line, not two
        mentionsInContext: { total: contexts.total, limit: query.limit, offset: query.offset, items: contexts.items },
        coMentioned: coMentioned.map((c) => {
          // articles naming both, each near-duplicate group once (as `documents`), copies said apart
          const copies = Math.min(pairCopies(groups, e.key, c.key), c.shared - 1);
          return { ...entityItem(asReports(c, repeated)), shared: c.shared - copies, ...(copies > 0 ? { sharedCopies: copies } : {}) };
        })
          // by the count shown: the store's order counted copies too ("Greek · 1 article", an
          // article and its copy, above "Spain · 2 articles"); then the most mentioned, as the store does
          .sort((a, b) => b.shared - a.shared || b.mentions - a.mentions)
          .slice(0, CO_MENTIONED),
        eventCount: allEvents.length,
        events,
        ...foldedQuotes(await quoteItems(store, quotes.items), quotes.total, groups.groupOf),
        ...(place ? { place: await placeItem(store, k, await copiesOfPlaces(app), place) } : {}),
        ...(alsoPlaces.length ? { alsoPlaces: alsoPlaces.map(placeBrief) } : {}),
        ...(samePlace.length ? { samePlace } : {}),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/entities/{key}/documents',
    summary: "The articles naming an entity (optionally also naming a second one), sortable by date, mentions or title",
    tag: 'entities',
    query: {
      with: { type: 'string', maxLength: 200, description: 'Only articles that also name this entity key' },
      sort: { type: 'enum', values: ['date', 'mentions', 'title'] as const, default: 'date', description: 'Order: newest first, most mentions first, or by title' },
      ...paging(20, 200),
    },
    returns: 'EntityDocumentPage',
    async handle({ app, params, query }): Promise<EntityDocumentPage> {
      const page = await articlesOf(app, params.key, query);
      // an unknown key is a 404, as /api/entities/{key} answers it, not an empty list
      if (page.total === 0 && !(await app.store.queryEntities({ keys: [params.key] })).items.length) throw new HttpError(404, `no entity "${params.key}"`);
      // the near-duplicate copies among them, counted once in the entity's (or the pair's) article count
      const copies = query.with ? pairCopies(await duplicateGroups(app), params.key, query.with) : ((await repeatedReportsOf(app)).get(params.key) ?? 0);
      return copies > 0 && page.total > 1 ? { ...page, copies: Math.min(copies, page.total - 1) } : page;
    },
  }),
];

/** One page of the entity listing (/api/entities; the overview's top entities per type). */
export async function entityPage(app: AppContext, query: { type?: EntityType; q?: string; sort: EntitySort; limit: number; offset: number }): Promise<Page<EntityItem>> {
  const needle = query.q ? normaliseName(query.q) : '';
  // ordered and paged on report counts (a near-duplicate group once), the counts it shows
  const repeated = await repeatedReportsOf(app);
  const page = await queryEntityReports(app.store, {
    ...(query.type ? { types: [query.type] } : {}),
    ...(needle ? { contains: needle } : {}),
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  }, repeated);
  return { total: page.total, limit: query.limit, offset: query.offset, items: page.items.map(entityItem) };
}

/**
 * Items from documents of one near-duplicate group with the same words (`same`) shown once: the
 * first keeps its place and says in `copies` how many further copies repeat it, as an entity's
 * articles count a story two sites carry once.
 */
export function foldCopies<T extends { docId: string }>(items: T[], groupOf: Map<string, number>, same: (item: T) => string): Array<T & { copies?: number }> {
  const out: Array<T & { copies?: number }> = [];
  const first = new Map<string, T & { copies?: number }>();
  for (const item of items) {
    const g = groupOf.get(item.docId);
    if (g === undefined) {
      out.push(item);
      continue;
    }
    const key = `${g}\u0000${same(item)}`;
    const shown = first.get(key);
    if (shown && shown.docId !== item.docId) shown.copies = (shown.copies ?? 0) + 1;
    else {
      const kept: T & { copies?: number } = { ...item };
      if (!shown) first.set(key, kept);
      out.push(kept);
    }
  }
  return out;
}

const lineOf = (m: { before: string; text: string; after: string }): string => `${m.before}\u0000${m.text}\u0000${m.after}`;

/** An entity's quotes with a near-duplicate copy's identical quote shown once; the count less those copies. */
function foldedQuotes(items: QuoteItem[], total: number, groupOf: Map<string, number>): { quoteCount: number; quotes: Array<QuoteItem & { copies?: number }> } {
  const quotes = foldCopies(items, groupOf, (q) => `${q.kind}\u0000${q.text.replace(/\s+/g, ' ').trim()}`);
  return { quoteCount: total - (items.length - quotes.length), quotes };
}

/** One page of the articles naming `key` (and `with`, if given), in the order asked. */
async function articlesOf(app: AppContext, key: string, query: { with?: string; sort: 'date' | 'mentions' | 'title'; limit: number; offset: number }): Promise<Page<EntityDocument>> {
  // Without dates set by people the stored dates are the dates, and the store sorts and pages;
  // with them, every article's date is worked out here first (cached until the store changes).
  if (!(await app.cached('curated-dates', () => hasCuratedDates(app)))) {
    const page = await app.store.entityDocumentPage(key, { ...(query.with ? { with: query.with } : {}), sort: query.sort, limit: query.limit, offset: query.offset });
    const sources = new Map((await app.store.documentSummaries(page.items.map((d) => d.docId))).map((d) => [d.id, d.source]));
    const items = page.items.map((d): EntityDocument => ({ id: d.docId, title: d.title || d.docId.slice(0, 12), source: sources.get(d.docId) ?? '', published: d.published, mentions: d.mentions }));
    return { total: page.total, limit: query.limit, offset: query.offset, items };
  }
  const all = await app.cached(`entity-docs|${key}|${query.with ?? ''}|${query.sort}`, async () => {
    let docs = await app.store.entityDocuments(key);
    if (query.with) {
      const other = new Map((await app.store.entityDocuments(query.with)).map((d) => [d.docId, d.mentions]));
      docs = docs.filter((d) => other.has(d.docId)).map((d) => ({ docId: d.docId, mentions: d.mentions + (other.get(d.docId) ?? 0) }));
    }
    const info = new Map<string, DocSummary>();
    const ids = docs.map((d) => d.docId);
    for (let i = 0; i < ids.length; i += 500) for (const d of await app.store.documentSummaries(ids.slice(i, i + 500))) info.set(d.id, d);
    const overrides = await app.overrides();
    const items = docs.map((d): EntityDocument => {
      const s = info.get(d.docId);
      return { id: d.docId, title: s?.title || d.docId.slice(0, 12), source: s?.source ?? '', published: overrides.published(d.docId, s?.source ?? '', s?.published ?? null), mentions: d.mentions };
    });
    const byDate = (a: EntityDocument, b: EntityDocument) => comparePublished(a.published, b.published, true);
    if (query.sort === 'date') items.sort((a, b) => byDate(a, b) || b.mentions - a.mentions);
    else if (query.sort === 'mentions') items.sort((a, b) => b.mentions - a.mentions || byDate(a, b));
    else items.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    return items;
  });
  return pageOf(all, query.limit, query.offset);
}

/** Whether people set any publication date (of a document or a collection). */
async function hasCuratedDates(app: AppContext): Promise<boolean> {
  return (await app.store.listCurations()).some((c) => c.relation === 'date');
}

/**
 * One page of an entity's mentions in context (in the order the articles are listed), with a line
 * that a near-duplicate copy repeats word for word shown once: at the group's first document naming
 * the entity, with `copies` counting the group's other documents that have it. The copies' lines
 * are not lines of the list at all: `total` and the pages count the lines shown, so the pager's
 * "1–20 of N" agrees with the list (it counted the copies' lines, which no page showed).
 */
async function mentionsInContext(app: AppContext, key: string, offset: number, limit: number, groupOf: Map<string, number>): Promise<{ total: number; items: Array<MentionInContext & { copies?: number }> }> {
  const docs = await app.store.entityDocuments(key);
  // cached only for an entity that two documents of one group name (any other shows all its lines),
  // so browsing entities without copies does not push other derived values out of the cache
  const { shown, copies } = hasCopies(docs, groupOf) ? await app.cached(`entity-copy-lines|${key}`, () => copyLines(app, key, docs, groupOf)) : NO_COPIES;
  const total = docs.reduce((sum, d) => sum + (shown.get(d.docId)?.length ?? d.mentions), 0);
  const wanted: Array<{ docId: string; indices: number[] }> = [];
  let seen = 0;
  for (const d of docs) {
    const count = shown.get(d.docId)?.length ?? d.mentions;
    const from = Math.max(offset - seen, 0);
    const to = Math.min(offset + limit - seen, count);
    if (from < to) {
      const all = shown.get(d.docId) ?? Array.from({ length: d.mentions }, (_x, j) => j);
      wanted.push({ docId: d.docId, indices: all.slice(from, to) });
    }
    seen += count;
    if (seen >= offset + limit) break;
  }
  const [info, linesOf] = await Promise.all([docInfo(app.store, wanted.map((w) => w.docId)), mentionLines(app, key, wanted.map((w) => w.docId))]);
  const items: Array<MentionInContext & { copies?: number }> = [];
  for (const w of wanted) {
    const lines = linesOf.get(w.docId) ?? [];
    for (const j of w.indices) {
      const l = lines[j];
      if (!l) continue;
      const { line: _line, ...item } = l;
      const n = copies.get(`${w.docId}\u0000${j}`);
      items.push({ ...item, docTitle: titleOf(info, w.docId), ...(n ? { copies: n } : {}) });
    }
  }
  return { total, items };
}

type MentionLine = MentionInContext & { line: string };

/**
 * Documents' mentions of `key` as the entity page shows them, each with its words as one string
 * (`line`), by document. Their mentions (only what names the entity) and texts are read in one query
 * each, not two per document.
 */
async function mentionLines(app: AppContext, key: string, docIds: string[]): Promise<Map<string, MentionLine[]>> {
  const [mentions, texts] = await Promise.all([app.store.mentionEntitiesOfDocuments(docIds), app.textsOf(docIds)]);
  const out = new Map<string, MentionLine[]>(docIds.map((id) => [id, []]));
  for (const m of mentions) {
    if (mentionKey(m) !== key) continue;
    const text = texts.get(m.docId) ?? '';
    const item = { docId: m.docId, docTitle: '', start: m.start, end: m.end, ...mentionContext(text, m.start, m.end), text: text.slice(m.start, m.end) || m.text };
    out.get(m.docId)?.push({ ...item, line: lineOf(item) });
  }
  return out;
}

/** Documents whose mentions and texts are read in one query. */
const LINE_READ_CHUNK = 200;

const NO_COPIES: CopyLines = { shown: new Map(), copies: new Map() };

/** Whether two of the documents share a near-duplicate group. */
function hasCopies(docs: Array<{ docId: string }>, groupOf: Map<string, number>): boolean {
  const seen = new Set<number>();
  for (const d of docs) {
    const g = groupOf.get(d.docId);
    if (g === undefined) continue;
    if (seen.has(g)) return true;
    seen.add(g);
  }
  return false;
}

/** Which of an entity's mentions a page shows where near-duplicate copies repeat a line, and the copies of each line shown. */
interface CopyLines {
  /** docId → indices of its mentions shown (absent: all of them) */
  shown: Map<string, number[]>;
  /** `docId\u0000index` → how many later documents of its group repeat that line */
  copies: Map<string, number>;
}

/**
 * Only documents sharing a near-duplicate group with another article naming the entity can repeat a
 * line. The documents are bucketed by group once and each read once: a line is shown at the group's
 * first document (in `docs` order) that has it, with the group's later documents having it counted.
 * Cached per corpus version by the caller: every page of the list needs the same answer.
 */
async function copyLines(app: AppContext, key: string, docs: Array<{ docId: string }>, groupOf: Map<string, number>): Promise<CopyLines> {
  const byGroup = new Map<number, string[]>();
  for (const d of docs) {
    const g = groupOf.get(d.docId);
    if (g === undefined) continue;
    const members = byGroup.get(g);
    if (members) members.push(d.docId);
    else byGroup.set(g, [d.docId]);
  }
  const shown = new Map<string, number[]>();
  const copies = new Map<string, number>();
  const groups = [...byGroup.values()].filter((members) => members.length > 1);
  const linesOf = new Map<string, MentionLine[]>();
  // the groups' documents read together, a bounded number at a time
  const ids = groups.flat();
  for (let i = 0; i < ids.length; i += LINE_READ_CHUNK) for (const [id, lines] of await mentionLines(app, key, ids.slice(i, i + LINE_READ_CHUNK))) linesOf.set(id, lines);
  for (const members of groups) {
    const lines = members.map((docId) => (linesOf.get(docId) ?? []).map((l) => l.line));
    // A line is shown at the first document having it, so every other document having it is a copy.
    const having = new Map<string, number>();
    for (const own of lines) for (const l of new Set(own)) having.set(l, (having.get(l) ?? 0) + 1);
    const earlier = new Set<string>();
    members.forEach((docId, i) => {
      const keep: number[] = [];
      lines[i].forEach((l, j) => {
        if (earlier.has(l)) return; // shown at the copy listed first
        keep.push(j);
        const n = (having.get(l) ?? 1) - 1;
        if (n) copies.set(`${docId}\u0000${j}`, n);
      });
      shown.set(docId, keep);
      for (const l of lines[i]) earlier.add(l);
    });
  }
  return { shown, copies };
}

/** Where the map puts a place: enough for a line on an entity page and its link to the map. */
function placeBrief(p: PlaceRow): PlaceBrief {
  return { key: p.key, name: p.place.name, country: p.place.country, kind: p.place.kind, lat: p.place.lat, lon: p.place.lon };
}
