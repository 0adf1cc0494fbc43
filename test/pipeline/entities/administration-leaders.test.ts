// The one word before "administration" that WordNet knows first as a named person is that person;
// a place's or a party's administration is not, and only the mention beside the cue is retyped.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeAdministrationLeaders } from '../../../src/pipeline/entities/administration-leaders.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, text: name };
};

test('a named person before "administration" is retyped, and only that mention', { skip: installedWordNet() === null }, () => {
  const text = 'Lincoln spoke first; historians still judge the Lincoln administration harshly.';
  const first = at(text, 'Lincoln', 'LOC');
  const beside = at(text, 'Lincoln', 'LOC', first.end);
  const out = typeAdministrationLeaders(text, [first, beside]);
  assert.deepEqual(out.map((m) => [m.start, m.type, m.typeSettled === true]), [[first.start, 'LOC', false], [beside.start, 'PER', true]]);
});

test('a place, a party or a capitalised "Administration" stays as the tagger read it', { skip: installedWordNet() === null }, () => {
  const text = 'The Kabul administration and the Labour administration met the Lincoln Administration board.';
  const ms = [at(text, 'Kabul', 'LOC'), at(text, 'Labour', 'ORG'), at(text, 'Lincoln', 'LOC')];
  assert.equal(typeAdministrationLeaders(text, ms), ms);
});
