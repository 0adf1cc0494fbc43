// Events, filterable by type, date range, place and entity; and the entity graph built from
// co-mentions and event roles.
import type { EventItem, EventReport, GraphEvidence, GraphView, NationalityFilter, TimelineView } from '../api-types.js';
import type { EntityRow, Store } from '../../store/interface.js';
import type { CorpusSnapshot } from '../corpus-cache.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route, type AppContext } from '../router.js';
import { mentionKey, normaliseName } from '../keys.js';
import { compareIso, dateInterval } from '../../date-interval.js';
import { copiedArticles, duplicateGroups, entityItem, repeatedReportsOf, titleOf } from '../knowledge.js';
import { asReports, pairCopies, queryEntityReports } from '../../corpus/report-counts.js';
import { pageOf } from './paging.js';
import { countsBrief } from '../../event-view/merged-events.js';
import { typeAndDateFilters, typeAndDateTest, typeTest } from '../event-filter-params.js';
import { firstKept, keptByNationalities, NATIONALITY_FILTERS } from '../graph-nationalities.js';


/** Reports per event in the listing: an event reported by hundreds of articles would otherwise make a page of megabytes. */
const LISTING_REPORTS = 10;

/** Reports on one event's page: the most reported events have thousands at 100k documents. */
const EVENT_PAGE_REPORTS = 100;

/** The filters the event listing and the timeline share. */
const eventFilters = {
  ...typeAndDateFilters,
  place: { type: 'string', maxLength: 100, description: 'Place name or country (case-insensitive)' },
  entity: { type: 'string', maxLength: 200, description: 'Entity key, e.g. PER:john smith' },
  outlet: { type: 'string', maxLength: 200, description: 'Only events reported by an article whose source (site, URL or file path) or outlet set by a person contains this text (case-insensitive)' },
} as const;

