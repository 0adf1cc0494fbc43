// Entity keys' digests are remembered between calls: a remembered digest must be the digest itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { keyDigest } from '../../../src/pipeline/entities/key-digest.js';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

test('keyDigest: the first 16 hex digits of the key\'s SHA-1, the same when asked again', () => {
  const key = 'ORG:harbour pilots guild';
  assert.equal(keyDigest(key), sha1(key));
  assert.equal(keyDigest(key), sha1(key));
  assert.match(keyDigest(key), /^[0-9a-f]{16}$/);
});

test('keyDigest: keys that differ only in scope or case get their own digests', () => {
  const keys = ['PER:tamsin vale', 'PER:tamsin vale@doc_7', 'PER:Tamsin Vale', 'LOC:vale'];
  const digests = keys.map(keyDigest);
  assert.equal(new Set(digests).size, keys.length);
  keys.forEach((k, i) => assert.equal(digests[i], sha1(k)));
});

test('keyDigest: still right after more keys than it remembers', () => {
  const first = 'MISC:lantern festival';
  const before = keyDigest(first);
  for (let i = 0; i < 60_000; i++) keyDigest(`ORG:firm ${i}`);
  assert.equal(keyDigest(first), before);
  assert.equal(keyDigest('ORG:firm 59999'), sha1('ORG:firm 59999'));
});
