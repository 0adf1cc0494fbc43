// A happening that a verb of getting out of takes ("evaded prosecution", "avoided jail time", "escaped
// deportation") did not take place: negated, off the timeline. The same happening told plainly stays asserted,
// and one that a party stopped ("foiled an attack") is no avoiding. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Court roundup\n\n${text}`, { published: '2031-03-11' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';

test('an event noun or clause that is avoided, evaded or escaped is never told as done', () => {
  for (const [text, type] of [
    ['The smuggler feigned madness for years to evade prosecution.', 'prosecution'],
    ['The courier escaped arrest by hiding in a grain lorry.', 'arrest'],
    ['The banker avoided a long trial by settling with the regulator in March.', 'prosecution'],
    ['Two sailors escaped deportation last year.', 'deportation'],
  ] as const) {
    // negated, or left out where nothing else in the sentence places it
    const done = eventsOf(text).filter((e) => e.type === type && e.status !== 'negated');
    assert.equal(done.length, 0, `${text}: ${listed(eventsOf(text))}`);
  }
});

test('an avoided trial is kept as negated', () => {
  const trials = eventsOf('The banker avoided a long trial by settling with the regulator in March.').filter((e) => e.type === 'prosecution');
  assert.deepEqual(trials.map((e) => e.status), ['negated']);
});

test('a happening told plainly, or stopped by another party, is not avoided', () => {
  const arrested = eventsOf('Police arrested the courier in Dover on Friday.').filter((e) => e.type === 'arrest');
  assert.ok(arrested.length === 1 && arrested[0].status === 'asserted', listed(arrested));
  const foiled = eventsOf('Coast guards foiled an attack on a grain ship near Tobruk on Saturday.').filter((e) => e.type === 'attack');
  assert.ok(foiled.every((e) => e.status !== 'negated'), listed(foiled));
});
