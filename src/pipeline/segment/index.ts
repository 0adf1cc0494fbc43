// The segment stage: CoNLL/PTB-style tokens and sentences with exact offsets
// into the text. Pure and allocation-light; it runs on every document.

import type { Segmentation, Span, Token } from '../../types.js';
import { detectLayout } from './layout.js';
import { sentenceStarts } from './sentences.js';
import { tokenize } from './tokenize.js';

export function segment(text: string): Segmentation {
  const layout = detectLayout(text);
  const raw = tokenize(text, layout);
  const bounds = sentenceStarts(text, raw);
  const { starts, ends } = raw;
  const tokens: Token[] = new Array(starts.length);
  const sentences: Span[] = [];
  const sentenceTokenStart: number[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s];
    const to = bounds[s + 1];
    if (to <= from) continue;
    const index = sentences.length;
    sentenceTokenStart.push(from);
    sentences.push({ start: starts[from], end: ends[to - 1] });
    for (let t = from; t < to; t++) {
      tokens[t] = { start: starts[t], end: ends[t], text: text.slice(starts[t], ends[t]), sentence: index };
    }
  }
  sentenceTokenStart.push(starts.length);
  return { sentences, tokens, sentenceTokenStart, tokensApart: layout.tokensApart };
}
