// Typed calls to the server's JSON API.
import type {
  ClaimGroup, DocumentItem, EntityDocument, EntityDocumentPage, DocumentView, EntityItem, EntityView, EventItem, FigureItem, GraphEvidence, GraphView, NationalityFilter, Overview, Page, PlaceItem, PlacePage, QuoteItem, SearchResult, TimelineView,
} from '../../server/api-types.js';

/** An API call that failed: status is the HTTP status, 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}, fresh = false): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = `api/${path}${qs.size ? `?${qs}` : ''}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, ...(fresh ? { cache: 'no-store' as const } : {}) });
  } catch {
    // The browser's own words ("Failed to fetch") tell a reader nothing about what to do.
    throw new ApiError(0, 'The Chronicle server did not answer. Check that `chronicle serve` is still running, then reload the page.');
  }
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

const enc = encodeURIComponent;

export const api = {
  overview: (fresh = false) => get<Overview>('overview', {}, fresh),
  /** The overview with the `top` most mentioned entities of each type (topEntities): the library's first view in one request. */
  overviewWithTop: (top: number) => get<Overview>('overview', { top }),
  documents: (limit: number, offset: number, sort?: string) => get<Page<DocumentItem>>('documents', { limit, offset, sort }),
  document: (id: string) => get<DocumentView>(`documents/${enc(id)}`),
  entities: (p: { type?: string; q?: string; sort?: string; limit?: number; offset?: number }) => get<Page<EntityItem>>('entities', p),
  entityDocuments: (key: string, p: { with?: string; sort?: string; limit?: number; offset?: number }) => get<EntityDocumentPage>(`entities/${enc(key)}/documents`, p),
  entity: (key: string, limit = 20, offset = 0) => get<EntityView>(`entities/${enc(key)}`, { limit, offset }),
  events: (p: { type?: string; from?: string; to?: string; place?: string; entity?: string; outlet?: string; dated?: boolean; disputed?: boolean; fact?: boolean; articleDates?: boolean; reports?: number; limit?: number; offset?: number }) => get<Page<EventItem>>('events', p),
  timeline: (p: { type?: string; from?: string; to?: string; place?: string; entity?: string; outlet?: string; limit?: number; offset?: number }) => get<TimelineView>('timeline', p),
  event: (key: string) => get<EventItem>(`events/${enc(key)}`),
  places: (p: { type?: string | null; from?: string | null; to?: string | null } = {}) => get<PlacePage>('places', { limit: 5000, brief: true, type: p.type ?? undefined, from: p.from ?? undefined, to: p.to ?? undefined }),
  place: (key: string) => get<PlaceItem>(`places/${enc(key)}`),
  claims: (p: { key?: string; disputed?: boolean; multi?: boolean; what?: string; said?: string; article?: string; sort?: string; limit?: number; offset?: number }) => get<Page<ClaimGroup>>('claims', p),
  figures: (p: { doc?: string; claim?: string; limit?: number; offset?: number }) => get<Page<FigureItem>>('figures', p),
  quotes: (p: { speaker?: string; doc?: string; limit?: number; offset?: number }) => get<Page<QuoteItem>>('quotes', p),
  search: (p: { q?: string; entity?: string; eventType?: string; year?: string; sort?: string; from?: string; to?: string; source?: string; limit?: number; offset?: number }) => get<SearchResult>('search', p),
  graph: (p: { types?: string; nationalities?: NationalityFilter; limit?: number; focus?: string }) => get<GraphView>('graph', p),
  graphEvidence: (a: string, b: string) => get<GraphEvidence>('graph/evidence', { a, b }),
};
