// Word resources learned from unlabeled newswire: exchange clusters at three granularities and
// a casing prior (how often a word is capitalised mid-sentence), both strong signals for names
// the labelled data never shows and for text whose capitalisation cannot be trusted.
import type { NerResources } from '../../pipeline/entities/features.js';
import { simpleTokens } from '../../pipeline/entities/tokenize.js';
import { exchangeClusters, successorLists } from './exchange-clusters.js';
import { readReutersBodies } from './reuters.js';

export interface UnlabeledOptions {
  log: (msg: string) => void;
  /** Cluster counts, coarse to fine. */
  granularities?: number[];
  minCount?: number;
  maxVocab?: number;
  iterations?: number;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '(', '-', '--']);

export function learnWordResources(dir: string, opts: UnlabeledOptions): Pick<NerResources, 'clusters' | 'casing'> {
  const granularities = opts.granularities ?? [64, 256, 1000];
  const minCount = opts.minCount ?? 3;
  const maxVocab = opts.maxVocab ?? 50000;
  const bodies = readReutersBodies(dir)
    .map((b) => simpleTokens(b))
    .filter((toks) => toks.some((t) => /\p{Ll}/u.test(t))); // skip all-capitals bodies
  const tokens = bodies.reduce((n, b) => n + b.length, 0);
  opts.log(`unlabeled: ${bodies.length} bodies, ${tokens} tokens`);

  const casing = casingPrior(bodies);
  const freq = new Map<string, number>();
  for (const b of bodies) for (const t of b) freq.set(t, (freq.get(t) ?? 0) + 1);
  const vocab = [...freq].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxVocab).map(([w]) => w);
  const ids = new Map(vocab.map((w, i) => [w, i]));
  const unk = vocab.length; // rare words share one id so their contexts still count
  const stream = new Int32Array(tokens + bodies.length);
  let p = 0;
  for (const b of bodies) {
    stream[p++] = -1;
    for (const t of b) stream[p++] = ids.get(t) ?? unk;
  }
  const succ = successorLists({ vocab: vocab.length + 1, stream });
  const levels = granularities.map((k) => exchangeClusters(succ, vocab.length + 1, k, opts.iterations ?? 12, opts.log));
  const clusters = new Map<string, Int32Array>();
  vocab.forEach((w, i) => clusters.set(w, Int32Array.from(levels, (cls) => cls[i])));
  return { clusters, casing };
}

/** lower form → bucket 1 (never capitalised mid-sentence) … 5 (always), for words seen ≥ 2 times there. */
function casingPrior(bodies: string[][]): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  for (const b of bodies) {
    for (let i = 1; i < b.length; i++) {
      const t = b[i];
      if (SENTENCE_END.has(b[i - 1]) || !/\p{L}/u.test(t)) continue;
      const lower = t.toLowerCase();
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = [0, 0]));
      if (t !== lower) c[0]++;
      else c[1]++;
    }
  }
  const prior = new Map<string, number>();
  for (const [w, [cap, low]] of counts) {
    const n = cap + low;
    if (n < 2) continue;
    const frac = cap / n;
    prior.set(w, frac < 0.02 ? 1 : frac < 0.3 ? 2 : frac < 0.7 ? 3 : frac < 0.98 ? 4 : 5);
  }
  return prior;
}
