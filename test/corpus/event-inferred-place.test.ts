// A place inferred from an article is shown as such and is weak evidence when reports are merged:
// a report that states a place wins, and an inferred place never makes a disagreement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../../src/corpus/events/coreference.js';
import { mergedView } from '../../src/corpus/events/merged.js';
import { findConflicts } from '../../src/corpus/events/find-conflicts.js';
import type { EventRecord, Place } from '../../src/types.js';

const town: Place = { name: 'Rotterdam', country: 'Netherlands', countryCode: 'NL', lat: 51.92, lon: 4.48, kind: 'city', ref: 'test:rotterdam' };
const far: Place = { name: 'Valparaiso', country: 'Chile', countryCode: 'CL', lat: -33.05, lon: -71.62, kind: 'city', ref: 'test:valparaiso' };

function rec(place: EventRecord['place']): EventRecord {
  return { id: 'strike', type: 'strike', trigger: { start: 0, end: 6, text: 'strike' }, sentence: { start: 0, end: 30 }, date: null, place, actors: [], targets: [], counts: {}, status: 'asserted' };
}

function view(records: Array<[string, EventRecord]>) {
  const cluster = { ...clusterEvents(records.map(([docId]) => ({ docId, eventId: 'strike', type: 'strike', date: null, places: [], participants: [] })))[0], reasons: [] };
  const events = records.map(([docId, data]) => ({ kind: 'event' as const, label: 'strike', start: 0, end: 30, text: `${docId} sentence`, docId, data }));
  return mergedView({ ...cluster, events } as unknown as Parameters<typeof mergedView>[0]);
}

test('a merged event takes the place a report states over one inferred from another article, and marks one only inferred', () => {
  const inferred = rec({ start: 0, end: 10, text: 'Valparaiso', place: far, inferred: true });
  const stated = rec({ start: 10, end: 19, text: 'Rotterdam', place: town });
  const both = view([['a', inferred], ['b', stated]]);
  assert.equal(both.place?.value.text, 'Rotterdam');
  assert.equal(both.place?.value.inferred, undefined);
  const only = view([['a', inferred]]);
  assert.equal(only.place?.value.text, 'Valparaiso');
  assert.equal(only.place?.value.inferred, true);
});

test('an inferred place never makes a place disagreement between articles', () => {
  const stated = { key: 'a#strike', docId: 'a', date: null, counts: {}, place: { text: 'Rotterdam', place: town } };
  const inferred = { key: 'b#strike', docId: 'b', date: null, counts: {}, place: { text: 'Valparaiso', place: far, inferred: true as const } };
  assert.deepEqual(findConflicts([stated, inferred]).filter((c) => c.field === 'place'), []);
  const statedFar = { ...inferred, place: { text: 'Valparaiso', place: far } };
  assert.equal(findConflicts([stated, statedFar]).filter((c) => c.field === 'place').length, 1, 'two stated places far apart still disagree');
});
