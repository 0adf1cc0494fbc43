import test from 'node:test';
import assert from 'node:assert/strict';
import { AttributionScorer } from '../../src/train/lib/attribution-score.js';
import { segment } from '../../src/pipeline/segment/index.js';
import type { AttributionRelation } from '../../src/train/lib/polnear.js';
import type { Span } from '../../src/types.js';

const TEXT = 'The council leader said the budget would balance next year. “We are done,” a clerk told us.';
const span = (s: string): Span => {
  const i = TEXT.indexOf(s);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length };
};
const rs = (s: string) => ({ pieces: [span(s)] });

const gold: AttributionRelation[] = [
  { source: rs('The council leader'), cue: rs('said'), contents: [rs('the budget would balance next year')] },
  { source: rs('a clerk'), cue: rs('told'), contents: [rs('“We are done,”')] },
];

test('exact and overlapping spans per role, relations, and the quoted subset', () => {
  const scorer = new AttributionScorer();
  scorer.add(TEXT, segment(TEXT).tokens, gold, [
    // source one word short (overlaps, not exact); content exact
    { source: span('council leader'), cue: span('said'), content: [span('the budget would balance next year')] },
    // a second prediction of the same cue: gold spans are matched once only
    { source: span('The council leader'), cue: span('said'), content: [span('next year')] },
    { source: span('a clerk'), cue: span('told'), content: [span('“We are done,”')] },
  ]);
  const f = scorer.figures();
  assert.deepEqual([f.exact.source.tp, f.exact.source.fp, f.exact.source.fn], [2, 1, 0]);
  assert.deepEqual([f.exact.cue.tp, f.exact.cue.fp, f.exact.cue.fn], [2, 1, 0], 'the repeated cue matches once');
  assert.deepEqual([f.exact.content.tp, f.exact.content.fp], [2, 1]);
  assert.equal(f.overlap.content.tp, 2, '"next year" shares under half of the tokens: no match');
  assert.equal(f.relation.tp, 2);
  assert.equal(f.relation.fp, 1);
  assert.equal(f.quoted.exact.content.tp, 1, 'only the content opening with a quotation mark');
  assert.equal(f.quoted.exact.content.fn, 0);
  assert.equal(f.quoted.relation.f1, 1);
});

test('a missing source matches only a missing source in a relation', () => {
  const scorer = new AttributionScorer();
  scorer.add(TEXT, segment(TEXT).tokens, [{ source: null, cue: rs('said'), contents: [rs('the budget would balance next year')] }], [
    { source: span('The council leader'), cue: span('said'), content: [span('the budget would balance next year')] },
  ]);
  const f = scorer.figures();
  assert.equal(f.relation.tp, 0);
  assert.equal(f.exact.source.fp, 1);
  assert.equal(f.exact.cue.tp, 1);
});

test("a content opening with two apostrophes ('') is in the quoted subset, one opening with a single one is not", () => {
  const text = "''Trains will be late,'' the operator said. 'Buses too' was the rumour, a driver claimed.";
  const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const rel = (source: string, cue: string, content: string) => ({ source: { pieces: [at(source)] }, cue: { pieces: [at(cue)] }, contents: [{ pieces: [at(content)] }] });
  const scorer = new AttributionScorer();
  const relations = [rel('the operator', 'said', "''Trains will be late,''"), rel('a driver', 'claimed', "'Buses too' was the rumour")];
  scorer.add(text, segment(text).tokens, relations, relations.map((r) => ({ source: r.source.pieces[0], cue: r.cue.pieces[0], content: r.contents[0].pieces })));
  const f = scorer.figures();
  assert.equal(f.quoted.exact.content.tp, 1);
  assert.equal(f.exact.content.tp, 2);
});
