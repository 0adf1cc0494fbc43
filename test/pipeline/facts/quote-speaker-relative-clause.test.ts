// A relative clause in a speaker phrase is no part of whom it names ("A Borr manager, who asked not
// to be named, said …" is a manager at Borr, not Borr). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('an unnamed manager whose phrase carries a relative clause stays a manager, tied to the company', () => {
  const text = 'Borr Industries said on Monday it would close its plant in Leeds.\n\nA Borr manager, who asked not to be named, said the plant was "simply too old to repair and too costly to run."';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('simply'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Borr manager');
  assert.match(q.speaksFor?.name ?? '', /^Borr/);
});
