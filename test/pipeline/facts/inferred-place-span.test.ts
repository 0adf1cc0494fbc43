// An event placed in the country its story is set in, where the text never names that country:
// the span cites the text the country was inferred from, its text is that text as written (every
// span covers what its text says), and the country is the place. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { documentCountry } from '../../../src/pipeline/facts/events/setting.js';
import type { PlaceMention } from '../../../src/types.js';

const text = 'LYON, May 12 - Customs officers in Lyon seized a shipment of counterfeit watches, the customs service said. '
  + 'Two drivers were detained. Officers in Marseille searched a second warehouse on Friday.';

test('an inferred country the text never names cites the text it came from, and names the country as its place', () => {
  const a = analyseText(text);
  const inferred = a.events.map((e) => e.place).filter((p) => p?.inferred);
  assert.ok(inferred.length > 0, 'some event is placed by inference');
  for (const p of inferred) {
    assert.equal(a.doc.text.slice(p!.start, p!.end), p!.text, 'the span covers its text');
    if (p!.place?.kind === 'country') assert.equal(p!.place.name, 'France');
  }
});

test('documentCountry: a country named in the text is cited where it is named; one never named, at its first town', () => {
  const at = (start: number, text: string, kind: 'city' | 'country', country: string): PlaceMention => ({ start, end: start + text.length, text, place: { name: text, country, countryCode: null, lat: 0, lon: 0, kind, ref: `test:${text}` } });
  const towns = [at(0, 'OSLO', 'city', 'Norway'), at(40, 'Bergen', 'city', 'Norway')];
  const unnamed = documentCountry(towns);
  assert.deepEqual([unnamed?.start, unnamed?.text, unnamed?.place?.name, unnamed?.place?.kind], [0, 'OSLO', 'Norway', 'country']);
  const named = documentCountry([...towns, at(80, 'Norway', 'country', 'Norway')]);
  assert.deepEqual([named?.start, named?.text], [80, 'Norway']);
});
