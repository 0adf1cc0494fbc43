// One who spoke in the last sentences through a description is a candidate for the next "the
// company", even when its name lies further back ("Halvorsen Systems …. The company said …. “…,”
// the company said" is Halvorsen Systems). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"the company" is the company that just spoke as "the company", not nobody', () => {
  const text = [
    'Halvorsen Systems has rushed out a temporary fix for a flaw in its Quillpad browser.',
    'The software maker said the workaround should stop most attacks.',
    'The company said the flaw affects every version of the browser, but attacks have hit only users of Quillpad 8 and Quillpad 9.',
    '"When this investigation ends, we will act to protect our customers," the company said in an advisory on Tuesday.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('When this'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Halvorsen Systems');
});
