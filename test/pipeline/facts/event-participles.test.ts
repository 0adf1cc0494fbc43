// A past form of an event verb hung on a noun: "four soldiers killed in the raid" tells what happened to
// them; "two ministers resigned", which the parse may read the same way, is a clause; a count with "of"
// ("three of its directors") names who through its "of" phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}:${JSON.stringify(e.counts)}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('people a participle says were killed or arrested are its targets, with their count', () => {
  const killed = eventsOf('The valley was quiet again. Four soldiers killed in the raid were buried on Sunday.');
  const k = facts(killed, 'killing');
  assert.equal(k.length, 1, listed(killed));
  assert.equal(k[0].counts.killed?.value, 4, listed(killed));
  const held = eventsOf('The hearing was brief. The three men arrested in Leeds were later released on bail.');
  const a = facts(held, 'arrest');
  assert.equal(a.length, 1, listed(held));
  assert.equal(a[0].counts.arrested?.value, 3, listed(held));
});

test('a kind of people a participle describes, with no count, article, name or time, is no happening', () => {
  for (const text of ['The poll was published today. Most back shorter terms for people convicted of minor offences.', 'The march was peaceful. Families of victims killed by drunk drivers walked to the square.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'conviction' || e.type === 'killing').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a thing a participle describes is still no news of its own', () => {
  const events = eventsOf('The weather was cold. Members of a sect banned in Belarus met in Vilnius on Friday.');
  assert.equal(events.filter((e) => e.type === 'designation').length, 0, listed(events));
});

test('a count of office holders who stood down or resigned is a resignation', () => {
  for (const text of [
    'The audit found gaps in the accounts. Three of its directors stood down on Monday.',
    'The audit found gaps in the accounts. Two ministers resigned on Friday over the affair.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'resignation').length, 1, `${text}: ${listed(events)}`);
  }
});

test('a count of guards standing down leaves a watch, not a post', () => {
  const events = eventsOf('The alarm was lifted at dawn. Three of the guards stood down after the alarm.');
  assert.equal(events.filter((e) => e.type === 'resignation').length, 0, listed(events));
});

test('past forms of verbs that take objects and describe no fate stay descriptions', () => {
  const events = eventsOf('The figures came out on Monday. Other analysts agreed with the bank\'s forecast.');
  assert.equal(facts(events, 'agreement').length, 0, listed(events));
});

test('a verb with a clause of its own, read as a participle after a dateline, is the verb of the sentence', () => {
  const text = 'OSLO, May 3 (Northwire) - European farm ministers agreed on Tuesday to cut tariffs on imported fertiliser after a day of talks in Oslo.';
  const events = eventsOf(text);
  const agreed = facts(events, 'agreement');
  assert.equal(agreed.length, 1, listed(events));
  assert.deepEqual(agreed[0].actors.map((a) => a.text), ['European farm ministers'], listed(events));
  // the infinitive hung as an adverbial clause, with words between
  const later = eventsOf('TALLINN, May 2 (Northwire) - Fisheries ministers agreed on Friday to extend the cod quota talks into the summer, after a long session in the Estonian capital.');
  assert.deepEqual(facts(later, 'agreement').map((e) => e.actors.map((a) => a.text)), [['Fisheries ministers']], listed(later));
  // a described thing stays a description: no agreement is reported here
  assert.equal(facts(eventsOf('The clinic was busy. The plan agreed last year by the board is still unfunded.'), 'agreement').length, 0);
});
