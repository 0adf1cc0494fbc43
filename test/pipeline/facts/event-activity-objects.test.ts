// A bare plural event noun that an infinitive or a gerund takes as its object names a kind of act,
// not particular happenings ("trying to commit violent acts"); a date, a name or a number in the
// verb's phrase makes them particular, and a participle clause still tells what followed.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('a kind of act an infinitive or a gerund takes is no event', () => {
  for (const text of ['Officials say some of the recruits are busy planning or trying to commit terrorist acts.', 'Guards say the inmates spend their days plotting attacks.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'attack'), `${text}: ${listed(events)}`);
  }
});

test('a date or a name in the verb\'s phrase makes the acts particular', () => {
  const dated = eventsOf('The rebels vowed to carry out attacks on Friday.');
  assert.ok(dated.some((e) => e.type === 'attack'), listed(dated));
  const named = eventsOf('The union said it planned to hold protests outside the Leeds depot.');
  assert.ok(named.some((e) => e.type === 'protest'), listed(named));
});

test('an asserted act of the clause itself keeps its event', () => {
  const events = eventsOf('Rebels carried out attacks on two border posts last week.');
  assert.ok(events.some((e) => e.type === 'attack'), listed(events));
});
