// A name the parse makes the modifier of "store" is the company that owns the store, an
// organisation ("Velmora stores"); a town's store stays the town. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typed = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);

test('a name before "stores" is the company that owns them', () => {
  assert.ok(typed('Sales rose at Velmora stores last quarter.').includes('ORG:Velmora'));
});

test('a town before "store" stays a place', () => {
  assert.ok(typed('A London store closed its doors on Friday.').includes('LOC:London'));
});
