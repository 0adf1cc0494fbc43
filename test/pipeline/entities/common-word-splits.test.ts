// Two names the tagger ran into one span over a lower-case common word are split there; a name's
// own small words, name particles and a nationality before the word stay joined. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { splitAtCommonWords } from '../../../src/pipeline/entities/common-word-splits.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);
const split = (text: string, ms: Mention[]) => splitAtCommonWords(text, ms, analyseText(text, { until: 'syntax' }).syntax);

test('a publication after its owner and a noun for what it is: two names, each of the span type', () => {
  const text = 'The Harbour Workers Union weekly Dockside Voice printed the letter on Monday.';
  const out = split(text, [at(text, 'Harbour Workers Union weekly Dockside Voice', 'ORG')]);
  assert.deepEqual(shown(out), ['ORG:Harbour Workers Union', 'ORG:Dockside Voice']);
});

test('each common word splits again: three names run together become three', () => {
  const text = 'The Harbour Workers Union weekly Dockside Voice editor Mara Quill signed the letter.';
  const out = split(text, [at(text, 'Harbour Workers Union weekly Dockside Voice editor Mara Quill', 'ORG')]);
  assert.deepEqual(shown(out), ['ORG:Harbour Workers Union', 'ORG:Dockside Voice', 'ORG:Mara Quill']);
});

test("a name's own small words, particles and a trailing common word stay in the name", () => {
  const text = 'The Bank of Tarvia hired Pieter van Damme and Ostrel amp Finch, and the Tarvia coast guard flew to Puerto es Vella.';
  const ms = [at(text, 'Bank of Tarvia', 'ORG'), at(text, 'Pieter van Damme', 'PER'), at(text, 'Ostrel amp Finch', 'ORG'), at(text, 'Tarvia coast', 'LOC'), at(text, 'Puerto es Vella', 'LOC')];
  assert.deepEqual(shown(split(text, ms)), shown(ms));
});

test('a nationality before the common word modifies the next name and stays joined', () => {
  const text = 'The Bolivian self-rule Council met in Sucre on Friday.';
  const ms = [at(text, 'Bolivian self-rule Council', 'ORG')];
  assert.deepEqual(shown(split(text, ms)), shown(ms));
});

test('a number after the common word is no name of its own: the span stays', () => {
  const text = 'She booked Aerolinea Sur flight 518 to the coast.';
  const ms = [at(text, 'Aerolinea Sur flight 518', 'MISC')];
  assert.deepEqual(shown(split(text, ms)), shown(ms));
});

test('without a parse nothing is split', () => {
  const text = 'The Harbour Workers Union weekly Dockside Voice printed the letter.';
  const ms = [at(text, 'Harbour Workers Union weekly Dockside Voice', 'ORG')];
  assert.deepEqual(shown(splitAtCommonWords(text, ms, undefined)), shown(ms));
});
