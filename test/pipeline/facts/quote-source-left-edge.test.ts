// A word that links the speaker's clause to the clause before ("…, while Ann Lee, a pilot,
// said …") is not part of who spoke. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a speaker after "while" is named without it', () => {
  const text =
    'The harbour board met on Tuesday to discuss the ferry.\n\n' +
    'The owner told reporters there was "nothing unusual about the crossing" while Maria K. Ostrand, the former inspector for the coast guard, said "it looks like a clean record to me" after the hearing.';
  const q = quoteStarting(text, 'it looks like a clean record');
  assert.ok(q, 'the quotation is found');
  assert.ok(!/^while\b/i.test(q.speakerText ?? q.speaker ?? ''), JSON.stringify(q));
  assert.match(q.speaker ?? '', /Ostrand/, JSON.stringify(q));
});
