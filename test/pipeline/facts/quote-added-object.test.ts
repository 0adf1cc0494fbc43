// "add" with a noun for its object adds a thing and reports no speech. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';


function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

const story = 'Bakery shares climb\n\nShares of Acme Bakeries added more than 2% on Monday after the company bought a rival.\n\nAcme chief Ann Cole was pleased. Cole added that sales would rise through the winter.';

test('shares that "added 2%" say nothing', () => {
  assert.equal(quotesOf(story).find((q) => q.text.includes('2%')), undefined);
});

test('"added that …" is still reported speech', () => {
  assert.equal(quotesOf(story).find((q) => q.text.startsWith('sales would rise'))?.speaker, 'Ann Cole');
});
