// A title whose field is written with "the" or names a body ("Commissioner of the Port Authority Ann
// Lee") still ends at the person it names: the quotation is hers,
// not a description "Commissioner of the Port Authority Ann Lee" tied to her. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"said Commissioner of the BODY NAME": the commissioner by name', () => {
  const text = [
    'The cabinet met in Varnholt on Monday to settle the harbour budget.',
    '"We will not borrow a single crown more than the port can repay," said Commissioner of the Norvale Port Authority Elsa Marrow.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('borrow'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Elsa Marrow');
});

test('"Chairman of the Norvale Transit Authority NAME said": the chairman by name', () => {
  const text = [
    'Fares on the Norvale trams rise by a tenth in April.',
    '"Nobody likes paying more, but the rails are older than most of our drivers," Chairman of the Norvale Transit Authority Piet Dowland said.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('rails'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Piet Dowland');
});
