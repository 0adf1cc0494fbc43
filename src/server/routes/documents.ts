// Documents: the paginated list and one document with all its annotations, each linked to
// the entity, place, claim or event it belongs to.
import type { DocumentView, LinkedAnnotation, Page, DocumentItem } from '../api-types.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';

import { entityKey, placeKey } from '../keys.js';
import { copiedArticles, duplicateGroups, sameTextAs, sourceFields } from '../knowledge.js';
import { figureSource } from '../../figure-sources.js';
import type { DatePrecision } from '../../types.js';
import { compareSortKeys, sortKey } from '../../store/sort-key.js';
import { DOCUMENT_ORDERS, type DocListing, type DocumentOrder, type Store, type StoredAnnotation } from '../../store/interface.js';
import type { DocumentOverrides } from '../../corpus/curation.js';
import { route, type AppContext } from '../router.js';
import { comparePublished } from '../../date-interval.js';

export const documentRoutes = [
  route({
    method: 'GET',
    path: '/api/documents',
    summary: 'List documents as ingested, newest first (undated last), by title or by publisher',
    tag: 'documents',
    query: {
      sort: { type: 'enum', values: DOCUMENT_ORDERS, default: 'added', description: 'Order: as ingested, newest first (undated last), by title, or by publisher (unknown last)' },
      ...paging(20, 200),
    },
    returns: 'DocumentPage',
    async handle({ app, query }): Promise<Page<DocumentItem>> {
      const overrides = await app.overrides();
      const [total, items] = await Promise.all([app.store.countDocuments(), documentPage(app, overrides, query.sort, query.limit, query.offset)]);
      // an article that another site carries too says so: the two read as independent otherwise
      const copies = await sameTextAs(app, items.map((d) => d.id));
      return { total, limit: query.limit, offset: query.offset, items: items.map((d) => ({
        ...d,
        ...(copies.has(d.id) ? { sameTextAs: copies.get(d.id) } : {}),
      })) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/documents/{id}',
    summary: 'One document: clean text, metadata, removed parts and every annotation',
    tag: 'documents',
    query: {},
    returns: 'Document',
    async handle({ app, params }): Promise<DocumentView> {
      const stored = await app.store.getDocument(params.id);
      if (!stored) throw new HttpError(404, `no document "${params.id}"`);
      const [k, overrides, { groupOf }] = await Promise.all([app.corpus(), app.overrides(), duplicateGroups(app)]);
      // What a person set (date, outlet) is shown over what extraction found, and said so.
      const source = stored.sources[0]?.location ?? '';
      const published = overrides.published(stored.id, source, stored.meta.published.value);
      const outlet = overrides.outlet(stored.id);
      const doc = {
        ...stored,
        meta: {
          ...stored.meta,
          ...(published !== stored.meta.published.value ? { published: { ...stored.meta.published, value: published, precision: precisionOf(published) } } : {}),
          ...(outlet ? { publisher: outlet } : {}),
        },
        curations: overrides.decisions(stored.id, source),
      };
      const claimOf = (start: number) => k.claimOfFigure.get(`${doc.id}:${start}`);
      const entityOf = (a: StoredAnnotation) => (typeof a.data.entityId === 'string' ? a.data.entityId : entityKey(a.text, a.label));
      const mentions = doc.annotations.filter((a) => a.kind === 'mention');
      const quotes = doc.annotations.filter((a) => a.kind === 'quote');
      const names = await entityNames(app.store, mentions.map(entityOf));
      const annotations = doc.annotations.map((a): LinkedAnnotation => {
        switch (a.kind) {
          case 'mention': {
            const entity = entityOf(a);
            const entityName = names.get(entity);
            return { ...a, entity, ...(entityName ? { entityName } : {}) };
          }
          case 'place': {
            const p = a.data.place as { ref?: string; name: string; lat: number; lon: number } | undefined;
            return p && typeof p.lat === 'number' ? { ...a, placeKey: placeKey(p) } : a;
          }
          case 'figure': {
            const claim = claimOf(a.start);
            const source = figureSource(a, mentions, quotes);
            return { ...a, ...(claim ? { claim } : {}), ...(source ? sourceFields(source) : {}) };
          }
          case 'event': {
            if (typeof a.data.id !== 'string') return a;
            const eventId = `${doc.id}:${a.data.id}`;
            const merged = k.eventByReport.get(eventId);
            if (!merged) return { ...a, eventId };
            const eventCopies = copiedArticles(merged, groupOf);
            return { ...a, eventId, eventKey: merged.key, eventDocuments: merged.documentCount, ...(eventCopies ? { eventCopies } : {}), eventTitle: merged.title, eventDate: merged.date, ...(merged.articleInterval ? { eventArticleInterval: merged.articleInterval } : {}) };
          }
          default:
            return a;
        }
      });
      return { ...doc, annotations };
    },
  }),
];

/** One page of the list with the dates and outlets people set. Without any that the order reads, the
 *  store sorts and pages; with them, every document is read and sorted here (cached until the store changes). */
async function documentPage(app: AppContext, overrides: DocumentOverrides, order: DocumentOrder, limit: number, offset: number): Promise<DocListing[]> {
  const curated = (d: DocListing): DocListing => ({ ...d, published: overrides.published(d.id, d.source, d.published), publisher: overrides.outlet(d.id) ?? d.publisher });
  const readsCurations = (order === 'date' && overrides.setsDates) || (order === 'publisher' && overrides.setsOutlets);
  if (!readsCurations) return (await app.store.listDocuments({ order, limit, offset })).map(curated);
  const all = await app.cached(`documents|${order}`, async () => {
    // ingest order first, so that the stable sort leaves ties in it, as the store does
    const items = (await app.store.listDocuments()).map(curated);
    if (order === 'date') return items.sort((a, b) => comparePublished(a.published, b.published, true));
    // publishers folded and compared as the stores order them (keys made once, not per comparison)
    const keys = new Map(items.map((d) => [d, sortKey(d.publisher)]));
    return items.sort((a, b) => compareSortKeys(keys.get(a)!, keys.get(b)!));
  });
  return all.slice(offset, offset + limit);
}

const KEY_CHUNK = 500;

/** Each entity's name as its page, the library and the map give it (a dateline's "GOMA" is "Goma"). */
async function entityNames(store: Store, keys: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  const names = new Map<string, string>();
  for (let i = 0; i < unique.length; i += KEY_CHUNK) {
    const chunk = unique.slice(i, i + KEY_CHUNK);
    for (const e of (await store.queryEntities({ keys: chunk, limit: chunk.length })).items) names.set(e.key, e.name);
  }
  return names;
}

function precisionOf(iso: string | null): DatePrecision {
  return !iso ? 'none' : /^\d{4}-\d{2}-\d{2}/.test(iso) ? 'day' : /^\d{4}-\d{2}/.test(iso) ? 'month' : /^\d{4}/.test(iso) ? 'year' : 'month-day';
}
