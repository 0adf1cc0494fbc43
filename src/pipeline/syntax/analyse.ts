// Tag, parse, label and lemmatize sentences of words: the whole syntax model on a sentence.
import { labelSentence } from './labeller.js';
import { lemmatize } from './lemma.js';
import { encodeWords } from './lexical.js';
import type { SyntaxModel } from './model.js';
import { parseSentence } from './parser.js';
import { tagSentence } from './tagger.js';
import { UPOS } from './upos.js';

export interface SentenceAnalysis {
  upos: string[];
  /** 0-based head index within the sentence; -1 for the root. */
  heads: Int32Array;
  deprels: string[];
  lemmas: string[];
}

export function analyseSentence(model: SyntaxModel, forms: readonly string[]): SentenceAnalysis {
  return analyseSentences(model, [forms])[0];
}

/**
 * Analyses many sentences step by step (all tagged, then all parsed, then all labelled), so each
 * step's weights stay in cache while it runs; the result is the same as one sentence at a time.
 */
export function analyseSentences(model: SyntaxModel, sentences: ReadonlyArray<readonly string[]>): SentenceAnalysis[] {
  const encoded = sentences.map((forms) => encodeWords(forms, model.resources));
  const tags = encoded.map((enc) => tagSentence(model.tagger, enc));
  const heads = encoded.map((enc, s) => parseSentence(model.parser, enc, tags[s]));
  const deprels = encoded.map((enc, s) => labelSentence(model.labeller, model.labels, enc, tags[s], heads[s]));
  return sentences.map((forms, s) => {
    const upos = Array.from(tags[s], (t) => UPOS[t]);
    const lemmas = forms.map((f, i) => lemmatize(model.lemmas, f, upos[i]));
    return { upos, heads: heads[s], deprels: deprels[s], lemmas };
  });
}
