// Health/overview and the optional upload endpoint.
import type { Overview } from '../api-types.js';
import { HttpError, readBody } from '../http.js';
import { route, type UploadedArticle } from '../router.js';

export const metaRoutes = [
  route({
    method: 'GET',
    path: '/api/overview',
    summary: 'Counts of everything in the knowledge base, and whether uploads are accepted',
    tag: 'meta',
    query: {},
    returns: 'Overview',
    async handle({ app }): Promise<Overview> {
      // Never waits for the corpus groupings: this is the first request of the first view.
      const [counts, k] = await Promise.all([app.store.counts(), app.corpus(0)]);
      return {
        documents: counts.documents,
        entities: counts.entities,
        events: k.events.length,
        eventReports: k.reportCount,
        figures: counts.annotations.figure,
        quotes: counts.annotations.quote,
        places: counts.places,
        claims: k.multiClaims,
        disputedClaims: k.disputedClaims,
        writable: app.writable && !!app.ingest,
        curatable: app.writable,
        computing: app.corpusComputing(),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/documents',
    summary: 'Ingest one article (JSON {content, format: "html"|"text", name?, url?}); needs the bearer token',
    tag: 'documents',
    query: {},
    write: true,
    returns: 'IngestResult',
    async handle({ app, req }) {
      if (!app.ingest) throw new HttpError(501, 'uploading is not available in this build of the server');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the article as application/json');
      const body = await readBody(req, app.maxBodyBytes);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'request body is not valid JSON');
      }
      return { result: await app.ingest(validateUpload(parsed)) };
    },
  }),
];

export function validateUpload(x: unknown): UploadedArticle {
  const o = x as Partial<UploadedArticle> | null;
  if (!o || typeof o !== 'object') throw new HttpError(400, 'body must be a JSON object {content, format}');
  if (typeof o.content !== 'string' || !o.content.trim()) throw new HttpError(400, '"content" must be non-empty text');
  if (o.format !== 'html' && o.format !== 'text') throw new HttpError(400, '"format" must be "html" or "text"');
  for (const f of ['name', 'url'] as const)
    if (o[f] !== undefined && (typeof o[f] !== 'string' || o[f]!.length > 2000)) throw new HttpError(400, `"${f}" must be text of at most 2000 characters`);
  return { content: o.content, format: o.format, ...(o.name ? { name: o.name } : {}), ...(o.url ? { url: o.url } : {}) };
}
