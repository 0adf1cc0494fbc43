// Feature templates shared by training and tagging. Word-level features are hashed once per
// distinct word; token features are the word's own features, its neighbours' (by role), a few
// pair features, document casing, gazetteer matches and the prediction history.
import { ContextAggregator } from './context-aggregation.js';
import type { PassOneFeatures } from './pass-one.js';
import { Gazetteer } from './gazetteer.js';
import { finalise, fnvStart, fnvStep, hashRange, hashString, mix } from '../hash.js';

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

// Slots of a word's feature hashes.
export const W_WORD = 0;
export const W_LOWER = 1;
export const W_SHAPE = 2;
export const W_SHORT = 3;
export const W_AFFIX = 4; // 4 prefixes then 4 suffixes
export const W_CLUSTER = 12; // up to 3 granularities
export const W_CASING = 15;
export const W_SLOTS = 16;

export const CASE_LOWER = 0;
export const CASE_TITLE = 1;
export const CASE_UPPER = 2;
export const CASE_OTHER = 3;

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

export const BIAS = hashString('bias', T.bias);
const EDGE = hashString('<edge>', 99);
const DOCCASE = hashString('doccase', T.docCase);
const HISTORY = hashString('history', T.history);
const CLUSTER_SEEDS = [0, 1, 2].map((k) => hashString('c', 130 + k));
const NO_CLUSTER = hashString('nocluster', 130);
const CASING = hashString('casing', 140);

/** Word shape: digits → d, capitals → X, other cased letters → x; runs cut at 4 (or 1 when collapsed). */
export function shapeOf(w: string, collapse: boolean): string {
  let out = '';
  forEachShapeChar(w, collapse, (c) => (out += String.fromCharCode(c)));
  return out;
}

/** hashString(shapeOf(w, collapse), seed) without building the shape. */
export function shapeHash(w: string, collapse: boolean, seed: number): number {
  let h = fnvStart(seed);
  const runs = new ShapeRuns<number>(collapse);
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: number;
    if (code < 128) c = code >= 48 && code <= 57 ? 100 : code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code;
    else return hashString(shapeOf(w, collapse), seed); // rare: let the general path classify
    if (runs.keeps(c)) h = fnvStep(h, c);
  }
  return finalise(h);
}

function forEachShapeChar(w: string, collapse: boolean, emit: (code: number) => void): void {
  const runs = new ShapeRuns<string>(collapse);
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (!runs.keeps(c)) continue;
    for (let i = 0; i < c.length; i++) emit(c.charCodeAt(i));
  }
}

/** A shape keeps a run of one class up to 4 long, 1 when collapsed: says whether the next class is kept. */
class ShapeRuns<C> {
  private last: C | undefined;
  private run = 0;
  constructor(private readonly collapse: boolean) {}

  keeps(c: C): boolean {
    if (c !== this.last) {
      this.last = c;
      this.run = 0;
      return true;
    }
    this.run++;
    return !this.collapse && this.run <= 3;
  }
}

export function caseClassOf(w: string): number {
  const lower = w.toLowerCase();
  const upper = w.toUpperCase();
  if (lower === upper) return CASE_OTHER;
  if (w === lower) return CASE_LOWER;
  if (w === upper && w.length > 1) return CASE_UPPER;
  const first = w[0];
  if (first.toLowerCase() !== first) return CASE_TITLE;
  return CASE_OTHER;
}

export function isCapitalised(caseClass: number): boolean {
  return caseClass === CASE_TITLE || caseClass === CASE_UPPER;
}

export function lookupCluster(clusters: Map<string, Int32Array>, w: string): Int32Array | undefined {
  const exact = clusters.get(w);
  if (exact) return exact;
  const title = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const byTitle = title === w ? undefined : clusters.get(title);
  if (byTitle) return byTitle;
  const lower = w.toLowerCase();
  return lower === w || lower === title ? undefined : clusters.get(lower);
}

