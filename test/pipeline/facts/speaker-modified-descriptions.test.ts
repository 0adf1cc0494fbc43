// A nameless source described by plain modifiers before a head that names someone ("hospital
// sources", "diplomatic officials") is the speaker, as "police sources" already was. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(`City news\n\n${text}`, { published: '2024-05-06' }).quotes;
}

test('"hospital sources said" and "diplomatic sources said" name their speaker', () => {
  assert.equal(quotesOf('Nine people were hurt when a bus hit a wall in Leeds on Friday, hospital sources said.')[0]?.speaker, 'hospital sources');
  assert.equal(quotesOf('The talks in Vienna will resume next week, diplomatic sources said on Tuesday.')[0]?.speaker, 'diplomatic sources');
});

test('"hospital officials said" in a sentence that goes on after the attribution', () => {
  const q = quotesOf('Four patients were moved to Bradford overnight, hospital officials said, a day after the fire.');
  assert.equal(q[0]?.speaker, 'hospital officials');
});

test('a named speaker is still the person', () => {
  assert.equal(quotesOf('The bridge will reopen in June, council leader Maria Pell said.')[0]?.speaker, 'Maria Pell');
});
