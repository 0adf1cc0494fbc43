import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { placesAfterComma } from '../../../src/pipeline/entities/place-after-comma.js';

const at = (text: string, s: string, type: Mention['type']): Mention => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, type, text: s };
};

test('a region after "Place," is a place; an organisation after a place and a comma in a list is not', () => {
  const text = 'A farmer from Ledbury, Herefordshire, said so. Fans in Leeds, Arsenal supporters, cheered.';
  const out = placesAfterComma(text, [at(text, 'Ledbury', 'LOC'), at(text, 'Herefordshire', 'ORG'), at(text, 'Leeds', 'LOC'), at(text, 'Arsenal', 'ORG')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['LOC:Ledbury', 'LOC:Herefordshire', 'LOC:Leeds', 'ORG:Arsenal']);
});

test('after "from" or "in", the name before "Region," is a place too, whatever the tagger said', () => {
  const text = 'A vet from Bramcote, Herefordshire, said so. Mr Orrin, Herefordshire, spoke. Dana Wilde, Kent, agreed.';
  const out = placesAfterComma(text, [
    { ...at(text, 'Bramcote', 'PER') },
    at(text, 'Herefordshire', 'ORG'),
    { ...at(text, 'Mr Orrin', 'PER'), title: 'Mr' },
    { ...at(text, 'Herefordshire, spoke', 'ORG'), end: text.indexOf('Herefordshire, spoke') + 13, text: 'Herefordshire' },
    at(text, 'Dana Wilde', 'PER'),
    at(text, 'Kent', 'ORG'),
  ]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['LOC:Bramcote', 'LOC:Herefordshire', 'PER:Mr Orrin', 'ORG:Herefordshire', 'PER:Dana Wilde', 'ORG:Kent']);
});
