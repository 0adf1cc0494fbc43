// A killing told in a clause on an attack word ("the bombing that killed nine soldiers", "opened fire …,
// killing four") is that attack's toll, not a killing of its own; a clause with a subject or subordinator of
// its own tells another deed. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\n${text}`, { published: '2029-03-12' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const asserted = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && e.status === 'asserted');

test('a relative clause on an attack noun counts the attack\'s dead', () => {
  const events = eventsOf('Rebels claimed the bombing that killed nine soldiers at a checkpoint near Tabora on Monday.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
  assert.equal(asserted(events, 'attack').length, 1, listed(events));
  assert.equal(asserted(events, 'attack')[0].counts.killed?.value, 9, listed(events));
});

test('a relative clause with "which" after a comma counts the attack\'s dead too', () => {
  const events = eventsOf('Rebels on Monday claimed the two ambushes on the Tabora road, which killed 14 drivers.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
  assert.equal(asserted(events, 'attack').length, 1, listed(events));
});

test('a killing beside an attack, or in a clause of its own, stays a killing', () => {
  const beside = eventsOf('Rebels raided the depot in Tabora on Monday and killed the night warden.');
  assert.equal(asserted(beside, 'killing').length, 1, listed(beside));
  const own = eventsOf('The militia that killed the warden of the depot in Tabora on Monday surrendered on Friday.');
  assert.equal(asserted(own, 'killing').length, 1, listed(own));
});

test('a relative clause the parse hangs on the attack\'s "of" phrase counts the attack\'s dead too', () => {
  const events = eventsOf('Two men were charged on Monday over the bombing of the Tabora night ferry that killed 31 passengers.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
});

test('a relative clause the parse hangs on a name inside the attack\'s phrase counts the attack\'s dead', () => {
  const events = eventsOf('The guard has been missing since the May 2027 bombing of a Mwanza, Tanzania, bus depot that killed a driver and hurt a porter.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
});

test('a "which" clause the parse hangs on another verb still counts the attack named just before it', () => {
  const events = eventsOf('The minister met the governor on Tuesday to discuss the aid following the twin bombings at depots in Mwanza and Tabora, which have killed more than 40 people.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
  assert.equal(asserted(events, 'attack').length, 1, listed(events));
});

test('a "which" clause after a noun outside any attack\'s phrase stays a killing', () => {
  const events = eventsOf('The minister visited the garrison in Mwanza on Tuesday, which killed two smugglers last year.');
  assert.equal(asserted(events, 'killing').length, 1, listed(events));
});
