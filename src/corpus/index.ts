// Corpus-level views computed from stored annotations: claim groups and merged events.
// Both are linear passes with hash-map blocking, cheap enough to compute on demand.
import type { EventRecord, Figure, Place } from '../types.js';
import type { Store, StoredAnnotation } from '../store/interface.js';
import { documentCountries, groupClaims, reportFamilies, type ClaimGroup } from './claims/group.js';
import { clusterEvents, type EventCluster, type EventInput } from './events/coreference.js';
import { eventLinks } from './curation.js';
import { eventInputsOf } from './events/inputs.js';

type Located<T> = StoredAnnotation & { docId: string; data: T };

export async function loadClaimGroups(store: Store): Promise<ClaimGroup[]> {
  const figures = (await store.listAnnotations({ kind: 'figure' })) as Array<Located<Figure & { sentenceText?: string }>>;
  const places = (await store.listAnnotations({ kind: 'place' })) as Array<Located<{ place?: Place }>>;
  const countries = documentCountries(places.map((p) => ({ docId: p.docId, countryCode: p.data.place?.countryCode ?? null })));
  const reportOf = reportFamilies(await store.listNearDuplicatePairs());
  return groupClaims(
    figures.map((f) => ({
      docId: f.docId,
      start: f.start,
      end: f.end,
      value: f.data.value,
      qualifier: f.data.qualifier,
      what: f.data.what,
      source: f.data.attribution?.source ?? null,
      evidence: f.text,
      context: typeof f.data.sentenceText === 'string' ? f.data.sentenceText : undefined,
      documentCountry: countries.get(f.docId) ?? null,
    })),
    reportOf,
  );
}

export async function loadEventClusters(store: Store): Promise<Array<EventCluster & { events: Array<Located<EventRecord>> }>> {
  const events = (await store.listAnnotations({ kind: 'event' })) as Array<Located<EventRecord>>;
  const byDoc = new Map<string, Array<Located<EventRecord>>>();
  for (const e of events) {
    const list = byDoc.get(e.docId);
    if (list) list.push(e);
    else byDoc.set(e.docId, [e]);
  }
  const inputs: EventInput[] = [];
  for (const [docId, docEvents] of byDoc) {
    const context = [
      ...(await store.listAnnotations({ kind: 'mention', docId })),
      ...(await store.listAnnotations({ kind: 'place', docId })),
    ];
    inputs.push(...eventInputsOf(docId, [...context, ...docEvents]));
  }
  const byRef = new Map(events.map((e) => [`${e.docId}#${e.data.id}`, e]));
  return clusterEvents(inputs, await eventLinks(store)).map((c) => ({ ...c, events: c.members.map((m) => byRef.get(`${m.docId}#${m.eventId}`)!) }));
}
