// What an event head means, learned offline from unlabeled text: each head stem (lightLemma) as
// the words it keeps company with (positive pointwise mutual information over a small window of
// content words), so heads never seen together in annotated data ("foil" and "thwart", "shoot"
// and "fire") still compare by the contexts they share. Built by `chronicle train event-vectors`
// from Reuters-21578 bodies and the ECB+ train topics' text; read by `train/eval event-coref --vectors FILE`.
import { lightLemma } from './lemma.js';

export interface HeadVectorModel {
  /** Context stems; a vector's even entries index this list. */
  contexts: string[];
  /** Stem → flat [context index, weight, context index, weight, …], strongest contexts first. */
  vectors: Record<string, number[]>;
  info?: Record<string, string | number>;
}

export interface HeadVectorOptions {
  /** The most frequent stems dropped from the text first: function words carry no meaning here. */
  dropTop: number;
  /** How many stems (after those) may serve as contexts. */
  contexts: number;
  /** Words either side of a head that count as its context. */
  window: number;
  /** Stems seen fewer times get no vector. */
  minCount: number;
  /** Strongest contexts kept per stem. */
  keep: number;
}

export const DEFAULT_HEAD_VECTORS: HeadVectorOptions = { dropTop: 100, contexts: 5000, window: 2, minCount: 15, keep: 40 };

/** Context counts are smoothed (raised to this power) so rare contexts do not dominate PMI. */
const CONTEXT_SMOOTHING = 0.75;

const WORD = /^\p{L}[\p{L}'-]*$/u;

/** Stems of a text's lower-case words (names, numbers and punctuation are not meaning-bearing contexts here). */
export function contentStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.length > 2 && WORD.test(t) && !/^\p{Lu}+$/u.test(t)) out.push(lightLemma(t));
  return out;
}

/** PPMI vectors of the stems of several texts (each a token list). */
export function buildHeadVectors(texts: ReadonlyArray<readonly string[]>, opts: HeadVectorOptions = DEFAULT_HEAD_VECTORS): HeadVectorModel {
  const stems = texts.map(contentStems);
  const freq = new Map<string, number>();
  for (const s of stems) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const dropped = new Set(ranked.slice(0, opts.dropTop).map(([w]) => w));
  const contexts = ranked.slice(opts.dropTop, opts.dropTop + opts.contexts).map(([w]) => w);
  const contextId = new Map(contexts.map((w, i) => [w, i]));
  const targets = new Set(ranked.filter(([w, n]) => n >= opts.minCount && !dropped.has(w)).map(([w]) => w));

  const pairs = new Map<string, Map<number, number>>();
  for (const s of stems) {
    const kept = s.filter((w) => !dropped.has(w));
    for (let i = 0; i < kept.length; i++) {
      if (!targets.has(kept[i])) continue;
      let row = pairs.get(kept[i]);
      if (!row) pairs.set(kept[i], (row = new Map()));
      for (let j = Math.max(0, i - opts.window); j <= Math.min(kept.length - 1, i + opts.window); j++) {
        const c = j === i ? undefined : contextId.get(kept[j]);
        if (c !== undefined) row.set(c, (row.get(c) ?? 0) + 1);
      }
    }
  }
  const contextMass = new Float64Array(contexts.length);
  let total = 0;
  for (const row of pairs.values()) for (const [c, n] of row) {
    contextMass[c] += n;
    total += n;
  }
  let smoothedTotal = 0;
  for (let c = 0; c < contexts.length; c++) smoothedTotal += contextMass[c] ** CONTEXT_SMOOTHING;
  const vectors: Record<string, number[]> = {};
  for (const [w, row] of [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let rowTotal = 0;
    for (const n of row.values()) rowTotal += n;
    const weighted: Array<[number, number]> = [];
    for (const [c, n] of row) {
      const pmi = Math.log((n / rowTotal) / (contextMass[c] ** CONTEXT_SMOOTHING / smoothedTotal));
      if (pmi > 0) weighted.push([c, pmi]);
    }
    weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = weighted.slice(0, opts.keep);
    if (top.length) vectors[w] = top.flatMap(([c, v]) => [c, Math.round(v * 100) / 100]);
  }
  return { contexts, vectors, info: { ...opts, stems: Object.keys(vectors).length, tokens: total } };
}

/** Cosine of two stems' vectors; 0 when either has none. */
export function headSimilarity(model: Pick<HeadVectorModel, 'vectors'>): (a: string, b: string) => number {
  const norms = new Map<string, number>();
  const norm = (w: string, v: number[]) => {
    let n = norms.get(w);
    if (n === undefined) {
      n = 0;
      for (let i = 1; i < v.length; i += 2) n += v[i] * v[i];
      norms.set(w, (n = Math.sqrt(n)));
    }
    return n;
  };
  return (a, b) => {
    const x = Object.hasOwn(model.vectors, a) ? model.vectors[a] : undefined;
    const y = Object.hasOwn(model.vectors, b) ? model.vectors[b] : undefined;
    if (!x || !y) return 0;
    const weights = new Map<number, number>();
    for (let i = 0; i < x.length; i += 2) weights.set(x[i], x[i + 1]);
    let dot = 0;
    for (let i = 0; i < y.length; i += 2) dot += (weights.get(y[i]) ?? 0) * y[i + 1];
    const n = norm(a, x) * norm(b, y);
    return n > 0 ? dot / n : 0;
  };
}
