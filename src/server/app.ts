// The HTTP server: JSON API under /api, the built web UI everywhere else.
// Read-only unless a token is configured; no CORS headers unless an origin is given.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/interface.js';
import { HttpError, JsonText, notModified, sendJson, withTimeout } from './http.js';
import { parseQuery } from './params.js';
import { Router, type AppContext, type IngestFn, type Route } from './router.js';
import { CorpusCache, type CorpusSnapshot } from './corpus-cache.js';
import { documentOverrides } from '../corpus/curation.js';
import { UploadGate } from './upload-gate.js';
import { openApiDocument } from './openapi.js';
import { hostCheck } from './hosts.js';
import { serveStatic, SECURITY_HEADERS } from './static.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { factRoutes } from './routes/facts.js';
import { metaRoutes } from './routes/meta.js';
import { placeRoutes } from './routes/places.js';
import { searchRoutes } from './routes/search.js';
import { curationRoutes } from './routes/curation.js';
import { exportRoutes } from './routes/exports.js';
import { Download, sendDownload } from './download.js';
import { LruMap } from './lru.js';

export interface ServerOptions {
  store: Store;
  /** Bearer token that enables writing endpoints; without it the server is read-only. */
  token?: string;
  /** Origin allowed to call the API from a browser (Access-Control-Allow-Origin). */
  cors?: string;
  /** Folder of the built web UI; null serves the API only. */
  staticDir?: string | null;
  ingest?: IngestFn;
  maxBodyBytes?: number;
  /** Longest a handler may run. */
  handlerTimeoutMs?: number;
  version?: string;
  /** Longest a request waits for the first merged events/claims before answering without them. */
  corpusWaitMs?: number;
  /** false: compute merged events and claims on the main thread instead of a worker. */
  corpusWorker?: boolean;
  /** Uploads analysed at once (default 2), and how many more may wait (default 4); past that, 503. */
  maxConcurrentUploads?: number;
  maxQueuedUploads?: number;
  /**
   * Host header values accepted (host names, with or without :port), against DNS rebinding.
   * Default: the address the server listens on, plus localhost names when it listens on loopback.
   * 'any' accepts every Host.
   */
  allowedHosts?: string[] | 'any';
  /** The address the server is started on (startServer sets it); its name is an accepted Host. */
  host?: string;
}

export const routes: Route[] = [
  ...metaRoutes,
  ...documentRoutes,
  ...entityRoutes,
  ...eventRoutes,
  ...placeRoutes,
  ...factRoutes,
  ...searchRoutes,
  ...curationRoutes,
  ...exportRoutes,
];

