// "It" or "they" for a body goes to the one that was a clause's subject rather than one named in
// passing after it, in a prepositional phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureSpec } from './helpers.js';
import { referentOf } from './speaker-referent.js';

test('"it" after a sentence whose subject is one body and whose oblique names another is the subject', () => {
  const spec: FixtureSpec = {
    text: 'On Monday, Norvik Metals bought a warehouse from Ferro Cables. It plans to store copper there.',
    names: { ORG: ['Norvik Metals', 'Ferro Cables'] },
  };
  assert.equal(referentOf(spec, 'It'), 'Norvik Metals');
});

test('near miss: with neither body a subject, the nearer one is still what "it" refers to', () => {
  const spec: FixtureSpec = {
    text: 'On Monday, a warehouse owned by Norvik Metals and Ferro Cables was sold. It plans to store copper there.',
    names: { ORG: ['Norvik Metals', 'Ferro Cables'] },
  };
  assert.equal(referentOf(spec, 'It'), 'Ferro Cables');
});
