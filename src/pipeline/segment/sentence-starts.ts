// The sentences of a segmentation as token ranges, and the offsets where they start: the one
// reading of sentenceTokenStart the passes that care about a sentence's first word share.
import type { Segmentation } from '../../types.js';

/** Each non-empty sentence's tokens, [from, to) into seg.tokens. */
export function sentenceTokenRanges(seg: Segmentation): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let s = 0; s < seg.sentenceTokenStart.length - 1; s++) {
    const from = seg.sentenceTokenStart[s];
    const to = seg.sentenceTokenStart[s + 1];
    if (to > from) out.push({ from, to });
  }
  return out;
}

/** The character offset of each sentence's first token. */
export function sentenceStartOffsets(seg: Segmentation): Set<number> {
  return new Set(sentenceTokenRanges(seg).map((r) => seg.tokens[r.from].start));
}
