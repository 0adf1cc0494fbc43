// "A shopkeeper described …. “…,” he said": a "he" or "she" right after a sentence whose subject is
// someone introduced by an indefinite description, with nobody named there, is that someone, not a
// name farther up (nor a place the tagger typed a person). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"he said" after a sentence about "a neighbour" is the neighbour', () => {
  const text =
    'Officers were called to a farmhouse near Brindle on Sunday morning.\n\n' +
    'Dr Hanna Ostrova, the coroner, will open an inquest next week.\n\n' +
    'Later a neighbour described the black smoke that rose above the barn soon after dawn.\n\n' +
    '"I ran outside with a bucket but the whole roof was already burning, there was nothing I could do," he said.';
  const q = quoteStarting(text, 'I ran outside');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'neighbour', JSON.stringify(q));
});

test('a person named in the sentence before keeps the pronoun', () => {
  const text =
    'Officers were called to a farmhouse near Brindle on Sunday morning.\n\n' +
    'A neighbour, Tomas Brandt, saw smoke above the barn shortly after dawn.\n\n' +
    '"I ran outside with a bucket but the whole roof was already burning, there was nothing I could do," he said.';
  const q = quoteStarting(text, 'I ran outside');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Brandt', JSON.stringify(q));
});

test('a description of the other gender leaves the pronoun alone', () => {
  const text =
    'Peter Hale, the farmer, was not at home on Sunday morning.\n\n' +
    'A local woman described the black smoke that rose above the barn soon after dawn.\n\n' +
    '"I rang the fire brigade at once but they took forty minutes to get here from town," he said.';
  const q = quoteStarting(text, 'I rang the fire brigade');
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'local woman', JSON.stringify(q));
});
