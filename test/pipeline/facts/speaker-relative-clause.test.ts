// A description that speaks with a relative clause set off by commas ("A bank officer, who asked
// not to be named, said …") is named by the description alone: the clause describes the speaker and
// is no part of the phrase, and the organisation named inside the description does not speak.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const text = `Bakery plans shelved

Harlow Foods Inc. said on Friday that it would not open its new bakery in Leeds this year.

A Harlow Foods officer, who asked not to be named, said the bakery was "put on hold while the board reviews what it costs," a sign that the plans could shrink.`;

test('a description before a relative clause set off by commas names the speaker without the clause', () => {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('put on hold'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Harlow Foods officer');
});

test('a name before such a clause is still the speaker', () => {
  const named = `Bakery plans shelved

Harlow Foods Inc. said on Friday that it would not open its new bakery in Leeds this year.

Mona Ekberg, who runs the bakery division, said the delay was "a matter of months, not years," and that staff would stay.`;
  const q = analyseText(named).quotes.find((x) => x.kind === 'direct' && x.text.includes('matter of months'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Mona Ekberg');
});