export const eventRoutes = [
  route({
    method: 'GET',
    path: '/api/events',
    summary: 'Real-world events (reports of one event in several articles merged) in date order, undated last; filterable by type, date range, place and entity',
    tag: 'events',
    query: {
      ...eventFilters,
      dated: { type: 'boolean', description: 'true: only events with a full date range; false: only those without' },
      disputed: { type: 'boolean', description: 'true: only events whose reports disagree (date, place or a count)' },
      fact: { type: 'boolean', description: 'true: only events on the timeline (some report asserts or alleges them); false: only the others (planned, hypothetical, negated, denied)' },
      reports: { type: 'integer', min: 0, max: 100, default: LISTING_REPORTS, description: `At most this many reports per event, the first published (reportCount then says how many there are); /api/events/{key} has them all` },
      articleDates: { type: 'boolean', default: false, description: 'true: an event without a date of its own counts as dated at its first article\'s publication date (for from, to, dated and the order)' },
      ...paging(50, 1000),
    },
    returns: 'EventPage',
    async handle({ app, query }) {
      const items = await filterEvents(app, query);
      const page = pageOf(items, query.limit, query.offset);
      const { groupOf } = await duplicateGroups(app);
      page.items = page.items.map((e) => briefEvent(withCopies(e, groupOf), query.reports));
      return { ...page, ...(app.corpusComputing() ? { computing: true } : {}) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/timeline',
    summary: 'Events placed in time, compact: a density histogram over all matches and one page of placed events (events without a date of their own at their article\'s date, marked so). Only facts: events some report asserts or alleges; planned, hypothetical, negated and denied ones stay on /api/events and the event pages',
    tag: 'events',
    query: {
      ...eventFilters,
      ...paging(1000, 2000),
    },
    returns: 'Timeline',
    async handle({ app, query }): Promise<TimelineView> {
      const k = await app.corpus();
      const { groupOf } = await duplicateGroups(app);
      const { types, starts, ends, facts, byReports } = k.timeline;
      const events = k.eventsByArticleDate;
      // Type and dates are read from the snapshot's columns; the other filters test the events.
      const others = query.place || query.entity || query.outlet ? await eventMatcher(app, k, { place: query.place, entity: query.entity, outlet: query.outlet }) : null;
      const after = query.from ? dateInterval(query.from)?.start : undefined;
      const before = query.to ? dateInterval(query.to)?.end : undefined;
      const isPlaced = new Uint8Array(events.length);
      const placed: number[] = [];
      let unplaced = 0;
      const ofType = typeTest(query.type);
      for (let i = 0; i < events.length; i++) {
        if (!facts[i] || (ofType && !ofType(types[i])) || (others && !others(events[i]))) continue;
        if (!starts[i]) unplaced++;
        else if ((after === undefined || ends[i] > after) && (before === undefined || starts[i] < before)) {
          isPlaced[i] = 1;
          placed.push(i);
        }
      }
      // Most-reported first when cut, so what is left out is the least reported; drawn in date order.
      let shown: number[];
      if (placed.length > query.limit + query.offset) {
        shown = [];
        for (const i of byReports) if (isPlaced[i] && shown.push(i) >= query.limit + query.offset) break;
        shown = shown.slice(query.offset).sort((a, b) => compareIso(starts[a], starts[b]));
      } else shown = placed.slice(query.offset, query.offset + query.limit);
      return {
        total: placed.length,
        limit: query.limit,
        offset: query.offset,
        unplaced,
        density: density(placed.map((i) => starts[i])),
        items: shown.map((i) => {
          const e = events[i];
          const copies = copiedArticles(e, groupOf);
          return {
            key: e.key, type: e.type, title: e.title, date: e.date, interval: (e.interval ?? e.articleInterval)!, articleDate: !e.interval,
            documentCount: e.documentCount, disputed: e.conflicts.length > 0, firstTitle: e.reports[0]?.docTitle ?? '', ...countsBrief(e),
            ...(copies ? { copies } : {}),
            ...(e.reports[0] ? { sentence: { docId: e.reports[0].docId, ...e.reports[0].sentenceSpan } } : {}),
          };
        }),
        ...(app.corpusComputing() ? { computing: true } : {}),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/events/{key}',
    summary: 'One event by its key, or the event a report (documentId:eventId) belongs to; its reports paged (first published first), the report a key names always included',
    tag: 'events',
    query: paging(EVENT_PAGE_REPORTS, 1000),
    returns: 'Event',
    async handle({ app, params, query }) {
      const k = await app.corpus();
      const e = k.eventByReport.get(params.key) ?? k.eventByKey.get(params.key);
      if (!e) throw new HttpError(404, app.corpusComputing() ? `no event "${params.key}" yet: events are still being merged, try again shortly` : `no event "${params.key}"`);
      const marked = withCopies(e, (await duplicateGroups(app)).groupOf);
      if (query.offset === 0 && marked.reports.length <= query.limit) return marked;
      const reports = marked.reports.slice(query.offset, query.offset + query.limit);
      const named = marked.reports.find((r) => r.key === params.key);
      if (named && !reports.includes(named)) reports.push(named);
      return { ...marked, reports, reportCount: marked.reports.length };
    },
  }),
  route({
    method: 'GET',
    path: '/api/graph',
    summary: 'Entity graph: the most widely mentioned entities, linked when named close together (strongest links per entity) and by event roles',
    tag: 'entities',
    query: {
      types: { type: 'string', maxLength: 40, pattern: /^(PER|ORG|LOC|MISC)(,(PER|ORG|LOC|MISC))*$/, expected: 'entity types separated by commas (PER,ORG), each one of PER, ORG, LOC, MISC', description: 'Comma-separated entity types, e.g. PER,ORG' },
      limit: { type: 'integer', min: 1, max: 500, default: 50, description: 'Most nodes to return' },
      focus: { type: 'string', maxLength: 200, description: 'Start from this entity key: it and the entities most often named with it' },
      nationalities: { type: 'enum', values: NATIONALITY_FILTERS, default: 'include', description: 'Which MISC names to keep: include (all), exclude (all but nationalities such as "Greek"; armed groups and events stay) or only (nationalities only)' },
    },
    returns: 'Graph',
    async handle({ app, query }): Promise<GraphView> {
      const k = await app.corpus();
      const key = `graph|${query.types ?? ''}|${query.limit}|${query.focus ?? ''}|${query.nationalities}`;
      return app.cached(key, () => buildGraph(app, k, { typeList: query.types, limit: query.limit, focus: query.focus, nationalities: query.nationalities }));
    },
  }),
  route({
    method: 'GET',
    path: '/api/graph/evidence',
    summary: 'Why two entities are linked: sentences naming both, and the events joining them',
    tag: 'entities',
    query: {
      a: { type: 'string', maxLength: 200, description: 'Entity key' },
      b: { type: 'string', maxLength: 200, description: 'Entity key' },
      limit: { type: 'integer', min: 1, max: 50, default: 8, description: 'Most sentences to return' },
    },
    returns: 'GraphEvidence',
    async handle({ app, query }): Promise<GraphEvidence> {
      if (!query.a || !query.b) throw new HttpError(400, 'give two entity keys: a and b');
      return edgeEvidence(app, query.a, query.b, query.limit);
    },
  }),
];


/** An event with at most `n` reports (the first published), for listings. */
export function briefEvent<T extends EventItem>(e: T, n: number): T {
  return e.reports.length <= n ? e : { ...e, reports: e.reports.slice(0, n), reportCount: e.reports.length };
}

interface EventFilter {
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  entity?: string;
  outlet?: string;
  dated?: boolean;
  disputed?: boolean;
  fact?: boolean;
  articleDates?: boolean;
}

/** The merged events matching the filters, in date order (article dates included when asked). */
async function filterEvents(app: AppContext, query: EventFilter): Promise<EventItem[]> {
  const k = await app.corpus();
  const matches = await eventMatcher(app, k, query);
  return (query.articleDates ? k.eventsByArticleDate : k.events).filter(matches);
}

/** The test an event passes when it matches the filters (from, to and dated on article dates when asked). */
async function eventMatcher(app: AppContext, k: CorpusSnapshot, query: EventFilter): Promise<(e: EventItem) => boolean> {
  const place = query.place ? normaliseName(query.place) : '';
  const ofEntity = query.entity ? new Set((k.eventsByEntity.get(query.entity) ?? []).map((x) => x.event.key)) : null;
  const outlets = query.outlet ? await reportOutlets(app, k) : null;
  const outlet = query.outlet?.toLowerCase() ?? '';
  const when = (e: EventItem) => e.interval ?? (query.articleDates ? e.articleInterval ?? null : null);
  const ofTypeAndDates = typeAndDateTest(query, when);
  return (e) => {
    if (!ofTypeAndDates(e)) return false;
    if (query.disputed !== undefined && query.disputed !== e.conflicts.length > 0) return false;
    if (query.fact !== undefined && query.fact !== e.timelineFact) return false;
    if (query.dated !== undefined && query.dated !== !!when(e)) return false;
    if (place && !e.reports.some((r) => [r.place?.text, r.place?.place?.name, r.place?.place?.country].some((s) => !!s && normaliseName(s) === place))) return false;
    if (outlets && !e.reports.some((r) => outlets.get(r.docId)?.includes(outlet))) return false;
    return !ofEntity || ofEntity.has(e.key);
  };
}

/** Per reporting article: its source and the outlet a person set, lowercased (for the outlet filter). */
function reportOutlets(app: AppContext, k: CorpusSnapshot): Promise<Map<string, string>> {
  return app.cached('report-outlets', async () => {
    const ids = [...new Set(k.events.flatMap((e) => e.reports.map((r) => r.docId)))];
    const overrides = await app.overrides();
    const outlets = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500)
      for (const d of await app.store.documentSummaries(ids.slice(i, i + 500))) outlets.set(d.id, `${d.source}\n${overrides.outlet(d.id) ?? ''}`.toLowerCase());
    return outlets;
  });
}

/** Events per time bucket (day, month or year, whichever gives at most ~400 buckets). */
function density(starts: string[]): TimelineView['density'] {
  if (!starts.length) return { unit: 'year', buckets: [] };
  const sorted = [...starts].sort();
  const days = (Date.parse(sorted[sorted.length - 1]) - Date.parse(sorted[0])) / 86_400_000;
  const unit = days <= 400 ? 'day' : days <= 400 * 30 ? 'month' : 'year';
  const cut = unit === 'day' ? 10 : unit === 'month' ? 7 : 4;
  const counts = new Map<string, number>();
  for (const s of sorted) counts.set(s.slice(0, cut), (counts.get(s.slice(0, cut)) ?? 0) + 1);
  return { unit, buckets: [...counts].map(([start, count]) => ({ start, count })) };
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Strongest co-mention links kept per node, so a few busy articles do not make a hairball. */
const LINKS_PER_NODE = 4;

interface GraphQuery {
  typeList: string | undefined;
  limit: number;
  focus: string | undefined;
  nationalities: NationalityFilter;
}

async function buildGraph(app: AppContext, k: CorpusSnapshot, { typeList, limit, focus, nationalities }: GraphQuery): Promise<GraphView> {
  const { store } = app;
  const types = typeList ? typeList.split(',') : undefined;
  const keep = (e: EntityRow) => (!types || types.includes(e.type)) && keptByNationalities(nationalities, e);
  // nodes count a near-duplicate group once; the busiest are chosen on that count, as the listing orders
  const repeated = await repeatedReportsOf(app);
  let nodes: EntityRow[];
  if (focus) {
    const [self] = (await store.queryEntities({ keys: [focus] })).items;
    if (!self) throw new HttpError(404, `no entity "${focus}"`);
    const near = (await store.coMentioned(focus, Math.min(limit, 60) * 3)).filter(keep).slice(0, Math.min(limit, 60));
    nodes = [self, ...near].map((n) => asReports(n, repeated));
  } else {
    // Entities named once are noise at graph scale; keep them only when little else is left.
    const busiest = (minMentions?: number) => firstKept((n) => queryEntityReports(store, { types, minMentions, limit: n }, repeated).then((p) => p.items), keep, limit);
    nodes = await busiest(2);
    if (nodes.length < Math.min(limit, 10)) nodes = await busiest();
  }
  const inGraph = new Set(nodes.map((n) => n.key));
  const edges = new Map<string, GraphView['edges'][number]>();
  // Co-mentions: mentions within a sentence's reach, counted at save time (store summaries).
  // Strongest first, ties by key: which links each node keeps, and their order, never depend on the
  // order an engine returns rows in (SQLite and PostgreSQL kept different links among equal weights).
  const links = (await store.nearLinks([...inGraph])).sort((x, y) => y.weight - x.weight || byKey(x.a, y.a) || byKey(x.b, y.b));
  for (const l of links) edges.set(`co-mention|${l.a}|${l.b}`, { source: l.a, target: l.b, kind: 'co-mention', weight: l.weight, label: '' });
  // Event roles: actor → target links, counted once per corpus snapshot (not per request).
  for (const a of inGraph)
    for (const [b, link] of k.roleLinks.get(a) ?? [])
      if (b !== a && inGraph.has(b)) edges.set(`event|${a}|${b}`, { source: a, target: b, kind: 'event', weight: link.weight, label: link.types.join(', ') });
  // Keep each node's strongest co-mention links only.
  const co = [...edges.values()].filter((e) => e.kind === 'co-mention').sort((a, b) => b.weight - a.weight);
  const degree = new Map<string, number>();
  const kept = new Set<GraphView['edges'][number]>();
  for (const e of co) {
    const ds = degree.get(e.source) ?? 0;
    const dt = degree.get(e.target) ?? 0;
    if (ds >= LINKS_PER_NODE && dt >= LINKS_PER_NODE) continue;
    kept.add(e);
    degree.set(e.source, ds + 1);
    degree.set(e.target, dt + 1);
    e.label = `mentioned together ${e.weight} time${e.weight === 1 ? '' : 's'}`;
  }
  // From a focus entity, its own links are always kept: they are why the others are shown.
  return { nodes: nodes.map(entityItem), edges: [...edges.values()].filter((e) => e.kind === 'event' || kept.has(e) || (focus && (e.source === focus || e.target === focus))) };
}

const EVIDENCE_DOCS = 20;
const NEAR_CHARS = 300;

/** Sentences naming both entities (from the newest articles naming both) and the events joining them. */
async function edgeEvidence(app: AppContext, a: string, b: string, limit: number): Promise<GraphEvidence> {
  // The store pages the articles naming both (reading the entity in fewer articles), not this route.
  const both = await app.store.entityDocumentPage(a, { with: b, sort: 'date', limit: EVIDENCE_DOCS, offset: 0 });
  const info = new Map(both.items.map((d) => [d.docId, d]));
  // the articles' mentions in one query, their entity only
  const mentionsOf = new Map<string, Array<{ key: string | null; start: number; end: number }>>(both.items.map((d) => [d.docId, []]));
  for (const m of await app.store.mentionEntitiesOfDocuments(both.items.map((d) => d.docId))) mentionsOf.get(m.docId)?.push({ key: mentionKey(m), start: m.start, end: m.end });
  const pairs: Array<{ docId: string; start: number; end: number }> = [];
  for (const d of both.items) {
    if (pairs.length >= limit) break;
    const mentions = mentionsOf.get(d.docId) ?? [];
    const ofA = mentions.filter((m) => m.key === a);
    const ofB = mentions.filter((m) => m.key === b);
    const pair = ofA.flatMap((x) => ofB.map((y) => [x, y] as const)).find(([x, y]) => Math.abs(x.start - y.start) <= NEAR_CHARS);
    if (pair) pairs.push({ docId: d.docId, start: Math.min(pair[0].start, pair[1].start), end: Math.max(pair[0].end, pair[1].end) });
  }
  // Only articles with a close pair are read: most articles naming both never name them together.
  const texts = await app.textsOf(pairs.map((p) => p.docId));
  const sentences: GraphEvidence['sentences'] = pairs.map((p) => {
    const text = texts.get(p.docId) ?? '';
    const span = sentenceSpan(text, p.start, p.end);
    return { docId: p.docId, docTitle: titleOf(info, p.docId), text: text.slice(span.start, span.end), start: span.start, end: span.end };
  });
  const k = await app.corpus();
  const events = (k.eventsByEntity.get(a) ?? []).filter(({ event }) => (k.eventsByEntity.get(b) ?? []).some((x) => x.event.key === event.key)).slice(0, limit);
  // articles naming both count each near-duplicate group once, as the entity page counts them
  const copies = both.total > 1 ? Math.min(pairCopies(await duplicateGroups(app), a, b), both.total - 1) : 0;
  return { documents: both.total - copies, ...(copies ? { copies } : {}), sentences, events: events.map(({ event }) => ({ key: event.key, type: event.type, title: event.title, date: event.date })) };
}

/** The sentence(s) holding [start, end): the segmenter's sentences around the span. */
function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - 600);
  let s = start;
  let e = end;
  for (const seg of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text.slice(from, Math.min(text.length, end + 600)))) {
    const a = from + seg.index;
    const b = a + seg.segment.trimEnd().length;
    if (a <= start && a + seg.segment.length > start) s = a;
    if (a < end && b >= end - 1) e = Math.max(e, b);
  }
  return { start: s, end: e };
}

/** Each report whose article is a near-duplicate copy of an earlier report's article says whose
 *  (`copyOf`), and the event how many of its articles are such copies (`copies`): two sites carrying
 *  one wire text are one source, not two confirming each other. */
export function withCopies(e: EventItem, groupOf: Map<string, number>): EventItem {
  const firstOf = new Map<number, string>();
  let copied = false;
  const reports = e.reports.map((r): EventReport => {
    const group = groupOf.get(r.docId);
    if (group === undefined) return r;
    const first = firstOf.get(group);
    if (first === undefined) {
      firstOf.set(group, r.docId);
      return r;
    }
    if (first === r.docId) return r;
    copied = true;
    return { ...r, copyOf: first };
  });
  return copied ? { ...e, reports, copies: copiedArticles(e, groupOf) } : e;
}
