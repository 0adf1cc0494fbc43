// "his lawyer said", "its chairman said": the speaker is someone in a role for whom the possessive
// pronoun refers to, never that one; the person the article names beside the same words is who it
// is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function quoteOf(text: string, opening: string) {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith(opening));
  assert.ok(q, 'the quotation is found');
  return q;
}

test('"his lawyer said" is a lawyer for the man, not the man', () => {
  const text = 'Omar Haddad was charged with fraud on Tuesday.\n\n"He is innocent and we will prove it," his lawyer said.';
  const q = quoteOf(text, 'He is innocent');
  assert.equal(q.speaker, 'lawyer for Omar Haddad');
  assert.equal(q.speaksFor?.name, 'Omar Haddad');
});

test('"her agent said" after a woman named in full is her agent', () => {
  const text = 'Lena Ortiz has joined a new band.\n\n"She signed the contract last week," her agent said on Monday.';
  assert.equal(quoteOf(text, 'She signed').speaker, 'agent for Lena Ortiz');
});

test('"its chairman said" is the chairman of the body the pronoun refers to, not the last person named', () => {
  const text = 'Rita Cole sold her shares in Acme Motors last year. Acme Motors lost money again in March.\n\n"The company will close two plants," its chairman said.';
  const q = quoteOf(text, 'The company will');
  assert.notEqual(q.speaker, 'Rita Cole');
  assert.match(q.speaker ?? '', /^chairman for Acme/);
});

test('the person the article names as "his lawyer" is who "his lawyer" is', () => {
  const text = 'Omar Haddad was charged with fraud on Tuesday. His lawyer, Rita Cole, was not in court.\n\n"We will appeal the ruling," said his lawyer.';
  assert.equal(quoteOf(text, 'We will appeal').speaker, 'Rita Cole');
});
