// A quotation someone was heard saying ("She heard a guard shout, “…”"): the words are the one
// heard's, not the hearer's nor those of whoever reports the hearing, even where the tagger takes
// the bare verb of speaking for a noun. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('the one heard speaks the quotation, not the one who reports hearing it', () => {
  const q = quoteStarting('The museum was evacuated on Tuesday. Curator Lena Marsh said a visitor heard a guard shout, "Leave the building through the east doors now!" before the alarm sounded.', 'Leave the building');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /guard/);
  assert.notEqual(q.speaker, 'Lena Marsh');
});

test('a quotation after a verb of speaking with no verb of perceiving stays its speaker\'s', () => {
  const q = quoteStarting('The museum was evacuated on Tuesday. Curator Lena Marsh told the guards, "Leave the building through the east doors now!" before the alarm sounded.', 'Leave the building');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Lena Marsh');
});
