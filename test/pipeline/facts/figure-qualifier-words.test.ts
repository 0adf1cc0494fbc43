// A bound keeps the source's words where they are not how its qualifier reads: "nearly 500" is an
// upper bound for comparing, but a reader must not see "up to 500". Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../../src/types.js';
import { terseCount } from '../../../src/vague-amount.js';
import { formatFigure } from '../../../src/web/lib/format.js';
import { factsOf } from './helpers.js';

const byWhat = (figures: Figure[], what: string) => figures.find((f) => f.what.split(' ')[0] === what);

test('a bound keeps its own words when they are not how the qualifier reads; every view shows them', () => {
  const { figures } = factsOf({
    text:
      'Nearly 300 lorries queued at the border on Friday, and fewer than 40 drivers slept in their cabs.\n\n' +
      'Some 60 inspectors checked the loads, while as many as 90 volunteers handed out water.\n\n' +
      'At least 12 ferries sailed late, and up to 8 trains were cancelled.',
  });
  const lorries = byWhat(figures, 'lorries');
  assert.equal(lorries?.qualifier, 'up_to', 'still an upper bound when claims are compared');
  assert.equal(lorries?.qualifierWords, 'nearly');
  assert.equal(byWhat(figures, 'drivers')?.qualifierWords, 'fewer than');
  assert.equal(byWhat(figures, 'inspectors')?.qualifierWords, 'some');
  assert.equal(byWhat(figures, 'volunteers')?.qualifierWords, 'as many as');
  // words that are how the qualifier reads need no copy
  assert.equal(byWhat(figures, 'ferries')?.qualifierWords, undefined);
  assert.equal(byWhat(figures, 'trains')?.qualifierWords, undefined);
  assert.equal(terseCount(lorries!), 'nearly 300');
  assert.equal(formatFigure(lorries!.value, lorries!.qualifier, lorries!.unit, lorries!.what, lorries!.vagueWords, lorries!.qualifierWords), 'nearly 300');
  assert.equal(formatFigure(45, 'up_to', 'percent', '', undefined, 'almost'), 'almost 45%');
});
