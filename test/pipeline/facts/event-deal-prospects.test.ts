// A deal someone is keen or eager for, or one a noun of possibility speaks of through a gerund ("the likelihood of
// his launching a bid"), may never come: hypothetical, not news. A bid told as made stays asserted. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function bids(text: string) {
  return analyseText(`Market news\n\n${text}`, { published: '2024-05-06' }).events.filter((e) => e.type === 'other' && e.theme === 'bid');
}

test('a bid shareholders are keen or eager for is hypothetical', () => {
  for (const text of [
    'Many holders of Kellor Cars are traders keen for a higher bid from Brandt Holdings.',
    'Holders of Kellor Cars were eager for a bid from Brandt Holdings before the summer.',
  ]) {
    const found = bids(text);
    assert.ok(found.length > 0 && found.every((e) => e.status === 'hypothetical'), `${text}: ${found.map((e) => e.status).join(', ')}`);
  }
});

test('a bid in the object of a gerund on a noun of possibility is hypothetical', () => {
  const found = bids('The chairman of Tasca Copper played down the likelihood of his company launching a bid of its own for Kellor Cars.');
  assert.ok(found.length > 0 && found.every((e) => e.status === 'hypothetical'), found.map((e) => e.status).join(', '));
});

test('a bid told as made stays asserted', () => {
  const found = bids('Brandt Holdings launched a hostile bid for Kellor Cars on Monday.');
  assert.equal(found.length, 1);
  assert.equal(found[0].status, 'asserted');
});
