// Events, filterable by type, date range, place and entity; and the entity graph built from
// co-mentions and event roles.
import { EVENT_TYPES } from '../../types.js';
import type { GraphView } from '../api-types.js';
import type { Store } from '../../store/interface.js';
import type { CorpusSnapshot } from '../corpus-cache.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { normaliseName } from '../keys.js';
import { overlaps } from '../dates.js';
import { entityItem } from '../knowledge.js';
import { pageOf } from './paging.js';


export const eventRoutes = [
  route({
    method: 'GET',
    path: '/api/events',
    summary: 'Real-world events (reports of one event in several articles merged) in date order, undated last; filterable by type, date range, place and entity',
    tag: 'events',
    query: {
      type: { type: 'enum', values: EVENT_TYPES, description: 'Event type' },
      from: { type: 'date', description: 'Only events whose date range ends on or after this date' },
      to: { type: 'date', description: 'Only events whose date range starts on or before this date' },
      place: { type: 'string', maxLength: 100, description: 'Place name or country (case-insensitive)' },
      entity: { type: 'string', maxLength: 200, description: 'Entity key, e.g. PER:john smith' },
      dated: { type: 'boolean', description: 'true: only events with a full date range; false: only those without' },
      ...paging(50, 1000),
    },
    returns: 'EventPage',
    async handle({ app, query }) {
      const k = await app.corpus();
      const place = query.place ? normaliseName(query.place) : '';
      const ofEntity = query.entity ? new Set((k.eventsByEntity.get(query.entity) ?? []).map((x) => x.event.key)) : null;
      const items = k.events.filter((e) => {
        if (query.type && e.type !== query.type) return false;
        if (query.dated !== undefined && query.dated !== !!e.interval) return false;
        if (query.from || query.to) {
          if (!e.interval || !overlaps(e.interval, query.from, query.to)) return false;
        }
        if (place && !e.reports.some((r) => [r.place?.text, r.place?.place?.name, r.place?.place?.country].some((s) => !!s && normaliseName(s) === place))) return false;
        return !ofEntity || ofEntity.has(e.key);
      });
      return { ...pageOf(items, query.limit, query.offset), ...(app.corpusComputing() ? { computing: true } : {}) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/events/{key}',
    summary: 'One event by its key, or the event a report (documentId:eventId) belongs to',
    tag: 'events',
    query: {},
    returns: 'Event',
    async handle({ app, params }) {
      const k = await app.corpus();
      const e = k.eventByReport.get(params.key) ?? k.eventByKey.get(params.key);
      if (!e) throw new HttpError(404, app.corpusComputing() ? `no event "${params.key}" yet: events are still being merged, try again shortly` : `no event "${params.key}"`);
      return e;
    },
  }),
  route({
    method: 'GET',
    path: '/api/graph',
    summary: 'Entity graph: the most widely mentioned entities, linked when named close together (strongest links per entity) and by event roles',
    tag: 'entities',
    query: {
      types: { type: 'string', maxLength: 40, pattern: /^(PER|ORG|LOC|MISC)(,(PER|ORG|LOC|MISC))*$/, description: 'Comma-separated entity types, e.g. PER,ORG' },
      limit: { type: 'integer', min: 1, max: 500, default: 50, description: 'Most nodes to return' },
    },
    returns: 'Graph',
    async handle({ app, query }): Promise<GraphView> {
      const k = await app.corpus();
      return app.cached(`graph|${query.types ?? ''}|${query.limit}`, () => buildGraph(app.store, k, query.types, query.limit));
    },
  }),
];

/** Strongest co-mention links kept per node, so a few busy articles do not make a hairball. */
const LINKS_PER_NODE = 4;

async function buildGraph(store: Store, k: CorpusSnapshot, typeList: string | undefined, limit: number): Promise<GraphView> {
  const types = typeList ? typeList.split(',') : undefined;
  // Entities named once are noise at graph scale; keep them only when little else is left.
  let nodes = (await store.queryEntities({ types, minMentions: 2, limit })).items;
  if (nodes.length < Math.min(limit, 10)) nodes = (await store.queryEntities({ types, limit })).items;
  const inGraph = new Set(nodes.map((n) => n.key));
  const edges = new Map<string, GraphView['edges'][number]>();
  // Co-mentions: mentions within a sentence's reach, counted at save time (store summaries).
  for (const l of await store.nearLinks([...inGraph])) edges.set(`co-mention|${l.a}|${l.b}`, { source: l.a, target: l.b, kind: 'co-mention', weight: l.weight, label: '' });
  const add = (a: string, b: string, label: string) => {
    if (a === b || !inGraph.has(a) || !inGraph.has(b)) return;
    const id = `event|${a}|${b}`;
    const edge = edges.get(id);
    if (edge) {
      edge.weight++;
      if (!edge.label.split(', ').includes(label)) edge.label += `, ${label}`;
    } else edges.set(id, { source: a, target: b, kind: 'event', weight: 1, label });
  };
  for (const e of k.events) {
    // One edge per merged event, however many articles report it.
    const pairs = new Set<string>();
    for (const r of e.reports)
      for (const a of r.actors) for (const t of r.targets) if (a.entity && t.entity && a.entity !== t.entity) pairs.add(`${a.entity}\u0000${t.entity}`);
    for (const pair of pairs) {
      const [a, t] = pair.split('\u0000');
      add(a, t, e.type);
    }
  }
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
  return { nodes: nodes.map(entityItem), edges: [...edges.values()].filter((e) => e.kind === 'event' || kept.has(e)) };
}
