import test from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { splitToken, type WordPiece } from '../../../src/pipeline/syntax/words.js';

const rules = { splits: new Map([['cannot', ['can', 'not']]]), hyphenPrefixes: new Set(['anti']) };

function pieces(text: string): string[] {
  const out: WordPiece[] = [];
  splitToken(rules, text, 0, 0, text.length, out);
  out.forEach((p, i) => assert.ok(i === 0 || p.start >= out[i - 1].end, 'pieces in order, not overlapping'));
  return out.map((p) => text.slice(p.start, p.end));
}

test('learned splits and hyphenated compounds split by offsets', () => {
  assert.deepEqual(pieces('Cannot'), ['Can', 'not']);
  assert.deepEqual(pieces('long-term'), ['long', '-', 'term']);
  assert.deepEqual(pieces('state-of-the-art'), ['state', '-', 'of', '-', 'the', '-', 'art']);
  assert.deepEqual(pieces('anti-war'), ['anti-war'], 'a prefix the treebank keeps whole');
  assert.deepEqual(pieces('-5'), ['-5']);
  assert.deepEqual(pieces('rice'), ['rice']);
});

test('every word of a parsed document is its exact span of the text, contractions included', () => {
  const text = 'The council’s members can\'t agree.\nHe cannot say whether the long-term plan, which isn\'t cheap, will pass.  They won\'t.';
  const seg = segment(text);
  const syntax = parseDocument(text, seg, loadSyntaxModel());
  for (const w of syntax.words) assert.equal(text.slice(w.start, w.end), w.text);
  const forms = syntax.words.map((w) => w.text);
  for (const expected of ['council', '’s', 'ca', "n't", 'can', 'not', 'long', '-', 'term', 'is', 'wo']) assert.ok(forms.includes(expected), `has "${expected}": ${forms.join(' ')}`);
  // words tile each token exactly: same characters, nothing lost between pieces of one token
  seg.tokens.forEach((t, i) => {
    const mine = syntax.words.filter((w) => w.token === i);
    assert.ok(mine.length > 0);
    assert.equal(mine[0].start, t.start);
    assert.equal(mine[mine.length - 1].end, t.end);
  });
  // heads stay inside their sentence; exactly one root per sentence
  for (let s = 0; s + 1 < syntax.sentenceWordStart.length; s++) {
    const from = syntax.sentenceWordStart[s];
    const to = syntax.sentenceWordStart[s + 1];
    let roots = 0;
    for (let i = from; i < to; i++) {
      const h = syntax.words[i].head;
      if (h < 0) roots++;
      else assert.ok(h >= from && h < to);
    }
    assert.equal(roots, 1);
  }
  assert.equal(syntax.sentenceWordStart.length, seg.sentences.length + 1);
});
