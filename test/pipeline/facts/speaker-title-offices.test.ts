// "the prime minister said" is never the deputy prime minister: a modifier anywhere in the
// capitalised title before a name ("Deputy Prime Minister Ola Berg") makes another office of it,
// and a title the article already gave a named speaker in the same words stays that speaker's when
// someone else is more salient ("According to Mr Dunn the prime minister said: …"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const text =
  'Leo Hart has dismissed reports that he will raise taxes. "We will not raise taxes," the prime minister told the radio station. ' +
  'At a dinner hosted by Deputy Prime Minister Ola Berg, he told friends of his plans. ' +
  'According to Mr Dunn the prime minister said: "Give me one more year."';

test('the prime minister who spoke first is the one quoted later, not the deputy nor the one relaying', () => {
  assert.equal(quoteStarting(text, 'We will not')?.speaker, 'Leo Hart');
  assert.equal(quoteStarting(text, 'Give me one')?.speaker, 'Leo Hart');
});
