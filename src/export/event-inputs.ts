// The coreference inputs of one document's events, built from that document alone, so the event
// export can stream its first pass instead of loading every event at once (loadEventClusters
// peaks at ~650 MB on 20,000 documents). This mirrors participantKeys/eventPlaces in
// src/corpus/index.ts, which are private there; test/export/csv.test.ts checks both agree.
// TODO(lead): export a per-document builder from src/corpus/index.ts and use it here.
import type { EventRecord, Place } from '../types.js';
import type { StoredAnnotation, StoredDocument } from '../store/interface.js';
import type { EventInput } from '../corpus/events/coreference.js';
import { nameKey } from '../corpus/entities/names.js';
import { lookupPlace } from '../pipeline/places/index.js';

export function eventInputsOf(doc: StoredDocument, keep: (a: StoredAnnotation) => boolean = () => true): EventInput[] {
  const mentions = doc.annotations.filter((a) => a.kind === 'mention' && (a.data as { entityId?: string }).entityId);
  const places = doc.annotations.filter((a) => a.kind === 'place' && (a.data as { place?: Place }).place);
  const inputs: EventInput[] = [];
  for (const a of doc.annotations) {
    if (a.kind !== 'event' || !keep(a)) continue;
    const e = a.data as unknown as EventRecord;
    const participants: string[] = [];
    for (const role of [...e.actors, ...e.targets]) {
      const covering = mentions.filter((m) => m.start >= role.start && m.end <= role.end);
      if (covering.length) participants.push(...covering.map((m) => (m.data as { entityId: string }).entityId));
      else participants.push(nameKey(role.text));
    }
    const placeKeys = new Set<string>();
    if (e.place) placeKeys.add(e.place.place?.ref ?? lookupPlace(e.place.text)?.ref ?? nameKey(e.place.text));
    for (const p of places) if (p.start >= a.start && p.end <= a.end) placeKeys.add((p.data as { place: Place }).place.ref);
    inputs.push({ docId: doc.id, eventId: e.id, type: e.type, date: e.date?.iso ?? null, places: [...placeKeys], participants });
  }
  return inputs;
}
