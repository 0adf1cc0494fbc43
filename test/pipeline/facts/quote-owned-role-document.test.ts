// "the company's spokesman said": a role owned by a noun phrase or name is someone tied to that
// owner, never a person named nearby; "the company's statement said": a document speaks for the
// one who issued it, and with no issuer found it stays a description. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const FIRM = 'Nora Quint bought a small stake in Belvane Foods in June. Belvane Foods reported a loss for the year.\n\n';

test('"the company\'s spokesman said" is a spokesman for the company, not the person named nearby', () => {
  const q = quoteStarting(`${FIRM}"We will sell the bakery division," the company's spokesman said.`, 'We will sell');
  assert.ok(q);
  assert.notEqual(q.speaker, 'Nora Quint');
  assert.match(q.speaker ?? '', /^spokesman for Belvane/);
});

test('"the ministry\'s spokeswoman said" with no ministry named stays a description', () => {
  const q = quoteStarting('Nora Quint visited three schools in the north on Friday.\n\n"The budget is not final," the ministry\'s spokeswoman said.', 'The budget is');
  assert.ok(q);
  assert.notEqual(q.speaker, 'Nora Quint');
  assert.match(q.speaker ?? '', /spokeswoman/);
});

test('"the company\'s statement said" is the company that issued it', () => {
  const q = quoteStarting(`${FIRM}"The bakery division will be sold," the company's statement said.`, 'The bakery division');
  assert.ok(q);
  assert.match(q.speaker ?? '', /^Belvane Foods/);
});

test('a ruling with no issuer named is no person', () => {
  const q = quoteStarting('Nora Quint was fined last week.\n\n"The fine stands," the ruling says.', 'The fine stands');
  assert.ok(q);
  assert.notEqual(q.speaker, 'Nora Quint');
});
