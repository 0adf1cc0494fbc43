// A title before a lone surname stays in the span however many words the surname has: a
// generation suffix is no name word, and a surname the article writes after a given name
// elsewhere is a surname ("Mr. Le Pen" after "Jean-Marie Le Pen").
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}:${m.title ?? '-'}`);

test('mend25a: a surname of two words the article gives after a given name keeps its title', () => {
  const text = 'Corentin Du Maurac won the seat. Later Mr. Du Maurac thanked Ms. Ordel Vance Ruiz.';
  const out = applyHouseStyle(text, [at(text, 'Corentin Du Maurac', 'PER'), at(text, 'Du Maurac', 'PER', text.indexOf('Later')), at(text, 'Ordel Vance Ruiz', 'PER')]);
  // "Ordel" is written nowhere else: a full name, so its title stays outside
  assert.deepEqual(shown(out), ['PER:Corentin Du Maurac:-', 'PER:Mr. Du Maurac:Mr', 'PER:Ordel Vance Ruiz:Ms']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('mend25a: a generation suffix does not make a lone surname a full name', () => {
  const text = 'Mr. Talbrook Jr. declined, and Dr. Wenna Talbrook Sr. agreed.';
  const out = applyHouseStyle(text, [at(text, 'Talbrook Jr.', 'PER'), at(text, 'Wenna Talbrook Sr.', 'PER')]);
  assert.deepEqual(shown(out), ['PER:Mr. Talbrook Jr.:Mr', 'PER:Wenna Talbrook Sr.:Dr']);
});
