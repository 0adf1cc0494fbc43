// Trading on the market is no deal between parties: shares sold with no one named selling them, or bought and
// sold by investors in general; a company buying a share of another, counted or worth an amount, is a purchase.
// The agreement words that make buying an agreement's content are the data file's. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { silencingGovernors } from '../../../src/pipeline/senses/word-senses.js';

const deals = (text: string) =>
  analyseText(`Market news\n\n${text}`)
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.theme}:${e.status}`);

test('shares traded with no party named, or by investors in general, make no deal', () => {
  assert.deepEqual(deals('Pellan Chemicals shares were dumped and sold in heavy volume on Thursday.'), []);
  assert.deepEqual(deals('Fund managers sold Pellan Chemicals after the profit warning.'), []);
  assert.deepEqual(deals('Nervous traders sold Ostrava Steel stock ahead of the vote.'), []);
});

test('a company buying a counted share of another, or shares worth an amount, makes a purchase', () => {
  assert.deepEqual(deals('Ostrava Steel bought 12% of Pellan Chemicals in January.'), ['purchase:asserted']);
  assert.deepEqual(deals('Ostrava Steel bought Pellan Chemicals shares worth 8 mln dlrs in January.'), ['purchase:asserted']);
  assert.deepEqual(deals('Pellan Chemicals stock was bought by Ostrava Steel in a private placement.'), ['purchase:asserted']);
});

test('a company sold, or shares sold to a named party, stays a deal', () => {
  assert.deepEqual(deals('Pellan Chemicals was sold to Ostrava Steel in the spring.'), ['sale:asserted']);
  assert.deepEqual(deals('Its Pellan Chemicals shares were sold to Ostrava Steel on Friday.'), ['sale:asserted']);
  // one share of something is a portion of it, not stock traded
  assert.deepEqual(deals('A share of its interest in the Delford pipeline was sold last year.'), ['sale:asserted']);
});

test('the words of an agreement come from the sense rules in data, compared as lemmas', () => {
  const words = silencingGovernors('sell');
  for (const w of ['agree', 'agreement', 'talks']) assert.ok(words.has(w), w);
  assert.deepEqual(deals('Ostrava Steel is negotiating to sell its Pellan Chemicals unit.'), []);
  assert.deepEqual(deals('Ostrava Steel agrees to sell its Pellan Chemicals unit.').length, 0);
});