/** Writes the W_SLOTS word-level feature hashes of w (0 = absent) to h[o ..]. */
export function wordHashes(res: NerResources, w: string, lower: string, caseClass: number, h: Int32Array, o: number): void {
  h.fill(0, o, o + W_SLOTS);
  h[o + W_WORD] = hashString(w, 100);
  h[o + W_LOWER] = hashString(lower, 101);
  h[o + W_SHAPE] = shapeHash(w, false, 102);
  h[o + W_SHORT] = shapeHash(w, true, 103);
  const n = lower.length;
  for (let k = 1; k <= 4; k++) {
    if (n > k) {
      h[o + W_AFFIX + k - 1] = hashRange(lower, 0, k, 110 + k);
      h[o + W_AFFIX + 3 + k] = hashRange(lower, n - k, n, 120 + k);
    }
  }
  const cl = lookupCluster(res.clusters, w);
  if (cl) for (let k = 0; k < cl.length && k < 3; k++) h[o + W_CLUSTER + k] = mix(CLUSTER_SEEDS[k], cl[k]);
  else h[o + W_CLUSTER] = NO_CLUSTER;
  h[o + W_CASING] = mix(CASING, (res.casing.get(lower) ?? 0) * 4 + caseClass);
}

/** Context roles a word plays for a token: the word itself, one or two places before or after. */
export const ROLE_SELF = 0;
export const ROLE_PREV1 = 1;
export const ROLE_NEXT1 = 2;
export const ROLE_PREV2 = 3;
export const ROLE_NEXT2 = 4;
export const NUM_ROLES = 5;
/** Most hashes roleFeatures writes. */
export const MAX_ROLE_FEATURES = W_SLOTS + 1;

/**
 * Features a token gets from the word at one context role (h[o ..] its word hashes, or o < 0 for
 * "no word there": the sentence edge). They depend on that word alone, so a tagger can sum their
 * weights once per distinct word. Writes to out, returns the count.
 */
export function roleFeatures(role: number, h: Int32Array, o: number, out: Int32Array): number {
  let n = 0;
  const has = o >= 0;
  switch (role) {
    case ROLE_SELF:
      out[n++] = BIAS;
      for (let s = 0; s < W_SLOTS; s++) if (h[o + s] !== 0) out[n++] = h[o + s];
      break;
    case ROLE_PREV1:
    case ROLE_NEXT1: {
      const seed = role === ROLE_PREV1 ? T.prev1 : T.next1;
      out[n++] = mix(seed, has ? h[o + W_LOWER] : EDGE);
      out[n++] = mix(seed + 100, has ? h[o + W_SHAPE] : EDGE);
      if (has) for (let s = 1; s < 3; s++) if (h[o + W_CLUSTER + s]) out[n++] = mix(seed + 200, h[o + W_CLUSTER + s]);
      if (has && role === ROLE_PREV1) out[n++] = mix(T.prev1 + 300, h[o + W_AFFIX + 6]); // 3-letter suffix
      break;
    }
    default: {
      const seed = role === ROLE_PREV2 ? T.prev2 : T.next2;
      out[n++] = mix(seed, has ? h[o + W_LOWER] : EDGE);
      out[n++] = mix(seed + 100, has ? h[o + W_SHORT] : EDGE);
    }
  }
  return n;
}

/** Word-pair and shape-trigram features (pass the lower/short hash of a missing neighbour as 0). */
export function bigramLeftHash(prevLower: number, lower: number): number {
  return mix(mix(T.bigramL, prevLower || EDGE), lower);
}
export function bigramRightHash(lower: number, nextLower: number): number {
  return mix(mix(T.bigramR, lower), nextLower || EDGE);
}
export function shapeTrigramHash(prevShort: number, short: number, nextShort: number): number {
  return mix(mix(mix(T.shape3, prevShort || EDGE), short), nextShort || EDGE);
}
export function initialHash(shape: number): number {
  return mix(T.initial, shape);
}
export function headlineHashes(short: number, lower: number): [number, number] {
  return [mix(T.headline, short), mix(T.headline + 100, lower)];
}
/** docBits: the docCasing bits of the word; pos: 0 sentence-initial, 1 headline, 2 running text. */
export function docCaseHash(docBits: number, pos: number, caseClass: number): number {
  return mix(DOCCASE, docBits * 64 + pos * 8 + caseClass);
}

/**
 * Features for one gazetteer match over tokens [start, end): category × BILOU part ×
 * capitalised for the covered tokens, plus a neighbour feature on each side.
 * emit(tokenIndex, hash) receives them.
 */
