// Data files shared between analysis threads: a reader given shared bytes takes them instead of
// loading its own copy, and reads them exactly as it reads a file of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../src/paths.js';
import { bytesOf, shareBytes, useSharedBytes, type ByteSource } from '../../src/pipeline/shared-bytes.js';
import { openWordNet, wordNetSources } from '../../src/pipeline/lexicons/wordnet.js';

const loaded = (key: string, text: string, calls: string[] = []): ByteSource => ({
  key,
  load: () => {
    calls.push(key);
    return Buffer.from(text, 'utf8');
  },
});

const failing = (key: string): ByteSource => ({
  key,
  load: () => {
    throw new Error(`${key}: no such file`);
  },
});

test('bytes given to the thread are read from the shared copy; other sources are loaded here', () => {
  const shared = shareBytes([loaded('tallies', 'ferret 3\nbadger 7\n')]);
  const calls: string[] = [];
  try {
    useSharedBytes(shared);
    const tallies = bytesOf(loaded('tallies', 'not this copy', calls));
    assert.equal(tallies.toString('utf8'), 'ferret 3\nbadger 7\n');
    assert.equal(tallies.buffer, shared.tallies, 'a view of the shared memory, not a copy');
    assert.equal(bytesOf(loaded('hedgerows', 'yew|holly', calls)).toString('utf8'), 'yew|holly');
    assert.deepEqual(calls, ['hedgerows']);
  } finally {
    useSharedBytes({});
  }
  assert.equal(bytesOf(loaded('tallies', 'own copy')).toString('utf8'), 'own copy', 'without shared bytes each load is its own');
});

test('a source that cannot be loaded is not shared: the thread that reads it meets the error', () => {
  const shared = shareBytes([failing('missing'), loaded('present', 'x')]);
  assert.deepEqual(Object.keys(shared), ['present']);
  try {
    useSharedBytes(shared);
    assert.throws(() => bytesOf(failing('missing')), /missing: no such file/);
  } finally {
    useSharedBytes({});
  }
});

test('a WordNet opened on shared bytes answers as one that read its files', () => {
  const dir = projectPath('test', 'fixtures', 'wordnet');
  const own = openWordNet(dir);
  const sources = wordNetSources(dir);
  assert.ok(sources.length >= 4, 'index and data files of nouns and verbs');
  let fromShared;
  try {
    useSharedBytes(shareBytes(sources));
    fromShared = openWordNet(dir);
  } finally {
    useSharedBytes({});
  }
  for (const [lemma, pos] of [['thwart', 'v'], ['trophy', 'n'], ['medals', 'n'], ['zebra', 'n']] as const) {
    assert.deepEqual(fromShared.synsets(lemma, pos), own.synsets(lemma, pos), lemma);
    for (const id of own.synsets(lemma, pos)) assert.deepEqual(fromShared.synset(id), own.synset(id), id);
  }
});
