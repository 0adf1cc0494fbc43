// An object pronoun is never its own clause's subject ("Lind praised Okafor and thanked him"):
// the resolver leaves that subject out, however salient. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureSpec } from './helpers.js';
import { referentOf } from './speaker-referent.js';

test('an object pronoun skips the subject of its own clause, even across coordinated verbs', () => {
  const spec: FixtureSpec = {
    text:
      'Tomas Okafor retired from Halden Steel on Friday after forty years. ' +
      'Erik Lind, the chairman, praised Okafor warmly and called him a patient teacher.',
    names: { ORG: ['Halden Steel'], PER: ['Tomas Okafor', 'Erik Lind', 'Okafor'] },
  };
  assert.equal(referentOf(spec, 'him'), 'Tomas Okafor');
});

test('near miss: a subject pronoun after the same sentence still takes its salient subject', () => {
  const spec: FixtureSpec = {
    text:
      'Tomas Okafor retired from Halden Steel on Friday after forty years. ' +
      'Erik Lind, the chairman, praised Okafor warmly. He called the retirement a loss for the town.',
    names: { ORG: ['Halden Steel'], PER: ['Tomas Okafor', 'Erik Lind', 'Okafor'] },
  };
  assert.equal(referentOf(spec, 'He'), 'Erik Lind');
});

test('an organisation that is its clause\'s subject is not the "it" its verb takes (the other one was the more salient already)', () => {
  const spec: FixtureSpec = {
    text: 'Norvik Metals hired Ferro Cables to build a new line. Last week, Ferro Cables sued it over unpaid bills.',
    names: { ORG: ['Ferro Cables', 'Norvik Metals'] },
  };
  assert.equal(referentOf(spec, 'it'), 'Norvik Metals');
});
