// A sale or acquisition that talks or negotiations are about is their content, not a deal done: the
// sense rules name "talks" and "negotiations", and the parser's lemmas are "talk" and "negotiation", so
// both are listed. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const deals = (text: string) =>
  analyseText(`Market news\n\n${text}`).events.filter((e) => e.type === 'other' && e.status === 'asserted').map((e) => e.theme);

test('a sale or an acquisition that talks are about is no deal done', () => {
  assert.deepEqual(deals('Halden Foods said it has ended talks on the sale of its frozen foods unit to Norvik Group.'), []);
  assert.deepEqual(deals('Orvel Mining said it is in early negotiations on the acquisition of Tasca Copper Ltd.'), []);
});

test('a sale told as done is still a deal', () => {
  assert.deepEqual(deals('Halden Foods sold its frozen foods unit to Norvik Group for 20 mln dlrs.'), ['sale']);
});
