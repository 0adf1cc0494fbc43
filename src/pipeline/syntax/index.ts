// The syntax stage: UD words over the segment stage's tokens, each with its UPOS tag, lemma,
// head and relation. Pure apart from loading the model once per process.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Segmentation, Span, Syntax, SyntaxWord } from '../../types.js';
import { analyseSentences } from './analyse.js';
import { DATELINE_RELATION, ledeStart, textDateline } from './dateline.js';
import { deserialiseSyntaxModel, type SyntaxModel } from './model.js';
import { splitToken, type WordPiece } from './words.js';
import { spacedHyphenAt } from '../segment/spaced-hyphens.js';
import { spacedNotPieces } from './spaced-not.js';

export type { SyntaxModel } from './model.js';
export const DEFAULT_SYNTAX_MODEL = 'parser.bin.gz';

const cache = new Map<string, SyntaxModel>();

/** Loads a syntax model (default: the shipped one under models/), once per path. */
export function loadSyntaxModel(path?: string): SyntaxModel {
  const file = path ?? projectPath('models', DEFAULT_SYNTAX_MODEL);
  let model = cache.get(file);
  if (!model) {
    model = deserialiseSyntaxModel(readFileSync(file));
    cache.set(file, model);
  }
  return model;
}

/** Sentences longer than this are parsed in slices (keeps worst-case time bounded on run-on text). */
const MAX_SENTENCE_WORDS = 250;

/**
 * `dateline`: the span of the document's own dateline (Doc.meta.dateline), null when it has none;
 * left out where no Doc is at hand, it is looked for in the text's first lines.
 */
export function parseDocument(text: string, seg: Segmentation, model: SyntaxModel, dateline?: Span | null): Syntax {
  // every sentence's words (long ones in slices), analysed together; the sentence the dateline
  // opens is split there, the dateline a slice of its own (see dateline.ts)
  const datelineSpan = dateline === undefined ? textDateline(text) : dateline;
  const slices: WordPiece[][] = [];
  const slicesPerSentence: number[] = [];
  /** Per sentence: whether its first slice is a dateline. */
  const datelined: boolean[] = [];
  const pieces: WordPiece[] = [];
  for (let s = 0; s < seg.sentences.length; s++) {
    pieces.length = 0;
    const from = seg.sentenceTokenStart[s];
    const to = seg.sentenceTokenStart[s + 1];
    for (let t = from; t < to; t++) {
      // a prefix the treebank keeps whole, written apart in a tokenised text ("re - signed"), is
      // one word as written together; other hyphenated words are split at the hyphen either way
      // and a contraction written apart ("didn ’ t") is the treebank's "did" and "n't"
      const spacedNot = seg.tokensApart ? spacedNotPieces(text, seg.tokens, t, to) : null;
      if (seg.tokensApart && t + 2 < to && model.hyphenPrefixes.has(seg.tokens[t].text.toLowerCase()) && spacedHyphenAt(text, seg.tokens, t + 1)) {
        pieces.push({ start: seg.tokens[t].start, end: seg.tokens[t + 2].end, token: t, form: `${seg.tokens[t].text}-${seg.tokens[t + 2].text}` });
        t += 2;
      } else if (spacedNot) {
        pieces.push(...spacedNot);
        t += 2;
      } else splitToken(model, text, t, seg.tokens[t].start, seg.tokens[t].end, pieces);
    }
    const before = slices.length;
    const lede = ledeStart(text, seg.sentences[s], datelineSpan);
    let cut = 0;
    if (lede >= 0) while (cut < pieces.length && pieces[cut].start < lede) cut++;
    const split = cut > 0 && cut < pieces.length;
    if (split) slices.push(pieces.slice(0, cut));
    for (let at = split ? cut : 0; at < pieces.length; at += MAX_SENTENCE_WORDS) slices.push(pieces.slice(at, at + MAX_SENTENCE_WORDS));
    slicesPerSentence.push(slices.length - before);
    datelined.push(split);
  }
  // loops and push rather than .map, so these arrays always have the same shape (see analyse.ts)
  const forms: string[][] = [];
  for (let k = 0; k < slices.length; k++) {
    const slice = slices[k];
    const sliceForms: string[] = [];
    for (let i = 0; i < slice.length; i++) sliceForms.push(slice[i].form ?? text.slice(slice[i].start, slice[i].end));
    forms.push(sliceForms);
  }
  const analyses = analyseSentences(model, forms, { repair: true });
  const words: SyntaxWord[] = [];
  const sentenceWordStart: number[] = [];
  let next = 0;
  for (let s = 0; s < slicesPerSentence.length; s++) {
    sentenceWordStart.push(words.length);
    let ledeBase = -1;
    for (let k = 0; k < slicesPerSentence[s]; k++, next++) {
      const slice = slices[next];
      const a = analyses[next];
      const base = words.length;
      if (k === 1) ledeBase = base;
      for (let i = 0; i < slice.length; i++) {
        words.push({
          start: slice[i].start,
          end: slice[i].end,
          text: text.slice(slice[i].start, slice[i].end),
          token: slice[i].token,
          lemma: a.lemmas[i],
          upos: a.upos[i],
          head: a.heads[i] < 0 ? -1 : base + a.heads[i],
          deprel: a.deprels[i],
        });
      }
    }
    // the dateline's tree hangs on the lede's root: one root per sentence, as the parser gives
    if (datelined[s]) {
      let root = ledeBase;
      while (words[root].head >= 0) root = words[root].head;
      for (let w = sentenceWordStart[s]; w < ledeBase; w++) {
        if (words[w].head >= 0) continue;
        words[w].head = root;
        words[w].deprel = DATELINE_RELATION;
      }
    }
  }
  sentenceWordStart.push(words.length);
  return { words, sentenceWordStart };
}
