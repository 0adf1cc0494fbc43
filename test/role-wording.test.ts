import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullerWording, sameParticipant } from '../src/role-wording.js';

test('a shorter wording of a common noun inside a fuller one is the same participant', () => {
  assert.ok(sameParticipant('a crowded market', 'a market'));
  assert.ok(sameParticipant('the old bus station', 'bus station'));
  assert.ok(sameParticipant('the Taliban', 'Taliban'), 'equal past an article, a name too');
  assert.deepEqual(fullerWording({ text: 'a market' }, { text: 'a crowded market' }), { text: 'a crowded market' });
  assert.deepEqual(fullerWording({ text: 'the bridge' }, { text: 'a bridge' }), { text: 'the bridge' }, 'the first on a tie');
});

test('different heads, different counts and names that only end alike stay apart', () => {
  assert.ok(!sameParticipant('a market', 'a market square'));
  assert.ok(!sameParticipant('two soldiers', 'three soldiers'));
  assert.ok(!sameParticipant('Sudan', 'South Sudan'));
  assert.ok(!sameParticipant('North Korea', 'Korea'));
});
