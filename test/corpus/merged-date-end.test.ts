// A range's last day survives the merge: the CLI's merged event (mergedView) keeps it, and of two
// reports giving the same first day the one that also gives the last day is chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../../src/corpus/events/coreference.js';
import { eventInputsOf } from '../../src/corpus/events/inputs.js';
import { mergedView } from '../../src/corpus/events/merged.js';
import { chooseMergedDate } from '../../src/corpus/events/merged-date.js';
import type { StoredAnnotation } from '../../src/store/interface.js';
import type { EventRecord } from '../../src/types.js';

test('of two reports with the same first day, the one giving the range end is chosen, in either order', () => {
  const bare = { iso: '2024-09-03' };
  const range = { iso: '2024-09-03', end: '2024-09-10' };
  assert.equal(chooseMergedDate([bare, range], (d) => d), range);
  assert.equal(chooseMergedDate([range, bare], (d) => d), range);
});

test("the CLI's merged event keeps a range's last day", () => {
  const text = 'Dock workers held a strike in Delo from 3 to 10 September.';
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const data: EventRecord = {
    id: 'e1', type: 'strike', trigger: { ...at('strike'), text: 'strike' }, sentence: { start: 0, end: text.length },
    date: { iso: '2024-09-03', end: '2024-09-10', precision: 'day', evidence: at('from 3 to 10 September') },
    place: null, actors: [{ ...at('Dock workers'), text: 'Dock workers' }], targets: [], counts: {}, status: 'asserted',
  };
  const report = { kind: 'event', label: 'strike', start: 0, end: text.length, text, docId: 'doc', data } as unknown as StoredAnnotation & { docId: string; data: EventRecord };
  const view = mergedView({ ...clusterEvents(eventInputsOf('doc', [report]))[0], events: [report] });
  assert.equal(view.date?.value.iso, '2024-09-03');
  assert.equal(view.date?.value.end, '2024-09-10');
});
