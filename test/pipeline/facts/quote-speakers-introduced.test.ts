// "A senior official, speaking on condition of anonymity, said …. “…,” the official said": the
// description goes back to the one the article introduced without a name, not to the nearest
// person the rules find. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"the official said" after "a senior official, speaking on condition of anonymity, said" is that official, not the person named before', () => {
  const text =
    'Union leader Sami Nasser rejected the offer. He told reporters at the plant that the firm was ``trying to settle the vote before the workers even meet.\'\'\n\n' +
    'A senior state official, speaking on condition of anonymity, said the governor hoped both sides would show restraint. ' +
    "``Nobody expects a deal this week,'' the official said.";
  const q = quoteStarting(text, 'Nobody expects');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'senior state official', JSON.stringify(q));
});
