// Corpus-level views computed from stored annotations: claim groups and merged events.
// Both are linear passes with hash-map blocking, cheap enough to compute on demand.
import type { EventRecord, Figure, Place } from '../types.js';
import type { Store, StoredAnnotation } from '../store/interface.js';
import { documentCountries, groupClaims, reportFamilies, type ClaimGroup } from './claims/group.js';
import { clusterEvents, type EventCluster, type EventInput } from './events/coreference.js';
import { eventLinks } from './curation.js';
import { nameKey } from './entities/names.js';
import { lookupPlace } from '../pipeline/places/index.js';

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

/** Participants of an event as entity ids where a resolved mention covers the role, else name keys. */
function participantKeys(event: EventRecord, mentions: Array<Located<{ entityId?: string }>>): string[] {
  const keys: string[] = [];
  for (const role of [...event.actors, ...event.targets]) {
    const covering = mentions.filter((m) => m.start >= role.start && m.end <= role.end && m.data.entityId);
    if (covering.length) keys.push(...covering.map((m) => m.data.entityId!));
    else keys.push(nameKey(role.text));
  }
  return keys;
}

/** The event's own place and every resolved place its sentence names. */
function eventPlaces(e: Located<EventRecord>, places: Array<Located<{ place?: Place }>>): string[] {
  const keys = new Set<string>();
  const own = e.data.place;
  // An unresolved place name (e.g. a country from "the Russian government") is looked up in the gazetteer.
  if (own) keys.add(own.place?.ref ?? lookupPlace(own.text)?.ref ?? nameKey(own.text));
  for (const p of places) if (p.data.place && p.start >= e.start && p.end <= e.end) keys.add(p.data.place.ref);
  return [...keys];
}

export async function loadEventClusters(store: Store): Promise<Array<EventCluster & { events: Array<Located<EventRecord>> }>> {
  const events = (await store.listAnnotations({ kind: 'event' })) as Array<Located<EventRecord>>;
  const mentionsByDoc = new Map<string, Array<Located<{ entityId?: string }>>>();
  const placesByDoc = new Map<string, Array<Located<{ place?: Place }>>>();
  for (const docId of new Set(events.map((e) => e.docId))) {
    mentionsByDoc.set(docId, (await store.listAnnotations({ kind: 'mention', docId })) as Array<Located<{ entityId?: string }>>);
    placesByDoc.set(docId, (await store.listAnnotations({ kind: 'place', docId })) as Array<Located<{ place?: Place }>>);
  }
  const inputs: EventInput[] = events.map((e) => ({
    docId: e.docId,
    eventId: e.data.id,
    type: e.data.type,
    date: e.data.date?.iso ?? null,
    places: eventPlaces(e, placesByDoc.get(e.docId) ?? []),
    participants: participantKeys(e.data, mentionsByDoc.get(e.docId) ?? []),
  }));
  const byRef = new Map(events.map((e) => [`${e.docId}#${e.data.id}`, e]));
  return clusterEvents(inputs, await eventLinks(store)).map((c) => ({ ...c, events: c.members.map((m) => byRef.get(`${m.docId}#${m.eventId}`)!) }));
}
