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

test('one who "added 14 points" did not speak: a later "he said" is not drawn to him', () => {
  const text =
    'The visitors lost by nine points in Leeds on Saturday. Ansel Marlow added 14 points off the bench for the hosts. ' +
    'The difference on the night was Teodor Vance, who blocked five shots. "We never stopped believing in this team," he said.';
  assert.equal(quotesOf(text).find((q) => q.text.startsWith('We never stopped'))?.speaker, 'Teodor Vance');
});

test('"added" with a quotation after its object still attributes the quotation', () => {
  const text = 'Ansel Marlow spoke after the match in Leeds. He added a warning for the league: "Nobody should expect us to lose again this season."';
  assert.equal(quotesOf(text).find((q) => q.text.includes('Nobody should expect'))?.speaker, 'Ansel Marlow');
});
