// "X said …. The group said …": a body's noun right after an organisation spoke, with no other
// organisation named between, is that organisation. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

test('"the group said" right after a trust spoke is the trust', () => {
  const quotes = quotesOf('About 40,000 people visited the castle last year, the Heritage Trust said. The group said it would open a second site near the harbour in the spring.');
  const q = quotes.find((x) => x.speakerText === 'The group');
  assert.ok(q, 'the second statement is found');
  assert.equal(q.speaker, 'Heritage Trust');
});

test('another organisation named in between leaves the description unresolved', () => {
  const quotes = quotesOf('About 40,000 people visited the castle last year, the Heritage Trust said. Funding came from the Lottery Fund. The group said it would open a second site near the harbour in the spring.');
  const q = quotes.find((x) => x.speakerText === 'The group');
  assert.notEqual(q?.speaker, 'Heritage Trust');
});
