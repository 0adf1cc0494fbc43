// Corpus-level views computed from stored annotations: claim groups and merged events.
// Both are linear passes with hash-map blocking, cheap enough to compute on demand.
import type { EventRecord, Figure, Place } from '../types.js';
import type { Store, StoredAnnotation } from '../store/interface.js';
import { documentCountries, groupClaims, reportFamilies, type ClaimGroup, type ClaimInput } from './claims/group.js';
import { clusterEvents, type EventCluster, type EventInput } from './events/coreference.js';
import { dismissedClaims, eventLinks } from './curation.js';
import { eventInputsOf } from './events/inputs.js';
import { eventCountGroups, type CountedCluster } from './claims/event-counts.js';

type Located<T> = StoredAnnotation & { docId: string; data: T };

/** Rows read per query when paging through a whole annotation kind. */
const PAGE = 5000;

/** Reads one annotation kind page by page, keeping only what the caller maps each row to. */
async function collect<T>(store: Store, kind: StoredAnnotation['kind'], map: (row: StoredAnnotation & { docId: string }) => T): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.listAnnotations({ kind, limit: PAGE, offset });
    for (const r of rows) out.push(map(r));
    if (rows.length < PAGE) return out;
  }
}

const hasCounts = (e: EventRecord): boolean => Object.keys(e.counts ?? {}).length > 0;

/** Claim groups over the whole corpus (figures read page by page so peak memory stays low): figures about one
 *  quantity, and the counts of each merged event its reports give (pass the clusters when already loaded). */
export async function loadClaimGroups(store: Store, clusters?: CountedCluster[]): Promise<ClaimGroup[]> {
  const countries = documentCountries(await collect(store, 'place', placeCountry));
  const inputs = await collect(store, 'figure', (f) => claimInputOf(f, countries));
  // publication dates order updates ("the toll rose from 38,000 to 150,000")
  const docIds = [...new Set(inputs.map((f) => f.docId))];
  const published = new Map<string, string | null>();
  for (let i = 0; i < docIds.length; i += 500) for (const d of await store.documentSummaries(docIds.slice(i, i + 500))) published.set(d.id, d.published);
  for (const f of inputs) f.published = published.get(f.docId) ?? null;
  const dismissed = await dismissedClaims(store);
  const reportOf = reportFamilies(await store.listNearDuplicatePairs());
  // without the corpus's clusters at hand, merge only the reports that count someone: they are all a toll can come from
  const byEvent = eventCountGroups(clusters ?? (await loadEventClusters(store, hasCounts)), inputs, reportOf);
  return [...groupClaims(inputs, reportOf), ...byEvent].filter((g) => !dismissed.has(g.id)).sort((a, b) => Number(b.disputed) - Number(a.disputed) || b.claims.length - a.claims.length);
}

/** A stored place's document and country (what claim grouping needs of it). */
export function placeCountry(p: StoredAnnotation & { docId: string }): { docId: string; countryCode: string | null } {
  return { docId: p.docId, countryCode: (p.data.place as Place | undefined)?.countryCode ?? null };
}

/** A stored figure as claim grouping reads it, with its document's country. */
export function claimInputOf(f: StoredAnnotation & { docId: string }, countries: Map<string, string>): ClaimInput {
  const d = f.data as unknown as Figure & { sentenceText?: unknown };
  return {
    docId: f.docId,
    start: f.start,
    end: f.end,
    value: d.value,
    qualifier: d.qualifier,
    ...(typeof d.vagueWords === 'string' && d.vagueWords ? { vagueWords: d.vagueWords } : {}),
    ...(typeof d.qualifierWords === 'string' && d.qualifierWords ? { qualifierWords: d.qualifierWords } : {}),
    what: d.what,
    ...(d.unit !== undefined ? { unit: d.unit } : {}),
    source: d.attribution?.source ?? null,
    evidence: f.text,
    context: typeof d.sentenceText === 'string' ? d.sentenceText : undefined,
    documentCountry: countries.get(f.docId) ?? null,
    ...(d.conflict ? { conflict: d.conflict } : {}),
  };
}

/** Merged events over the whole corpus; with `only`, of those reports alone (and only their documents' names and places are read). */
export async function loadEventClusters(store: Store, only?: (e: EventRecord) => boolean): Promise<Array<EventCluster & { events: Array<Located<EventRecord>> }>> {
  const all = (await store.listAnnotations({ kind: 'event' })) as Array<Located<EventRecord>>;
  const events = only ? all.filter((e) => only(e.data)) : all;
  const byDoc = new Map<string, Array<Located<EventRecord>>>();
  for (const e of events) {
    const list = byDoc.get(e.docId);
    if (list) list.push(e);
    else byDoc.set(e.docId, [e]);
  }
  const published = new Map<string, string | null>();
  const ids = [...byDoc.keys()];
  for (let i = 0; i < ids.length; i += 500) for (const d of await store.documentSummaries(ids.slice(i, i + 500))) published.set(d.id, d.published);
  const inputs: EventInput[] = [];
  for (const [docId, docEvents] of byDoc) {
    const context = [
      ...(await store.listAnnotations({ kind: 'mention', docId })),
      ...(await store.listAnnotations({ kind: 'place', docId })),
    ];
    inputs.push(...eventInputsOf(docId, [...context, ...docEvents], undefined, published.get(docId) ?? null));
  }
  const byRef = new Map(events.map((e) => [`${e.docId}#${e.data.id}`, e]));
  return clusterEvents(inputs, await eventLinks(store)).map((c) => ({ ...c, events: c.members.map((m) => byRef.get(`${m.docId}#${m.eventId}`)!) }));
}
