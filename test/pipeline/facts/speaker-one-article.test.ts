// "one analyst said" names its speaker as "an analyst said" does ("analyst", as the gold files write
// descriptions); "one of the sources" keeps its words. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"one" before a description is an article: "one ferry captain" is "ferry captain"', () => {
  const quotes = analyseText('Storms closed the strait for a week. "Nobody sails in this, not even for double pay," one ferry captain said.').quotes;
  assert.equal(quotes[0]?.speaker, 'ferry captain');
});

test('"one of the …" keeps its words', () => {
  const quotes = analyseText('Storms closed the strait for a week. "Nobody sails in this, not even for double pay," one of the captains said.').quotes;
  assert.equal(quotes[0]?.speaker, 'one of the captains');
});
