// Health/overview and the optional upload endpoint.
import type { EntityItem, Overview } from '../api-types.js';
import { entityPage, ENTITY_TYPES } from './entities.js';
import { HttpError, readBody } from '../http.js';
import { route, type AppContext, type UploadedArticle } from '../router.js';
import type { IngestSummary } from '../../ingest/index.js';
import { storedAnything } from '../../ingest/stored.js';

export const metaRoutes = [
  route({
    method: 'GET',
    path: '/api/overview',
    summary: 'Counts of everything in the knowledge base, and whether uploads are accepted',
    tag: 'meta',
    query: {
      top: { type: 'integer', min: 0, max: 100, default: 0, description: 'Also the N entities of each type named by most articles (topEntities), each list as /api/entities?type=T&limit=N gives it: a first view needs one request, not five' },
    },
    returns: 'Overview',
    async handle({ app, query }): Promise<Overview> {
      // Never waits for the corpus groupings: this is the first request of the first view.
      const [counts, k, top] = await Promise.all([app.store.counts(), app.corpus(0), query.top ? topEntities(app, query.top) : undefined]);
      return {
        documents: counts.documents,
        entities: counts.entities,
        events: k.events.length,
        eventReports: k.reportCount,
        figures: counts.annotations.figure,
        quotes: counts.annotations.quote,
        places: counts.places,
        claims: k.multiClaims,
        eventsCompared: k.multiSourceEvents,
        disputedClaims: k.disputedClaims,
        eventClaims: k.eventClaims,
        disputedEventClaims: k.disputedEventClaims,
        disputedEvents: k.events.filter((e) => e.conflicts.length > 0).length,
        writable: app.writable && !!app.ingest,
        curatable: app.writable,
        computing: app.corpusComputing(),
        ...(top ? { topEntities: top } : {}),
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
    body: 'UploadBody',
    errors: {
      '501': 'This server was started without an ingest function: uploading is not available',
      '503': 'Too many uploads are waiting, or the analysis took too long to wait for (Retry-After; the message says whether the upload goes on)',
    },
    returns: 'IngestResult',
    async handle({ app, req }) {
      const ingest = app.ingest;
      if (!ingest) throw new HttpError(501, 'uploading is not available in this build of the server');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the article as application/json');
      app.uploads.admit(); // a full queue is refused before the body is read
      const body = await readBody(req, app.maxBodyBytes);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'request body is not valid JSON');
      }
      const article = validateUpload(parsed);
      const stored: UploadedDocument[] = [];
      const ticket = app.uploads.enqueue(() =>
        ingest(article, {
          onSaved: (id) => stored.push(uploadedDocument(id, false)),
          onDuplicate: (id) => stored.push(uploadedDocument(id, true)),
        }),
      );
      let timer: NodeJS.Timeout | undefined;
      const done = await Promise.race([
        ticket.result.then((result) => ({ result })),
        new Promise<null>((ok) => (timer = setTimeout(() => ok(null), app.uploadWaitMs))),
      ]).finally(() => clearTimeout(timer));
      if (done) {
        // An article that could not be read is an error for the client (it was a 200 with the
        // failure inside, which a script checking the status took for a stored article).
        const failure = nothingStored(done.result);
        if (failure) throw new HttpError(422, `nothing was stored: ${failure}`);
        // The stored document's id and where to open it, so a client can show what it uploaded.
        return { ...done, documents: stored };
      }
      const seconds = Math.round(app.uploadWaitMs / 1000);
      if (ticket.cancel())
        throw new HttpError(503, `no analysis thread became free within ${seconds} s; the upload was stopped and nothing was stored, try again`, { 'Retry-After': '10' });
      // Started analyses are not interrupted: say so, and log how it ends.
      ticket.result.then(
        () => undefined,
        (err: unknown) => console.error(`chronicle serve: upload ${article.name ?? article.url ?? ''} failed: ${err instanceof Error ? err.message : String(err)}`),
      );
      throw new HttpError(
        503,
        `the analysis is taking longer than ${seconds} s; it goes on, and the document will be stored when it finishes (see /api/documents)`,
        { 'Retry-After': '30' },
      );
    },
  }),
];

/** The first `limit` of each type's entity listing (most articles first). */
async function topEntities(app: AppContext, limit: number): Promise<Record<(typeof ENTITY_TYPES)[number], EntityItem[]>> {
  const pages = await Promise.all(ENTITY_TYPES.map((type) => entityPage(app, { type, sort: 'articles', limit, offset: 0 })));
  return Object.fromEntries(ENTITY_TYPES.map((type, i) => [type, pages[i].items])) as Record<(typeof ENTITY_TYPES)[number], EntityItem[]>;
}

/** A document an upload stored (or found already stored: `duplicate`), with its reader page and API path. */
export interface UploadedDocument {
  id: string;
  duplicate: boolean;
  /** The web UI's page for it, relative to the server's root. */
  url: string;
  /** Its GET /api/documents/{id}. */
  api: string;
}

function uploadedDocument(id: string, duplicate: boolean): UploadedDocument {
  const enc = encodeURIComponent(id);
  return { id, duplicate, url: `/#/doc/${enc}`, api: `/api/documents/${enc}` };
}

/** Why an ingest stored nothing (its failures' messages), or null when it stored something. */
function nothingStored(result: IngestSummary): string | null {
  if (!result.failed.length || storedAnything(result)) return null;
  return result.failed.map((f) => f.error || 'unreadable').join('; ');
}

export function validateUpload(x: unknown): UploadedArticle {
  const o = x as Partial<UploadedArticle> | null;
  if (!o || typeof o !== 'object') throw new HttpError(400, 'body must be a JSON object {content, format}');
  if (typeof o.content !== 'string' || !o.content.trim()) throw new HttpError(400, '"content" must be non-empty text');
  if (o.format !== 'html' && o.format !== 'text') throw new HttpError(400, '"format" must be "html" or "text"');
  for (const f of ['name', 'url'] as const)
    if (o[f] !== undefined && (typeof o[f] !== 'string' || o[f]!.length > 2000)) throw new HttpError(400, `"${f}" must be text of at most 2000 characters`);
  if (o.url && !isWebUrl(o.url)) throw new HttpError(400, '"url" must be an http(s) URL, such as https://example.org/story.html');
  if (o.name && /[\u0000-\u001f\u007f]/.test(o.name)) throw new HttpError(400, '"name" must not contain control characters');
  return { content: o.content, format: o.format, ...(o.name ? { name: o.name } : {}), ...(o.url ? { url: o.url } : {}) };
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !/\s/.test(s);
  } catch {
    return false;
  }
}
