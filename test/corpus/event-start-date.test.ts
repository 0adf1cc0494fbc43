// A lasting happening's start date ("the siege, which began on 3 March") merged with a one-off report
// of the same event: the merged event keeps the one-off report's own date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../../src/corpus/events/coreference.js';
import { eventInputsOf } from '../../src/corpus/events/inputs.js';
import { mergedView } from '../../src/corpus/events/merged.js';
import { chooseMergedDate } from '../../src/corpus/events/merged-date.js';
import { analyseText } from '../fixtures/analyse-text.js';
import { mergeReports } from '../../src/event-view/merged-events.js';
import type { EventReport } from '../../src/server/api-types.js';
import type { StoredAnnotation } from '../../src/store/interface.js';
import type { EventRecord } from '../../src/types.js';

// The facts stage reads a start date off the parse and flags it on the event's date.
function dateOf(sentence: string, trigger: string): { iso: string | null; isStart?: true } | null | undefined {
  const a = analyseText(`Trouble in the north\n\nThe town is quiet today. ${sentence}`, { published: '2024-03-20' });
  return a.events.find((e) => e.trigger.text === trigger)?.date;
}

test('a date the parse hangs on a verb of beginning whose complement is the event is the day it began', () => {
  const shelling = dateOf('Rebel forces began shelling the port of Delo on 5 March.', 'shelling');
  assert.equal(shelling?.iso, '2024-03-05');
  assert.equal(shelling?.isStart, true);
  assert.equal(dateOf('Workers started a strike on Monday at the Delo port.', 'strike')?.isStart, true);
  // "since" on a lasting happening: the day it began
  assert.equal(dateOf('Two men have been detained in Delo since Monday.', 'detained')?.isStart, true);
});

test('a one-off date, a negated beginning or a "since" clause of cause is no start', () => {
  assert.equal(dateOf('Soldiers attacked the port of Delo on 5 March.', 'attacked')?.isStart, undefined);
  assert.equal(dateOf('Rebel forces did not begin shelling the port of Delo on 5 March.', 'shelling')?.isStart, undefined);
  assert.equal(dateOf('The strike did not begin on Monday as planned.', 'strike')?.isStart, undefined);
  assert.equal(dateOf('Workers in Delo went on strike on Monday.', 'strike')?.isStart, undefined);
  assert.equal(dateOf("Since Monday's vote failed, protesters have marched in Delo.", 'vote')?.isStart, undefined);
  assert.equal(dateOf('He has not been seen since Monday, when soldiers arrested him in Delo.', 'arrested')?.isStart, undefined);
});

test('one rule picks a merged date: own dates before starts, then precision, a year before a day of a month without one', () => {
  const pick = (dates: Array<{ iso: string; isStart?: boolean }>) => chooseMergedDate(dates, (d) => d)?.iso ?? null;
  assert.equal(pick([{ iso: '--10-21' }, { iso: '2014' }]), '2014');
  assert.equal(pick([{ iso: '2014' }, { iso: '--10-21' }]), '2014');
  assert.equal(pick([{ iso: '2014-10' }, { iso: '2014-10-21' }]), '2014-10-21');
  assert.equal(pick([{ iso: '2014-10-21', isStart: true }, { iso: '2014' }]), '2014');
  assert.equal(pick([{ iso: '2014-10-21', isStart: true }]), '2014-10-21');
  assert.equal(pick([]), null);
});

// Two articles, one attack event each, by the same group in the same town.
const siegeText = 'The Northern Front siege of Marlow, which began on 3 March, has cut the town off from the coast.';
const raidText = 'The Northern Front attacked the Marlow market in March.';
const marlow = { name: 'Marlow', country: 'Utopia', countryCode: 'UT', lat: 1, lon: 2, kind: 'city' as const, ref: 'geonames:marlow' };

function located(docId: string, text: string, trigger: string, dateText: string, iso: string, precision: 'day' | 'month', isStart = false): StoredAnnotation & { docId: string; data: EventRecord } {
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const data: EventRecord = {
    id: 'e1', type: 'attack', trigger: { ...at(trigger), text: trigger }, sentence: { start: 0, end: text.length },
    date: { iso, precision, evidence: at(dateText), ...(isStart ? { isStart: true as const } : {}) }, place: { ...at('Marlow'), text: 'Marlow', place: marlow },
    actors: [{ ...at('Northern Front'), text: 'Northern Front' }], targets: [], counts: {}, status: 'asserted',
  };
  return { kind: 'event', label: 'attack', start: 0, end: text.length, text, docId, data: data as unknown as Record<string, unknown> } as StoredAnnotation & { docId: string; data: EventRecord };
}

test('merging a siege with an attack in its month keeps the attack\'s own date, not the day the siege began', () => {
  const siege = located('siege-doc', siegeText, 'siege', '3 March', '2024-03-03', 'day', true);
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

test('the corpus reads the facts stage\'s flag, not the words before the date', () => {
  // each of these was a start by the words before its date alone
  for (const [text, trigger, dateText] of [
    ['The Northern Front raid on Marlow did not begin on 3 March.', 'raid', '3 March'],
    ['The Northern Front attack on Marlow started on 3 March.', 'attack', '3 March'],
    ["The Northern Front's start on 3 March surprised Marlow.", 'start', '3 March'],
  ]) {
    const report = located('doc', text, trigger, dateText, '2024-03-03', 'day');
    assert.equal(eventInputsOf('doc', [report])[0].dateIsStart, undefined, text);
    assert.equal(mergedView({ ...clusterEvents(eventInputsOf('doc', [report]))[0], events: [report] }).date?.value.iso, '2024-03-03');
  }
});
