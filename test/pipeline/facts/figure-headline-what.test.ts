// A headline's figure that the body restates is one figure, the body's (with its source); one the
// body never restates stays, marked as the headline's. What a count counts ends where a phrase of
// the parse ends, never on a dangling preposition. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { foldHeadlineFigures } from '../../../src/pipeline/facts/figures/headline.js';
import { annotationRows } from '../../../src/store/annotations.js';
import type { Figure } from '../../../src/types.js';

test('a headline figure the body restates with its source is stored once, from the body', () => {
  const text = 'Ferry fire leaves 23 dead, coast guard says\n\nTwenty-three passengers died when a fire broke out on a ferry near the harbour, the coast guard said on Sunday.';
  const analysis = analyseText(text);
  const [head, body] = analysis.figures.filter((f) => f.value === 23);
  assert.equal(head.headline, true);
  assert.deepEqual(head.restatedBy, { start: body.start, end: body.end });
  assert.ok(!body.headline && body.attribution, 'the body figure has its source');
  const stored = annotationRows(analysis).filter((r) => r.kind === 'figure' && (r.data as Figure).value === 23);
  assert.deepEqual(stored.map((r) => r.start), [body.start]);
});

test('a headline figure the body does not restate stays, marked as the headline', () => {
  const text = 'Council approves 40 new bus lanes\n\nThe city council voted on Tuesday to widen the main avenue, officials said.';
  const figs = analyseText(text).figures;
  const lanes = figs.find((f) => f.value === 40);
  assert.ok(lanes, 'kept');
  assert.equal(lanes.headline, true);
});

test('money in the headline is not folded into a count of the same number in the body', () => {
  const fig = (value: number, unit: string, start: number): Figure => ({ start, end: start + 2, text: String(value), value, unit, qualifier: 'exact', what: '', sentence: { start, end: start + 2 } });
  const at = (figure: Figure, kind: string, inHeadline: boolean) => ({ figure, kind, inHeadline });
  const folded = foldHeadlineFigures([at(fig(5, 'USD', 0), 'money', true), at(fig(5, 'people', 40), 'count', false), at(fig(12, '', 3), 'count', true), at(fig(12, 'boats', 50), 'count', false)]);
  assert.deepEqual(folded.map((f) => [f.value, f.unit, f.headline ?? false, !!f.restatedBy]), [[5, 'USD', true, false], [5, 'people', false, false], [12, '', true, true], [12, 'boats', false, false]]);
});

test('a long counted phrase is cut between whole phrases, not after a preposition', () => {
  const text = 'Prosecutors said the mayor took from the owners of three logging firms payments worth at least 90 million pesos for the award of permits for the clearing of protected forest in the north.';
  const firms = analyseText(text).figures.find((f) => f.value === 3);
  assert.ok(firms);
  assert.doesNotMatch(firms.what, /\b(?:for|of|in|the|at)$/);
  assert.doesNotMatch(firms.what, /90 million/, 'another figure is no part of what this one counts');
});
