// Wire datelines write the state after the town in several house styles: all capitals
// ("BURLINGTON, MASS."), without the period ("CANTON, Mass, March 4"), or in full ("CANTON,
// Ohio"); each says which namesake is meant. A month or a country after the comma is no state.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const at = (text: string, s: string): Mention => mentionAt(text, s, 'LOC');
const placed = (text: string, names: string[]) => resolvePlaces(text, names.map((n) => at(text, n)));
const where = (p: { place: { lat: number; lon: number } }) => `${p.place.lat},${p.place.lon}`;

test('an all-capitals abbreviation after an all-capitals town is its state', () => {
  const [burlington] = placed('BURLINGTON, MASS., June 4 - A maker of pumps said it would hire 40 people.', ['BURLINGTON']);
  assert.equal(burlington.place.countryCode, 'US');
  assert.ok(burlington.place.lon > -72 && burlington.place.lat < 43, `Massachusetts, not Vermont: ${where(burlington)}`);
  const [bloomington] = placed('BLOOMINGTON, ILL., June 4 - An insurer said its profit rose.', ['BLOOMINGTON']);
  assert.ok(Math.abs(bloomington.place.lon - -89) < 0.5, `Illinois, not Minnesota: ${where(bloomington)}`);
});

test('an abbreviation written without its period before a comma is the state', () => {
  const found = placed('CANTON, Mass, June 4 - A toy company said it sold a plant.', ['CANTON', 'Mass']);
  assert.ok(found[0].place.lon > -72, `Massachusetts: ${where(found[0])}`);
  assert.equal(found[1].place.name, 'Massachusetts');
});

test('a short town name in capitals before its state is the town, not a code', () => {
  const [rye] = placed('RYE, N.Y., June 4 - A retailer said it bought a rival.', ['RYE']);
  assert.equal(rye.place.name, 'Rye');
  assert.equal(rye.place.kind, 'city');
});

test('a state written in full after a town picks the namesake in that state', () => {
  const [canton] = placed('CANTON, Ohio, June 4 - A bearing maker said it would close a mill.', ['CANTON', 'Ohio']);
  assert.ok(Math.abs(canton.place.lon - -81.4) < 0.5, `Ohio, not Michigan: ${where(canton)}`);
  const [portland] = placed('The ferry line, based in Portland, Maine, said it would add a boat.', ['Portland', 'Maine']);
  assert.ok(portland.place.lon > -71, `Maine, not Oregon: ${where(portland)}`);
});

test('a name after a town that is a country, or a list of places, is not read as a state', () => {
  const [tbilisi] = placed('Protesters gathered in Tbilisi, Georgia, on Sunday.', ['Tbilisi', 'Georgia']);
  assert.equal(tbilisi.place.countryCode, 'GE');
  const [chandigarh] = placed('Farmers marched through Chandigarh, India.', ['Chandigarh']);
  assert.equal(chandigarh.place.countryCode, 'IN');
  const [london] = placed('The bank has offices in London, Washington and Tokyo.', ['London', 'Washington', 'Tokyo']);
  assert.equal(london.place.countryCode, 'GB');
});

test('a month after a dateline comma is the date, not a state it begins', () => {
  const [toronto] = placed('TORONTO, Nov. 3 - A mining company said it found gold.', ['TORONTO']);
  assert.equal(toronto.place.countryCode, 'CA');
  assert.ok(toronto.place.lon < -79, `Toronto, not Nova Scotia: ${where(toronto)}`);
});
