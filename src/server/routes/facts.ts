// Figures, quotes and claims (figures about the same quantity, grouped by their claim key).
import { paging } from '../params.js';
import { route } from '../router.js';
import { normaliseName } from '../keys.js';
import { pageOf } from './paging.js';

export const factRoutes = [
  route({
    method: 'GET',
    path: '/api/figures',
    summary: 'Figures (numbers about something) with their source and evidence sentence',
    tag: 'facts',
    query: {
      doc: { type: 'string', maxLength: 100, description: 'Only figures in this document id' },
      claim: { type: 'string', maxLength: 200, description: 'Only figures with this claim key' },
      ...paging(50, 500),
    },
    returns: 'FigurePage',
    async handle({ app, query }) {
      const k = await app.knowledge();
      const items = k.figures.filter((f) => (!query.doc || f.docId === query.doc) && (!query.claim || f.claim === query.claim));
      return pageOf(items, query.limit, query.offset);
    },
  }),
  route({
    method: 'GET',
    path: '/api/quotes',
    summary: 'Quotes with their speakers',
    tag: 'facts',
    query: {
      speaker: { type: 'string', maxLength: 100, description: 'Speaker name (case-insensitive) or entity key' },
      doc: { type: 'string', maxLength: 100, description: 'Only quotes in this document id' },
      ...paging(50, 500),
    },
    returns: 'QuotePage',
    async handle({ app, query }) {
      const k = await app.knowledge();
      const who = query.speaker ? normaliseName(query.speaker) : '';
      const items = k.quotes.filter(
        (q) =>
          (!query.doc || q.docId === query.doc) &&
          (!query.speaker || q.speakerEntity === query.speaker || (!!q.speaker && normaliseName(q.speaker) === who)),
      );
      return pageOf(items, query.limit, query.offset);
    },
  }),
  route({
    method: 'GET',
    path: '/api/claims',
    summary: 'Claims: figures about the same quantity side by side; disputed when their values cannot all be true',
    tag: 'facts',
    query: {
      disputed: { type: 'boolean', description: 'true: only disputed claims; false: only undisputed ones' },
      multi: { type: 'boolean', default: false, description: 'true: only claims stated by more than one figure' },
      ...paging(50, 500),
    },
    returns: 'ClaimPage',
    async handle({ app, query }) {
      const k = await app.knowledge();
      const items = k.claims.filter(
        (c) => (query.disputed === undefined || c.disputed === query.disputed) && (!query.multi || c.figures.length > 1),
      );
      return pageOf(items, query.limit, query.offset);
    },
  }),
];
