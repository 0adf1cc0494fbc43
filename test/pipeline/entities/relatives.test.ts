// Relatives introduced by first name take the family name of the person the text relates them to.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';

const ctx = defaultContext();
const run = (content: string) => analyse({ source: { kind: 'stdin', location: '-', name: 'relatives' }, format: 'text', content, encoding: 'utf-8', hints: {} }, ctx);

test('"his daughter Greta" is Greta Lindqvist, neither her father nor another Greta', () => {
  const a = run('Campaign launch\n\nMr Lindqvist was introduced by his daughter Greta, a medical student. Greta Olsen, a voter, was unimpressed.');
  const greta = a.mentions.find((m) => m.text === 'Greta');
  assert.ok(greta, a.mentions.map((m) => m.text).join(', '));
  assert.equal(greta.canonical, 'Greta Lindqvist');
  const father = a.mentions.find((m) => m.text === 'Lindqvist');
  assert.notEqual(father?.entityId, greta.entityId);
  const other = a.mentions.find((m) => m.text === 'Greta Olsen');
  assert.notEqual(other?.entityId, greta.entityId);
});

test('a first name with no relative noun is left to ordinary linking', () => {
  const a = run('Match report\n\nAnna Keller scored twice. Anna then left the pitch.');
  const anna = a.mentions.filter((m) => m.text.startsWith('Anna'));
  assert.ok(anna.every((m) => m.canonical === 'Anna Keller'), anna.map((m) => m.canonical).join(', '));
});
