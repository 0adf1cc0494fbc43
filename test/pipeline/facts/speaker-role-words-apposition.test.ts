// "said critic Ana Roe, a former Lund aide": a lower-case role before a person's name, then an
// apposition that names someone else; the speaker is the name the role titles, not the one inside
// the apposition. A role tied to someone ("a lawyer for Roe, …") is not such a title. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('the apposition after a role-titled name does not hand the quotation to the name inside it', () => {
  const text =
    'Governor Piet Lund left office in 1990. His memoir came out this spring. ' +
    '"Nothing in the book is new," said historian Ana Roe, a former Lund aide.';
  assert.equal(quoteStarting(text, 'Nothing in the book')?.speaker, 'Ana Roe');
});

test('two lower-case words of a role before the name are a title too', () => {
  const text =
    'Ivo Marsh was charged with fraud in May. ' +
    '"My client will plead not guilty," said defence lawyer Jana Holm, a partner of Marsh at the firm.';
  assert.equal(quoteStarting(text, 'My client')?.speaker, 'Jana Holm');
});
