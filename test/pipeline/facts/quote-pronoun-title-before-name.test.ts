// A pronoun's antecedent: a name that opens its sentence behind a title word the tagger left
// out of it ("Crown Prince Hassan, the king's brother, was asked …") is that sentence's first name,
// and outranks a name in its apposition. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('the sentence subject after a title, not the possessor in its apposition, is "he"', () => {
  const { quotes } = analyseText('King Harald met the envoy on Monday. Crown Prince Magnus, King Harald\'s son and adviser, was asked on Tuesday about the meeting. In an interview on the radio, he declined to give details, but said: "I do not think the talks have failed."');
  const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('I do not think'));
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /Magnus/);
});
