// The shared reading of a segmentation's sentences: token ranges and the offsets they start at.
import test from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';
import { sentenceStartOffsets, sentenceTokenRanges } from '../../../src/pipeline/segment/sentence-starts.js';
import type { Segmentation } from '../../../src/types.js';

test('each sentence starts at its first token, and the ranges cover the tokens in order', () => {
  const text = 'Rain fell on Oslo. Wind rose at noon! Boats stayed in.';
  const seg = segment(text);
  assert.deepEqual([...sentenceStartOffsets(seg)], [0, text.indexOf('Wind'), text.indexOf('Boats')]);
  const ranges = sentenceTokenRanges(seg);
  assert.equal(ranges[0].from, 0);
  assert.equal(ranges.at(-1)!.to, seg.tokens.length);
  for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i].from, ranges[i - 1].to);
});

test('an empty sentence gives no range and no start', () => {
  const seg = segment('Rain fell. Wind rose.');
  const withEmpty: Segmentation = { ...seg, sentenceTokenStart: [0, 0, ...seg.sentenceTokenStart.slice(1)] };
  assert.deepEqual(sentenceTokenRanges(withEmpty), sentenceTokenRanges(seg));
  assert.deepEqual([...sentenceStartOffsets(withEmpty)], [...sentenceStartOffsets(seg)]);
});
