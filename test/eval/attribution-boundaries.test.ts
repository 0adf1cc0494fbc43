import test from 'node:test';
import assert from 'node:assert/strict';
import { BoundaryCensusTaker, edgeClass } from '../../src/eval/attribution-boundaries.js';
import { segment } from '../../src/pipeline/segment/index.js';
import type { AttributionRelation } from '../../src/train/lib/polnear.js';

const TEXT = 'The farmer said that the river rose overnight. Nobody in the valley, she added, was hurt at all. It rained again.';

function at(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

test('what lies between two edges, as a class', () => {
  const gold = at('the river rose overnight');
  const wider = at('that the river rose overnight.');
  assert.equal(edgeClass(TEXT, gold.start, wider.start, 'start'), 'start: pred adds "that"');
  assert.equal(edgeClass(TEXT, gold.end, wider.end, 'end'), 'end: pred adds .');
  assert.equal(edgeClass(TEXT, wider.start, gold.start, 'start'), 'start: pred lacks "that"');
  assert.equal(edgeClass(TEXT, gold.end, at('the river rose overnight. Nobody').end, 'end'), 'end: pred adds sentence boundary');
  assert.equal(edgeClass(TEXT, gold.start, at('river rose').start, 'start'), 'start: pred lacks one word');
  assert.equal(edgeClass(TEXT, gold.start, gold.start, 'start'), '');
});

test('the census lists overlapping contents that are not exact, with their shape', () => {
  const gold: AttributionRelation[] = [
    { source: { pieces: [at('The farmer')] }, cue: { pieces: [at('said')] }, contents: [{ pieces: [at('the river rose overnight')] }] },
    { source: { pieces: [at('she')] }, cue: { pieces: [at('added')] }, contents: [{ pieces: [at('Nobody in the valley'), at('was hurt at all')] }] },
  ];
  const taker = new BoundaryCensusTaker();
  taker.add(TEXT, segment(TEXT).tokens, gold, [
    { cue: at('said'), source: at('The farmer'), content: [at('that the river rose overnight')] },
    { cue: at('added'), source: at('she'), content: [at('Nobody in the valley, she added, was hurt at all')] },
    { cue: at('rained'), source: null, content: [at('again')] },
  ]);
  const census = taker.census();
  assert.equal(census.pairs.length, 2);
  assert.deepEqual(census.edges, { 'start: pred adds "that"': 1, 'same extent, other pieces': 1 });
  assert.deepEqual(census.shapes, { 'one piece each': 1, 'gold in pieces': 1 });
  assert.deepEqual(census.pairs[1].gold, ['Nobody in the valley', 'was hurt at all']);
});
