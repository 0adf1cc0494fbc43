// "Acme said …. “…,” a statement said": a document the article gives no issuer, right after a body
// spoke, is that body's; after a person, or with another body named between, it stays a
// description. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const quoteOf = (text: string, words: string) => analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes(words));

test('"a statement said" right after a company spoke is the company\'s', () => {
  const q = quoteOf([
    'Ferries between Kelmouth and Varnholt were cancelled on Friday after a hull was found cracked, Norvale Shipping said.',
    '"Every vessel in the fleet will be inspected before it carries a single passenger again," a statement said.',
  ].join('\n\n'), 'Every vessel');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Norvale Shipping');
});

test('"a statement said" after another body is named since stays a statement', () => {
  const q = quoteOf([
    'Ferries between Kelmouth and Varnholt were cancelled on Friday after a hull was found cracked, Norvale Shipping said.',
    'The Kelmouth Harbour Board met the same evening to discuss the damage.',
    '"Every vessel in the fleet will be inspected before it carries a single passenger again," a statement said.',
  ].join('\n\n'), 'Every vessel');
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Norvale Shipping');
});