export function createChronicleServer(opts: ServerOptions): Server & { corpusReady(): Promise<void>; corpus(): Promise<CorpusSnapshot> } {
  const router = new Router(routes);
  // Serialised once: the document changes only with the server's code, so its ETag holds until a restart.
  const openapi = new JsonText(JSON.stringify(openApiDocument(routes, opts.version ?? '0.1.0')));
  const app = createContext(opts);
  const handlerTimeoutMs = opts.handlerTimeoutMs ?? 20_000;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) console.error(`chronicle serve: ${req.method} ${req.url}: ${err instanceof Error ? err.stack : String(err)}`);
      const message = err instanceof HttpError ? err.message : 'internal error; see the server log';
      if (res.headersSent) return void res.destroy();
      sendJson(res, status, { error: message }, { ...corsHeaders(), ...(err instanceof HttpError ? err.headers : {}) });
      if (status === 413) req.resume();
    });
  });
  server.requestTimeout = 30_000; // whole request, body included
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.on('close', () => app.dispose());
  const withReady = Object.assign(server, { corpusReady: () => app.corpusReady(), corpus: () => app.corpus(0) });

  function corsHeaders(): Record<string, string> {
    // Expose-Headers: a page on that origin may read the download's file name, a 503's Retry-After and the ETag.
    return opts.cors ? { 'Access-Control-Allow-Origin': opts.cors, 'Access-Control-Expose-Headers': 'Content-Disposition, ETag, Retry-After, X-Chronicle-Cache', Vary: 'Origin' } : {};
  }

  const hostAllowed = hostCheck(opts.host, opts.allowedHosts);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host))
      throw new HttpError(421, `this server does not answer to the host name in "Host: ${String(req.headers.host).slice(0, 100)}"; start it with --allowed-hosts NAME to accept it`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (method === 'OPTIONS' && opts.cors) {
        res.writeHead(204, {
          ...corsHeaders(),
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
          'Access-Control-Max-Age': '600',
        });
        return void res.end();
      }
      if (url.pathname === '/api/openapi.json' && (method === 'GET' || method === 'HEAD')) return sendRead(req, res, openapi);
      const { route: r, params } = router.match(method, url.pathname);
      if (r.write) authorise(req);
      await app.refresh();
      const query = parseQuery(url.searchParams, r.query);
      if (r.write)
        // Writing routes answer within handlerTimeoutMs themselves, saying what happens to the work.
        return sendJson(res, 200, await r.handle({ params, query, req, app }), corsHeaders());
      if (r.download) {
        // Streamed as it is written: only finding the file's parameters is under the time limit.
        const file = await withTimeout(r.handle({ params, query, req, app }), handlerTimeoutMs);
        if (!(file instanceof Download)) throw new Error(`${r.path} did not return a file`);
        return sendDownload(res, file, corsHeaders());
      }
      if (r.uncached) return sendJson(res, 200, withNext(await withTimeout(r.handle({ params, query, req, app }), handlerTimeoutMs), url), corsHeaders());
      // Reads are answered from a response cache until the store or the corpus groupings change;
      // a header says whether this answer came from it (bench api checks its cold phase with it).
      const cached = await withTimeout(app.cachedResponse(url.pathname + url.search, async () => new JsonText(JSON.stringify(withNext(await r.handle({ params, query, req, app }), url)))), handlerTimeoutMs);
      return sendRead(req, res, cached.body, { 'X-Chronicle-Cache': cached.hit ? 'hit' : 'miss' });
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed for ${url.pathname}`, { Allow: 'GET, HEAD' });
    if (opts.staticDir && (await serveStatic(opts.staticDir, url.pathname, res, method === 'HEAD'))) return;
    if (url.pathname === '/' || url.pathname === '/index.html') return notBuiltPage(res);
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }

  /**
   * A read's answer with its ETag. A client may keep an answer and ask again with If-None-Match: an
   * unchanged answer is a 304 without a body. no-cache: kept copies are always checked, never shown stale.
   */
  function sendRead(req: IncomingMessage, res: ServerResponse, body: JsonText, extra: Record<string, string> = {}): void {
    const headers = { ...corsHeaders(), ETag: body.etag, 'Cache-Control': 'no-cache', ...extra };
    if (!notModified(req.headers['if-none-match'], body.etag)) return sendJson(res, 200, body, headers);
    res.writeHead(304, headers);
    res.end();
  }

  function authorise(req: IncomingMessage): void {
    if (!opts.token) throw new HttpError(403, 'this server is read-only; start it with --token to accept uploads');
    const m = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
    if (!m) throw new HttpError(401, 'missing bearer token (Authorization: Bearer …)', { 'WWW-Authenticate': 'Bearer' });
    const given = Buffer.from(m[1]);
    const expected = Buffer.from(opts.token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(403, 'wrong bearer token');
  }

  return withReady;
}

interface ServerContext extends AppContext {
  dispose(): void;
  /** Reads the store's generation (once per request): changes invalidate the caches. */
  refresh(): Promise<void>;
  corpusReady(): Promise<void>;
  /** The cached answer (hit) or a newly computed one. */
  cachedResponse(key: string, compute: () => Promise<JsonText>): Promise<{ body: JsonText; hit: boolean }>;
}

/** Most response text kept in the response cache (characters). */
const RESPONSE_CACHE_CHARS = 64 * 2 ** 20;

function createContext(opts: ServerOptions): ServerContext {
  const { store } = opts;
  const corpus = new CorpusCache(store, { worker: opts.corpusWorker });
  const texts = new Map<string, string | null>();
  const MAX_TEXTS = 256;
  // Derived values (place listings, graphs) cached until the store or the corpus result changes.
  // Least recently used first out: the copy groups every entity page asks for outlive one-off graphs.
  const derived = new LruMap<string, Promise<unknown>>(100);
  let derivedFor = '';
  let generation = -1;
  const responses = new Map<string, JsonText>();
  const inflight = new Map<string, Promise<JsonText>>();
  let responseChars = 0;
  let responsesFor = '';

  // Document ids are content hashes: a document's text never changes, so the cache never goes stale.
  const remember = (docId: string, text: string | null) => {
    if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value!);
    texts.set(docId, text);
  };
  const textsOf = async (docIds: string[]): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of new Set(docIds)) {
      if (!texts.has(id)) missing.push(id);
      else if (texts.get(id) !== null) out.set(id, texts.get(id)!);
    }
    const read = missing.length ? await store.documentTexts(missing) : new Map<string, string>();
    for (const id of missing) {
      const text = read.get(id) ?? null;
      remember(id, text);
      if (text !== null) out.set(id, text);
    }
    return out;
  };
  const refresh = async () => {
    generation = await store.generation();
    corpus.notice(generation);
  };
  void refresh().catch(() => undefined); // start the first corpus computation now, not on the first request

  return {
    store,
    ingest: opts.ingest,
    uploads: new UploadGate(opts.maxConcurrentUploads ?? 2, opts.maxQueuedUploads ?? 4),
    uploadWaitMs: opts.handlerTimeoutMs ?? 20_000,
    writable: !!opts.token,
    maxBodyBytes: opts.maxBodyBytes ?? 5 * 1024 * 1024,
    textsOf,
    overrides() {
      return this.cached('document-overrides', () => documentOverrides(store));
    },
    refresh,
    corpus: (waitMs = opts.corpusWaitMs ?? 1500) => corpus.current(waitMs),
    corpusComputing: () => corpus.computing,
    corpusReady: async () => {
      await refresh();
      await corpus.ready();
    },
    cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const stamp = `${generation}/${corpus.version}`;
      if (stamp !== derivedFor) {
        derived.clear();
        derivedFor = stamp;
      }
      let hit = derived.get(key) as Promise<T> | undefined;
      if (!hit) {
        hit = compute();
        derived.set(key, hit);
        hit.catch(() => derived.delete(key));
      }
      return hit;
    },
    async cachedResponse(key: string, compute: () => Promise<JsonText>): Promise<{ body: JsonText; hit: boolean }> {
      const stamp = `${generation}/${corpus.version}`;
      if (stamp !== responsesFor) {
        responses.clear();
        responseChars = 0;
        responsesFor = stamp;
      }
      const hit = responses.get(key);
      if (hit) {
        responses.delete(key); // most recently used last
        responses.set(key, hit);
        return { body: hit, hit: true };
      }
      // Concurrent requests for the same answer share one computation.
      let pending = inflight.get(`${stamp}|${key}`);
      if (!pending) {
        pending = compute().finally(() => inflight.delete(`${stamp}|${key}`));
        inflight.set(`${stamp}|${key}`, pending);
      }
      const body = await pending;
      if (stamp !== `${generation}/${corpus.version}` || responses.has(key) || body.text.length > RESPONSE_CACHE_CHARS / 8) return { body, hit: false };
      responses.set(key, body);
      responseChars += body.text.length;
      for (const [k, v] of responses) {
        if (responseChars <= RESPONSE_CACHE_CHARS) break;
        responses.delete(k);
        responseChars -= v.text.length;
      }
      return { body, hit: false };
    },
    dispose() {
      texts.clear();
      derived.clear();
      responses.clear();
      corpus.dispose();
    },
  };
}

/**
 * A page of a listing (total, limit, offset, items) gets `next`: the path of the following page
 * (this request's parameters, offset moved on), or null on the last, so a client pages without
 * building URLs itself.
 */
export function withNext(body: unknown, url: URL): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const page = body as { total?: unknown; limit?: unknown; offset?: unknown; items?: unknown };
  if (typeof page.total !== 'number' || typeof page.limit !== 'number' || typeof page.offset !== 'number' || !Array.isArray(page.items)) return body;
  if (page.offset + page.limit >= page.total) return { ...page, next: null };
  const params = new URLSearchParams(url.search);
  params.set('offset', String(page.offset + page.limit));
  return { ...page, next: `${url.pathname}?${params}` };
}

function notBuiltPage(res: ServerResponse): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><meta charset="utf-8"><title>Chronicle</title><body style="font:16px system-ui;margin:3rem">' +
      '<h1>Chronicle API is running</h1><p>The web UI is not built. Run <code>npm run build</code>, then restart.</p>' +
      '<p>API description: <a href="/api/openapi.json">/api/openapi.json</a></p></body>',
  );
}

/** Connections the kernel may queue before the server accepts them (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;

/** Starts listening; resolves with the URL and a close function. */
export async function startServer(
  opts: ServerOptions & { port?: number },
): Promise<{ server: Server; url: string; close(): Promise<void>; corpusReady(): Promise<void>; corpus(): Promise<CorpusSnapshot> }> {
  const server = createChronicleServer(opts);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // A burst of clients (a newsroom opening the same link) can connect faster than the event
    // loop accepts; Node's default queue of 511 then drops or resets the surplus.
    server.listen({ port: opts.port ?? 8080, host: opts.host ?? '127.0.0.1', backlog: LISTEN_BACKLOG }, () => ok());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    corpusReady: server.corpusReady,
    // The merged events and claims as the server holds them (for tools such as bench api, which
    // must not warm the server's caches by asking the API).
    corpus: server.corpus,
    url: `http://${host}:${addr.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