export function gazetteerMatchFeatures(start: number, end: number, mask: number, cats: number, capitals: number, nTokens: number, emit: (j: number, h: number) => void): void {
  const capClass = capitals === end - start ? 2 : capitals > 0 ? 1 : 0;
  for (let b = 0; b < cats; b++) {
    if (!(mask & (1 << b))) continue;
    for (let j = start; j < end; j++) {
      const part = end - start === 1 ? 3 : j === start ? 0 : j === end - 1 ? 2 : 1;
      emit(j, mix(T.gaz, b * 8 + part));
      emit(j, mix(T.gazCap, b * 64 + part * 4 + capClass));
    }
    if (start > 0) emit(start - 1, mix(T.gazNeighbour, b * 2));
    if (end < nTokens) emit(end, mix(T.gazNeighbour, b * 2 + 1));
  }
}

/**
 * How a word bears on "this sentence is a headline" (no lower-case word, ≥ 2 all-capitals words):
 * HL_BREAKS (lower-case or a capitalised word), HL_UPPER (all capitals), HL_NEUTRAL.
 */
export const HL_BREAKS = 0;
export const HL_UPPER = 1;
export const HL_NEUTRAL = 2;
export function headlineRole(caseClass: number, lowerLength: number): number {
  if (caseClass === CASE_LOWER || (caseClass === CASE_TITLE && lowerLength > 1)) return HL_BREAKS;
  return caseClass === CASE_UPPER ? HL_UPPER : HL_NEUTRAL;
}

/**
 * Training-side extractor: every static feature hash of every token (CSR), so the perceptron
 * can update the rows it used. Tagging sums the same templates through CachedTagger instead.
 */
