// A place written with its kind of land or water ("Arran Island", "Island of Arran", "Lake Tahoe")
// and again by its bare name is one place, unless the bare name is a country, region or sizeable
// town of its own. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { featureBareName, isNaturalFeatureWord } from '../../../src/pipeline/entities/place-features.js';

test('the kind words are bodies of water and land, not hills, towns or counties', () => {
  for (const w of ['Island', 'Lake', 'Sea', 'River', 'Bay']) assert.equal(isNaturalFeatureWord(w), true, w);
  for (const w of ['Hill', 'City', 'County', 'Street', 'Heights']) assert.equal(isNaturalFeatureWord(w), false, w);
  assert.equal(featureBareName('Kish Island'), 'Kish');
  assert.equal(featureBareName('Island of Kish'), 'Kish');
  assert.equal(featureBareName('Lake Tahoe'), 'Tahoe');
  assert.equal(featureBareName('Capitol Hill'), null);
  assert.equal(featureBareName('Kish City'), null);
  assert.equal(featureBareName('Kish'), null);
});

test('"Kish" after "Kish Island" is the island', () => {
  const text = 'Ferries to Kish Island were cancelled on Monday after the storm. Hotels on Kish reported broken windows.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'Kish Island');
  const bare = a.mentions.find((m) => m.text === 'Kish');
  assert.ok(full?.entityId && bare, JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  if (bare.type === 'LOC' && full.type === 'LOC') assert.equal(bare.entityId, full.entityId);
});

test('a sizeable town stays apart from the island named after it ("Vancouver Island" … "Vancouver")', () => {
  const text = 'The ferry from Vancouver Island was late on Monday. Passengers in Vancouver waited for two hours.';
  const a = analyseText(text);
  const island = a.mentions.find((m) => m.text === 'Vancouver Island');
  const town = a.mentions.find((m) => m.text === 'Vancouver');
  assert.ok(island?.entityId && town?.entityId);
  assert.notEqual(town.entityId, island.entityId);
});
