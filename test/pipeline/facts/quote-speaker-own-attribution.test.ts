// A quotation followed by its own attribution ("“…,” Ann Lee said") is that speaker's, even where
// the model's relation read off the sentence before runs on over it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('each of two quotations in a row goes to the name written right after it', () => {
  const text = [
    'Delegates to the harbour board met in Tromso on Friday.',
    '"The old quay has served us well and it will serve us for another century," said board chairman Eskil Brandt. "Stone outlasts every plan drawn up to replace it," furious dock engineer Ragna Voll said.',
  ].join('\n\n');
  const quotes = analyseText(text).quotes.filter((x) => x.kind === 'direct');
  const first = quotes.find((x) => x.text.startsWith('The old quay'));
  const second = quotes.find((x) => x.text.startsWith('Stone outlasts'));
  assert.ok(first && second, 'both quotations are found');
  assert.equal(first.speaker, 'Eskil Brandt');
  assert.equal(second.speaker, 'Ragna Voll');
});
