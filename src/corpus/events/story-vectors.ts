// Documents as TF-IDF vectors over what they name (entities, places, dates, names, numbers), and
// their cosine: within a set of related documents, two that name the same people, places and days
// tell the same story.

export interface CorefDocument {
  name: string;
  /** Weighted features of the whole document: entity ids, place refs, dates, content words. */
  features: Map<string, number>;
}

export type SparseVector = Map<string, number>;

/** Unit-length TF-IDF vectors, IDF taken over the given documents. */
export function documentVectors(docs: CorefDocument[]): SparseVector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => tfidfUnitVector(d.features, df, n));
}

/** A unit-length vector of log-scaled term frequencies times IDF over `n` items with document
 * frequencies `df`; terms with no positive weight, and `skip`, are left out. */
export function tfidfUnitVector(counts: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, n: number, skip?: string): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [f, tf] of counts) {
    if (f === skip) continue;
    const w = (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(f)! + 0.5));
    if (w <= 0) continue;
    v.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, w] of v) v.set(f, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let s = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [f, w] of small) s += w * (large.get(f) ?? 0);
  return s;
}

/** The mean similarity over every pair of the named documents (0 for fewer than two): what "alike" means among them. */
export function meanPairSimilarity(names: readonly string[], similarity: (a: string, b: string) => number): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      sum += similarity(names[i], names[j]);
      pairs++;
    }
  return pairs ? sum / pairs : 0;
}

/** Document name → name → cosine of their vectors. */
export function documentSimilarity(docs: CorefDocument[]): (a: string, b: string) => number {
  const vectors = documentVectors(docs);
  const index = new Map(docs.map((d, i) => [d.name, i]));
  const cache = new Map<string, number>();
  return (a, b) => {
    if (a === b) return 1;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return 0;
    const key = i < j ? `${i}|${j}` : `${j}|${i}`;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = cosine(vectors[i], vectors[j])));
    return s;
  };
}
