// Coreference scores over clusterings of the same mentions: MUC (links), B³ (mentions) and
// CEAF-e (entities, best one-to-one alignment), and CoNLL F1, their mean.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: Prf;
  b3: Prf;
  ceafe: Prf;
  conllF1: number;
}

/** A clustering: mention key → cluster id. */
export type Clustering = Map<string, string>;


function prf(pn: number, pd: number, rn: number, rd: number): Prf {
  const precision = pd ? pn / pd : 0;
  const recall = rd ? rn / rd : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function groups(c: Clustering): string[][] {
  const out = new Map<string, string[]>();
  for (const [m, id] of c) {
    const list = out.get(id);
    if (list) list.push(m);
    else out.set(id, [m]);
  }
  return [...out.values()];
}

/** MUC: for each key cluster, its size minus the number of response parts it falls into. */
function mucSide(key: string[][], response: Clustering): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of key) {
    const parts = new Set(k.map((m) => response.get(m) ?? `_single:${m}`));
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

/** B³ from one side: each mention of a cluster scores the share of its cluster the other side puts with it. */
function b3Side(key: string[][], response: Clustering): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of key) {
    const overlap = new Map<string, number>();
    for (const m of k) {
      const r = response.get(m);
      if (r !== undefined) overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
    for (const m of k) {
      den++;
      const r = response.get(m);
      if (r === undefined) continue;
      num += (overlap.get(r) ?? 0) / k.length;
    }
  }
  return [num, den];
}

/** Maximum-weight one-to-one assignment (Hungarian method) of a square or rectangular matrix. */
export function maxAssignment(weights: number[][]): number {
  const n = weights.length;
  const m = n ? weights[0].length : 0;
  if (!n || !m) return 0;
  const size = Math.max(n, m);
  const max = Math.max(0, ...weights.flat());
  // minimise cost = max - weight on a padded square matrix
  const cost = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i < n && j < m ? max - weights[i][j] : max)));
  const u = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const p = new Int32Array(size + 1);
  const way = new Int32Array(size + 1);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(size + 1).fill(Infinity);
    const used = new Uint8Array(size + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) if (p[j] && p[j] <= n && j <= m) total += weights[p[j] - 1][j - 1];
  return total;
}

/** CEAF-e: clusters aligned one to one by φ4 = 2|K∩R| / (|K|+|R|). Aligns within connected blocks, so large topics stay cheap. */
function ceafe(key: string[][], response: string[][]): Prf {
  const rIndex = new Map<string, number>();
  response.forEach((r, i) => r.forEach((m) => rIndex.set(m, i)));
  // connected components of the key/response overlap graph
  const parent = [...key.map((_, i) => i), ...response.map((_, i) => key.length + i)];
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  key.forEach((k, i) => k.forEach((m) => {
    const r = rIndex.get(m);
    if (r !== undefined) parent[find(i)] = find(key.length + r);
  }));
  const blocks = new Map<number, { k: number[]; r: number[] }>();
  parent.forEach((_, x) => {
    const root = find(x);
    const b = blocks.get(root) ?? { k: [], r: [] };
    if (x < key.length) b.k.push(x);
    else b.r.push(x - key.length);
    blocks.set(root, b);
  });
  let similarity = 0;
  for (const b of blocks.values()) {
    if (!b.k.length || !b.r.length) continue;
    const w = b.k.map((ki) => {
      const ks = new Set(key[ki]);
      return b.r.map((ri) => {
        const shared = response[ri].filter((m) => ks.has(m)).length;
        return shared ? (2 * shared) / (key[ki].length + response[ri].length) : 0;
      });
    });
    similarity += maxAssignment(w);
  }
  return prf(similarity, response.length, similarity, key.length);
}

/** MUC, B³, CEAF-e and their mean, rounded to `digits` decimals (3 in reports; more to compare close trainings). */
export function corefScores(key: Clustering, response: Clustering, digits = 3): CorefScores {
  const round = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const k = groups(key);
  const r = groups(response);
  const [mr, mrd] = mucSide(k, response);
  const [mp, mpd] = mucSide(r, key);
  const muc = prf(mp, mpd, mr, mrd);
  const [br, brd] = b3Side(k, response);
  const [bp, bpd] = b3Side(r, key);
  const b3 = prf(bp, bpd, br, brd);
  const ce = ceafe(k, r);
  const conll = (muc.f1 + b3.f1 + ce.f1) / 3;
  const r3 = (x: Prf): Prf => ({ precision: round(x.precision), recall: round(x.recall), f1: round(x.f1) });
  return { muc: r3(muc), b3: r3(b3), ceafe: r3(ce), conllF1: round(conll) };
}
