// A US state abbreviation after a place and a comma ("Springfield, Ill.") says which namesake is
// meant; written alone, such a word ("Miss.", "Mass.") names no state. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

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
