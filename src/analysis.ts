// An Analysis with nothing found yet: the starting point for the pipeline and for restoring
// stored documents.
import type { Analysis, Doc } from './types.js';

export function emptyAnalysis(doc: Doc): Analysis {
  return {
    doc,
    segmentation: { sentences: [], tokens: [], sentenceTokenStart: [0], tokensApart: false },
    syntax: { words: [], sentenceWordStart: [0] },
    mentions: [],
    places: [],
    times: [],
    events: [],
    figures: [],
    quotes: [],
  };
}
