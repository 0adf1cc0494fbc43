// "the United Nations refugee agency said": an organisation's name before a body noun, with a word of
// the phrase's own between them, names a body of that organisation, which speaks for it; the
// organisation itself is not the speaker. "the Xinhua news agency" (a kind WordNet knows as one noun)
// is still Xinhua. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

test('"the United Nations refugee agency said" is that agency, speaking for the UN', () => {
  const quotes = quotesOf('Some 2,000 families crossed the river overnight, the United Nations refugee agency said on Monday. "We are short of blankets," the UN refugee agency said.');
  assert.equal(quotes.length, 2);
  for (const q of quotes) {
    assert.notEqual(q.speaker, 'United Nations', JSON.stringify(q));
    assert.match(q.speaker ?? '', /refugee agency$/);
    assert.equal(q.speaksFor?.name, 'United Nations');
  }
});

test('"the Xinhua news agency said" is Xinhua itself', () => {
  const quotes = quotesOf('Xinhua reported the flood first. "The dam held," the Xinhua news agency said.');
  const q = quotes.find((x) => x.speakerText === 'the Xinhua news agency');
  assert.equal(q?.speaker, 'Xinhua');
});

test('"the Hamas militant group said" is Hamas: a group is a kind of organisation, not a body of one', () => {
  const quotes = quotesOf('Hamas fired rockets overnight. "We will answer every raid," the Hamas militant group said in a statement.');
  const q = quotes.find((x) => x.speakerText === 'the Hamas militant group');
  assert.ok(q, JSON.stringify(quotes));
  assert.equal(q.speaker, 'Hamas');
  assert.ok(q.speakerEntityId, JSON.stringify(q));
});
