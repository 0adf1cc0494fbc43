// Cue candidates the cue tagger passed over, read from the dependency parse: a verb outside
// quotation marks (with its auxiliaries and adverbs before it, or alone), scored by a small
// trained linear classifier over parse features, the lemma and the tagger's own margin. The
// tagger reads a few words either side; the classifier also reads who the subject is and what
// the verb governs, which is what tells "the minister feared …" from "the river flooded …".
import { hashString } from '../../hash.js';
import { QuoteState, childrenName, type AttributionTokens } from './tokens.js';

export interface CueCandidate {
  from: number;
  to: number;
  /** The verb the span is built on. */
  head: number;
  /** Hashed features (see candidateFeatures). */
  features: Int32Array;
}

/** Hashed features land in a table of this many weights (no collisions bookkeeping: a linear model shrugs them off). */
export const CANDIDATE_TABLE_BITS = 18;
const TABLE_MASK = (1 << CANDIDATE_TABLE_BITS) - 1;

/** Linear classifier over candidate features; a candidate is taken when its score is above threshold. */
export interface CandidateClassifier {
  weights: Float32Array;
  threshold: number;
}

/** Relations that lead into a verb from the left and belong to a cue ("has learned", "would never reveal"). */
const LEADING = new Set(['aux', 'aux:pass', 'advmod']);

/**
 * Every candidate of sentence-split view v: verbs no predicted cue covers (mask), outside
 * quotations, each as the verb alone (with a particle after it) and, when it has them, with its
 * leading auxiliaries and adverbs. margins: the cue tagger's B − O score per token.
 */
export function cueCandidates(v: AttributionTokens, mask: Uint8Array, margins: Float32Array): CueCandidate[] {
  const sx = v.syntax;
  if (!sx) return [];
  const out: CueCandidate[] = [];
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    const from = v.sentStart[s];
    const to = v.sentStart[s + 1];
    let sentenceHasCue = false;
    let sentenceHasQuote = false;
    for (let i = from; i < to; i++) {
      if (mask[i]) sentenceHasCue = true;
      if (v.quote[i] !== QuoteState.Outside) sentenceHasQuote = true;
    }
    for (let i = from; i < to; i++) {
      if (sx.upos[i] !== 'VERB' || mask[i] || v.quote[i] !== QuoteState.Outside) continue;
      let end = i + 1;
      if (end < to && sx.head[end] === i && sx.deprel[end] === 'compound:prt') end++;
      let start = i;
      while (start - 1 >= from && sx.head[start - 1] === i && LEADING.has(sx.deprel[start - 1]) && !mask[start - 1]) start--;
      const context = { sentenceHasCue, sentenceHasQuote };
      out.push({ from: i, to: end, head: i, features: candidateFeatures(v, i, i, end, margins, context) });
      if (start < i) out.push({ from: start, to: end, head: i, features: candidateFeatures(v, i, start, end, margins, context) });
    }
  }
  return out;
}

function candidateFeatures(
  v: AttributionTokens,
  head: number,
  from: number,
  to: number,
  margins: Float32Array,
  context: { sentenceHasCue: boolean; sentenceHasQuote: boolean },
): Int32Array {
  const sx = v.syntax!;
  const lemma = sx.lemma[head] || v.low[head];
  const span = from < head ? `lead${Math.min(head - from, 3)}` : 'alone';
  const children = childrenName(sx.childBits[head]);
  const margin = Math.max(-8, Math.min(8, Math.round(margins[head])));
  let subject = 'none';
  let subjectLemma = 'none';
  let complement = 'none';
  let complementLemma = 'none';
  let preposition = 'none';
  for (let k = sx.left[head]; k <= sx.right[head]; k++) {
    if (sx.head[k] !== head) continue;
    const rel = sx.deprel[k];
    if (rel === 'nsubj' || rel === 'nsubj:pass') {
      subject = sx.upos[k] === 'PRON' ? `PRON ${v.low[k]}` : sx.upos[k];
      subjectLemma = sx.lemma[k] || v.low[k];
    } else if (rel === 'ccomp' || rel === 'xcomp' || rel === 'parataxis' || rel === 'obj') {
      let verbs = 0;
      for (let j = sx.left[k]; j <= sx.right[k]; j++) if (sx.upos[j] === 'VERB' || sx.upos[j] === 'AUX') verbs++;
      complement = `${rel} ${verbs > 0 ? 'clause' : 'phrase'}`;
      complementLemma = `${rel} ${sx.lemma[k] || v.low[k]}`;
    } else if (rel === 'obl' && sx.left[k] < k && sx.deprel[sx.left[k]] === 'case' && sx.left[k] > head) {
      // "learned of", "spoke about": the preposition of the verb's first oblique after it
      if (preposition === 'none') preposition = v.low[sx.left[k]];
    }
  }
  const governor = sx.head[head];
  const names = [
    'bias',
    `l ${lemma}`,
    `l ${lemma} ${span}`,
    `w ${v.low[head]}`,
    `s ${span}`,
    `c ${children}`,
    `l ${lemma} c ${children}`,
    `r ${sx.deprel[head]}`,
    `l ${lemma} r ${sx.deprel[head]}`,
    `g ${governor >= 0 ? sx.lemma[governor] : '<root>'} ${sx.deprel[head]}`,
    `subj ${subject}`,
    `comp ${complement}`,
    `l ${lemma} comp ${complement}`,
    `subj ${subject} comp ${complement}`,
    `subjl ${subjectLemma}`,
    `l ${lemma} subj ${subject}`,
    `compl ${complementLemma}`,
    `p ${preposition}`,
    `l ${lemma} p ${preposition}`,
    `m ${margin}`,
    `m ${margin} ${span}`,
    `sent ${context.sentenceHasCue ? 'cue' : 'nocue'} ${context.sentenceHasQuote ? 'quote' : 'noquote'}`,
    `next ${v.low[to] ?? '<end>'}`,
    `prev ${v.low[from - 1] ?? '<start>'}`,
  ];
  return Int32Array.from(names, (n) => hashString(n, 11) & TABLE_MASK);
}

export function candidateScore(c: CandidateClassifier, features: Int32Array): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += c.weights[features[k]];
  return s;
}

/**
 * The candidates the classifier takes: above its threshold, the better-scoring span of each
 * verb, none overlapping a predicted cue (the candidates never do) or each other.
 */
export function acceptedCandidates(c: CandidateClassifier, candidates: CueCandidate[]): Array<{ from: number; to: number }> {
  const best = new Map<number, { from: number; to: number; score: number }>();
  for (const cand of candidates) {
    const score = candidateScore(c, cand.features);
    if (score <= c.threshold) continue;
    const prev = best.get(cand.head);
    if (!prev || score > prev.score) best.set(cand.head, { from: cand.from, to: cand.to, score });
  }
  const taken = [...best.values()].sort((a, b) => b.score - a.score);
  const out: Array<{ from: number; to: number }> = [];
  for (const t of taken) if (!out.some((o) => o.from < t.to && t.from < o.to)) out.push({ from: t.from, to: t.to });
  return out.sort((a, b) => a.from - b.from);
}
