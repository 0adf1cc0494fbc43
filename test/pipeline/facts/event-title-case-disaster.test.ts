// A title-case headline ("Flood Sweeps Through River Towns") reads as names to the parse: its disaster word, which no
// name covers, still makes the story one of a natural disaster, so people killed with no doer died in it. A headline
// naming no disaster leaves a killing a killing. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const kinds = (text: string) => analyseText(text, { published: '2031-06-10' }).events.map((e) => `${e.type}:${e.trigger.text}`);

test('people killed after a title-case disaster headline died in it', () => {
  const text = 'Flood Sweeps Through River Towns in Lower Valley\n\nSeven people were killed and dozens of homes were lost when the river burst its banks on Monday.';
  const found = kinds(text);
  assert.ok(found.includes('death:killed') && !found.includes('killing:killed'), found.join(', '));
});

test('a title-case headline naming no disaster leaves a killing a killing', () => {
  const text = 'Gunmen Raid Village in Lower Valley\n\nSeven people were killed by gunmen who raided the village on Monday.';
  const found = kinds(text);
  assert.ok(found.includes('killing:killed'), found.join(', '));
});
