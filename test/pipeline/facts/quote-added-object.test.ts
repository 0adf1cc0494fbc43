// "add" with a noun for its object adds a thing and reports no speech. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';
import type { Quote } from '../../../src/types.js';

const ctx = defaultContext();

function quotesOf(text: string): Quote[] {
  return analyse({ source: { kind: 'file', location: 'added.txt', name: 'added' }, format: 'text', content: text, encoding: 'utf-8', hints: {} }, ctx).quotes;
}

const story = 'Bakery shares climb\n\nShares of Acme Bakeries added more than 2% on Monday after the company bought a rival.\n\nAcme chief Ann Cole was pleased. Cole added that sales would rise through the winter.';

test('shares that "added 2%" say nothing', () => {
  assert.equal(quotesOf(story).find((q) => q.text.includes('2%')), undefined);
});

test('"added that …" is still reported speech', () => {
  assert.equal(quotesOf(story).find((q) => q.text.startsWith('sales would rise'))?.speaker, 'Ann Cole');
});
