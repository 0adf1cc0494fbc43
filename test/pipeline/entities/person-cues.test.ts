// A tie in the per-article type vote goes to the person where the parse ties the name to a word for a person.
import test from 'node:test';
import assert from 'node:assert/strict';
import { personCuedMentions } from '../../../src/pipeline/entities/person-cues.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import type { Syntax } from '../../../src/types.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const parse = handParse;

const people = new Set(['chairwoman', 'broker']);
const isPerson = (w: string) => people.has(w);

// "Larkspur chairwoman Odile Brenner phoned the mayor , and Odile Brenner wrote to Quillon Partners ."
const { text, syn } = parse([
  ['Larkspur', 'PROPN', 'compound', 1],
  ['chairwoman', 'NOUN', 'nsubj', 4],
  ['Odile', 'PROPN', 'compound', 3],
  ['Brenner', 'PROPN', 'appos', 1],
  ['phoned', 'VERB', 'root', -1],
  ['the', 'DET', 'det', 6],
  ['mayor', 'NOUN', 'obj', 4],
  [',', 'PUNCT', 'punct', 11],
  ['and', 'CCONJ', 'cc', 11],
  ['Odile', 'PROPN', 'compound', 10],
  ['Brenner', 'PROPN', 'nsubj', 11],
  ['wrote', 'VERB', 'conj', 4],
  ['to', 'ADP', 'case', 14],
  ['Quillon', 'PROPN', 'compound', 14],
  ['Partners', 'PROPN', 'obl', 11],
  ['.', 'PUNCT', 'punct', 4],
]);

test('a full name the parse ties to a word for a person is cued; other names are not', () => {
  const first = at(text, 'Odile Brenner', 'PER');
  const second = at(text, 'Odile Brenner', 'ORG', first.end);
  const firm = at(text, 'Quillon Partners', 'ORG');
  const cued = personCuedMentions([first, second, firm], syn, isPerson);
  assert.deepEqual([...cued], [first]);
});

test('a 1:1 tie between PER and ORG goes to PER when a mention is written as a person', () => {
  const first = at(text, 'Odile Brenner', 'PER');
  const second = at(text, 'Odile Brenner', 'ORG', first.end);
  const ms = [first, second];
  // without the cue the tie is left as the tagger had it
  assert.deepEqual(harmoniseTypes(ms).map((m) => m.type), ['PER', 'ORG']);
  const personCued = personCuedMentions(ms, syn, isPerson);
  assert.deepEqual(harmoniseTypes(ms, { personCued }).map((m) => m.type), ['PER', 'PER']);
});

test('a name modifying a word for a person is whose it is, not a person', () => {
  // "a Quillon Partners broker called"
  const p = parse([
    ['a', 'DET', 'det', 3],
    ['Quillon', 'PROPN', 'compound', 2],
    ['Partners', 'PROPN', 'compound', 3],
    ['broker', 'NOUN', 'nsubj', 4],
    ['called', 'VERB', 'root', -1],
  ]);
  assert.equal(personCuedMentions([at(p.text, 'Quillon Partners', 'ORG')], p.syn, isPerson).size, 0);
});

test('the cue never outvotes a majority, and a name with no PER vote stays as voted', () => {
  const text2 = 'broker Quillon Partners rose. Quillon Partners fell. Quillon Partners said so.';
  const ms = [at(text2, 'Quillon Partners', 'PER'), at(text2, 'Quillon Partners', 'ORG', 10), at(text2, 'Quillon Partners', 'ORG', 40)];
  const personCued = new Set([ms[0]]);
  assert.deepEqual(harmoniseTypes(ms, { personCued }).map((m) => m.type), ['ORG', 'ORG', 'ORG']);
  const tied = [{ ...ms[0], type: 'LOC' as const }, ms[1]];
  assert.deepEqual(harmoniseTypes(tied, { personCued: new Set([tied[0]]) }).map((m) => m.type), ['LOC', 'ORG']);
});
