// Formal acts told with a verb of saying (formal-act.ts): a verb that also has a sense of a social act or a transfer,
// with a thing as its object, is a deed in the lead or announced as decided; pure verbs of speech and such a verb
// with a person as its object are not. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const others = (text: string) =>
  analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' })
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.trigger.text.toLowerCase()}:${e.status}`);

test('a formal act done to a thing in the lead, or announced as decided, is a happening', () => {
  assert.deepEqual(others('The Tromso Fisheries board has authorized a buyback of the cooperative\'s bonds.'), ['authorized:asserted']);
  assert.deepEqual(others('The Tromso Fisheries board said it will issue new bonds to its members.'), ['issue:planned']);
});

test('a verb of speech, or a formal act done to a person, is none', () => {
  for (const text of [
    'The Tromso Fisheries board has described the bonds to its members.',
    'The Tromso Fisheries board said it will explain the bonds to its members.',
    'The Tromso Fisheries board has issued a warning to its members.',
    'The Tromso Fisheries chairman confirmed yesterday that the board had met.',
    'The Tromso Fisheries board has authorized Ms Hagen to sign the contract.',
  ])
    assert.deepEqual(others(text), [], text);
});
