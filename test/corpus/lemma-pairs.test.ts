// Event head lemmas learned as one event from annotated topics, and mention coreference using them.
// The topics are made up here: each lists its mentions' lemmas, stories and gold clusters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnLemmaPairs, lemmaGroups, type AnnotatedMention } from '../../src/corpus/events/lemma-pairs.js';
import { clusterEventMentions, type CorefDocument, type CorefMention } from '../../src/corpus/events/mention-coref.js';
import { lightLemma } from '../../src/corpus/events/lemma.js';

const m = (lemma: string, cluster: string, story = 's1'): AnnotatedMention => ({ lemma, story, cluster });

test('a pair is learned when it corefers in enough topics, not from one topic alone', () => {
  const flood = [m('flood', 'A'), m('inundat', 'A'), m('rescu', 'B'), m('evacuat', 'B')];
  const storm = [m('flood', 'C'), m('inundat', 'C'), m('warn', 'D')];
  const pairs = learnLemmaPairs([flood, storm], { minTopics: 2, minRate: 0.5 });
  assert.deepEqual(pairs, [['flood', 'inundat']], 'rescue/evacuate corefer in one topic only');
  assert.deepEqual(learnLemmaPairs([flood, storm], { minTopics: 1, minRate: 0.5 }), [['evacuat', 'rescu'], ['flood', 'inundat']]);
});

test('a pair that rarely corefers, or only across stories, is not learned', () => {
  const one = [m('sign', 'A'), m('meet', 'B'), m('sign', 'C'), m('meet', 'C')];
  const two = [m('sign', 'E', 's1'), m('meet', 'E', 's2'), m('sign', 'F'), m('meet', 'G')];
  // one: 1 of 4 same-story pairs linked; two: the linked pair spans two stories
  assert.deepEqual(learnLemmaPairs([one, two], { minTopics: 1, minRate: 0.5 }), []);
});

test('mentions whose heads are paired corefer within a story', () => {
  const doc = (name: string): CorefDocument => ({ name, features: new Map([['e:harbour', 3], ['p:port-town', 2]]) });
  const mention = (key: string, docName: string, lemma: string): CorefMention => ({ key, doc: docName, lemma, participants: [], places: [], date: null });
  const mentions = [mention('a1', 'a', 'flood'), mention('b1', 'b', 'inundat'), mention('b2', 'b', 'rescu')];
  const docs = [doc('a'), doc('b'), { name: 'c', features: new Map([['e:other', 1]]) }];
  const withPairs = clusterEventMentions(mentions, docs, { storyThreshold: 0.05, lemmaGroup: lemmaGroups([['flood', 'inundat']]), model: null });
  assert.equal(withPairs.get('a1'), withPairs.get('b1'));
  assert.notEqual(withPairs.get('a1'), withPairs.get('b2'));
  const without = clusterEventMentions(mentions, docs, { storyThreshold: 0.05, lemmaGroup: (l) => l, model: null });
  assert.notEqual(without.get('a1'), without.get('b1'));
});

test('light lemmas: inflections off, and a noun made of its verb keeps the verb\'s head', () => {
  const same = (a: string, b: string) => assert.equal(lightLemma(a), lightLemma(b), `${a} / ${b}`);
  same('evacuated', 'evacuation');
  same('elected', 'election');
  same('arrests', 'arresting');
  assert.notEqual(lightLemma('station'), lightLemma('stated'), 'short words are not cut');
  // one consonant before "-ied"/"-ying": a verb in "-ie"; more: a verb in "-y"
  same('dying', 'died');
  same('dies', 'die');
  same('lying', 'lie');
  assert.equal(lightLemma('dying'), 'die');
  same('tried', 'trying');
  assert.equal(lightLemma('copied'), 'copy');
});
