// A domestic event the text places nowhere is set in the document's country, marked inferred;
// never when no country leads, and never for meetings. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { documentCountry } from '../../../src/pipeline/facts/events/setting.js';
import type { EventRecord, PlaceMention } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

function mention(start: number, text: string, country: string, kind: 'country' | 'city'): PlaceMention {
  return { start, end: start + text.length, text, place: { name: text, country, countryCode: null, lat: 0, lon: 0, kind, ref: `test:${text}` } };
}

test('an unplaced election is set in the country the story names most, cited at its first naming and marked inferred', () => {
  const events = eventsOf('Turnout was high across Kenya on Tuesday. Counting continued in Nairobi and Mombasa. Officials said the election had been peaceful, and the two leaders held a meeting to discuss the results.');
  const election = events.find((e) => e.type === 'election');
  assert.equal(election?.place?.text, 'Kenya');
  assert.equal(election?.place?.inferred, true);
  assert.equal(events.find((e) => e.type === 'meeting')?.place ?? null, null, 'a meeting can be anywhere');
});

test('no setting when two countries are named as often, or a country only once', () => {
  assert.equal(documentCountry([mention(0, 'Kenya', 'Kenya', 'country'), mention(20, 'Ghana', 'Ghana', 'country')]), null);
  assert.equal(documentCountry([mention(0, 'Kenya', 'Kenya', 'country')]), null);
  const close = documentCountry([
    mention(0, 'Accra', 'Ghana', 'city'), mention(10, 'Ghana', 'Ghana', 'country'), mention(20, 'Kenya', 'Kenya', 'country'), mention(30, 'Nairobi', 'Kenya', 'city'), mention(40, 'Mombasa', 'Kenya', 'city'),
  ]);
  assert.equal(close, null, 'three against two is no clear lead');
  const clear = documentCountry([mention(0, 'Nairobi', 'Kenya', 'city'), mention(10, 'Mombasa', 'Kenya', 'city'), mention(30, 'Kenya', 'Kenya', 'country')]);
  assert.deepEqual([clear?.text, clear?.start, clear?.inferred], ['Kenya', 30, true]);
});

test('with no country leading, a dateline sets the story, and it is no part of the subject', () => {
  const events = eventsOf('TRIPOLI, June 9 (Agency) - Police detained nine fishermen on Sunday, a coastguard officer said. Their families said the detentions were unjust.');
  const detention = events.find((e) => e.type === 'detention');
  assert.equal(detention?.place?.place?.name, 'Libya');
  assert.equal(detention?.place?.text, 'TRIPOLI', 'an inferred country is cited at the dateline it was inferred from');
  assert.equal(detention?.place?.inferred, true);
  assert.deepEqual(detention?.actors.map((a) => a.text), ['Police']);
});

test('a story filed from one capital about a country it names more is set in that country; a tie falls to the dateline', () => {
  const paris = mention(0, 'Paris', 'France', 'city');
  const kenya = documentCountry([paris, mention(40, 'Kenya', 'Kenya', 'country'), mention(60, 'Nairobi', 'Kenya', 'city')], paris);
  assert.equal(kenya?.place?.name, 'Kenya');
  const tie = documentCountry([paris, mention(20, 'Lyon', 'France', 'city'), mention(40, 'Kenya', 'Kenya', 'country'), mention(60, 'Nairobi', 'Kenya', 'city')], paris);
  assert.deepEqual([tie?.place?.name, tie?.text, tie?.start], ['France', 'Paris', 0], 'no country of its own named: the country, cited at the dateline');
});

test('a country adjective on an organisation sets the story; one on a person does not', () => {
  const firm = eventsOf('Council news\n\nThe Kenyan government and a Kenyan mining firm were named in the report. Ghana was also mentioned. Voters will decide at the next election.');
  assert.equal(firm.find((e) => e.type === 'election')?.place?.place?.name, 'Kenya');
  const people = eventsOf('Council news\n\nA Kenyan strategist and a Kenyan economist were named in the report. Ghana was also mentioned. Voters will decide at the next election.');
  assert.equal(people.find((e) => e.type === 'election')?.place ?? null, null);
});

test('a place inside a relative clause between commas belongs to that clause, not to the sentence\'s later event', () => {
  const events = analyseText('Maria Lind, whose brother was detained in Minsk in 1999, confirmed she would vote against the bill. The vote is on Tuesday.').events;
  assert.equal(events.find((e) => e.type === 'detention')?.place?.text, 'Minsk', 'the detention was there');
  const vote = events.find((e) => e.type === 'vote');
  assert.ok(vote, 'the vote is found');
  assert.notEqual(vote.place?.text, 'Minsk');
});

test('a place in another subject\'s "while" clause is not where the event happened', () => {
  const events = analyseText('Soldiers arrested three students on Friday while the governor was in Lagos.').events;
  assert.ok(events.length > 0, 'an event');
  assert.ok(events.every((e) => e.place?.text !== 'Lagos'), events.map((e) => `${e.type} at ${e.place?.text}`).join(', '));
});
