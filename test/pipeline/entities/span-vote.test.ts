import test from 'node:test';
import assert from 'node:assert/strict';
import { voteSpanTypes } from '../../../src/pipeline/entities/span-vote.js';
import { bilouSpans, tagIndex, TYPES } from '../../../src/pipeline/entities/tags.js';

const [PER, ORG, LOC] = [0, 1, 2];

test('one type per name per document, and a lone surname of a full name is a person', () => {
  const sentences = [['Varga', 'Steel', 'rose'], ['Varga', 'Steel', 'fell'], ['Varga', 'Steel', 'shut'], ['Edit', 'Moravcsik', 'spoke'], ['Moravcsik', 'left']];
  const tags = new Uint8Array([
    tagIndex('B', ORG), tagIndex('L', ORG), 0,
    tagIndex('B', ORG), tagIndex('L', ORG), 0,
    tagIndex('B', LOC), tagIndex('L', LOC), 0,
    tagIndex('B', PER), tagIndex('L', PER), 0,
    tagIndex('U', LOC), 0,
  ]);
  voteSpanTypes({ sentences }, tags);
  const types = bilouSpans(tags).map((s) => TYPES[s.type]);
  assert.deepEqual(types, ['ORG', 'ORG', 'ORG', 'PER', 'PER']);
});

test('a split vote changes nothing', () => {
  const sentences = [['Kestrel'], ['Kestrel']];
  const tags = new Uint8Array([tagIndex('U', ORG), tagIndex('U', LOC)]);
  voteSpanTypes({ sentences }, tags);
  assert.deepEqual([...tags], [tagIndex('U', ORG), tagIndex('U', LOC)]);
});
