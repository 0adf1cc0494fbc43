// A name written many times is no more evidence of its usual country than written once: a local
// sports page that repeats "Melbourne" beside its Florida neighbours means the Florida town.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { everyPlaceMention } from '../../fixtures/entities/mentions.js';

test('repeats of a name do not vouch for its famous reading against neighbours the text names', () => {
  const text =
    'Melbourne beat Palm Bay 2-1 on Friday night.\n\nMelbourne (5-1) scored late.\n\n' +
    'Merritt Island tied Melbourne 0-0 a week ago, and Melbourne hosts Palm Bay again next month.';
  const places = resolvePlaces(text, everyPlaceMention(text, ['Melbourne', 'Palm Bay', 'Merritt Island']));
  const melbourne = places.filter((p) => p.text === 'Melbourne');
  assert.equal(melbourne.length, 4);
  for (const p of melbourne) assert.equal(p.place.countryCode, 'US', `Florida, not Australia: ${p.place.lat},${p.place.lon}`);
});

test('a famous city repeated alone keeps its usual reading', () => {
  const text = 'Melbourne hosted the final. Fans filled Melbourne on Sunday, and Melbourne celebrated.';
  const places = resolvePlaces(text, everyPlaceMention(text, ['Melbourne']));
  assert.deepEqual([...new Set(places.map((p) => p.place.countryCode))], ['AU']);
});
