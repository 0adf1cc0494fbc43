// "ADA Hollis" is the Marta Hollis the article names (an office's initials title her, as "Ms"
// would), and "the 41-year-old" said is the person just named. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a surname after an office\'s initials is the full name the article gives', () => {
  const text = [
    'Assistant District Attorney Marta Hollis opened the case against the warehouse owner on Tuesday.',
    '"The fire was set for the insurance money," says ADA Hollis. "Every receipt points the same way," says Hollis.',
  ].join('\n\n');
  const quotes = analyseText(text).quotes.filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 2);
  for (const q of quotes) assert.equal(q.speaker, 'Marta Hollis', q.text);
});

test('initials before a surname nobody in the article bears in full stay as written', () => {
  const quotes = analyseText('"The fire was set for the insurance money," says ADA Hollis.').quotes;
  assert.notEqual(quotes[0]?.speaker, 'Marta Hollis');
});

test('"said the 41-year-old" is the person the sentence before named', () => {
  const text = [
    'Rower Anneli Kask has won her fifth national title on the lake at Viljandi.',
    '"I did not expect to be racing at this level any more," said the 41-year-old after the final.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.speaker, 'Anneli Kask');
});
