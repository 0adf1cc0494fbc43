// "a friend of the actress said", "an uncle of the boy said": a phrase headed by a noun
// WordNet knows for a person, then what ties it to someone, is a description of the speaker,
// however long, not a phrase that names nobody. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"an uncle of the boy said" is that description', () => {
  const text = 'The house on Mill Lane burned down on Tuesday night.\n\n"They had lived there for thirty years and never once locked the door," an uncle of the boy said.';
  const q = quoteStarting(text, 'They had lived there');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'uncle of the boy', JSON.stringify(q));
});

test('"a cousin of the singer said" is that description, not the singer the article names', () => {
  const text = 'Mara Quint cancelled her tour on Monday.\n\n"She needs a few quiet months at home with the children," a cousin of the singer told reporters.';
  const q = quoteStarting(text, 'She needs a few');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'cousin of the singer', JSON.stringify(q));
});
