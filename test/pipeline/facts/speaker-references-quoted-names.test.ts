// A name inside a quotation is an antecedent for a pronoun in that same quotation, and still none
// for a pronoun outside it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureSpec } from './helpers.js';
import { referentOf } from './speaker-referent.js';

test('a pronoun inside a quotation may refer to a name earlier in the same quotation', () => {
  const spec: FixtureSpec = {
    text:
      'Norvik Metals cut its forecast on Monday. Its chief executive, Ana Ruiz, was blunt. ' +
      '"We lost the Ferro Cables contract in May, and they will not come back," she said.',
    names: { ORG: ['Norvik Metals', 'Ferro Cables'], PER: ['Ana Ruiz'] },
  };
  assert.equal(referentOf(spec, 'they'), 'Ferro Cables');
});

test('near miss: a name quoted earlier is still no antecedent for a pronoun outside the quotation', () => {
  const spec: FixtureSpec = {
    text:
      'Norvik Metals cut its forecast on Monday. "Ferro Cables has stopped buying from us," a spokesman said. ' +
      'It will close a plant in May.',
    names: { ORG: ['Norvik Metals', 'Ferro Cables'] },
  };
  assert.equal(referentOf(spec, 'It'), 'Norvik Metals');
});