export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  private buf = new Int32Array(1 << 16);
  private len = 0;
  private roleBuf = new Int32Array(MAX_ROLE_FEATURES);
  private gazFeats: number[][] = [];
  private contexts = new ContextAggregator<string>();

  constructor(readonly res: NerResources) {}

  word(w: string): WordInfo {
    let info = this.cache.get(w);
    if (info) return info;
    if (this.cache.size > 300_000) this.cache.clear(); // bound memory in long-lived processes
    const lower = w.toLowerCase();
    const caseClass = caseClassOf(w);
    const h = new Int32Array(W_SLOTS);
    wordHashes(this.res, w, lower, caseClass, h, 0);
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

  private pushRole(role: number, info: WordInfo | null): void {
    const n = roleFeatures(role, info ? info.h : this.roleBuf, info ? 0 : -1, this.roleBuf);
    for (let j = 0; j < n; j++) this.push(this.roleBuf[j]);
  }

  /**
   * Static feature hashes of every token of a document, CSR-style: features of token k are
   * hashes[offsets[k] .. offsets[k+1]). Also returns per-token lower forms and case classes
   * for the prediction-history feature.
   */
  document(doc: DocTokens, aggregate = true, passOne?: PassOneFeatures): DocFeatures {
    this.len = 0;
    const nTok = doc.sentences.reduce((n, s) => n + s.length, 0);
    const offsets = new Int32Array(nTok + 1);
    const lower: string[] = new Array(nTok);
    const capital = new Uint8Array(nTok);
    const docCase = this.docCasing(doc);
    const gaz = this.gazFeats;
    const headlines = new Uint8Array(doc.sentences.length);
    this.aggregateContexts(doc);
    let k = 0;
    for (const [si, sent] of doc.sentences.entries()) {
      const infos = sent.map((w) => this.word(w));
      const headline = isHeadline(infos);
      headlines[si] = headline ? 1 : 0;
      for (let i = 0; i < infos.length; i++) {
        if (gaz.length <= i) gaz.push([]);
        gaz[i].length = 0;
      }
      this.gazetteerFeatures(infos, gaz);
      for (let i = 0; i < infos.length; i++, k++) {
        offsets[k] = this.len;
        const cur = infos[i];
        lower[k] = cur.lower;
        capital[k] = isCapitalised(cur.caseClass) ? 1 : 0;
        const at = (j: number) => (j >= 0 && j < infos.length ? infos[j] : null);
        this.pushRole(ROLE_SELF, cur);
        this.pushRole(ROLE_PREV1, at(i - 1));
        this.pushRole(ROLE_NEXT1, at(i + 1));
        this.pushRole(ROLE_PREV2, at(i - 2));
        this.pushRole(ROLE_NEXT2, at(i + 2));
        const h = cur.h;
        this.push(bigramLeftHash(at(i - 1)?.h[W_LOWER] ?? 0, h[W_LOWER]));
        this.push(bigramRightHash(h[W_LOWER], at(i + 1)?.h[W_LOWER] ?? 0));
        this.push(shapeTrigramHash(at(i - 1)?.h[W_SHORT] ?? 0, h[W_SHORT], at(i + 1)?.h[W_SHORT] ?? 0));
        if (i === 0) this.push(initialHash(h[W_SHAPE]));
        if (headline) for (const x of headlineHashes(h[W_SHORT], h[W_LOWER])) this.push(x);
        const pos = i === 0 ? 0 : headline ? 1 : 2;
        this.push(docCaseHash(docCase.get(cur.lower) ?? 0, pos, cur.caseClass));
        for (const g of gaz[i]) this.push(g);
        if (aggregate && capital[k]) for (const c of this.contexts.features(cur.lower)) this.push(c);
        if (passOne) for (let f = passOne.offsets[k]; f < passOne.offsets[k + 1]; f++) this.push(passOne.hashes[f]);
      }
    }
    offsets[nTok] = this.len;
    return { hashes: this.buf.slice(0, this.len), offsets, lower, capital, sentenceLengths: doc.sentences.map((s) => s.length), headlines };
  }

  private aggregateContexts(doc: DocTokens): void {
    this.contexts.clear();
    for (const sent of doc.sentences) {
      const infos = sent.map((w) => this.word(w));
      for (let i = 0; i < infos.length; i++) {
        if (!isCapitalised(infos[i].caseClass)) continue;
        const prev = i > 0 ? infos[i - 1].h : null;
        const next = i + 1 < infos.length ? infos[i + 1].h : null;
        this.contexts.add(infos[i].lower, prev?.[W_LOWER] ?? 0, next?.[W_LOWER] ?? 0, prev?.[W_CLUSTER + 1] ?? 0, next?.[W_CLUSTER + 1] ?? 0);
      }
    }
  }

  private gazetteerFeatures(infos: WordInfo[], out: number[][]): void {
    const lower = infos.map((x) => x.lower);
    const cats = this.res.gazetteer.categories.length;
    const emit = (j: number, h: number) => out[j].push(h);
    this.res.gazetteer.matchAll(lower, (start, end, mask) => {
      let capitals = 0;
      for (let j = start; j < end; j++) if (isCapitalised(infos[j].caseClass)) capitals++;
      gazetteerMatchFeatures(start, end, mask, cats, capitals, infos.length, emit);
    });
  }

  /** lower form → bit 1: seen capitalised mid-sentence in running text; bit 2: seen lower-case there. */
  private docCasing(doc: DocTokens): Map<string, number> {
    const m = new Map<string, number>();
    for (const sent of doc.sentences) {
      const infos = sent.map((w) => this.word(w));
      if (isHeadline(infos)) continue;
      for (let i = 1; i < infos.length; i++) {
        const bit = docCaseBit(infos[i].caseClass);
        if (bit) m.set(infos[i].lower, (m.get(infos[i].lower) ?? 0) | bit);
      }
    }
    return m;
  }
}

/** docCasing bit of one mid-sentence occurrence: 1 capitalised, 2 lower-case, 0 neither. */
export function docCaseBit(caseClass: number): number {
  return isCapitalised(caseClass) ? 1 : caseClass === CASE_LOWER ? 2 : 0;
}

export interface DocFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  lower: string[];
  capital: Uint8Array;
  sentenceLengths: number[];
  headlines: Uint8Array;
}

/** A sentence with no lower-case word (newswire headlines, shouted captions). */
function isHeadline(infos: WordInfo[]): boolean {
  let alpha = 0;
  for (const x of infos) {
    const r = headlineRole(x.caseClass, x.lower.length);
    if (r === HL_BREAKS) return false;
    if (r === HL_UPPER) alpha++;
  }
  return alpha >= 2;
}

const HISTORY_HASHES = Int32Array.from({ length: 12 }, (_, i) => mix(HISTORY, i));

/** Hash of the prediction-history feature: what earlier occurrences of this word were tagged. */
export function historyHash(value: number, capital: number): number {
  return HISTORY_HASHES[value * 2 + capital];
}
