// Sentence similarity and head counts of event mentions, on sentences made up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionContext } from '../../src/corpus/events/mention-context.js';
import type { CorefMention } from '../../src/corpus/events/mention-pairs.js';

const mention = (key: string, doc: string, lemma: string, context: string[]): CorefMention => ({ key, doc, lemma, participants: [], places: [], date: null, context });

test('mention context: rare shared words count, words every sentence has do not, the head itself is left out', () => {
  const mentions = [
    mention('a', 'd1', 'sink', ['ferry', 'sink', 'harbour', 'say', 'storm']),
    mention('b', 'd2', 'capsiz', ['ferry', 'capsiz', 'harbour', 'say']),
    mention('c', 'd3', 'sink', ['tanker', 'sink', 'say', 'reef']),
    mention('d', 'd1', 'sink', ['sink', 'say', 'crew']),
  ];
  const ctx = mentionContext(mentions);
  assert.ok(ctx.contextSimilarity(mentions[0], mentions[1]) > 0.5, 'ferry and harbour are shared');
  assert.ok(ctx.contextSimilarity(mentions[0], mentions[2]) < 0.01, '"say" is in every sentence, "sink" is the head');
  assert.equal(ctx.headCount(mentions[0]), 2, 'd1 names the sinking twice');
  assert.equal(ctx.headCount(mentions[1]), 1);
});
