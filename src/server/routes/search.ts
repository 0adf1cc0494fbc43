// Full-text search (the store's FTS) with facets over the matching documents: entities,
// event types and publication years; each facet is also a filter.
import type { FacetValue, SearchItem, SearchResult } from '../api-types.js';
import { HttpError } from '../http.js';
import { SearchTimeoutError } from '../../store/interface.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { addedForms, searchQuery } from '../../search-words.js';
import { comparePublished, dateInterval } from '../../date-interval.js';
import { duplicateGroups, sameTextAs } from '../knowledge.js';
import { entityCopies, TextTally } from '../facet-copies.js';
import type { SearchHit, Store } from '../../store/interface.js';

/** How many hits facets are counted over (and filters applied to). */
const FACET_WINDOW = 500;
/** Entities read with their counts for the entity facet's 12 (ties on the 12th count beyond this are cut by key). */
const ENTITY_CANDIDATES = 40;
const OPEN = '\u0002';
const CLOSE = '\u0003';

export const searchRoutes = [
  route({
    method: 'GET',
    path: '/api/search',
    summary: 'Full-text search over titles and text, best first, with facets over the best 500 (words matching over 5,000 documents: best of the 5,000 most recently added)',
    tag: 'search',
    query: {
      q: { type: 'string', maxLength: 300, description: 'Search words: "quoted phrases", prefix* and -excluded words allowed; may be left out when entity is given' },
      sort: { type: 'enum', values: ['relevance', 'newest', 'oldest'], default: 'relevance', description: 'Best match first, or by publication date' },
      from: { type: 'date', description: 'Only documents published on or after this date' },
      to: { type: 'date', description: 'Only documents published on or before this date' },
      source: { type: 'string', maxLength: 200, description: 'Only documents whose source (site, URL or file path) contains this text' },
      entity: { type: 'string', maxLength: 200, description: 'Only documents mentioning this entity key' },
      eventType: { type: 'string', maxLength: 40, description: 'Only documents with an event of this type' },
      year: { type: 'string', maxLength: 4, pattern: /^\d{4}$/, expected: 'a year of four digits', description: 'Only documents published this year' },
      ...paging(10, 100),
    },
    returns: 'SearchResult',
    async handle({ app, query }): Promise<SearchResult> {
      const q = query.q?.trim() ?? '';
      // parsed once, with each word's inflections ("arrest" also finds "arrested"), for both searches below
      const parsed = searchQuery(q);
      if (!q && !query.entity) throw new HttpError(400, 'query parameter "q" is required: the words to search for (or give an entity)');
      const overrides = await app.overrides();
      // Sources are read for the whole window only when a filter or a collection's date needs them, else for the page shown.
      const withSources = !!query.source || overrides.usesSource;
      // Without words, the documents naming the entity are the hits (most mentions first).
      const hits = q
        ? await searchOrBusy(app.store.search(parsed, { limit: FACET_WINDOW, snippets: false, sources: withSources }))
        : await entityHits(app.store, query.entity!, withSources);
      const sourceOf = new Map(hits.map((h) => [h.id, h.source]));
      // Each hit's entities only to filter words' hits by one: the facet is counted by the store.
      const filterByEntity = !!q && !!query.entity;
      const facetsOf = new Map(
        (await app.store.documentFacets(hits.map((h) => h.id), { entities: filterByEntity })).map((f) => [f.docId, { ...f, published: overrides.published(f.docId, sourceOf.get(f.docId) ?? '', f.published) }]),
      );
      const [from, to] = [query.from, query.to && dateInterval(query.to)?.end];
      const source = query.source?.toLowerCase();
      const matching = hits.filter((h) => {
        const d = facetsOf.get(h.id);
        const published = d?.published ?? '';
        if (filterByEntity && !d?.entities.includes(query.entity!)) return false;
        if (query.eventType && !d?.eventTypes.includes(query.eventType)) return false;
        if (source && !h.source.toLowerCase().includes(source)) return false;
        if ((from || to) && !/^\d{4}/.test(published)) return false;
        if (from && published < from) return false;
        if (to && published >= to) return false;
        return !query.year || published.startsWith(query.year);
      });
      if (query.sort !== 'relevance') {
        // Documents without a year ("--01-29"), then undated ones, last either way.
        const key = (id: string) => facetsOf.get(id)?.published;
        matching.sort((a, b) => comparePublished(key(a.id), key(b.id), query.sort === 'newest'));
      }
      // each facet counts the texts among the results, a near-duplicate group once, and says how many copies it left out
      const { groupOf } = await duplicateGroups(app);
      const eventTypes = new TextTally(groupOf);
      const years = new TextTally(groupOf);
      // counted here, not as the total less the year facet: that facet is cut to the top 20 years
      const undatedTexts = new Set<string>();
      for (const h of matching) {
        const d = facetsOf.get(h.id);
        const year = /^\d{4}/.exec(d?.published ?? '')?.[0];
        if (year) years.add(year, h.id);
        else undatedTexts.add(years.textOf(h.id));
        for (const t of d?.eventTypes ?? []) eventTypes.add(t, h.id);
      }
      const matchingIds = matching.map((h) => h.id);
      const entityCopiesOf = await entityCopies(app.store, matchingIds, groupOf);
      const entities = (await app.store.entityDocumentCounts(matchingIds, ENTITY_CANDIDATES)).map((e) => {
        const copies = entityCopiesOf.get(e.key) ?? 0;
        return { value: e.key, count: e.documents - copies, copies };
      });
      const names = new Map((await app.store.queryEntities({ keys: entities.map((e) => e.value) })).items.map((e) => [e.key, e.name]));
      const facet = (counts: Array<{ value: string; count: number; copies: number }>, label: (v: string) => string, n: number): FacetValue[] =>
        counts
          .map(({ value, count, copies }) => ({ value, label: label(value), count, ...(copies ? { copies } : {}) }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
          .slice(0, n);
      const page = matching.slice(query.offset, query.offset + query.limit);
      // Snippets only for the page shown: building them is the costly part of a search.
      const pageHits = q
        ? await searchOrBusy(app.store.search(parsed, { ids: page.map((h) => h.id), limit: page.length, highlight: [OPEN, CLOSE] }))
        : (await app.store.documentSummaries(page.map((h) => h.id))).map((d) => ({ id: d.id, source: d.source, snippet: '' }));
      const shown = new Map(pageHits.map((h) => [h.id, h]));
      // a copy of another result says so, as the library does: two hits with one text are one report
      const copies = await sameTextAs(app, page.map((h) => h.id));
      const items: SearchItem[] = page.map((h, i) => ({
        rank: query.offset + i + 1,
        id: h.id,
        title: h.title,
        source: shown.get(h.id)?.source ?? h.source,
        score: h.score,
        published: facetsOf.get(h.id)?.published ?? null,
        snippet: snippetParts(shown.get(h.id)?.snippet ?? ''),
        ...(copies.has(h.id) ? { sameTextAs: copies.get(h.id) } : {}),
      }));
      return {
        query: q,
        // the forms taken in that the corpus holds: a made-up one ("sayed") matched nothing and is not shown
        wordForms: await app.store.indexedWords(addedForms(q, parsed)),
        window: hits.length >= FACET_WINDOW ? FACET_WINDOW : null,
        total: matching.length,
        undated: undatedTexts.size,
        limit: query.limit,
        offset: query.offset,
        items,
        facets: {
          entities: facet(entities.filter((e) => names.has(e.value)), (key) => names.get(key) ?? key, 12),
          eventTypes: facet(eventTypes.counts(), (t) => t, 12),
          years: facet(years.counts(), (y) => y, 20).sort((a, b) => b.value.localeCompare(a.value)),
        },
      };
    },
  }),
];

/** The documents naming an entity as search hits, most mentions first (newest first among equals; capped like word searches). */
async function entityHits(store: Store, entity: string, withSources: boolean): Promise<SearchHit[]> {
  const docs = (await store.entityDocumentPage(entity, { sort: 'mentions', limit: FACET_WINDOW, offset: 0 })).items;
  const sources = new Map(withSources ? (await store.documentSummaries(docs.map((d) => d.docId))).map((d) => [d.id, d.source]) : []);
  return docs.map((d) => ({ id: d.docId, title: d.title, source: sources.get(d.docId) ?? '', score: -d.mentions, snippet: '' }));
}

/** A search the store stopped for taking too long is a 503 the client may retry, not a 500. */
async function searchOrBusy<T>(search: Promise<T>): Promise<T> {
  try {
    return await search;
  } catch (err) {
    if (err instanceof SearchTimeoutError) throw new HttpError(503, err.message, { 'Retry-After': '5' });
    throw err;
  }
}

/** Splits a marked snippet into plain-text parts, so the UI never has to trust HTML. */
export function snippetParts(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  for (const piece of snippet.split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close < 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    if (close > 0) parts.push({ text: piece.slice(0, close), match: true });
    if (close + 1 < piece.length) parts.push({ text: piece.slice(close + 1), match: false });
  }
  return parts;
}
