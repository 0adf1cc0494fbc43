// Killings told by a participle before a person ("the slain pharmacist"), killings told as slayings, and strikes
// on a counted set of targets ("the bombings of two depots"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The report was published on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}:${JSON.stringify(e.counts)}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('a killing participle before a person tells that killing', () => {
  const events = eventsOf('Mourners gathered outside the home of the slain pharmacist in Tarvo.');
  assert.equal(facts(events, 'killing').length, 1, listed(events));
});

test('a participle of holding before a person names a standing, not a happening', () => {
  const events = eventsOf('The jailed tycoon wrote a long letter to the newspaper.');
  assert.equal(events.filter((e) => e.type === 'arrest' || e.type === 'detention').length, 0, listed(events));
});

test('slayings of a counted group are one killing, with its count', () => {
  const events = eventsOf('The slayings of three taxi drivers near the port remain unsolved.');
  const k = facts(events, 'killing');
  assert.equal(k.length, 1, listed(events));
  assert.equal(k[0].counts.killed?.value, 3, listed(events));
});

test('the bombings of a counted set of targets are a particular attack; bombings in general are talk', () => {
  const events = eventsOf('Police are still studying the bombings of two rail depots in the north.');
  assert.equal(facts(events, 'attack').length, 1, listed(events));
  const talk = eventsOf('Bombings of rail depots are rare in the region.');
  assert.equal(talk.filter((e) => e.type === 'attack').length, 0, listed(talk));
});

test('a future in the clause is not the future of a fate a definite noun names', () => {
  const inquiry = eventsOf('A panel of judges will examine the deaths of six climbers on the north face.');
  assert.equal(facts(inquiry, 'death').length, 1, listed(inquiry));
  const inquest = eventsOf('A coroner will look into the killing of Marta Kell in the docks.');
  assert.equal(facts(inquest, 'killing').length, 1, listed(inquest));
  const ahead = eventsOf('Officials said the raid will begin before dawn on Friday.');
  assert.equal(facts(ahead, 'raid').length, 0, listed(ahead));
});
