// Tag, parse, label and lemmatize one sentence of words: the whole syntax model on a sentence.
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
  const enc = encodeWords(forms, model.resources);
  const tags = tagSentence(model.tagger, enc);
  const heads = parseSentence(model.parser, enc, tags);
  const deprels = labelSentence(model.labeller, model.labels, enc, tags, heads);
  const upos = Array.from(tags, (t) => UPOS[t]);
  const lemmas = forms.map((f, i) => lemmatize(model.lemmas, f, upos[i]));
  return { upos, heads, deprels, lemmas };
}
