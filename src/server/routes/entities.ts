// Entities (keyed by normalised text + type until resolution exists): list, and one entity with
// its mentions in context, co-mentioned entities, events and quotes.
import type { EntityItem, EntityView, MentionInContext } from '../api-types.js';
import type { EntityEntry, KnowledgeIndex } from '../knowledge.js';
import { HttpError } from '../http.js';
import { paging } from '../params.js';
import { route } from '../router.js';
import { normaliseName } from '../keys.js';
import { placeItem } from './places.js';
import { pageOf } from './paging.js';

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const CONTEXT_CHARS = 90;
const EVENT_CAP = 50;

export function entityItem(e: EntityEntry): EntityItem {
  return { key: e.key, name: e.name, type: e.type, mentions: e.mentions.length, documents: e.docs.size };
}

export function rankedEntities(k: KnowledgeIndex): EntityEntry[] {
  return [...k.entities.values()].sort((a, b) => b.docs.size - a.docs.size || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export const entityRoutes = [
  route({
    method: 'GET',
    path: '/api/entities',
    summary: 'Entities by number of documents mentioning them',
    tag: 'entities',
    query: {
      type: { type: 'enum', values: ENTITY_TYPES, description: 'Entity type' },
      q: { type: 'string', maxLength: 100, description: 'Only entities whose name contains this text' },
      ...paging(50, 500),
    },
    returns: 'EntityPage',
    async handle({ app, query }) {
      const k = await app.knowledge();
      const needle = query.q ? normaliseName(query.q) : '';
      const items = rankedEntities(k).filter(
        (e) => (!query.type || e.type === query.type) && (!needle || e.key.slice(e.key.indexOf(':') + 1).includes(needle)),
      );
      return pageOf(items.map(entityItem), query.limit, query.offset);
    },
  }),
  route({
    method: 'GET',
    path: '/api/entities/{key}',
    summary: 'One entity: aliases, mentions in context, co-mentioned entities, events, quotes',
    tag: 'entities',
    query: paging(20, 200),
    returns: 'Entity',
    async handle({ app, params, query }): Promise<EntityView> {
      const k = await app.knowledge();
      const e = k.entities.get(params.key);
      if (!e) throw new HttpError(404, `no entity "${params.key}"`);
      const contexts: MentionInContext[] = [];
      for (const m of e.mentions.slice(query.offset, query.offset + query.limit)) {
        const text = (await app.textOf(m.docId)) ?? '';
        contexts.push({
          docId: m.docId,
          docTitle: k.title(m.docId),
          start: m.start,
          end: m.end,
          before: clipStart(text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start)),
          text: text.slice(m.start, m.end) || m.text,
          after: clipEnd(text.slice(m.end, m.end + CONTEXT_CHARS)),
        });
      }
      const shared = new Map<string, number>();
      for (const docId of e.docs)
        for (const other of k.docs.get(docId)?.entities ?? []) if (other !== e.key) shared.set(other, (shared.get(other) ?? 0) + 1);
      const coMentioned = [...shared]
        .map(([key, n]) => ({ ...entityItem(k.entities.get(key)!), shared: n }))
        .sort((a, b) => b.shared - a.shared || b.mentions - a.mentions)
        .slice(0, 30);
      // Newest first, capped: an entity in thousands of events still answers quickly.
      const allEvents = k.eventsByEntity.get(e.key) ?? [];
      const events = allEvents.slice(-EVENT_CAP).reverse().map(({ event, role }) => ({ ...event, role }));
      const quotes = k.quotes.filter((q) => q.speakerEntity === e.key);
      const place = e.type === 'LOC' ? [...k.places.values()].find((p) => normaliseName(p.place.name) === normaliseName(e.name)) : undefined;
      return {
        ...entityItem(e),
        aliases: [...e.aliases].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
        mentionsInContext: { total: e.mentions.length, limit: query.limit, offset: query.offset, items: contexts },
        coMentioned,
        eventCount: allEvents.length,
        events,
        quoteCount: quotes.length,
        quotes: quotes.slice(0, EVENT_CAP),
        ...(place ? { place: placeItem(k, place) } : {}),
      };
    },
  }),
];

/** Context cut at a word boundary so snippets do not start or end mid-word. */
function clipStart(s: string): string {
  const i = s.search(/\s/);
  return s.length >= CONTEXT_CHARS && i >= 0 ? '…' + s.slice(i + 1) : s;
}

function clipEnd(s: string): string {
  const i = s.lastIndexOf(' ');
  return s.length >= CONTEXT_CHARS && i > 0 ? s.slice(0, i) + '…' : s;
}
