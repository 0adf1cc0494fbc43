// Event dates read through the parse when the event's own clause states none: an aside on the
// event noun, the predicate it is the subject of, the conjunct whose subject it shares. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const dated = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.date?.iso ?? null}`).join(', ');

test('a reduced relative after an event noun dates it', () => {
  const events = eventsOf('Farmers are anxious about an election, widely expected to be held in March, and about the price of grain.');
  const election = events.find((e) => e.type === 'election');
  assert.equal(election?.date?.iso, '--03', dated(events));
});

test('an aside between dashes dates the noun it follows', () => {
  const events = eventsOf('The senator said the election - expected to take place on 12 June - would be the closest in decades. The election is a test of his party.');
  const election = events.find((e) => e.type === 'election');
  assert.equal(election?.date?.iso, '--06-12', dated(events));
});

test('a conjunct that shares its subject shares the time of the clause before it', () => {
  const events = eventsOf('The council tried to close the library in 2009, but was forced to retreat in the face of angry protests.');
  const protest = events.find((e) => e.type === 'protest');
  assert.equal(protest?.date?.iso, '2009', dated(events));
});

test('a conjunct with a subject of its own keeps its own time', () => {
  const events = eventsOf('The council tried to close the library in 2009, but the mayor was forced to retreat in the face of angry protests.');
  const protest = events.find((e) => e.type === 'protest');
  assert.ok(protest, dated(events));
  assert.notEqual(protest.date?.iso, '2009', dated(events));
});

test('a time of its own that cannot be dated leaves the event undated rather than borrowing a conjunct\'s', () => {
  const events = eventsOf('Fishermen in the port were relieved. The two sailors were detained by coastguards in March and freed last week.');
  assert.equal(events.find((e) => e.type === 'detention')?.date?.iso, '--03', dated(events));
  const release = events.find((e) => e.type === 'release');
  assert.ok(release, dated(events));
  assert.equal(release.date, null, dated(events));
});
