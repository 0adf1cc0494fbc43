// Scoring and Viterbi decoding of one document, shared by training (live weights) and tagging
// (averaged, shipped weights). Sentences are decoded in order so each can see what earlier
// sentences of the same document were tagged (the prediction-history feature).
import { historyHash } from './features.js';
import type { IntTable } from '../hash.js';
import { ALLOWED, ALLOWED_END, ALLOWED_START, NUM_TAGS, tagType } from './tags.js';

export interface LinearParams {
  /** rows × NUM_TAGS emission weights. */
  weights: Float32Array;
  /** NUM_TAGS × NUM_TAGS transition weights, then NUM_TAGS start, then NUM_TAGS end weights. */
  trans: Float32Array;
}

export const TRANS_SIZE = NUM_TAGS * NUM_TAGS + 2 * NUM_TAGS;
const NEG = -1e30;

/** History values: 0 none, 1 mostly outside names, 2.. type index + 2. */
export class PredictionHistory {
  private counts = new Map<string, Int32Array>();

  value(lower: string): number {
    const c = this.counts.get(lower);
    if (!c) return 0;
    let best = 0;
    for (let v = 1; v < 5; v++) if (c[v] > c[best]) best = v;
    return best === 0 ? 1 : best + 1;
  }

  record(lower: string, type: number, capital: number): void {
    if (type < 0 && !capital) return; // only capitalised words outside names are informative
    let c = this.counts.get(lower);
    if (!c) this.counts.set(lower, (c = new Int32Array(5)));
    c[type + 1]++;
  }
}

export interface DocRows {
  /** Static feature rows per token (CSR; −1 = unknown feature). */
  rows: Int32Array;
  offsets: Int32Array;
  lower: string[];
  capital: Uint8Array;
  sentenceLengths: number[];
  /** 1 for each headline sentence (no lower-case word). */
  headlines: Uint8Array;
}

/**
 * Tags a whole document. historyRow maps a history-feature hash to its row (−1 when unknown);
 * the rows used are written to histRows so a trainer can update them.
 */
export function decodeDocument(
  p: LinearParams,
  doc: DocRows,
  historyRow: (hash: number) => number,
  out: Uint8Array,
  histRows: Int32Array,
): void {
  const history = new PredictionHistory();
  let scores = new Float32Array(64 * NUM_TAGS);
  const starts = new Int32Array(doc.sentenceLengths.length);
  for (let s = 1; s < starts.length; s++) starts[s] = starts[s - 1] + doc.sentenceLengths[s - 1];
  for (const s of decodeOrder(doc.headlines)) {
    const n = doc.sentenceLengths[s];
    const k0 = starts[s];
    if (n === 0) continue;
    if (scores.length < n * NUM_TAGS) scores = new Float32Array(n * NUM_TAGS * 2);
    scores.fill(0, 0, n * NUM_TAGS);
    for (let i = 0; i < n; i++) {
      const k = k0 + i;
      const base = i * NUM_TAGS;
      const hr = historyRow(historyHash(history.value(doc.lower[k]), doc.capital[k]));
      histRows[k] = hr;
      if (hr >= 0) addRow(p.weights, hr, scores, base);
      for (let f = doc.offsets[k]; f < doc.offsets[k + 1]; f++) {
        const r = doc.rows[f];
        if (r >= 0) addRow(p.weights, r, scores, base);
      }
    }
    viterbi(scores, n, p.trans, out, k0);
    for (let i = 0; i < n; i++) history.record(doc.lower[k0 + i], tagType(out[k0 + i]), doc.capital[k0 + i]);
  }
}

/**
 * Order in which a document's sentences are decoded: running text first, then headlines, so
 * the prediction history built from well-cased text informs the all-capitals lines.
 */
export function decodeOrder(headlines: Uint8Array): Int32Array {
  const order = new Int32Array(headlines.length);
  let k = 0;
  for (let s = 0; s < headlines.length; s++) if (!headlines[s]) order[k++] = s;
  for (let s = 0; s < headlines.length; s++) if (headlines[s]) order[k++] = s;
  return order;
}

function addRow(w: Float32Array, row: number, scores: Float32Array, base: number): void {
  const o = row * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) scores[base + t] += w[o + t];
}

// Allowed predecessors of each tag (CSR), so Viterbi skips the ~2/3 of pairs BILOU forbids.
const PRED_START = new Int32Array(NUM_TAGS + 1);
const PRED = (() => {
  const list: number[] = [];
  for (let t = 0; t < NUM_TAGS; t++) {
    for (let s = 0; s < NUM_TAGS; s++) if (ALLOWED[s * NUM_TAGS + t]) list.push(s);
    PRED_START[t + 1] = list.length;
  }
  return Int32Array.from(list);
})();

// Sized for long sentences up front: replacing a buffer later makes V8 throw away optimised code.
const buffers = { delta: new Float64Array(512 * NUM_TAGS), back: new Int32Array(512 * NUM_TAGS) };

/** First-order Viterbi under BILOU constraints; writes tags to out[at .. at+n). */
export function viterbi(scores: Float32Array, n: number, trans: Float32Array, out: Uint8Array, at: number): void {
  const T = NUM_TAGS;
  if (buffers.delta.length < n * T) {
    buffers.delta = new Float64Array(n * T * 2);
    buffers.back = new Int32Array(n * T * 2);
  }
  // locals, so the optimiser keeps them in registers
  const delta = buffers.delta;
  const back = buffers.back;
  const pred = PRED;
  const predStart = PRED_START;
  const startOff = T * T;
  const endOff = T * T + T;
  for (let t = 0; t < T; t++) delta[t] = ALLOWED_START[t] ? scores[t] + trans[startOff + t] : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * T;
    const prev = cur - T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let j = predStart[t], e = predStart[t + 1]; j < e; j++) {
        const s = pred[j];
        const v = delta[prev + s] + trans[s * T + t];
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      delta[cur + t] = best + scores[cur + t];
      back[cur + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!ALLOWED_END[t]) continue;
    const v = delta[last + t] + trans[endOff + t];
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = arg;
    arg = back[i * T + arg];
  }
}

/** Maps static feature hashes to rows through a table (unknown → −1). */
export function rowsOf(table: IntTable, hashes: Int32Array): Int32Array {
  const rows = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) rows[i] = table.get(hashes[i]);
  return rows;
}
