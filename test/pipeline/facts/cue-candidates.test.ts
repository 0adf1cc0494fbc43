import test from 'node:test';
import assert from 'node:assert/strict';
import { acceptedCandidates, cueCandidates, CANDIDATE_TABLE_BITS, type CueCandidate } from '../../../src/pipeline/facts/quotes/candidates.js';
import { deserialiseAttributionModel, newAttributionModel, serialiseAttributionModel } from '../../../src/pipeline/facts/quotes/model.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { parserForTraining } from '../../../src/train/lib/attribution-parse.js';

const TEXT = 'The growers had feared that the frost would ruin the harvest. “We have lost everything,” one farmer sighed.';

async function parsedView() {
  const parse = await parserForTraining();
  if (!parse) return null;
  const seg = segment(TEXT);
  return attributionTokens(TEXT, seg, lineParagraphs(TEXT), parse(TEXT, seg));
}

const words = (v: { tokens: Array<{ text: string }> }, c: { from: number; to: number }) => v.tokens.slice(c.from, c.to).map((t) => t.text).join(' ');

test('cue candidates: verbs outside quotations, alone and with their auxiliaries; none under a predicted cue', async (t) => {
  const v = await parsedView();
  if (!v) return t.skip('no parser model in this build');
  const n = v.tokens.length;
  const spans = cueCandidates(v, new Uint8Array(n), new Float32Array(n)).map((c) => words(v, c));
  assert.ok(spans.includes('feared'), spans.join(' | '));
  assert.ok(spans.includes('had feared'), spans.join(' | '));
  // "lost" is inside the quotation: what is quoted is content, not a cue
  assert.ok(!spans.some((s) => s.includes('lost')), spans.join(' | '));
  const mask = new Uint8Array(n);
  mask[v.tokens.findIndex((tok) => tok.text === 'feared')] = 1;
  const masked = cueCandidates(v, mask, new Float32Array(n)).map((c) => words(v, c));
  assert.ok(!masked.some((s) => s.includes('feared')), masked.join(' | '));
});

/** A candidate whose one feature is its own index into the weights. */
function candidate(from: number, to: number, head: number, feature: number): CueCandidate {
  return { from, to, head, features: Int32Array.of(feature) };
}

test('accepted candidates: above the threshold, the better span of each verb, no two overlapping', () => {
  const weights = new Float32Array(1 << CANDIDATE_TABLE_BITS);
  weights.set([2, 3, 1.5, -1, 2.5], 0);
  const taken = acceptedCandidates({ weights, threshold: 1 }, [
    candidate(4, 5, 4, 0), // the verb alone: 2
    candidate(3, 5, 4, 1), // with its auxiliary: 3, the better span
    candidate(5, 6, 5, 2), // 1.5: next to [3, 5), not overlapping it
    candidate(9, 10, 9, 3), // below the threshold
    candidate(11, 13, 12, 4), // 2.5
    candidate(12, 14, 13, 0), // 2, overlaps [11, 13), which scores higher
  ]);
  assert.deepEqual(taken, [{ from: 3, to: 5 }, { from: 5, to: 6 }, { from: 11, to: 13 }]);
});

test('the candidate classifier is saved with the model and read back as it was', () => {
  const model = newAttributionModel(true);
  const weights = new Float32Array(1 << CANDIDATE_TABLE_BITS);
  weights[7] = 1.25;
  weights[40000] = -0.5;
  model.candidates = { weights, threshold: 0.75 };
  const loaded = deserialiseAttributionModel(serialiseAttributionModel(model, 0.5));
  assert.ok(loaded.candidates);
  assert.equal(loaded.candidates.threshold, 0.75);
  assert.equal(loaded.candidates.weights[7], 1.25);
  assert.equal(loaded.candidates.weights[40000], -0.5);
  assert.equal(deserialiseAttributionModel(serialiseAttributionModel(newAttributionModel(true), 0.5)).candidates, undefined);
});
