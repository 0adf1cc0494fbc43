// Corpus-level groupings the API serves: merged real-world events (event coreference) and claim
// groups. Both are whole-corpus computations (seconds on 100k documents), so the server runs this
// in a worker thread after startup and after the store changes, and serves the last result.
// The result is plain data (it crosses the thread boundary by structured clone).
import type { Store } from '../store/interface.js';
import type { ClaimGroup, EventItem } from './api-types.js';
import { loadClaimGroups, loadEventClusters } from '../corpus/index.js';
import { mergedEvents, type LinkedEvent } from '../event-view/linked-events.js';
import { compareIso, comparePublished } from '../date-interval.js';

/** A claim group as the API serves it, but with its figures' locations, not the figures. */
export interface ClaimRecord extends Omit<ClaimGroup, 'figures' | 'figureCount'> {
  /** The figures' locations: [docId, start]. */
  figures: Array<[string, number]>;
}

export interface CorpusData {
  generation: number;
  /** Real-world events in date order, undated last. */
  events: LinkedEvent[];
  /** Orders the listings need, as indexes into events (computed here, off the server's thread). */
  orders: EventOrders;
  /** Actor → target pairs of entities with the merged events joining them (one per event) and their types. */
  roleLinks: Array<[actor: string, target: string, events: number, types: string[]]>;
  claims: ClaimRecord[];
  seconds: number;
}

export interface EventOrders {
  /** By date, an event without its own at its first article's date; undated last. */
  byArticleDate: number[];
  /** Most reporting articles first; ties in byArticleDate order. */
  byReports: number[];
}

export async function computeCorpus(store: Store): Promise<CorpusData> {
  const started = performance.now();
  const generation = await store.generation();
  const clusters = await loadEventClusters(store);
  const events = await mergedEvents(store, clusters);
  const claims = (await loadClaimGroups(store, clusters)).map((g) => ({
    key: g.id,
    what: g.quantity,
    relation: g.relation,
    disputed: g.disputed,
    reason: g.reason,
    values: [...new Set(g.claims.map((c) => c.value))].sort((x, y) => x - y),
    // Earliest article first, one whose date has no year after those with one (as text "--02-14"
    // sorts before every year, and a toll read later seemed to come first).
    figures: [...g.claims].sort((a, b) => comparePublished(a.published, b.published)).map((c): [string, number] => [c.docId, c.start]),
    ...eventOfClaim(g.key),
  }));
  return { generation, events, orders: eventOrders(events.map((e) => e.event)), roleLinks: eventRoleLinks(events.map((e) => e.event)), claims, seconds: Math.round(performance.now() - started) / 1000 };
}

/** The merged event whose counts a claim group compares (corpus/claims/event-counts.ts keys them "event|ID|count"). */
function eventOfClaim(key: string): { event?: string } {
  const m = /^event\|(.+)\|[^|]+$/.exec(key);
  return m ? { event: m[1] } : {};
}

function eventOrders(events: EventItem[]): EventOrders {
  const start = events.map((e) => (e.interval ?? e.articleInterval)?.start ?? '9999');
  const byArticleDate = events.map((_, i) => i).sort((a, b) => compareIso(start[a], start[b]) || a - b);
  const rank = new Map(byArticleDate.map((i, r) => [i, r]));
  const byReports = [...byArticleDate].sort((a, b) => events[b].documentCount - events[a].documentCount || rank.get(a)! - rank.get(b)!);
  return { byArticleDate, byReports };
}

function eventRoleLinks(events: EventItem[]): CorpusData['roleLinks'] {
  const links = new Map<string, { actor: string; target: string; events: number; types: string[] }>();
  for (const e of events) {
    const pairs = new Set<string>();
    for (const r of e.reports)
      for (const a of r.actors) for (const t of r.targets) if (a.entity && t.entity && a.entity !== t.entity) pairs.add(`${a.entity}\u0000${t.entity}`);
    for (const pair of pairs) {
      const link = links.get(pair);
      if (!link) {
        const [actor, target] = pair.split('\u0000');
        links.set(pair, { actor, target, events: 1, types: [e.type] });
      } else {
        link.events++;
        if (!link.types.includes(e.type)) link.types.push(e.type);
      }
    }
  }
  return [...links.values()].map((l) => [l.actor, l.target, l.events, l.types]);
}

