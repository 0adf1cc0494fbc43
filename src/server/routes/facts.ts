// Figures, quotes and claims (figures about the same quantity, grouped by their claim key).
// Figures and quotes are paged by the store; claim groups come from the corpus snapshot.
import type { ClaimGroup } from '../api-types.js';
import { paging } from '../params.js';
import { entitiesNamed } from '../../store/entities-named.js';
import { route, type AppContext } from '../router.js';
import { HttpError } from '../http.js';
import { normaliseName, parseQuoteKey } from '../keys.js';
import type { QuoteItem } from '../api-types.js';
import { figureItems, figuresAt, quoteItems } from '../knowledge.js';
import { CLAIM_SORTS, claimWords, matchesClaimFilter, sortClaims } from '../claim-filters.js';
import { claimReason } from '../../claim-reason.js';
import { shownQuote } from '../../quote-text.js';

/** Figures per claim in the claim listing: a claim repeated by hundreds of articles would otherwise fill a page. */
const CLAIM_FIGURES = 10;

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
      const k = await app.corpus();
      const page = { limit: query.limit, offset: query.offset };
      if (query.claim !== undefined) {
        const refs = (k.claimByKey.get(query.claim)?.figures ?? []).filter(([d]) => !query.doc || d === query.doc);
        const rows = await figuresAt(app.store, refs.slice(query.offset, query.offset + query.limit));
        return { total: refs.length, ...page, items: await figureItems(app, k, rows) };
      }
      const q = { kind: 'figure' as const, ...(query.doc ? { docId: query.doc } : {}) };
      const [total, rows] = await Promise.all([app.store.countAnnotations(q), app.store.listAnnotations({ ...q, limit: query.limit, offset: query.offset })]);
      return { total, ...page, items: await figureItems(app, k, rows) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/quotes',
    summary: 'Quotes with their speakers',
    tag: 'facts',
    query: {
      speaker: { type: 'string', maxLength: 100, description: 'An entity key, or a name: quotes of the entities any of whose names or aliases it is, or whose name has all its words ("Clarke", "Mr Clarke", "Charles Clarke"), and of speakers described by it, as `chronicle quotes --speaker` finds them' },
      doc: { type: 'string', maxLength: 100, description: 'Only quotes in this document id' },
      ...paging(50, 500),
    },
    returns: 'QuotePage',
    async handle({ app, query }) {
      const page = await app.store.queryQuotes({
        ...(query.doc ? { docId: query.doc } : {}),
        ...(query.speaker ? { speakerEntities: [query.speaker, ...(await entitiesNamed(app.store, query.speaker))], speakerName: normaliseName(query.speaker) } : {}),
        limit: query.limit,
        offset: query.offset,
      });
      return { total: page.total, limit: query.limit, offset: query.offset, items: await quoteItems(app.store, page.items) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/quotes/{key}',
    summary: 'One quote by its key (DOCID:START-END, as a listing gives it) with its speaker',
    tag: 'facts',
    query: {},
    returns: 'Quote',
    async handle({ app, params }): Promise<QuoteItem> {
      const at = parseQuoteKey(params.key);
      // a document's quotes are few: read them all and pick the one at the span
      // its key ends where its words do (quote-text.ts); a key given before that ended at the stored span
      const row = at && (await app.store.queryQuotes({ docId: at.docId })).items.find((q) => q.start === at.start && (q.end === at.end || shownQuote(q).end === at.end));
      if (!row) throw new HttpError(404, at ? `no quote "${params.key}"` : `"${params.key}" is no quote key: a quote's key is DOCID:START-END`);
      return (await quoteItems(app.store, [row]))[0];
    },
  }),
  route({
    method: 'GET',
    path: '/api/claims',
    summary: 'Claims: figures about the same quantity side by side; disputed when sources give differing estimates or contradict each other; a running toll that rises between reports is an update',
    tag: 'facts',
    query: {
      disputed: { type: 'boolean', description: 'true: only disputed claims; false: only undisputed ones' },
      multi: { type: 'boolean', default: false, description: 'true: only claims stated by more than one figure' },
      key: { type: 'string', maxLength: 200, description: 'Only the claim with this key' },
      figures: { type: 'integer', min: 0, max: 100, default: CLAIM_FIGURES, description: 'At most this many figures per claim (figureCount then says how many); /api/figures?claim=KEY pages them all' },
      what: { type: 'string', maxLength: 200, description: 'With multi: only claims whose counted thing holds these words (case and accents aside)' },
      said: { type: 'string', maxLength: 200, description: 'With multi: only claims with a figure whose source (who says it) holds these words' },
      article: { type: 'string', maxLength: 200, description: 'With multi: only claims with a figure in an article whose title or id holds these words' },
      sort: { type: 'enum', values: CLAIM_SORTS, default: 'default', description: 'Order: as grouped, widest disagreement between values first, most figures first, or by counted thing' },
      ...paging(50, 500),
    },
    returns: 'ClaimPage',
    async handle({ app, query }) {
      const k = await app.corpus();
      const matching = app.cached(`claims|${query.disputed}|${query.multi}|${query.key ?? ''}|${query.sort}`, async () =>
        sortClaims((query.key !== undefined ? [k.claimByKey.get(query.key)].filter((c) => !!c) : k.claims).filter(
          (c) => (query.disputed === undefined || c.disputed === query.disputed) && (!query.multi || c.figures.length > 1),
        ), query.sort),
      );
      const filter = { what: query.what, said: query.said, article: query.article };
      const words = query.multi && (filter.what || filter.said || filter.article) ? await claimWords(app) : null;
      const all = words ? (await matching).filter((c) => { const w = words.get(c.key); return !!w && matchesClaimFilter(w, filter); }) : await matching;
      const items = await claimItems(app, k, all.slice(query.offset, query.offset + query.limit), query.figures);
      return { total: all.length, limit: query.limit, offset: query.offset, items, ...(app.corpusComputing() ? { computing: true } : {}) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/claims/{key}',
    summary: 'One claim by its key, with its figures (the first `figures`; figureCount then says how many, /api/figures?claim=KEY pages them all)',
    tag: 'facts',
    query: {
      figures: { type: 'integer', min: 0, max: 100, default: CLAIM_FIGURES, description: 'At most this many figures (figureCount then says how many)' },
    },
    returns: 'Claim',
    async handle({ app, params, query }): Promise<ClaimGroup> {
      const k = await app.corpus();
      const claim = k.claimByKey.get(params.key);
      if (!claim) throw new HttpError(404, app.corpusComputing() ? `no claim "${params.key}" yet: claims are still being grouped, try again shortly` : `no claim "${params.key}"`);
      return (await claimItems(app, k, [claim], query.figures))[0];
    },
  }),
];

type Claims = Awaited<ReturnType<AppContext['corpus']>>['claims'];

/** Claims as the API sends them: each with its first `maxFigures` figures. */
async function claimItems(app: AppContext, k: Awaited<ReturnType<AppContext['corpus']>>, claims: Claims, maxFigures: number): Promise<ClaimGroup[]> {
  const shown = (c: Claims[number]) => c.figures.slice(0, maxFigures);
  const figures = await figureItems(app, k, await figuresAt(app.store, claims.flatMap(shown)));
  const byRef = new Map(figures.map((f) => [`${f.docId}:${f.start}`, f]));
  return claims.map((c) => {
    const items = shown(c).map(([d, s]) => byRef.get(`${d}:${s}`)).filter((f): f is NonNullable<typeof f> => !!f);
    // the reason names the sources of the figures sent, as their cards do
    const sources = items.map((f) => ({ source: f.source, sourceText: f.sourceText, sourceEntityId: f.sourceEntity }));
    return {
      key: c.key,
      what: c.what,
      relation: c.relation,
      disputed: c.disputed,
      reason: claimReason(c.reason, sources, c.figures.length > items.length),
      values: c.values,
      figures: items,
      ...(c.figures.length > maxFigures ? { figureCount: c.figures.length } : {}),
      ...(c.event ? { event: c.event } : {}),
    };
  });
}
