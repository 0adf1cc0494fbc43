// Routes are plain objects (method, OpenAPI-style path, query schema, handler) collected from
// small modules; the router matches them and the OpenAPI document is generated from the same list.
import type { IncomingMessage } from 'node:http';
import type { Store } from '../store/interface.js';
import type { DocumentOverrides } from '../corpus/curation.js';
import type { CorpusSnapshot } from './corpus-cache.js';
import type { ParsedQuery, QuerySchema } from './params.js';
import { HttpError } from './http.js';
import type { UploadGate } from './upload-gate.js';
import type { IngestSummary } from '../ingest/index.js';

/** What a deployment allows writing endpoints to do: ingest one posted article. */
/** Analyses and stores an upload; `report` hears each stored document's id (new, or the one a duplicate's text already had). */
export type IngestFn = (input: UploadedArticle, report: UploadReport) => Promise<IngestSummary>;

export interface UploadReport {
  onSaved: (docId: string) => void;
  onDuplicate: (docId: string) => void;
}

export interface UploadedArticle {
  content: string;
  format: 'html' | 'text';
  name?: string;
  url?: string;
}

export interface AppContext {
  store: Store;
  /** Merged events and claim groups as last computed (in the background; empty before the first
   *  result, which is waited for up to waitMs). */
  corpus(waitMs?: number): Promise<CorpusSnapshot>;
  /** True while the corpus groupings are missing or older than the store. */
  corpusComputing(): boolean;
  /** A derived value cached until the store or the corpus groupings change. */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Publication dates and outlets set by people, cached until the store changes. */
  overrides(): Promise<DocumentOverrides>;
  /** Clean texts of several documents, cached; those not cached read in one query (absent: not stored). */
  textsOf(docIds: string[]): Promise<Map<string, string>>;
  ingest?: IngestFn;
  /** The cap on uploads analysed at once (and waiting). */
  uploads: UploadGate;
  /** Longest an upload request waits for its analysis before answering 503. */
  uploadWaitMs: number;
  writable: boolean;
  maxBodyBytes: number;
}

export interface RouteRequest<Q extends QuerySchema> {
  params: Record<string, string>;
  query: ParsedQuery<Q>;
  req: IncomingMessage;
  app: AppContext;
}

export interface Route<Q extends QuerySchema = QuerySchema> {
  method: 'GET' | 'POST';
  /** OpenAPI-style path, e.g. /api/entities/{key}. */
  path: string;
  summary: string;
  tag: string;
  query: Q;
  /** Needs the bearer token (only offered when the server was started with --token). */
  write?: boolean;
  /** Never answered from the response cache (what it reads does not change the store's generation). */
  uncached?: boolean;
  /** Answers with a file (a Download, streamed and never cached) instead of JSON. */
  download?: boolean;
  /** OpenAPI schema name of the 200 response (components/schemas). */
  returns?: string;
  /** OpenAPI schema name of the JSON request body (components/schemas), for a POST. */
  body?: string;
  /** Statuses this route answers besides 200, 400, 404 for a path parameter and the write statuses, with what they mean. */
  errors?: Record<string, string>;
  handle(r: RouteRequest<Q>): Promise<unknown>;
}

/** Keeps the handler's query type precise while the route list stays homogeneous. */
export function route<Q extends QuerySchema>(r: Route<Q>): Route {
  return r as unknown as Route;
}

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly routes: Route[]) {
    this.compiled = routes.map((r) => {
      const names: string[] = [];
      const pattern = r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { route: r, regex: new RegExp(`^${pattern}$`), names };
    });
  }

  /** The route for method + path; 404 when no path matches, 405 when only the method differs. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (c.route.method !== method && !(method === 'HEAD' && c.route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => {
        try {
          params[n] = decodeURIComponent(m[i + 1]);
        } catch {
          throw new HttpError(400, `path parameter "${n}" is not valid percent-encoding`);
        }
        // No key or name holds a NUL, and PostgreSQL cannot even compare one.
        if (params[n].includes('\u0000')) throw new HttpError(400, `path parameter "${n}" must not contain a NUL character`);
      });
      return { route: c.route, params };
    }
    if (pathMatched) {
      const allowed = this.compiled.filter((c) => c.regex.test(pathname)).map((c) => c.route.method);
      throw new HttpError(405, `${method} is not allowed here; use ${[...new Set(allowed)].join(' or ')}`, { Allow: allowed.join(', ') });
    }
    throw new HttpError(404, `no API route ${pathname}; see /api/openapi.json`);
  }
}
