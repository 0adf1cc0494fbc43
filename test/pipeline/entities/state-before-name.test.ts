// A state written short that ends a sentence is not part of the next sentence's first name.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const names = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);

test('"Elmira, N.Y. Marlow provided …" is the state, then the person', () => {
  const found = names('The doctor was shot in his home in Elmira, N.Y. Marlow provided care for years.');
  assert.ok(found.includes('LOC:N.Y.') && found.includes('PER:Marlow'), found.join(' | '));
});

test('a state in full and a name with an initial are left alone', () => {
  assert.deepEqual(names('Officials in Dayton, Ohio said the plant would close.'), ['LOC:Dayton', 'LOC:Ohio']);
  assert.ok(names('The letter was signed by J. Marlow, N.B. Henson and others.').every((n) => !n.startsWith('LOC:')));
});
