// A US or Canadian town carries its state's or province's code in the gazetteer, so "a town in
// that state" is judged by the code, not by distance from the state's centre (which for New York
// sits at New York City, nearer the Watertown in Connecticut than the one in New York). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { gazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { liesIn } from '../../../src/pipeline/gazetteer/geo.js';
import { nameKey } from '../../../src/pipeline/gazetteer/normalize.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const placed = (text: string, names: string[]) => resolvePlaces(text, names.map((n): Mention => mentionAt(text, n, 'LOC')));
/** The state code the gazetteer gives the town a mention resolved to ("US-NY"). */
const stateOf = (p: { text: string; place: { ref: string } }) => {
  const town = gazetteer().byKey(nameKey(p.text)).find((e) => e.ref === p.place.ref);
  return town ? `${town.cc}-${town.admin1}` : undefined;
};

test('the gazetteer gives US and Canadian towns their first-level region code', () => {
  const watertowns = gazetteer().byKey('watertown').filter((e) => e.cc === 'US');
  assert.ok(watertowns.length >= 2, 'namesakes in several states');
  assert.ok(watertowns.every((e) => /^[A-Z]{2}$/.test(e.admin1)));
  const london = gazetteer().byKey('london').find((e) => e.cc === 'CA');
  assert.equal(london?.admin1, 'ON');
  assert.ok(gazetteer().byKey('london').some((e) => e.cc === 'GB' && e.admin1 === ''), 'elsewhere no code: distance decides');
});

test('a dateline town with namesakes in two states is the one in the state it names', () => {
  const [town] = placed('WATERTOWN, N.Y., May 4 - The county board said it would build a new jail.', ['WATERTOWN']);
  assert.equal(stateOf(town), 'US-NY');
  const [kc] = placed('KANSAS CITY, Kan., May 4 - A grain dealer said it sold two elevators.', ['KANSAS CITY']);
  assert.equal(stateOf(kc), 'US-KS');
});

test('a state written in full in running text, not a dateline, places the town by its code', () => {
  const [town] = placed('Officials in Watertown, New York, said the paper mill would close in June.', ['Watertown', 'New York']);
  assert.equal(stateOf(town), 'US-NY');
  const [other] = placed('The shop, based in Watertown, Massachusetts, hired ten people.', ['Watertown', 'Massachusetts']);
  assert.equal(stateOf(other), 'US-MA');
});

test('liesIn: by the code where a town has one, by distance from the centre where not', () => {
  const region = { cc: 'US', ref: 'iso3166-2:US-NY', lat: 40.7, lon: -74 };
  assert.equal(liesIn({ cc: 'US', admin1: 'NY', lat: 44, lon: -76 }, region, 300), true, 'far from the centre, but coded in the state');
  assert.equal(liesIn({ cc: 'US', admin1: 'CT', lat: 41.6, lon: -73.1 }, region, 300), false, 'near the centre, but coded in the next state');
  assert.equal(liesIn({ cc: 'US', admin1: '', lat: 41.6, lon: -73.1 }, region, 300), true, 'no code: distance');
  assert.equal(liesIn({ cc: 'CA', admin1: 'ON', lat: 41.6, lon: -73.1 }, region, 300), false, 'another country');
});
