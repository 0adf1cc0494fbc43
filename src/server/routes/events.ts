// Events, filterable by type, date range, place and entity; and the entity graph built from
// co-mentions and event roles.
import type { EventType } from '../../types.js';
import type { GraphView } from '../api-types.js';
import type { KnowledgeIndex } from '../knowledge.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { normaliseName } from '../keys.js';
import { overlaps } from '../dates.js';
import { entityItem, rankedEntities } from './entities.js';
import { pageOf } from './paging.js';

const EVENT_TYPES: readonly EventType[] = [
  'attack', 'killing', 'arrest', 'detention', 'raid', 'deportation', 'extradition', 'prosecution', 'designation', 'agreement', 'meeting', 'other',
];

export const eventRoutes = [
  route({
    method: 'GET',
    path: '/api/events',
    summary: 'Events in date order (undated last), filterable by type, date range, place and entity',
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
      const k = await app.knowledge();
      const place = query.place ? normaliseName(query.place) : '';
      const ofEntity = query.entity ? new Set((k.eventsByEntity.get(query.entity) ?? []).map((x) => x.event.key)) : null;
      const items = k.events.filter((e) => {
        if (query.type && e.type !== query.type) return false;
        if (query.dated !== undefined && query.dated !== !!e.interval) return false;
        if (query.from || query.to) {
          if (!e.interval || !overlaps(e.interval, query.from, query.to)) return false;
        }
        if (place) {
          const names = [e.place?.text, e.place?.place?.name, e.place?.place?.country].filter(Boolean).map((s) => normaliseName(s!));
          if (!names.includes(place)) return false;
        }
        return !ofEntity || ofEntity.has(e.key);
      });
      return pageOf(items, query.limit, query.offset);
    },
  }),
  route({
    method: 'GET',
    path: '/api/events/{key}',
    summary: 'One event by its key (documentId:eventId)',
    tag: 'events',
    query: {},
    returns: 'Event',
    async handle({ app, params }) {
      const k = await app.knowledge();
      const e = k.events.find((x) => x.key === params.key);
      if (!e) throw new HttpError(404, `no event "${params.key}"`);
      return e;
    },
  }),
  route({
    method: 'GET',
    path: '/api/graph',
    summary: 'Entity graph: the most widely mentioned entities, linked by co-mention and by event roles',
    tag: 'entities',
    query: {
      types: { type: 'string', maxLength: 40, pattern: /^(PER|ORG|LOC|MISC)(,(PER|ORG|LOC|MISC))*$/, description: 'Comma-separated entity types, e.g. PER,ORG' },
      limit: { type: 'integer', min: 1, max: 500, default: 80, description: 'Most nodes to return' },
    },
    returns: 'Graph',
    async handle({ app, query }): Promise<GraphView> {
      const k = await app.knowledge();
      return k.memo(`graph|${query.types ?? ''}|${query.limit}`, () => buildGraph(k, query.types, query.limit));
    },
  }),
];

function buildGraph(k: KnowledgeIndex, typeList: string | undefined, limit: number): GraphView {
  const types = typeList ? new Set(typeList.split(',')) : null;
  const nodes = rankedEntities(k).filter((e) => !types || types.has(e.type)).slice(0, limit);
  const inGraph = new Set(nodes.map((n) => n.key));
  const edges = new Map<string, GraphView['edges'][number]>();
  const add = (a: string, b: string, kind: 'co-mention' | 'event', label: string) => {
    if (a === b || !inGraph.has(a) || !inGraph.has(b)) return;
    const [s, t] = kind === 'co-mention' && a > b ? [b, a] : [a, b];
    const id = `${kind}|${s}|${t}`;
    const edge = edges.get(id);
    if (edge) {
      edge.weight++;
      if (kind === 'event' && !edge.label.split(', ').includes(label)) edge.label += `, ${label}`;
    } else edges.set(id, { source: s, target: t, kind, weight: 1, label });
  };
  for (const d of k.docs.values()) {
    const keys = [...d.entities].filter((x) => inGraph.has(x));
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) add(keys[i], keys[j], 'co-mention', 'co-mentioned');
  }
  for (const e of k.events)
    for (const a of e.actors) for (const t of e.targets) if (a.entity && t.entity) add(a.entity, t.entity, 'event', e.type);
  for (const edge of edges.values()) if (edge.kind === 'co-mention') edge.label = `${edge.weight} shared document${edge.weight === 1 ? '' : 's'}`;
  return { nodes: nodes.map(entityItem), edges: [...edges.values()] };
}
