// The events export's date and date_precision agree: an event with no merged date has no precision,
// even when a report gives an unresolved weekday (its iso is null like the missing date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMerger, type EventIndex } from '../../src/export/events.js';
import type { StoredDocument } from '../../src/store/interface.js';
import type { EventRecord, TimeValue } from '../../src/types.js';

function doc(id: string, date: TimeValue | null): StoredDocument {
  const text = 'The minister was detained on Thursday by border guards.';
  const event: EventRecord = {
    id: 'e1', type: 'detention', trigger: { start: 17, end: 25, text: 'detained' }, sentence: { start: 0, end: text.length },
    date, place: null, actors: [], targets: [], counts: {}, status: 'asserted',
  };
  return {
    id, sources: [], title: id, text, meta: {} as StoredDocument['meta'], removed: [], paragraphs: [], nearDuplicates: [],
    annotations: [{ kind: 'event', label: 'detention', start: 0, end: text.length, text, data: event as unknown as Record<string, unknown> }],
  };
}

function merged(clusterDate: string | null, date: TimeValue | null) {
  const index: EventIndex = { clusterOf: new Map([['d1#e1', 0]]), clusters: [{ id: 'ev1', type: 'detention', date: clusterDate, lastDoc: 0 }] };
  const [e] = eventMerger(index).add(doc('d1', date));
  return e;
}

test('an undated event has no date precision, though a report names an unresolved weekday', () => {
  const e = merged(null, { iso: null, precision: 'weekday' } as TimeValue);
  assert.equal(e.date, null);
  assert.equal(e.datePrecision, null);
});

test('a dated event keeps the precision of the report giving its date', () => {
  const e = merged('2031-03-06', { iso: '2031-03-06', precision: 'day' } as TimeValue);
  assert.equal(e.datePrecision, 'day');
});
