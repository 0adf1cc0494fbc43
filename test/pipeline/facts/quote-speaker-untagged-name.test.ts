// "“…,” said MWEB Operations": capitalised words the parse reads as one proper name name the
// speaker as written, even where the entity tagger found no name there. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a proper name after "said" that the tagger missed is the speaker as written', () => {
  const text =
    'Internet users in the north of the country lost their connections on Sunday night.\n\n' +
    '"We are working on having the remaining capacity restored during the course of the day," said QXT Operations.';
  const q = quoteStarting(text, 'We are working on having');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'QXT Operations', JSON.stringify(q));
});
