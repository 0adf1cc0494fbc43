// Where an event is: never a place from a clause describing a participant; where its own clause names
// none, the country nearly all of the article's places lie in, marked inferred; and an inferred place
// is weak evidence across documents. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { nearlyAllIn } from '../../../src/pipeline/facts/events/setting.js';
import { eventInputsOf } from '../../../src/corpus/events/inputs.js';
import { mergeReason } from '../../../src/corpus/events/coreference.js';
import type { StoredAnnotation } from '../../../src/store/interface.js';
import type { EventRecord, Place, PlaceMention } from '../../../src/types.js';

test('a place in a relative clause on the subject is where the subject was, not where the charge was brought', () => {
  const events = analyseText('Four cyclists who blocked the ring road in Ghent were charged with obstruction on Friday.').events;
  const charge = events.find((e) => e.type === 'charge');
  assert.ok(charge, 'the charge is found');
  assert.notEqual(charge.place?.text, 'Ghent');
});

test('an adverbial clause of another predicate says where that was done, not where the event was', () => {
  const arrest = analyseText('Speaking in Dresden on Monday, the prosecutor said police had arrested two students.').events.find((e) => e.type === 'arrest');
  assert.ok(arrest);
  assert.notEqual(arrest.place?.text, 'Dresden');
});

const text = 'Dairy farmers in Parma and Modena had complained for months about prices. '
  + 'On Tuesday the farmers\' union signed an agreement with the three largest buyers. '
  + 'Traders in Bologna welcomed the news. The union leaders held a meeting with the buyers on Wednesday.';

test('an event its sentence places nowhere takes the country nearly all of the article\'s places lie in, marked inferred', () => {
  const events = analyseText(text).events;
  const agreement = events.find((e) => e.type === 'agreement');
  assert.ok(agreement, 'the agreement is found');
  assert.equal(agreement.place?.place?.name, 'Italy', 'the country of Parma and Bologna, which the article never names');
  assert.equal(agreement.place?.inferred, true, 'its provenance: the article, not the sentence');
  assert.equal(events.find((e) => e.type === 'meeting')?.place ?? null, null, 'a meeting can be anywhere');
});

function mention(start: number, name: string, country: string | null): PlaceMention {
  return { start, end: start + name.length, text: name, place: { name, country, countryCode: null, lat: 0, lon: 0, kind: 'city', ref: `test:${name}` } };
}

test('no article country when more than a tenth of its places lie elsewhere or in no country, or it names one place', () => {
  const italian = ['Parma', 'Modena', 'Bologna', 'Turin', 'Genoa', 'Pisa', 'Siena', 'Lucca', 'Bari', 'Rimini'].map((n, i) => mention(i * 10, n, 'Italy'));
  assert.equal(nearlyAllIn(italian)?.place?.name, 'Italy');
  assert.equal(nearlyAllIn([...italian, mention(200, 'Nice', 'France')])?.place?.name, 'Italy', 'ten of eleven is nearly all');
  assert.equal(nearlyAllIn([...italian.slice(0, 5), mention(200, 'Nice', 'France')]), null, 'five of six is not');
  assert.equal(nearlyAllIn([...italian.slice(0, 3), mention(200, 'the Alps', null)]), null, 'a region in no country counts against');
  assert.equal(nearlyAllIn(italian.slice(0, 1)), null);
});

const country = (name: string, code: string): Place => ({ name, country: name, countryCode: code, lat: 0, lon: 0, kind: 'country', ref: `test:${code}` });
const town = (name: string, countryName: string, code: string): Place => ({ name, country: countryName, countryCode: code, lat: 0, lon: 0, kind: 'city', ref: `test:${name}` });

function stored(sentence: string, place: EventRecord['place']): StoredAnnotation {
  const record: EventRecord = {
    id: 'agreement', type: 'agreement', trigger: { start: sentence.indexOf('signed'), end: sentence.indexOf('signed') + 6, text: 'signed' }, sentence: { start: 0, end: sentence.length },
    date: { iso: '2024-03-05', precision: 'day' }, place, actors: [], targets: [], counts: {}, status: 'asserted',
  };
  return { kind: 'event', label: 'agreement', start: 0, end: sentence.length, text: sentence, data: record as unknown as Record<string, unknown> };
}

test('a place inferred from an article never blocks a merge the sentences allow, nor counts as the same place', () => {
  // one report names the town; the other's article is mostly about another country, which its sentence never names
  const stated = 'The Harbour Board signed the deal in Rotterdam on 5 March.';
  const inferred = 'The Harbour Board signed the deal on 5 March.';
  const [a] = eventInputsOf('wire-a', [stored(stated, { start: stated.indexOf('Rotterdam'), end: stated.indexOf('Rotterdam') + 9, text: 'Rotterdam', place: town('Rotterdam', 'Netherlands', 'NL') })]);
  const [b] = eventInputsOf('wire-b', [stored(inferred, { start: 0, end: 7, text: 'Belgium', place: country('Belgium', 'BE'), inferred: true })]);
  a.participants = b.participants = ['ent:harbour-board'];
  assert.deepEqual(b.places, [], 'the inferred country is not the report\'s place');
  const reason = mergeReason(a, b);
  assert.ok(reason, 'Belgium, inferred, does not block the merge');
  assert.equal(reason.place, 'one unplaced');
  const [c] = eventInputsOf('wire-c', [stored(inferred, { start: 0, end: 11, text: 'Netherlands', place: country('Netherlands', 'NL'), inferred: true })]);
  c.participants = ['ent:harbour-board'];
  assert.equal(mergeReason(a, c)?.place, 'one unplaced', 'an inferred country containing the town is no place match either');
});

test('someone held in custody is held where the court of their case sits, not where the story is mostly set', () => {
  const text = 'Shipping news\n\nThe captain, who has been in custody since March, denied smuggling. A court in Lisbon heard his case on Monday. '
    + 'His Chicago employer and its Boston lawyers said the case would go on. Chicago investors were told in New York and in Denver that the firm would survive.';
  const detention = analyseText(text).events.find((e) => e.type === 'detention');
  assert.ok(detention, 'the custody is found');
  assert.equal(detention.place?.place?.country, 'Portugal');
  assert.equal(detention.place?.inferred, true);
});
