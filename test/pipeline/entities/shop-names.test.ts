// A person's name the parse makes the modifier of a shop noun is the business called after them;
// a possessive owner stays a person. Our own names and sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { isShopNoun } from '../../../src/pipeline/entities/shop-names.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';

function typed(text: string): string[] {
  return analyseText(`Shop news\n\n${text}`).mentions.map((m) => `${m.text}/${m.type}`);
}

test('shops are nouns whose first sense is a mercantile establishment', { skip: noWordNet }, () => {
  assert.deepEqual(['store', 'boutique', 'outlet', 'house', 'library', 'jewelry'].map((w) => isShopNoun(wn!, w)), [true, true, true, false, false, false]);
});

test('a name before a shop, or before what the shop sells, is the business, in all its mentions', { skip: noWordNet }, () => {
  const out = typed('Thieves took rings from the Delia Marsh jewelry store on Friday. Delia Marsh said the stock was insured.');
  assert.deepEqual(out.filter((m) => m.startsWith('Delia Marsh')), ['Delia Marsh/ORG', 'Delia Marsh/ORG']);
});

test("a person's own shop, written with a possessive, leaves the person", { skip: noWordNet }, () => {
  const out = typed("Thieves took rings from Delia Marsh's store on Friday. Delia Marsh said the stock was insured.");
  assert.ok(out.filter((m) => m.startsWith('Delia Marsh')).every((m) => m.endsWith('/PER')), out.join(', '));
});
