// Tokenised text's split-off period belongs to a company designator before it where it ends no
// sentence. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { keepSpacedStops } from '../../../src/pipeline/entities/spaced-stops.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a designator before a comma, semicolon or lower-case word takes its period', () => {
  const text = 'Crews paid Tolland Ltd . ; Lark Bros . paid , as did Quill Co . , and Pell Corp . of Salem .';
  const out = keepSpacedStops(text, [at(text, 'Tolland Ltd', 'ORG'), at(text, 'Lark Bros', 'ORG'), at(text, 'Quill Co', 'ORG'), at(text, 'Pell Corp', 'ORG'), at(text, 'Salem', 'LOC')]);
  assert.deepEqual(shown(out), ['ORG:Tolland Ltd .', 'ORG:Lark Bros .', 'ORG:Quill Co .', 'ORG:Pell Corp .', 'LOC:Salem']);
});

test('a period that may end the sentence, after a state or after a word no designator, is left out', () => {
  const text = 'He moved to Eugene , Ore . , and met Ann Ross . and then Quill Co . Later Lark Bros . Then';
  const ms = [at(text, 'Ore', 'LOC'), at(text, 'Ann Ross', 'PER'), at(text, 'Quill Co', 'ORG'), at(text, 'Lark Bros', 'ORG')];
  assert.equal(keepSpacedStops(text, ms), ms);
});

test('untokenised text is left as it is', () => {
  const text = 'Acme Co. and Pell Inc., of Salem, met.';
  const ms = [at(text, 'Acme Co.', 'ORG'), at(text, 'Pell Inc.', 'ORG')];
  assert.equal(keepSpacedStops(text, ms), ms);
});
