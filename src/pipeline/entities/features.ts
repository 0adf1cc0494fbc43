// Feature extraction shared by training and tagging. Word-level features are hashed once per
// distinct word (cached), token features combine them with position offsets, so a token costs
// a few dozen integer mixes and no string building.
import { Gazetteer } from './gazetteer.js';
import { hashString, mix } from './hash.js';

/** Word-level knowledge the model carries: learned clusters, casing prior, name lists. */
export interface NerResources {
  /** word → cluster ids at increasing granularity (learned from unlabeled news). */
  clusters: Map<string, Int32Array>;
  /** lower-cased word → casing-prior bucket learned from unlabeled news (1..6). */
  casing: Map<string, number>;
  gazetteer: Gazetteer;
}

export function emptyResources(): NerResources {
  return { clusters: new Map(), casing: new Map(), gazetteer: new Gazetteer() };
}

/** A document as token strings per sentence. */
export interface DocTokens {
  sentences: string[][];
}

// Slots of a word's cached feature hashes.
const W_WORD = 0;
const W_LOWER = 1;
const W_SHAPE = 2;
const W_SHORT = 3;
const W_AFFIX = 4; // 4 prefixes then 4 suffixes
const W_CLUSTER = 12; // up to 3 granularities
const W_CASING = 15;
const W_SLOTS = 16;

const CASE_LOWER = 0;
const CASE_TITLE = 1;
const CASE_UPPER = 2;
const CASE_OTHER = 3;

interface WordInfo {
  h: Int32Array;
  lower: string;
  caseClass: number;
  alpha: boolean;
}

// Template seeds: every feature family gets its own constant so equal values never collide.
const T = {
  bias: 1,
  prev1: 2,
  next1: 3,
  prev2: 4,
  next2: 5,
  bigramL: 6,
  bigramR: 7,
  shape3: 8,
  initial: 9,
  headline: 10,
  gaz: 11,
  gazCap: 12,
  docCase: 13,
  history: 14,
  gazNeighbour: 15,
  lowerCaseFirst: 16,
} as const;

const BIAS = hashString('bias', T.bias);
const EDGE = hashString('<edge>', 99);
const DOCCASE = hashString('doccase', T.docCase);
const HISTORY = hashString('history', T.history);

export function shapeOf(w: string, collapse: boolean): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (collapse || run > 3) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

function caseClassOf(w: string): number {
  const lower = w.toLowerCase();
  const upper = w.toUpperCase();
  if (lower === upper) return CASE_OTHER;
  if (w === lower) return CASE_LOWER;
  if (w === upper && w.length > 1) return CASE_UPPER;
  const first = w[0];
  if (first.toLowerCase() !== first) return CASE_TITLE;
  return CASE_OTHER;
}

export function lookupCluster(clusters: Map<string, Int32Array>, w: string): Int32Array | undefined {
  return (
    clusters.get(w) ??
    clusters.get(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()) ??
    clusters.get(w.toLowerCase())
  );
}

