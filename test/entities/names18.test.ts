// names18: a royal style stays outside a full name's span. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { applyHouseStyle } from '../../src/pipeline/entities/house-style.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { mentionAt as at } from '../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a royal style stays outside a full name, kept on the mention; before one given name it is the name', () => {
  const text = 'Queen Maren III opened it. King Olav spoke, and Prince Haakon bin Tariq listened.';
  const out = applyHouseStyle(text, [at(text, 'Queen Maren III', 'PER'), at(text, 'King Olav', 'PER'), at(text, 'Haakon bin Tariq', 'PER')]);
  assert.deepEqual(shown(out), ['PER:Maren III', 'PER:King Olav', 'PER:Haakon bin Tariq']);
  assert.deepEqual(out.map((m) => m.title ?? null), ['Queen', 'King', 'Prince']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('the full name a royal style was cut from is still found by "Queen Maren" and "the Queen"', () => {
  const text = 'Queen Maren III opened it. Later Queen Maren left, and the Queen waved.';
  const styled = applyHouseStyle(text, [at(text, 'Queen Maren III', 'PER'), at(text, 'Queen Maren', 'PER', 20), at(text, 'Queen', 'PER', 50)]);
  const resolved = resolveDocumentEntities(styled, createAliasTable(shippedAliasGroups()), { docId: 'n18' });
  assert.deepEqual(resolved.map((r) => r.canonical), ['Maren III', 'Maren III', 'Maren III']);
  assert.equal(new Set(resolved.map((r) => r.entityId)).size, 1);
});
