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

test('a hyphenated name the tagger passed over in a list is a gap of its own, whole; a lower-case part is no name', () => {
  const text = 'Buyers took Norvale Mills, Castra-Pellworth, Ibex Freight and Quill Paper, but not lease-back units.';
  const ms = [mentionAt(text, 'Norvale Mills', 'ORG'), mentionAt(text, 'Ibex Freight', 'ORG'), mentionAt(text, 'Quill Paper', 'ORG')];
  assert.deepEqual(nameListedGaps(text, ms).map((m) => `${m.type}:${m.text}`), ['ORG:Norvale Mills', 'ORG:Castra-Pellworth', 'ORG:Ibex Freight', 'ORG:Quill Paper']);
});
