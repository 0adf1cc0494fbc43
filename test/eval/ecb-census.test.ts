// The error census of `eval event-coref --details`, on mentions made up here whose wrong and
// missing links can be counted by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCensus } from '../../src/eval/ecb/census.js';
import type { CorefMention } from '../../src/corpus/events/mention-pairs.js';
import type { MentionRoles } from '../../src/corpus/events/mention-roles.js';

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

const roles = (extra: Partial<MentionRoles>): MentionRoles => ({ actors: [], targets: [], obliques: [], times: [], numbers: [], modifiers: [], generic: false, entities: [], ...extra });

test('census: same-head wrong links by what each head takes — another person, another day, another count, a modifier', () => {
  // "the coach was fined on 3 May" beside "the previous fines of the captain", one cluster predicted
  const mentions = [
    mention('a1', 'a', 'fine', { roles: roles({ targets: ['ent_coach'], entities: ['ent_coach'], times: ['2030-05-03'], numbers: ['2'] }) }),
    mention('b1', 'b', 'fine', { roles: roles({ targets: ['ent_captain'], entities: ['ent_captain'], times: ['2029-11'], numbers: ['two'], modifiers: ['previous'], generic: true }) }),
    mention('c1', 'c', 'fine', { roles: roles({ targets: ['ent_coach'], entities: ['ent_coach'], times: ['~friday'] }) }),
  ];
  const key = new Map([['a1', 'F1'], ['b1', 'F2'], ['c1', 'F1']]);
  const response = new Map([['a1', 'x'], ['b1', 'x'], ['c1', 'x']]);
  const census = errorCensus(mentions, () => 'fines', key, response);
  const wrong = census.wrongLinks.sameHead;
  assert.equal(census.wrongLinks.pairs, 2, 'a1–b1 and b1–c1');
  assert.deepEqual(wrong.entities, { agree: 0, differ: 2, unknown: 0 });
  assert.deepEqual(wrong.ownTime, { agree: 0, differ: 1, unknown: 1 }, 'May 2030 is not November 2029; a bare weekday is not compared with a date');
  assert.deepEqual(wrong.numbers, { agree: 1, differ: 0, unknown: 1 }, '"two" is 2');
  assert.equal(wrong.oneGeneric, 2);
  assert.deepEqual(wrong.oneSidedModifiers, [['previous', 2]]);
  assert.deepEqual(census.goldLinks.sameHead.entities, { agree: 1, differ: 0, unknown: 0 });
});
