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
