// A US state abbreviation after a place and a comma ("Springfield, Ill.") says which namesake is
// meant; written alone, such a word ("Miss.", "Mass.") names no state. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const at = (text: string, s: string): Mention => mentionAt(text, s, 'LOC');
const placed = (text: string, names: string[]) => resolvePlaces(text, names.map((n) => at(text, n)));

test('the state after a comma picks the namesake in that state, not the largest one', () => {
  const [springfield] = placed('Teachers in Springfield, Mass., voted to strike on Monday.', ['Springfield']);
  assert.equal(springfield.place.countryCode, 'US');
  assert.ok(springfield.place.lon > -74, `Massachusetts, not Illinois: ${springfield.place.lat},${springfield.place.lon}`);
  const [illinois] = placed('Teachers in Springfield, Ill., voted to strike on Monday.', ['Springfield']);
  assert.ok(Math.abs(illinois.place.lon - -89.6) < 0.5, `Illinois: ${illinois.place.lat},${illinois.place.lon}`);
});

test('a capital dateline with its state is the town in that state, and the abbreviation is the state', () => {
  const found = placed('SANTA CRUZ, Calif., March 3 - A software maker moved its offices.', ['SANTA CRUZ', 'Calif']);
  assert.deepEqual(found.map((p) => `${p.text}=${p.place.name}:${p.place.countryCode}`), ['SANTA CRUZ=Santa Cruz:US', 'Calif=California:US']);
  assert.ok(found[0].place.lon < -121, `the Californian town: ${found[0].place.lat},${found[0].place.lon}`);
});

test('a town the gazetteer lacks is placed in the state the text names', () => {
  const [town] = placed('Farmers near Zzyzxville, Nev., lost their crops.', ['Zzyzxville']);
  assert.equal(town.place.name, 'Nevada');
});

test('an abbreviation-like word not after a place and a comma names no state', () => {
  assert.deepEqual(placed('Mass. was said in the cathedral at dawn.', ['Mass']), []);
});

test('a smaller namesake near the state wins over a larger one in the next state; a large one in the state stays', () => {
  const [middletown] = placed('Nurses in Middletown, N.Y., ended their strike.', ['Middletown']);
  assert.ok(middletown.place.lon < -74, `New York, not Connecticut: ${middletown.place.lat},${middletown.place.lon}`);
  const [rochester] = placed('ROCHESTER, N.Y., May 2 - The camera maker cut jobs.', ['ROCHESTER']);
  assert.ok(rochester.place.lon < -77, `New York, not New Hampshire: ${rochester.place.lat},${rochester.place.lon}`);
});

test('a state\'s abbreviation standing alone is the state, with its coordinates, in a story about its country', () => {
  const text = 'Dairy farmers across Vermont and New York fear the new tariff. Growers in N.Y. expect prices to fall, and a Mass. cooperative said it would cut staff.';
  const a = analyseText(text, { until: 'places' });
  const placeOf = (written: string) => a.places.find((p) => p.text === written)?.place;
  assert.equal(placeOf('N.Y.')?.ref, 'iso3166-2:US-NY');
  assert.ok(Math.abs((placeOf('N.Y.')?.lat ?? 0) - 40.7) < 2, 'with the state\'s coordinates');
  assert.equal(placeOf('Mass.')?.ref, 'iso3166-2:US-MA');
  assert.equal(a.mentions.find((m) => m.text === 'Mass.')?.type, 'LOC');
});

test('an abbreviation alone is no state where nothing in the text speaks of its country', () => {
  const text = 'Shoppers in Leeds and Sheffield queued from dawn. Wash. and dry cycles at the launderette were doubled in price.';
  const mentions: Mention[] = [at(text, 'Leeds'), at(text, 'Sheffield'), at(text, 'Wash.')];
  assert.equal(resolvePlaces(text, mentions).find((p) => p.text === 'Wash.'), undefined);
});
