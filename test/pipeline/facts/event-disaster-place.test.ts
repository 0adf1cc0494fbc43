// A natural disaster has no doer, so a country's or continent's adjective on its noun says where
// it struck ("the Ecuadorean earthquake", "the African drought"); a nationality before an attack
// still says who, never where. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { placeOfAdjective } from '../../../src/pipeline/facts/events/disaster-place.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.place?.text ?? null}`).join(', ');
const disasterOf = (events: EventRecord[]) => events.find((e) => e.type === 'other' && e.theme === 'disaster');

test("a country's adjective on a disaster noun is where it struck", () => {
  const events = eventsOf('Coffee traders were cautious. Shipments stayed low for weeks after the Ecuadorean earthquake.');
  const quake = disasterOf(events);
  assert.ok(quake, listed(events));
  assert.equal(quake.place?.text, 'Ecuadorean', listed(events));
  assert.equal(quake.place?.place?.countryCode, 'EC');
});

test("a continent's adjective places a disaster in that continent, also on the word for the happening", () => {
  const events = eventsOf('Grain prices rose. In May the talks covered debt, the African drought disaster and the cost of fuel.');
  const drought = disasterOf(events);
  assert.ok(drought, listed(events));
  assert.equal(drought.place?.place?.name, 'Africa', listed(events));
  assert.equal(drought.place?.place?.countryCode, null, 'a continent is in no country');
});

test('a place the parse attaches to the disaster comes before its adjective', () => {
  const events = eventsOf('Relief flights resumed. The Brazilian floods in Recife left thousands homeless last week.');
  assert.equal(disasterOf(events)?.place?.text, 'Recife', listed(events));
});

test('a nationality before an attack says who attacked, not where', () => {
  const events = eventsOf('The Iranian attack on the tanker killed two sailors.');
  const attack = events.find((e) => e.type === 'attack');
  assert.ok(attack, listed(events));
  assert.equal(attack.place, null, listed(events));
});

test('adjectives: a country\'s, a continent\'s, and none for a word of several countries or a province', () => {
  assert.equal(placeOfAdjective('Ecuadorean')?.countryCode, 'EC');
  assert.equal(placeOfAdjective('European')?.name, 'Europe');
  assert.equal(placeOfAdjective('Asian')?.name, 'Asia');
  assert.equal(placeOfAdjective('Balkan'), null, 'a province of one country is not what an adjective names');
  assert.equal(placeOfAdjective('urban'), null);
});
