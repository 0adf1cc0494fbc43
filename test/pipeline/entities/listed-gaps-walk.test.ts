// The list-gap rule finds the words no mention covers in one walk over the mentions: mentions
// given out of order, or one inside a longer one, cover what they covered before. Our own text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { nameListedGaps } from '../../../src/pipeline/entities/listed-gaps.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

test('mentions out of order still mark their words as named', () => {
  const text = 'Crews of the Harbour Board, Pilots and Dock Authority met on Monday.';
  const out = nameListedGaps(text, [mentionAt(text, 'Dock Authority', 'ORG'), mentionAt(text, 'Harbour Board', 'ORG')]);
  assert.deepEqual(out.map((m) => m.text), ['Harbour Board', 'Pilots', 'Dock Authority']);
});

test('the words of a long mention are covered, the uncovered word of the list is a gap', () => {
  const text = 'Staff from Ostra, Vell Ferry Lines and Kalm Lines sailed.';
  const out = nameListedGaps(text, [mentionAt(text, 'Kalm Lines', 'ORG'), mentionAt(text, 'Vell Ferry Lines', 'ORG')]);
  assert.deepEqual(out.map((m) => m.text), ['Ostra', 'Vell Ferry Lines', 'Kalm Lines']);
});
