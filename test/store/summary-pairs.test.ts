// Entity pairs of a batch are counted per entity, then per partner (no "a b" key string is built
// for each pair): both directions, shared documents apart from mentions named close together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDocument, emptyDelta, type SummaryRow } from '../../src/store/summaries.js';

function mention(text: string, start: number, entityId: string): SummaryRow {
  return { kind: 'mention', label: 'PER', start, end: start + text.length, text, data: { entityId, canonical: text } };
}

test('entity pairs: counted both ways per entity, documents and close mentions apart, over a batch', () => {
  const delta = emptyDelta();
  // "Oren Malk met Ilse Varga in the harbour office." … 400 characters later "Tomas Brie" is named
  addDocument(delta, 'doc1', [mention('Oren Malk', 0, 'ent_malk'), mention('Ilse Varga', 14, 'ent_varga'), mention('Tomas Brie', 420, 'ent_brie')], 1);
  addDocument(delta, 'doc2', [mention('Ilse Varga', 0, 'ent_varga'), mention('Oren Malk', 40, 'ent_malk')], 1);

  assert.deepEqual(delta.pairs.get('ent_malk')?.get('ent_varga'), { docs: 2, near: 2 });
  assert.deepEqual(delta.pairs.get('ent_varga')?.get('ent_malk'), { docs: 2, near: 2 });
  // in one document, too far apart to count as named together
  assert.deepEqual(delta.pairs.get('ent_brie')?.get('ent_malk'), { docs: 1, near: 0 });
  assert.deepEqual(delta.pairs.get('ent_varga')?.get('ent_brie'), { docs: 1, near: 0 });
  assert.deepEqual([...delta.pairs.keys()].sort(), ['ent_brie', 'ent_malk', 'ent_varga']);

  addDocument(delta, 'doc2', [mention('Ilse Varga', 0, 'ent_varga'), mention('Oren Malk', 40, 'ent_malk')], -1);
  assert.deepEqual(delta.pairs.get('ent_malk')?.get('ent_varga'), { docs: 1, near: 1 }, 'a removed document subtracts its pairs');
});
