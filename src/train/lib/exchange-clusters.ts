// Word clustering by the predictive exchange algorithm (Uszkoreit & Brants 2008): classes
// maximise the likelihood of P(w | class of the previous word). Each pass moves every word to
// the class that most improves Σ f(N(w,c)) − Σ f(N(c)), f(x) = x log x. Deterministic.

export interface ClusterInput {
  /** Number of word ids (vocabulary size). */
  vocab: number;
  /** Word ids in text order; −1 separates documents. */
  stream: Int32Array;
}

const TABLE = 1 << 16;
const XLOGX = (() => {
  const t = new Float64Array(TABLE);
  for (let i = 1; i < TABLE; i++) t[i] = i * Math.log(i);
  return t;
})();
const f = (x: number) => (x < TABLE ? XLOGX[x] : x * Math.log(x));

interface Successors {
  start: Int32Array;
  word: Int32Array;
  count: Int32Array;
  total: Float64Array;
}

export function successorLists(input: ClusterInput): Successors {
  const V = input.vocab;
  const pairs = new Map<number, number>();
  const s = input.stream;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1];
    const b = s[i];
    if (a < 0 || b < 0) continue;
    const key = a * V + b;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const keys = Float64Array.from(pairs.keys()).sort();
  const start = new Int32Array(V + 1);
  const word = new Int32Array(keys.length);
  const count = new Int32Array(keys.length);
  const total = new Float64Array(V);
  keys.forEach((key, i) => {
    const a = Math.floor(key / V);
    const b = key - a * V;
    word[i] = b;
    count[i] = pairs.get(key)!;
    start[a + 1]++;
    total[a] += count[i];
  });
  for (let v = 0; v < V; v++) start[v + 1] += start[v];
  return { start, word, count, total };
}

/**
 * Class of each word id (0..k−1). Words are expected in descending frequency order: word i
 * starts in class i mod k.
 */
export function exchangeClusters(succ: Successors, vocab: number, k: number, iterations: number, log?: (m: string) => void): Int32Array {
  const cls = new Int32Array(vocab);
  for (let v = 0; v < vocab; v++) cls[v] = v % k;
  const M = new Int32Array(vocab * k); // M[w*k + c]: times w follows a word of class c
  const Nc = new Float64Array(k);
  for (let v = 0; v < vocab; v++) {
    const c = cls[v];
    Nc[c] += succ.total[v];
    for (let j = succ.start[v]; j < succ.start[v + 1]; j++) M[succ.word[j] * k + c] += succ.count[j];
  }
  const gain = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let v = 0; v < vocab; v++) {
      const from = cls[v];
      const nv = succ.total[v];
      if (nv === 0) continue;
      const s0 = succ.start[v];
      const s1 = succ.start[v + 1];
      for (let j = s0; j < s1; j++) M[succ.word[j] * k + from] -= succ.count[j];
      Nc[from] -= nv;
      for (let c = 0; c < k; c++) gain[c] = f(Nc[c]) - f(Nc[c] + nv);
      for (let j = s0; j < s1; j++) {
        const n = succ.count[j];
        const row = succ.word[j] * k;
        const fn = f(n);
        for (let c = 0; c < k; c++) {
          const m = M[row + c];
          gain[c] += m === 0 ? fn : f(m + n) - f(m);
        }
      }
      let best = from;
      for (let c = 0; c < k; c++) if (gain[c] > gain[best] + 1e-9) best = c;
      if (best !== from) moved++;
      cls[v] = best;
      for (let j = s0; j < s1; j++) M[succ.word[j] * k + best] += succ.count[j];
      Nc[best] += nv;
    }
    log?.(`clusters k=${k}: pass ${it + 1}/${iterations}, ${moved} words moved`);
    if (moved < vocab * 0.002) break;
  }
  return cls;
}
