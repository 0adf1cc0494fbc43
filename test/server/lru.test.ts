// The derived-value cache's map: full, it forgets the entry used longest ago, and a read is a use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruMap } from '../../src/server/lru.js';

test('a full LRU map drops the entry used longest ago, not the one stored first', () => {
  const cache = new LruMap<string, number>(3);
  cache.set('copy groups', 1).set('graph of June', 2).set('documents of Ana Ruiz', 3);
  assert.equal(cache.get('copy groups'), 1, 'read: now the most recently used');
  cache.set('graph of July', 4);
  assert.equal(cache.has('copy groups'), true, 'the entry read just before stays');
  assert.equal(cache.has('graph of June'), false, 'the entry left unread longest goes');
  assert.deepEqual([...cache.keys()], ['documents of Ana Ruiz', 'copy groups', 'graph of July']);
  assert.equal(cache.size, 3);
});

test('an entry read on every request outlives any number of one-off entries', () => {
  const cache = new LruMap<string, string>(100);
  cache.set('copy groups', 'groups');
  for (let i = 0; i < 1000; i++) {
    assert.equal(cache.get('copy groups'), 'groups', `request ${i}`);
    cache.set(`graph ${i}`, `one-off ${i}`);
  }
  assert.equal(cache.size, 100);
  assert.equal(cache.has('graph 901'), true, 'the 99 latest one-offs stay beside it');
  assert.equal(cache.has('graph 900'), false);
});

test('storing a key again replaces its value without dropping another entry', () => {
  const cache = new LruMap<string, number>(2);
  cache.set('a', 1).set('b', 2).set('a', 3);
  assert.deepEqual([...cache.keys()], ['b', 'a']);
  assert.equal(cache.get('a'), 3);
  assert.equal(cache.get('missing'), undefined);
  assert.equal(cache.delete('b'), true);
  cache.clear();
  assert.equal(cache.size, 0);
  assert.throws(() => new LruMap(0), RangeError);
});