export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  private buf = new Int32Array(1 << 16);
  private len = 0;
  /** Per-token gazetteer feature lists, reused across sentences. */
  private gazPool: number[][] = [];

  constructor(readonly res: NerResources) {}

  word(w: string): WordInfo {
    let info = this.cache.get(w);
    if (info) return info;
    if (this.cache.size > 300_000) this.cache.clear(); // bound memory in long-lived processes
    const lower = w.toLowerCase();
    const h = new Int32Array(W_SLOTS);
    h[W_WORD] = hashString(w, 100);
    h[W_LOWER] = hashString(lower, 101);
    h[W_SHAPE] = hashString(shapeOf(w, false), 102);
    h[W_SHORT] = hashString(shapeOf(w, true), 103);
    for (let k = 1; k <= 4; k++) {
      if (lower.length > k) {
        h[W_AFFIX + k - 1] = hashString(lower.slice(0, k), 110 + k);
        h[W_AFFIX + 3 + k] = hashString(lower.slice(-k), 120 + k);
      }
    }
    const cl = lookupCluster(this.res.clusters, w);
    if (cl) for (let k = 0; k < cl.length && k < 3; k++) h[W_CLUSTER + k] = mix(hashString('c', 130 + k), cl[k]);
    else h[W_CLUSTER] = hashString('nocluster', 130);
    const caseClass = caseClassOf(w);
    h[W_CASING] = mix(hashString('casing', 140), (this.res.casing.get(lower) ?? 0) * 4 + caseClass);
    info = { h, lower, caseClass, alpha: caseClass !== CASE_OTHER };
    this.cache.set(w, info);
    return info;
  }

  private push(x: number): void {
    if (x === 0) return;
    if (this.len === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = x;
  }

  /**
   * Static feature hashes of every token of a document, CSR-style: features of token k are
   * hashes[offsets[k] .. offsets[k+1]). Also returns per-token lower forms and case classes
   * for the prediction-history feature.
   */
  document(doc: DocTokens): DocFeatures {
    this.len = 0;
    const nTok = doc.sentences.reduce((n, s) => n + s.length, 0);
    const offsets = new Int32Array(nTok + 1);
    const lower: string[] = new Array(nTok);
    const capital = new Uint8Array(nTok);
    const docCase = this.docCasing(doc);
    const gazFeats = this.gazPool;
    let k = 0;
    for (const sent of doc.sentences) {
      const infos = sent.map((w) => this.word(w));
      const headline = isHeadline(infos);
      for (let i = 0; i < infos.length; i++) {
        if (gazFeats.length <= i) gazFeats.push([]);
        gazFeats[i].length = 0;
      }
      this.gazetteerFeatures(infos, gazFeats);
      for (let i = 0; i < infos.length; i++, k++) {
        offsets[k] = this.len;
        const cur = infos[i];
        lower[k] = cur.lower;
        capital[k] = cur.caseClass === CASE_TITLE || cur.caseClass === CASE_UPPER ? 1 : 0;
        this.tokenFeatures(infos, i, headline);
        const pos = i === 0 ? 0 : headline ? 1 : 2;
        this.push(mix(DOCCASE, (docCase.get(cur.lower) ?? 0) * 64 + pos * 8 + cur.caseClass));
        for (const g of gazFeats[i]) this.push(g);
      }
    }
    offsets[nTok] = this.len;
    return { hashes: this.buf.slice(0, this.len), offsets, lower, capital, sentenceLengths: doc.sentences.map((s) => s.length) };
  }

  private tokenFeatures(infos: WordInfo[], i: number, headline: boolean): void {
    const cur = infos[i].h;
    this.push(BIAS);
    for (let s = 0; s < W_SLOTS; s++) this.push(cur[s]);
    const p1 = i > 0 ? infos[i - 1].h : null;
    const n1 = i + 1 < infos.length ? infos[i + 1].h : null;
    const p2 = i > 1 ? infos[i - 2].h : null;
    const n2 = i + 2 < infos.length ? infos[i + 2].h : null;
    const edge = EDGE;
    this.push(mix(T.prev1, p1 ? p1[W_LOWER] : edge));
    this.push(mix(T.next1, n1 ? n1[W_LOWER] : edge));
    this.push(mix(T.prev1 + 100, p1 ? p1[W_SHAPE] : edge));
    this.push(mix(T.next1 + 100, n1 ? n1[W_SHAPE] : edge));
    if (p1) for (let s = 1; s < 3; s++) if (p1[W_CLUSTER + s]) this.push(mix(T.prev1 + 200, p1[W_CLUSTER + s]));
    if (n1) for (let s = 1; s < 3; s++) if (n1[W_CLUSTER + s]) this.push(mix(T.next1 + 200, n1[W_CLUSTER + s]));
    if (p1) this.push(mix(T.prev1 + 300, p1[W_AFFIX + 6])); // previous word's 3-letter suffix
    this.push(mix(T.prev2, p2 ? p2[W_LOWER] : edge));
    this.push(mix(T.next2, n2 ? n2[W_LOWER] : edge));
    this.push(mix(T.prev2 + 100, p2 ? p2[W_SHORT] : edge));
    this.push(mix(T.next2 + 100, n2 ? n2[W_SHORT] : edge));
    this.push(mix(mix(T.bigramL, p1 ? p1[W_LOWER] : edge), cur[W_LOWER]));
    this.push(mix(mix(T.bigramR, cur[W_LOWER]), n1 ? n1[W_LOWER] : edge));
    this.push(mix(mix(mix(T.shape3, p1 ? p1[W_SHORT] : edge), cur[W_SHORT]), n1 ? n1[W_SHORT] : edge));
    if (i === 0) this.push(mix(T.initial, cur[W_SHAPE]));
    if (headline) this.push(mix(T.headline, cur[W_SHORT]));
    if (headline) this.push(mix(T.headline + 100, cur[W_LOWER]));
  }

  /** Features for every gazetteer match covering a token: category × BILOU part × capitalised. */
  private gazetteerFeatures(infos: WordInfo[], out: number[][]): void {
    const lower = infos.map((x) => x.lower);
    const cats = this.res.gazetteer.categories.length;
    this.res.gazetteer.matchAll(lower, (start, end, mask) => {
      let capitals = 0;
      for (let j = start; j < end; j++) if (infos[j].caseClass === CASE_TITLE || infos[j].caseClass === CASE_UPPER) capitals++;
      const capClass = capitals === end - start ? 2 : capitals > 0 ? 1 : 0;
      for (let b = 0; b < cats; b++) {
        if (!(mask & (1 << b))) continue;
        for (let j = start; j < end; j++) {
          const part = end - start === 1 ? 3 : j === start ? 0 : j === end - 1 ? 2 : 1;
          out[j].push(mix(T.gaz, b * 8 + part));
          out[j].push(mix(T.gazCap, b * 64 + part * 4 + capClass));
        }
        if (start > 0) out[start - 1].push(mix(T.gazNeighbour, b * 2));
        if (end < infos.length) out[end].push(mix(T.gazNeighbour, b * 2 + 1));
      }
    });
  }

  /** lower form → bit 1: seen capitalised mid-sentence in running text; bit 2: seen lower-case there. */
  private docCasing(doc: DocTokens): Map<string, number> {
    const m = new Map<string, number>();
    for (const sent of doc.sentences) {
      const infos = sent.map((w) => this.word(w));
      if (isHeadline(infos)) continue;
      for (let i = 1; i < infos.length; i++) {
        const x = infos[i];
        const bit = x.caseClass === CASE_TITLE || x.caseClass === CASE_UPPER ? 1 : x.caseClass === CASE_LOWER ? 2 : 0;
        if (bit) m.set(x.lower, (m.get(x.lower) ?? 0) | bit);
      }
    }
    return m;
  }
}

export interface DocFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  lower: string[];
  capital: Uint8Array;
  sentenceLengths: number[];
}

/** A sentence with no lower-case word (newswire headlines, shouted captions). */
function isHeadline(infos: WordInfo[]): boolean {
  let alpha = 0;
  for (const x of infos) {
    if (x.caseClass === CASE_LOWER || x.caseClass === CASE_TITLE) {
      if (x.caseClass === CASE_LOWER || x.lower.length > 1) return false;
    }
    if (x.caseClass === CASE_UPPER) alpha++;
  }
  return alpha >= 2;
}

const HISTORY_HASHES = Int32Array.from({ length: 12 }, (_, i) => mix(HISTORY, i));

/** Hash of the prediction-history feature: what earlier occurrences of this word were tagged. */
export function historyHash(value: number, capital: number): number {
  return HISTORY_HASHES[value * 2 + capital];
}
