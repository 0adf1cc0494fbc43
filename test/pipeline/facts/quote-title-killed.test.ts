// "The judge said" goes back to the person the article titles so, nearest first; a person it tells
// was killed speaks no later words, so where another person bears the title the description is
// theirs. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a titled person the article tells was killed is not who "the judge" is', () => {
  const text =
    'District Judge Hanna Ostrova sentenced Piet Marek to life in prison on Tuesday.\n\n' +
    'In 2019 Marek murdered District Judge Olaf Brenner, who had jailed his brother.\n\n' +
    '"Nothing this court does today can bring back the people who died that morning," the judge said.';
  const q = quoteStarting(text, 'Nothing this court does');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Hanna Ostrova', JSON.stringify(q));
});

test('with no other person so titled, the nearest titled person stays the description\'s', () => {
  const text =
    'District Judge Olaf Brenner heard the case in March.\n\n' +
    '"The evidence against the accused is overwhelming and the court has no doubt about it," the judge said.';
  const q = quoteStarting(text, 'The evidence against');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Olaf Brenner', JSON.stringify(q));
});
