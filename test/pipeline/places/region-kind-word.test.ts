// A region named after its chief town keeps the kind word the text gives it ("the Moscow region"),
// so the map, the entity page and an FtM export do not show two different places under one name.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const at = (text: string, s: string, from = 0): Mention => mentionAt(text, s, 'LOC', from);
const places = (text: string, names: string[]) => resolvePlaces(text, names.map((n) => at(text, n))).map((p) => ({ name: p.place.name, kind: p.place.kind, ref: p.place.ref }));

test('a region written with its kind word, whose name is also a city of its country, keeps the kind word', () => {
  const text = 'Flooding closed roads in Moscow and across the Moscow region overnight.';
  const [city, region] = places(text, ['Moscow', 'Moscow region']);
  assert.equal(city.name, 'Moscow');
  assert.equal(region.kind, 'region');
  assert.equal(region.name, 'Moscow region');
  assert.notEqual(city.ref, region.ref);
});

test('a region whose name no town of its country shares is shown by its name alone', () => {
  const [state] = places('Cattle prices fell across Texas state this spring.', ['Texas state']);
  assert.equal(state.kind, 'region');
  assert.equal(state.name, 'Texas');
});
