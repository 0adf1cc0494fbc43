// A lasting happening's start date ("the siege, which began on 3 March") merged with a one-off report
// of the same event: the merged event keeps the one-off report's own date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../../src/corpus/events/coreference.js';
import { eventInputsOf } from '../../src/corpus/events/inputs.js';
import { mergedView } from '../../src/corpus/events/merged.js';
import { dateIsStart } from '../../src/corpus/events/start-date.js';
import { mergeReports } from '../../src/server/merged-events.js';
import type { EventReport } from '../../src/server/api-types.js';
import type { StoredAnnotation } from '../../src/store/interface.js';
import type { EventRecord } from '../../src/types.js';

test('a date after "since" or a form of "begin" or "start" is when something began', () => {
  assert.equal(dateIsStart('The blockade of the port, which began on '), true);
  assert.equal(dateIsStart('Dock workers have been on strike since '), true);
  assert.equal(dateIsStart('The offensive started in early '), true);
  assert.equal(dateIsStart('Gunmen shot the mayor on '), false);
  assert.equal(dateIsStart('The talks began and ended on '), false);
});

// Two articles, one attack event each, by the same group in the same town.
const siegeText = 'The Northern Front siege of Marlow, which began on 3 March, has cut the town off from the coast.';
const raidText = 'The Northern Front attacked the Marlow market in March.';
const marlow = { name: 'Marlow', country: 'Utopia', countryCode: 'UT', lat: 1, lon: 2, kind: 'city' as const, ref: 'geonames:marlow' };

function located(docId: string, text: string, trigger: string, dateText: string, iso: string, precision: 'day' | 'month'): StoredAnnotation & { docId: string; data: EventRecord } {
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const data: EventRecord = {
    id: 'e1', type: 'attack', trigger: { ...at(trigger), text: trigger }, sentence: { start: 0, end: text.length },
    date: { iso, precision, evidence: at(dateText) }, place: { ...at('Marlow'), text: 'Marlow', place: marlow },
    actors: [{ ...at('Northern Front'), text: 'Northern Front' }], targets: [], counts: {}, status: 'asserted',
  };
  return { kind: 'event', label: 'attack', start: 0, end: text.length, text, docId, data: data as unknown as Record<string, unknown> } as StoredAnnotation & { docId: string; data: EventRecord };
}

test('merging a siege with an attack in its month keeps the attack\'s own date, not the day the siege began', () => {
  const siege = located('siege-doc', siegeText, 'siege', '3 March', '2024-03-03', 'day');
  const raid = located('raid-doc', raidText, 'attacked', 'March', '2024-03', 'month');
  const inputs = [...eventInputsOf('siege-doc', [siege]), ...eventInputsOf('raid-doc', [raid])];
  assert.equal(inputs[0].dateIsStart, true);
  assert.equal(inputs[1].dateIsStart, undefined);
  const [cluster] = clusterEvents(inputs);
  assert.equal(cluster.members.length, 2, 'one town, a month holding the day: one event');
  assert.equal(cluster.date, '2024-03');
  const view = mergedView({ ...cluster, events: [siege, raid] });
  assert.equal(view.date?.value.iso, '2024-03');
  assert.equal(view.date?.from, 'raid-doc#e1');
  // alone, the siege keeps the day it began
  assert.equal(mergedView({ ...clusterEvents([inputs[0]])[0], events: [siege] }).date?.value.iso, '2024-03-03');
});

test('the API\'s merged event takes a one-off report\'s date before a start date, even a less precise one', () => {
  const base: EventReport = {
    key: 'a:e1', docId: 'a', docTitle: 'a', published: null, id: 'e1', type: 'attack', trigger: 'siege', triggerSpan: { start: 4, end: 9 },
    sentence: siegeText, sentenceSpan: { start: 0, end: siegeText.length }, date: { iso: '2024-03-03', precision: 'day' }, dateIsStart: true,
    place: null, actors: [], targets: [], counts: {}, status: 'asserted',
  };
  const raid: EventReport = { ...base, key: 'b:e1', docId: 'b', trigger: 'attacked', sentence: raidText, date: { iso: '2024-03', precision: 'month' } };
  delete raid.dateIsStart;
  assert.equal(mergeReports('evt', 'attack', [base, raid], () => undefined).date?.iso, '2024-03');
  assert.equal(mergeReports('evt', 'attack', [base], () => undefined).date?.iso, '2024-03-03');
});
