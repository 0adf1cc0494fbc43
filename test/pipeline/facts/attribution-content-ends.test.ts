import test from 'node:test';
import assert from 'node:assert/strict';
import { toClosingMark } from '../../../src/pipeline/facts/quotes/attribute.js';
import { withoutTrailingMarks } from '../../../src/pipeline/facts/quotes/content-marks.js';
import { at, view } from './attribution-views.js';

test('an unquoted content that opens a quotation runs to its closing mark', () => {
  const v = view('The inspectors described the depot as “a hazard waiting to happen, with no exits at all” before leaving.');
  const cut = at(v, 'the depot as “a hazard waiting to happen');
  assert.deepEqual(toClosingMark(v, [cut]), [at(v, 'the depot as “a hazard waiting to happen, with no exits at all”')]);
});

test('one that closes its quotation, or whose quotation never closes, stays as it is', () => {
  const v = view('The inspectors described the depot as “a hazard” before leaving.');
  const whole = at(v, 'the depot as “a hazard”');
  assert.deepEqual(toClosingMark(v, [whole]), [whole]);
  const w = view('The inspectors described the depot as “a hazard waiting to happen, with no exits at all.');
  const open = at(w, 'the depot as “a hazard waiting');
  assert.deepEqual(toClosingMark(w, [open]), [open]);
});

test('a content does not end on a comma or dash outside quotation marks', () => {
  const v = view('Residents warned that the ferry was overloaded, and the captain left.');
  const withComma = at(v, 'that the ferry was overloaded,');
  assert.deepEqual(withoutTrailingMarks(v, [withComma]), [at(v, 'that the ferry was overloaded')]);
  // a comma inside the quotation belongs to it
  const w = view('“The ferry was overloaded,” residents said.');
  const quoted = at(w, '“The ferry was overloaded,”');
  assert.deepEqual(withoutTrailingMarks(w, [quoted]), [quoted]);
  const x = view('“The ferry was overloaded,” residents said.');
  const inner = at(x, '“The ferry was overloaded,');
  assert.deepEqual(withoutTrailingMarks(x, [inner]), [inner]);
});
