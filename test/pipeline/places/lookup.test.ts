import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupPlace } from '../../../src/pipeline/places/index.js';

function near(actual: number, expected: number, tolerance: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} not within ${tolerance} of ${expected}`);
}

test('Istanbul is the Turkish city near 41.0, 28.9', () => {
  const p = lookupPlace('Istanbul');
  assert.ok(p);
  assert.equal(p.countryCode, 'TR');
  assert.equal(p.country, 'Turkey');
  assert.equal(p.kind, 'city');
  assert.equal(p.ref, 'geonames:745044');
  near(p.lat, 41.0, 0.1, 'lat');
  near(p.lon, 28.95, 0.1, 'lon');
});

test('well-known cities resolve to their country', () => {
  const cases: Array<[string, string, number, number]> = [
    ['Bodrum', 'TR', 37.04, 27.43],
    ['Nalchik', 'RU', 43.5, 43.62],
    ['Bishkek', 'KG', 42.87, 74.59],
    ['Ankara', 'TR', 39.92, 32.85],
    ['Moscow', 'RU', 55.75, 37.62],
  ];
  for (const [name, cc, lat, lon] of cases) {
    const p = lookupPlace(name);
    assert.ok(p, name);
    assert.equal(p.countryCode, cc, name);
    assert.equal(p.kind, 'city', name);
    near(p.lat, lat, 0.2, `${name} lat`);
    near(p.lon, lon, 0.2, `${name} lon`);
  }
});

test('Moscow stays the Russian capital even with only US context', () => {
  assert.equal(lookupPlace('Moscow', { countryCodes: ['US'] })?.countryCode, 'RU');
});

test('"Krasnodar region/Krai/territory" is the Russian region, bare Krasnodar the city', () => {
  for (const name of ['Krasnodar region', 'Krasnodar Krai', 'Krasnodar territory', 'the Krasnodar Region']) {
    const p = lookupPlace(name);
    assert.ok(p, name);
    assert.equal(p.kind, 'region', name);
    assert.equal(p.countryCode, 'RU', name);
    assert.equal(p.ref, 'iso3166-2:RU-KDA', name);
  }
  assert.equal(lookupPlace('Krasnodar')?.kind, 'city');
});

test('"Moscow region" is the oblast, not the federal city', () => {
  assert.equal(lookupPlace('Moscow region')?.ref, 'iso3166-2:RU-MOS');
});

test('a region named by its adjective form matches "X region"', () => {
  const p = lookupPlace('Donetsk region');
  assert.equal(p?.kind, 'region');
  assert.equal(p?.countryCode, 'UA');
});

test('Georgia: the country by default, the US state with US context', () => {
  assert.equal(lookupPlace('Georgia')?.kind, 'country');
  assert.equal(lookupPlace('Georgia')?.countryCode, 'GE');
  const state = lookupPlace('Georgia', { countryCodes: ['US'] });
  assert.equal(state?.kind, 'region');
  assert.equal(state?.ref, 'iso3166-2:US-GA');
});

test('diacritics, apostrophes and transliteration variants reach the same place', () => {
  const pairs: Array<[string, string]> = [
    ['Nal’chik', 'Nalchik'],
    ['Türkiye', 'Turkiye'],
    ['Kyiv', 'Kiev'],
    ['Zürich', 'Zurich'],
    ['Malmö', 'Malmo'],
    ['Grozny', 'Groznyy'],
    ['Yekaterinburg', 'Ekaterinburg'],
    ['St. Petersburg', 'Saint Petersburg'],
    ['Istanbul Atatürk Airport', 'Istanbul Ataturk Airport'],
  ];
  for (const [a, b] of pairs) {
    const pa = lookupPlace(a);
    assert.ok(pa, a);
    assert.deepEqual({ ...lookupPlace(b), name: pa.name }, pa, `${a} vs ${b}`);
  }
  assert.equal(lookupPlace('Türkiye')?.countryCode, 'TR');
  assert.equal(lookupPlace('Kiev')?.countryCode, 'UA');
});

test('country names, exonyms, articles, possessives and codes', () => {
  assert.equal(lookupPlace('the United States')?.countryCode, 'US');
  assert.equal(lookupPlace("Turkey's")?.countryCode, 'TR');
  assert.equal(lookupPlace('US')?.countryCode, 'US');
  assert.equal(lookupPlace('UK')?.countryCode, 'GB');
  assert.equal(lookupPlace('Kyrgyzstan')?.kind, 'country');
  assert.equal(lookupPlace('Chechnya')?.ref, 'iso3166-2:RU-CE');
  assert.equal(lookupPlace('Europe')?.kind, 'other');
});

test('airports resolve to a site at their city', () => {
  const p = lookupPlace('Istanbul Airport');
  assert.equal(p?.kind, 'site');
  assert.equal(p?.countryCode, 'TR');
  assert.equal(p?.name, 'Istanbul Airport');
  assert.match(p?.ref ?? '', /^geonames:745044\//);
  assert.equal(lookupPlace('Xqzlatvor International Airport'), null);
});

test('unknown, descriptive and thin names stay unresolved', () => {
  assert.equal(lookupPlace('Xqzlatvor'), null);
  assert.equal(lookupPlace('the Kyrgyz capital'), null);
  assert.equal(lookupPlace(''), null);
  assert.equal(lookupPlace('Ust'), null);
  // A small town whose name recurs in several countries, with no context.
  assert.equal(lookupPlace('Alexandrovka'), null);
});

test('a lone unambiguous demonym resolves to its country', () => {
  assert.equal(lookupPlace('Turkish')?.countryCode, 'TR');
  assert.equal(lookupPlace('Kyrgyz')?.countryCode, 'KG');
});

test('"X, Y" resolves X inside Y, falling back to Y', () => {
  assert.equal(lookupPlace('Moscow, Idaho')?.countryCode, 'US');
  assert.equal(lookupPlace('Moscow, Russia')?.countryCode, 'RU');
  const airport = lookupPlace('Atatürk Airport, Istanbul');
  assert.equal(airport?.kind, 'site');
  assert.equal(airport?.name, 'Atatürk Airport');
  assert.equal(airport?.countryCode, 'TR');
  // An unknown venue is placed at the city the text names, never at a guessed spot.
  assert.equal(lookupPlace('Xqzlatvor Club, Istanbul')?.ref, 'geonames:745044');
  assert.equal(lookupPlace('Xqzlatvor, Nowhereland'), null);
  assert.equal(lookupPlace('Washington, D.C.')?.countryCode, 'US');
  assert.equal(lookupPlace('near Moscow')?.ref, 'geonames:524901');
});

test('a province and its capital city sharing a name: the city, even in that country', () => {
  assert.equal(lookupPlace('Antalya', { countryCodes: ['TR'] })?.kind, 'city');
  assert.equal(lookupPlace('Antalya province', { countryCodes: ['TR'] })?.kind, 'region');
});

test('only well-known abbreviations are country codes, not every ISO code', () => {
  assert.equal(lookupPlace('ID'), null);
  assert.equal(lookupPlace('IT'), null);
  assert.equal(lookupPlace('UAE')?.countryCode, 'AE');
});
