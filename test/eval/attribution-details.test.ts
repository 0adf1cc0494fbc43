import test from 'node:test';
import assert from 'node:assert/strict';
import { AttributionDetailer, compare } from '../../src/eval/attribution-details.js';
import type { AttributionRelation } from '../../src/train/lib/polnear.js';
import { flatParse, view } from '../pipeline/facts/attribution-views.js';

const TEXT = 'The keeper said the lions slept all day. Visitors complained loudly about the noise.';

function at(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

const piece = (words: string) => ({ pieces: [at(words)] });

test('how a predicted span differs from the gold one', () => {
  assert.equal(compare(at('the lions slept'), at('the lions slept')), 'exact');
  assert.equal(compare(at('the lions slept all day'), at('the lions slept')), 'ends early');
  assert.equal(compare(at('the lions slept'), at('said the lions slept all day')), 'starts early, ends late');
  assert.equal(compare(at('The keeper'), null), 'missing');
  assert.equal(compare(null, at('The keeper')), 'extra');
  assert.equal(compare(at('The keeper'), at('Visitors')), 'elsewhere');
});

test('cue classes: exact, with other edges, missed (its words listed), invented; roles only for exact cues', () => {
  const gold: AttributionRelation[] = [
    { source: piece('The keeper'), cue: piece('said'), contents: [piece('the lions slept all day')] },
    { source: piece('Visitors'), cue: piece('complained loudly about'), contents: [piece('the noise')] },
  ];
  const d = new AttributionDetailer();
  d.add(TEXT, gold, [
    { cue: at('said'), source: at('keeper'), content: [at('the lions slept all day')] },
    { cue: at('complained'), source: null, content: [] },
    { cue: at('slept'), source: null, content: [] },
  ]);
  let out = d.details();
  assert.deepEqual(out.cue, { exact: 1, 'found with other edges': 1, invented: 1 });
  assert.deepEqual(out.source, { 'starts late': 1 });
  assert.deepEqual(out.content, { exact: 1 });
  d.add(TEXT, gold, []);
  out = d.details();
  assert.equal(out.cue.missed, 2);
  assert.deepEqual(out.missedCues, [['complained loudly about', 1], ['said', 1]]);
});

test('with the token view, missed cues are counted by kind; without one, none are', () => {
  const gold: AttributionRelation[] = [{ source: piece('Visitors'), cue: piece('complained loudly about'), contents: [piece('the noise')] }];
  const d = new AttributionDetailer();
  d.add(TEXT, gold, []);
  assert.deepEqual(d.details().missedCueKinds, {});
  d.add(TEXT, gold, [], flatParse(view(TEXT)));
  assert.deepEqual(d.details().missedCueKinds, { 'other (X)': 1 });
});
