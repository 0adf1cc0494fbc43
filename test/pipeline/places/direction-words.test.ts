// An adjective of direction before a place speaks of part of an area ("northern New York" is the
// state; "the eastern Aegean" the sea), whether the tagger took the word into the name or not.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const at = (text: string, s: string): Mention => mentionAt(text, s, 'LOC');
const placed = (text: string, names: string[]) => resolvePlaces(text, names.map((n) => at(text, n)));

test('a lower-case compass word the tagger took into the name is no part of it', () => {
  const [sea] = placed('Coast guards stopped two boats in the eastern Aegean on Monday.', ['eastern Aegean']);
  assert.equal(sea?.place.name, 'Aegean Sea');
});

test('a compass word before a continent names a region the gazetteer lacks, not the continent', () => {
  assert.deepEqual(placed('The railways of southern Africa need new engines.', ['southern Africa']), []);
  // nor a town that shares the continent's name
  assert.deepEqual(placed('Floods swept across south Asia this week.', ['south Asia']), []);
});

test('a name that is both a town and a state means the state after an adjective of direction', () => {
  const [state] = placed('Snow closed roads across northern New York on Tuesday.', ['New York']);
  assert.equal(state.place.kind, 'region');
  assert.equal(state.place.name, 'New York');
});

test('a country, or a name that is only a town, keeps its reading after a direction', () => {
  const [lebanon] = placed('Shelling hit three villages in southern Lebanon.', ['Lebanon']);
  assert.equal(lebanon.place.countryCode, 'LB');
  const [sydney] = placed('House prices rose in western Sydney last year.', ['Sydney']);
  assert.equal(sydney.place.countryCode, 'AU');
  assert.equal(sydney.place.kind, 'city');
  const [southAfrica] = placed('Miners went on strike in south Africa.', ['south Africa']);
  assert.equal(southAfrica.place.countryCode, 'ZA');
});

test('"upstate" speaks of part of the state, as a compass adjective does', () => {
  const [outside] = placed('Two dairy farms in upstate New York closed this winter.', ['New York']);
  assert.equal(outside.place.kind, 'region');
  assert.equal(outside.place.ref, 'iso3166-2:US-NY');
  const [inside] = placed('Two dairy farms in upstate New York closed this winter.', ['upstate New York']);
  assert.equal(inside?.place.ref, 'iso3166-2:US-NY');
});

test('a lower-case compass word before a country is part of the country, not a town named with it', () => {
  const [south] = placed('Militia fighters withdrew from south Lebanon overnight.', ['south Lebanon']);
  assert.equal(south?.place.countryCode, 'LB');
  assert.equal(south?.place.kind, 'country');
  // a town whose name carries the word, capitalised, keeps it
  const [town] = placed('The mill in South Lebanon, Ohio, shut in March.', ['South Lebanon', 'Ohio']);
  assert.equal(town?.place.countryCode, 'US');
});
