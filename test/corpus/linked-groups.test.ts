// Pairs grouped transitively, each group named by its smallest member. Names are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupRoots } from '../../src/corpus/linked-groups.js';

test('pairs group transitively; the smallest string names the group; an unpaired item is its own', () => {
  const root = groupRoots([['tern', 'gull'], ['gull', 'auk'], ['wren', 'finch']]);
  assert.deepEqual(['tern', 'gull', 'auk'].map(root), ['auk', 'auk', 'auk']);
  assert.deepEqual(['wren', 'finch'].map(root), ['finch', 'finch']);
  assert.equal(root('heron'), 'heron');
});

test('the representative does not depend on the order of the pairs or of the items in a pair', () => {
  const pairs: Array<[string, string]> = [['d', 'c'], ['b', 'e'], ['c', 'b'], ['x', 'y']];
  const a = groupRoots(pairs);
  const b = groupRoots([...pairs].reverse().map(([p, q]) => [q, p] as [string, string]));
  for (const item of ['b', 'c', 'd', 'e', 'x', 'y']) assert.equal(a(item), b(item), item);
  assert.equal(a('e'), 'b');
});

test('a long chain of pairs resolves without deep recursion', () => {
  const names = Array.from({ length: 200_000 }, (_, i) => `n${String(200_000 - i).padStart(7, '0')}`);
  const root = groupRoots(names.slice(1).map((n, i) => [names[i], n] as [string, string]));
  assert.equal(root(names[0]), names[names.length - 1]);
});
