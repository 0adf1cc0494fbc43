import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentationOf } from '../../src/corpus/entities/fragmentation.js';

test('fragmentation: mentions whose name (less its title) and type have two or more entities', () => {
  const f = fragmentationOf([
    { type: 'PER', text: 'Mr Quill', entityId: 'a' },
    { type: 'PER', text: 'Quill', entityId: 'b' },
    { type: 'PER', text: 'Quill', entityId: 'b' },
    { type: 'ORG', text: 'Quill', entityId: 'c' },
    { type: 'LOC', text: 'Oslo', entityId: 'd' },
  ]);
  assert.deepEqual(f, { share: 0.6, mentions: 5, fragmentedMentions: 3, fragmentedNames: 1 });
  assert.equal(fragmentationOf([]).share, 0);
});
