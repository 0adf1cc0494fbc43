// An Analysis with nothing found yet: the starting point for the pipeline and for restoring
// stored documents.
import type { Analysis, Doc } from './types.js';

/** Whether a text holds a letter or digit: one that does not has no article for any stage to read. */
export function hasArticleText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function emptyAnalysis(doc: Doc): Analysis {
  return {
    doc,
    segmentation: { sentences: [], tokens: [], sentenceTokenStart: [0] },
    syntax: { words: [], sentenceWordStart: [0] },
    mentions: [],
    places: [],
    times: [],
    events: [],
    figures: [],
    quotes: [],
  };
}
