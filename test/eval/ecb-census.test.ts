// The error census of `eval event-coref --details`, on mentions made up here whose wrong and
// missing links can be counted by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCensus } from '../../src/eval/ecb/census.js';
import type { CorefMention } from '../../src/corpus/events/mention-pairs.js';

const mention = (key: string, doc: string, lemma: string, extra: Partial<CorefMention> = {}): CorefMention => ({ key, doc, lemma, participants: [], places: [], date: null, ...extra });

test('census: wrong and missing links split by lemma, document and argument agreement', () => {
  // gold: the flood of report a and b is one event (in two words), report c tells another flood
  const mentions = [
    mention('a1', 'a', 'flood', { participants: ['ent_river'], date: '2031-04-02' }),
    mention('b1', 'b', 'inundat', { participants: ['ent_river'], date: '2031-04' }),
    mention('c1', 'c', 'flood', { participants: ['ent_lake'], date: '2032-01-09', places: ['town'] }),
    mention('z1', 'z', 'flood'),
  ];
  const key = new Map([['a1', 'F1'], ['b1', 'F1'], ['c1', 'F2'], ['z1', 'F3']]);
  // predicted: one cluster per head lemma
  const response = new Map([['a1', 'flood'], ['b1', 'inundat'], ['c1', 'flood'], ['z1', 'flood']]);
  const topicOf = (m: CorefMention) => (m.key === 'z1' ? 'other topic' : 'floods');
  const census = errorCensus(mentions, topicOf, key, response);
  assert.equal(census.wrongLinks.pairs, 1, 'a1–c1 only: z1 sits in another topic');
  assert.deepEqual(census.wrongLinks.sameLemma, { sameDocument: 0, crossDocument: 1 });
  assert.deepEqual(census.wrongLinks.arguments, { agree: 0, differ: 1, unknown: 0 });
  assert.deepEqual(census.wrongLinks.time, { agree: 0, differ: 1, unknown: 0 });
  assert.deepEqual(census.wrongLinks.place, { agree: 0, differ: 0, unknown: 1 });
  assert.equal(census.missingLinks.pairs, 1);
  assert.deepEqual(census.missingLinks.differentLemma, { sameDocument: 0, crossDocument: 1 });
  assert.deepEqual(census.missingLinks.arguments, { agree: 1, differ: 0, unknown: 0 });
  assert.deepEqual(census.missingLinks.time, { agree: 1, differ: 0, unknown: 0 }, 'April 2031 fits 2 April 2031');
  assert.deepEqual(census.missingLinks.topLemmaPairs, [['flood/inundat', 1]]);
  assert.equal(census.goldLinks.pairs, 1);
});
