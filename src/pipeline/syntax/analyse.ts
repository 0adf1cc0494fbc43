// Tag, parse, label and lemmatize sentences of words: the whole syntax model on a sentence.
import { repairFronted } from './fronted.js';
import { labelSentence } from './labeller.js';
import { repairPredicate } from './predicate.js';
import { sentenceLemmas } from './lemma-memo.js';
import { encodeWords, type EncodedWords } from './lexical.js';
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
export interface AnalyseOptions {
  /**
   * Mend two ways the greedy parse derails (fronted.ts: a fronted adverbial; predicate.ts: a predicate
   * read as a participle); off for scoring the bare model on a treebank.
   */
  repair?: boolean;
}

export function analyseSentences(model: SyntaxModel, sentences: ReadonlyArray<readonly string[]>, opts: AnalyseOptions = {}): SentenceAnalysis[] {
  // plain loops filling arrays built by push, not .map: every array here then has one shape, and
  // the optimised code of the callers (which inlines all of this) is not thrown away over and over
  const count = sentences.length;
  const encoded: EncodedWords[] = [];
  for (let s = 0; s < count; s++) encoded.push(encodeWords(sentences[s], model.resources));
  const tags: Uint8Array[] = [];
  for (let s = 0; s < count; s++) tags.push(tagSentence(model.tagger, encoded[s]));
  const heads: Int32Array[] = [];
  for (let s = 0; s < count; s++) heads.push(parseSentence(model.parser, encoded[s], tags[s]));
  const deprels: string[][] = [];
  for (let s = 0; s < count; s++) deprels.push(labelSentence(model.labeller, model.labels, encoded[s], tags[s], heads[s]));
  if (opts.repair) {
    for (let s = 0; s < count; s++) {
      for (const repair of [repairFronted, repairPredicate]) {
        const repaired = repair(model, sentences[s], encoded[s], tags[s], heads[s], deprels[s]);
        if (repaired) {
          heads[s] = repaired.heads;
          deprels[s] = repaired.deprels;
        }
      }
    }
  }
  const analyses: SentenceAnalysis[] = [];
  for (let s = 0; s < count; s++) {
    const sentenceTags = tags[s];
    const upos: string[] = [];
    for (let i = 0; i < sentenceTags.length; i++) upos.push(UPOS[sentenceTags[i]]);
    const lemmas = sentenceLemmas(model.lemmas, sentences[s], encoded[s], sentenceTags);
    analyses.push({ upos, heads: heads[s], deprels: deprels[s], lemmas });
  }
  return analyses;
}
