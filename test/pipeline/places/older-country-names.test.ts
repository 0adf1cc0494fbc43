// An older English name of a country ("Surinam") means the country: data/places/extra-names.tsv
// gives it, so it is a reading of the name like any other, and a country outranks a village.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { gazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { candidates } from '../../../src/pipeline/gazetteer/resolve.js';

function placesOf(text: string, names: string[]) {
  const mentions: Mention[] = names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type: 'LOC', text: name };
  });
  return new Map(resolvePlaces(text, mentions).map((p) => [p.text, p.place]));
}

test('"Surinam" alone is Suriname, not the Mauritian village of that name', () => {
  const places = placesOf('Bauxite shipments from Surinam fell by a third last quarter, the mining group said.', ['Surinam']);
  assert.equal(places.get('Surinam')?.countryCode, 'SR');
  assert.equal(places.get('Surinam')?.kind, 'country');
});

test('the older name joins the country\'s readings; the village of that name stays one of them', () => {
  const readings = candidates(gazetteer(), 'Surinam').entries.map((e) => `${e.kind} ${e.cc}`);
  assert.ok(readings.includes('C SR'), readings.join(', '));
  assert.ok(readings.includes('P MU'), readings.join(', '));
});

test('a country\'s former name means the country as renamed, not a province or nothing', () => {
  const text = 'Copper exports from Zaire, tea from Ceylon and rice from Siam were the three cargoes on the freighter.';
  const places = placesOf(text, ['Zaire', 'Ceylon', 'Siam']);
  assert.equal(places.get('Zaire')?.countryCode, 'CD');
  assert.equal(places.get('Zaire')?.kind, 'country');
  assert.equal(places.get('Ceylon')?.countryCode, 'LK');
  assert.equal(places.get('Siam')?.countryCode, 'TH');
});

test('a region that shares a former country name stays a reading, and its own country\'s places can still pick it', () => {
  const readings = candidates(gazetteer(), 'Zaire').entries.map((e) => `${e.kind} ${e.cc}`);
  assert.ok(readings.includes('C CD'), readings.join(', '));
  assert.ok(readings.includes('R AO'), readings.join(', '));
  const places = placesOf('Oil workers in Zaire province, north of Luanda, went on strike as Angola raised fuel prices.', ['Zaire province', 'Luanda', 'Angola']);
  assert.equal(places.get('Zaire province')?.countryCode, 'AO');
});
