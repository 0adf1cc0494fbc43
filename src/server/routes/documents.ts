// Documents: the paginated list and one document with all its annotations, each linked to
// the entity, place, claim or event it belongs to.
import type { DocumentView, LinkedAnnotation, Page, DocumentItem } from '../api-types.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { entityKey, placeKey } from '../keys.js';

export const documentRoutes = [
  route({
    method: 'GET',
    path: '/api/documents',
    summary: 'List documents in the order they were ingested',
    tag: 'documents',
    query: paging(20, 200),
    returns: 'DocumentPage',
    async handle({ app, query }): Promise<Page<DocumentItem>> {
      const [total, items] = await Promise.all([
        app.store.countDocuments(),
        app.store.listDocuments({ limit: query.limit, offset: query.offset }),
      ]);
      return { total, limit: query.limit, offset: query.offset, items };
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
      const doc = await app.store.getDocument(params.id);
      if (!doc) throw new HttpError(404, `no document "${params.id}"`);
      const k = await app.corpus();
      const claimOf = (start: number) => k.claimOfFigure.get(`${doc.id}:${start}`);
      const annotations = doc.annotations.map((a): LinkedAnnotation => {
        switch (a.kind) {
          case 'mention':
            return { ...a, entity: typeof a.data.entityId === 'string' ? a.data.entityId : entityKey(a.text, a.label) };
          case 'place': {
            const p = a.data.place as { ref?: string; name: string; lat: number; lon: number } | undefined;
            return p && typeof p.lat === 'number' ? { ...a, placeKey: placeKey(p) } : a;
          }
          case 'figure': {
            const claim = claimOf(a.start);
            return claim ? { ...a, claim } : a;
          }
          case 'event': {
            if (typeof a.data.id !== 'string') return a;
            const eventId = `${doc.id}:${a.data.id}`;
            const merged = k.eventByReport.get(eventId);
            return { ...a, eventId, ...(merged ? { eventKey: merged.key, eventDocuments: merged.documentCount } : {}) };
          }
          default:
            return a;
        }
      });
      return { ...doc, annotations };
    },
  }),
];
