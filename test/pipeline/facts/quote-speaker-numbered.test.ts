// A speaker named by a number sign and a number ("Juror No. 4") keeps the number: the tagger stops
// at the sign, the entity step's repair goes on over it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a numbered speaker after the quotation is named with the number', () => {
  const text = 'The panel met for nine days. "We took our time with every page of the file," Juror No. 4 said after the verdict.';
  const q = quoteStarting(text, 'We took our time');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Juror No. 4', JSON.stringify(q));
});
