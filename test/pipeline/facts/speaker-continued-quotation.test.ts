// A quotation left open at the end of its paragraph goes on in the next one: the second paragraph is
// the same speaker's, also when the first paragraph's speaker was carried over from the paragraph
// before it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const STORY = [
  'Tom Lee is an actor. Lee wrote about the loss on his blog. He noted there should be “no shame” in talking about it.',
  '"Kim and I have been through three of those visits, and she wanted to share this one. It is something that people rarely talk about.',
  '"But there needs to be no shame around it. We decided to put ourselves out there to help others."',
  'The post was shared widely.',
].join('\n\n');

test('the second paragraph of an open quotation keeps a carried speaker', () => {
  const quotes = analyseText(STORY).quotes.filter((q) => q.kind === 'direct');
  const first = quotes.find((q) => q.text.startsWith('Kim and I'));
  const second = quotes.find((q) => q.text.startsWith('But there needs'));
  assert.equal(first?.speaker, 'Tom Lee');
  assert.equal(second?.speaker, 'Tom Lee');
});
