// "“…. …. …,” the company said": the sentences a quotation fills are its speaker's words, not the
// narrative that makes a body salient, so "the company" after a quotation of several sentences is
// the body the sentences before the quotation were about. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"the company said" after a three-sentence quotation is the body named just before it', () => {
  const text =
    'Kestrel Telecom said some of its users still face slow connections.\n\n' +
    'Its engineers worked through the night.\n\n' +
    'According to Baltic Cable, the fault began at around 8 am on Tuesday.\n\n' +
    '"Our partner network suffered a cut between the two landing stations this morning. All links were back up by noon. Total downtime was four hours," the company said in a statement.';
  const q = quoteStarting(text, 'Our partner network');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Baltic Cable', JSON.stringify(q));
});

test('"the company said" after a one-sentence quotation still looks back from its own sentence', () => {
  const text =
    'Kestrel Telecom said some of its users still face slow connections.\n\n' +
    'Its engineers worked through the night.\n\n' +
    '"All of our links were back up by noon on Tuesday," the company said in a statement.';
  const q = quoteStarting(text, 'All of our links');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Kestrel Telecom', JSON.stringify(q));
});
