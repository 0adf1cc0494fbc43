// A thing that "died" came to an end ("the engine died", "when the boom died"): no death. People, numbers,
// names, pronouns and groups still die. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { isLifelessWord } from '../../../src/pipeline/senses/lifeless-words.js';

const OPENING = 'The mayor spoke on Tuesday. ';
const deaths = (text: string) => analyseText(OPENING + text).events.filter((e) => e.type === 'death');

test('a thing that died is no death', () => {
  for (const text of ['The engine died on the highway near Leeds.', 'When the boom died, the mill town emptied.', 'The proposal died in committee in June.']) {
    assert.equal(deaths(text).length, 0, text);
  }
});

test('people, counts, names and pronouns that died are deaths, as are those a thing killed by accident', () => {
  for (const text of ['The victim died in hospital on Monday.', 'The landslide killed four hikers on Sunday.', 'Three died when the ferry sank.', 'Anna Berg died at her home on Monday.', 'She died on Monday.', 'The crew died when the plane crashed.']) {
    assert.equal(deaths(text).length, 1, text);
  }
});

test('a noun with any sense of a living being, a group or a quantity is not lifeless', () => {
  assert.equal(isLifelessWord('engine'), true);
  for (const word of ['star', 'crew', 'dozens', 'victim', 'nonword']) assert.equal(isLifelessWord(word), false, word);
});
