// Full-text search (the store's FTS) with facets over the matching documents: entities,
// event types and publication years; each facet is also a filter.
import type { FacetValue, SearchItem, SearchResult } from '../api-types.js';
import { HttpError } from '../http.js';
import { SearchTimeoutError } from '../../store/interface.js';
import { paging } from '../params.js';
import { route } from '../router.js';

/** How many hits facets are counted over (and filters applied to). */
const FACET_WINDOW = 500;
const OPEN = '\u0002';
const CLOSE = '\u0003';

export const searchRoutes = [
  route({
    method: 'GET',
    path: '/api/search',
    summary: 'Full-text search over titles and text, best first, with facets',
    tag: 'search',
    query: {
      q: { type: 'string', maxLength: 300, description: 'Search words; "quoted phrases" allowed' },
      entity: { type: 'string', maxLength: 200, description: 'Only documents mentioning this entity key' },
      eventType: { type: 'string', maxLength: 40, description: 'Only documents with an event of this type' },
      year: { type: 'string', maxLength: 4, pattern: /^\d{4}$/, description: 'Only documents published this year' },
      ...paging(10, 100),
    },
    returns: 'SearchResult',
    async handle({ app, query }): Promise<SearchResult> {
      if (!query.q || !query.q.trim()) throw new HttpError(400, 'query parameter "q" is required: the words to search for');
      const hits = await searchOrBusy(app.store.search(query.q, { limit: FACET_WINDOW, snippets: false }));
      const facetsOf = new Map((await app.store.documentFacets(hits.map((h) => h.id))).map((f) => [f.docId, f]));
      const matching = hits.filter((h) => {
        const d = facetsOf.get(h.id);
        if (query.entity && !d?.entities.includes(query.entity)) return false;
        if (query.eventType && !d?.eventTypes.includes(query.eventType)) return false;
        return !query.year || (d?.published ?? '').startsWith(query.year);
      });
      const entities = new Map<string, number>();
      const eventTypes = new Map<string, number>();
      const years = new Map<string, number>();
      const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
      for (const h of matching) {
        const d = facetsOf.get(h.id);
        if (!d) continue;
        for (const e of d.entities) bump(entities, e);
        for (const t of d.eventTypes) bump(eventTypes, t);
        const year = /^\d{4}/.exec(d.published ?? '')?.[0];
        if (year) bump(years, year);
      }
      // Names only for the entities that can make the top 12 (ties on the 12th count included).
      const counts = [...entities.values()].sort((a, b) => b - a);
      const cut = counts[Math.min(11, counts.length - 1)] ?? 0;
      const candidates = [...entities].filter(([, n]) => n >= cut).sort((a, b) => b[1] - a[1]).slice(0, 500).map(([key]) => key);
      const names = new Map((await app.store.queryEntities({ keys: candidates })).items.map((e) => [e.key, e.name]));
      const facet = (m: Map<string, number>, label: (v: string) => string, n: number): FacetValue[] =>
        [...m].map(([value, count]) => ({ value, label: label(value), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, n);
      const page = matching.slice(query.offset, query.offset + query.limit);
      // Snippets only for the page shown: building them is the costly part of a search.
      const snippets = new Map(
        (await searchOrBusy(app.store.search(query.q, { ids: page.map((h) => h.id), limit: page.length, highlight: [OPEN, CLOSE] }))).map((h) => [h.id, h.snippet]),
      );
      const items: SearchItem[] = page.map((h) => ({
        id: h.id,
        title: h.title,
        source: h.source,
        score: h.score,
        published: facetsOf.get(h.id)?.published ?? null,
        snippet: snippetParts(snippets.get(h.id) ?? ''),
      }));
      return {
        query: query.q,
        total: matching.length,
        limit: query.limit,
        offset: query.offset,
        items,
        facets: {
          entities: facet(new Map([...entities].filter(([key]) => names.has(key))), (key) => names.get(key) ?? key, 12),
          eventTypes: facet(eventTypes, (t) => t, 12),
          years: facet(years, (y) => y, 20).sort((a, b) => b.value.localeCompare(a.value)),
        },
      };
    },
  }),
];

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
