// A document with no letter or digit has nothing for the stages after extract to read: analyse
// hands back the empty analysis without segmenting, parsing or tagging it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/pipeline/index.js';
import { hasArticleText } from '../../src/analysis.js';
import type { RawDoc } from '../../src/types.js';

function textDoc(content: string): RawDoc {
  return { source: { kind: 'file', location: '/virtual/page.txt', name: 'page.txt' }, format: 'text', content, encoding: 'utf-8', hints: {} };
}

test('a text of only punctuation is left unsegmented and unparsed', () => {
  const analysis = analyse(textDoc('* * *\n\n— … —\n\n( ) !'));
  assert.equal(hasArticleText(analysis.doc.text), false);
  assert.deepEqual(analysis.segmentation.tokens, []);
  assert.deepEqual(analysis.syntax.words, []);
  assert.deepEqual(analysis.mentions, []);
});

test('a text with words goes through every stage', () => {
  const analysis = analyse(textDoc('The lighthouse keeper on Skerry Island retired on Monday after forty years.'));
  assert.ok(analysis.segmentation.tokens.length > 5);
  assert.ok(analysis.syntax.words.length > 5);
});

test('a digit alone counts as article text; spaces and dashes do not', () => {
  assert.equal(hasArticleText('  —  7 '), true);
  assert.equal(hasArticleText(' \n – ... '), false);
});
