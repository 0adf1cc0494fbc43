// "for two years before a settlement" says how long something lasted: a figure, though the time
// stage reads "two years before a settlement" as a point in time. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a length of time after "for" is a figure even when set against an anchor', () => {
  const f = analyseText('The boundary dispute dragged on for six years before the villages settled it.').figures.find((x) => x.value === 6);
  assert.equal(f?.unit, 'year');
  assert.equal(f?.text, 'six years');
});

test('the same words as a point in time are no figure', () => {
  const figures = analyseText('Six years before the villages settled the dispute, the mill had closed.').figures;
  assert.equal(figures.find((x) => x.value === 6), undefined);
});
