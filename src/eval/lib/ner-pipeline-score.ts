// Scores the whole entity stage (tagger, then the rules after it: house styles, descriptor
// nouns, one type per name …) on CoNLL documents, so rules tuned on news articles are checked on
// text they were not written for. The CoNLL tokens become the segmentation as they are (words
// joined by spaces, one sentence per line), the document is parsed, and each mention counts only
// if it starts and ends on token edges with the gold type (conlleval semantics).
import type { NerModel } from '../../pipeline/entities/index.js';
import { recognise } from '../../pipeline/entities/index.js';
import { parseDocument, type SyntaxModel } from '../../pipeline/syntax/index.js';
import { iobSpans, TYPES, type TokenSpan } from '../../pipeline/entities/tags.js';
import type { ConllDoc } from '../../train/lib/conll.js';
import type { Segmentation, Token } from '../../types.js';
import { writesTokensApart } from '../../pipeline/segment/spaced-hyphens.js';
import { SpanCounter, type NerScore } from './ner-conlleval.js';

export function scoreNerPipeline(model: NerModel, syntax: SyntaxModel, docs: ConllDoc[]): NerScore {
  const counter = new SpanCounter();
  for (const doc of docs) {
    const { text, seg } = documentOf(doc);
    const byStart = new Map(seg.tokens.map((t, i) => [t.start, i]));
    const byEnd = new Map(seg.tokens.map((t, i) => [t.end, i]));
    const mentions = recognise(text, seg, model, parseDocument(text, seg, syntax));
    const gold: TokenSpan[] = [];
    const pred: TokenSpan[] = [];
    doc.sentences.forEach((s, si) => {
      for (const g of iobSpans(s.labels)) gold.push({ ...g, start: g.start + seg.sentenceTokenStart[si], end: g.end + seg.sentenceTokenStart[si] });
    });
    for (const m of mentions) {
      const start = byStart.get(m.start);
      const end = byEnd.get(m.end);
      // a span off the token edges matches nothing but still counts as predicted
      pred.push({ start: start ?? -1, end: end === undefined ? -1 : end + 1, type: TYPES.indexOf(m.type) });
    }
    counter.add(gold, pred);
  }
  return counter.score();
}

function documentOf(doc: ConllDoc): { text: string; seg: Segmentation } {
  const tokens: Token[] = [];
  const sentences: Segmentation['sentences'] = [];
  const sentenceTokenStart: number[] = [];
  let text = '';
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    sentenceTokenStart.push(tokens.length);
    const from = text.length;
    s.words.forEach((w, i) => {
      if (i > 0) text += ' ';
      tokens.push({ start: text.length, end: text.length + w.length, text: w, sentence: si });
      text += w;
    });
    sentences.push({ start: from, end: text.length });
  });
  sentenceTokenStart.push(tokens.length);
  // joined with spaces, the CoNLL words read as a tokenised text where their punctuation does
  return { text, seg: { sentences, tokens, sentenceTokenStart, tokensApart: writesTokensApart(text) } };
}
