// Test helpers for the attribution rules: a token view of a sentence of our own, token ranges by
// the words they cover, and a hand-made parse laid over the view.
import assert from 'node:assert/strict';
import { attributionTokens, type AttributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';

export type TokenRange = { from: number; to: number };

/** The attribution stage's token view of text, with no parse yet. */
export function view(text: string): AttributionTokens {
  return attributionTokens(text, segment(text), lineParagraphs(text));
}

/** Token range of the first occurrence of words in v's text. */
export function at(v: AttributionTokens, words: string): TokenRange {
  const start = v.text.indexOf(words);
  assert.ok(start >= 0, words);
  const end = start + words.length;
  const to = v.tokens.findIndex((t) => t.start >= end);
  return { from: v.tokens.findIndex((t) => t.start >= start), to: to < 0 ? v.tokens.length : to };
}

/** A hand-made parse over v: heads (−1 root), relations and tags, one per token. */
export function parse(v: AttributionTokens, heads: number[], rels: string[], upos: string[]): void {
  const n = heads.length;
  assert.equal(v.tokens.length, n);
  const left = Int32Array.from({ length: n }, (_, i) => i);
  const right = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) for (let h = heads[i]; h >= 0; h = heads[h]) { left[h] = Math.min(left[h], i); right[h] = Math.max(right[h], i); }
  v.syntax = { upos, deprel: rels, lemma: Array(n).fill(''), head: Int32Array.from(heads), childBits: new Uint16Array(n), left, right };
}

/** A flat stand-in parse (every token a root) for rules that read only marks and order. */
export function flatParse(v: AttributionTokens): AttributionTokens {
  const n = v.tokens.length;
  const id = Int32Array.from({ length: n }, (_, i) => i);
  v.syntax = { upos: Array(n).fill('X'), deprel: Array(n).fill('dep'), lemma: Array(n).fill(''), head: new Int32Array(n).fill(-1), childBits: new Uint16Array(n), left: id, right: id.slice() };
  return v;
}
