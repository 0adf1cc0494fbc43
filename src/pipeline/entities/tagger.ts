// Tagging with trained weights. Most of a token's features depend on one word only (the word
// itself, or a neighbour at a fixed offset), so their summed weights are cached per distinct
// word and role: a token then costs five small vector adds, a few table lookups for pair,
// casing, gazetteer and history features, and Viterbi — no strings, no per-token allocation.
// Training uses FeatureExtractor + decodeDocument over the same templates (tests check both agree).
import type { DocTokens, NerResources } from './features.js';
import {
  bigramLeftHash,
  bigramRightHash,
  caseClassOf,
  docCaseBit,
  docCaseHash,
  gazetteerMatchFeatures,
  headlineHashes,
  headlineRole,
  historyHash,
  HL_BREAKS,
  HL_UPPER,
  initialHash,
  isCapitalised,
  MAX_ROLE_FEATURES,
  NUM_ROLES,
  roleFeatures,
  shapeTrigramHash,
  W_CLUSTER,
  W_LOWER,
  W_SHAPE,
  W_SHORT,
  W_SLOTS,
  wordHashes,
} from './features.js';
import type { LinearParams } from './decode.js';
import { decodeOrder, viterbi } from './decode.js';
import type { IntTable } from '../hash.js';
import type { NerModel } from './model.js';
import { NUM_TAGS, tagType } from './tags.js';
import { voteSpanTypes } from './span-vote.js';
import { ContextAggregator } from './context-aggregation.js';
import { passOneFeatures, type PassOneFeatures } from './pass-one.js';

const T = NUM_TAGS;
const NO_CONTEXTS: readonly number[] = [];
const STRIDE = NUM_ROLES * T;
const MAX_WORDS = 150_000;
const INITIAL_WORDS = 1 << 15;

export class CachedTagger {
  private ids = new Map<string, number>();
  private lowerIds = new Map<string, number>();
  private nWords = 0;
  private nLowers = 0;
  // Buffers are sized for typical use up front: growing one replaces a field, which makes V8
  // discard the optimised code that depends on it (a costly recompile in a single pass).
  // per word id
  private hashes = new Int32Array(INITIAL_WORDS * W_SLOTS);
  private vectors = new Float32Array(INITIAL_WORDS * STRIDE);
  private lowerOf = new Int32Array(INITIAL_WORDS);
  private caseOf = new Uint8Array(INITIAL_WORDS);
  private hlRole = new Uint8Array(INITIAL_WORDS);
  private gazStart = new Uint8Array(INITIAL_WORDS);
  private lowers: string[] = [];
  // per lower-form id, reset after each document
  private docBits = new Uint8Array(INITIAL_WORDS);
  private history = new Int32Array(INITIAL_WORDS * 5);
  private touched = new Uint8Array(INITIAL_WORDS);
  private touchedList: number[] = [];
  // per token / per sentence
  private wid = new Int32Array(1 << 14);
  private scores = new Float32Array(512 * T);
  private sentLower: string[] = [];
  /** Aggregated neighbours of each capitalised word (by lower-form id) in the current document. */
  private readonly contexts = new ContextAggregator<number>();
  /** What the slot reads ahead of look-ups saw (kept so the reads are not optimised away). */
  readAhead = 0;
  private sentStart = 0;
  private sentLength = 0;
  // constant per model
  private readonly edge = new Float32Array(STRIDE);
  private readonly roleBuf = new Int32Array(MAX_ROLE_FEATURES);
  private readonly weights: Float32Array;
  private readonly trans: Float32Array;
  /** Rows of the document-casing feature by docCaseIndex, and of the history feature by value × 2 + capital. */
  private readonly docCaseRows = new Int32Array(4 * 3 * 4);
  private readonly historyRows = new Int32Array(12);
  private readonly emitGaz = (j: number, h: number) => this.addHash(h, j * T);
  private readonly onGazMatch = (start: number, end: number, mask: number) => this.gazMatch(start, end, mask);

  constructor(
    private readonly table: IntTable,
    params: LinearParams,
    private readonly res: NerResources,
    /** Distinct words cached before the cache is dropped (bounds memory in long-lived processes). */
    private readonly maxWords = MAX_WORDS,
  ) {
    this.weights = params.weights;
    this.trans = params.trans;
    for (let role = 1; role < NUM_ROLES; role++) this.sumRole(role, this.roleBuf, -1, this.edge, role * T);
    for (let bits = 0; bits < 4; bits++)
      for (let pos = 0; pos < 3; pos++) for (let c = 0; c < 4; c++) this.docCaseRows[docCaseIndex(bits, pos, c)] = table.get(docCaseHash(bits, pos, c));
    for (let v = 0; v < 6; v++) for (let cap = 0; cap < 2; cap++) this.historyRows[v * 2 + cap] = table.get(historyHash(v, cap));
  }

  /** BILOU tag indices for every token of the document, in order; extra: more feature hashes per token (a second pass's). */
  tag(doc: DocTokens, extra?: PassOneFeatures): Uint8Array {
    if (this.nWords > this.maxWords) this.forgetWords();
    let nTok = 0;
    for (const s of doc.sentences) nTok += s.length;
    if (this.wid.length < nTok) this.wid = new Int32Array(nTok * 2);
    let k = 0;
    for (const s of doc.sentences) for (let i = 0; i < s.length; i++) this.wid[k++] = this.wordId(s[i]);

    const headlines = new Uint8Array(doc.sentences.length);
    this.contexts.clear();
    k = 0;
    for (let si = 0; si < doc.sentences.length; si++) {
      const n = doc.sentences[si].length;
      headlines[si] = this.isHeadline(k, n) ? 1 : 0;
      if (!headlines[si]) this.recordDocCasing(k, n);
      this.aggregateContexts(k, n);
      k += n;
    }

    const out = new Uint8Array(nTok);
    const starts = new Int32Array(doc.sentences.length);
    for (let si = 1; si < starts.length; si++) starts[si] = starts[si - 1] + doc.sentences[si - 1].length;
    for (const si of decodeOrder(headlines)) {
      const n = doc.sentences[si].length;
      if (n > 0) this.tagSentence(starts[si], n, headlines[si] === 1, out, extra);
    }
    for (const l of this.touchedList) {
      this.docBits[l] = 0;
      this.touched[l] = 0;
      this.history.fill(0, l * 5, l * 5 + 5);
    }
    this.touchedList.length = 0;
    return out;
  }

  private tagSentence(k0: number, n: number, headline: boolean, out: Uint8Array, extra?: PassOneFeatures): void {
    if (this.scores.length < n * T) this.scores = new Float32Array(n * T * 2);
    for (let i = 0; i < n; i++) this.tokenScores(k0, n, i, headline);
    if (extra) for (let i = 0; i < n; i++) for (let f = extra.offsets[k0 + i]; f < extra.offsets[k0 + i + 1]; f++) this.addHash(extra.hashes[f], i * T);
    if (this.anyGazetteerStart(k0, n)) this.gazetteerScores(k0, n);
    // prediction history: what earlier sentences of this document tagged the same word
    for (let i = 0; i < n; i++) {
      const w = this.wid[k0 + i];
      this.addRow(this.historyRows[this.historyValue(this.lowerOf[w]) * 2 + (isCapitalised(this.caseOf[w]) ? 1 : 0)], i * T);
    }
    viterbi(this.scores, n, this.trans, out, k0);
    for (let i = 0; i < n; i++) {
      const w = this.wid[k0 + i];
      const type = tagType(out[k0 + i]);
      if (type < 0 && !isCapitalised(this.caseOf[w])) continue; // only capitalised words outside names inform
      this.history[this.touch(this.lowerOf[w]) * 5 + type + 1]++;
    }
  }

  /** Static scores of token i: cached role vectors of the word and its neighbours, then pair and casing features. */
  private tokenScores(k0: number, n: number, i: number, headline: boolean): void {
    const scores = this.scores;
    const vec = this.vectors;
    const edge = this.edge;
    const wid = this.wid;
    const base = i * T;
    const w = wid[k0 + i];
    const self = w * STRIDE;
    const p1 = i > 0 ? wid[k0 + i - 1] * STRIDE + T : -1;
    const n1 = i + 1 < n ? wid[k0 + i + 1] * STRIDE + 2 * T : -1;
    const p2 = i > 1 ? wid[k0 + i - 2] * STRIDE + 3 * T : -1;
    const n2 = i + 2 < n ? wid[k0 + i + 2] * STRIDE + 4 * T : -1;
    for (let t = 0; t < T; t++) {
      scores[base + t] =
        vec[self + t] +
        (p1 >= 0 ? vec[p1 + t] : edge[T + t]) +
        (n1 >= 0 ? vec[n1 + t] : edge[2 * T + t]) +
        (p2 >= 0 ? vec[p2 + t] : edge[3 * T + t]) +
        (n2 >= 0 ? vec[n2 + t] : edge[4 * T + t]);
    }
    const h = this.hashes;
    const hw = w * W_SLOTS;
    const hp = i > 0 ? wid[k0 + i - 1] * W_SLOTS : -1;
    const hn = i + 1 < n ? wid[k0 + i + 1] * W_SLOTS : -1;
    const left = bigramLeftHash(hp >= 0 ? h[hp + W_LOWER] : 0, h[hw + W_LOWER]);
    const right = bigramRightHash(h[hw + W_LOWER], hn >= 0 ? h[hn + W_LOWER] : 0);
    const shape = shapeTrigramHash(hp >= 0 ? h[hp + W_SHORT] : 0, h[hw + W_SHORT], hn >= 0 ? h[hn + W_SHORT] : 0);
    const contexts = isCapitalised(this.caseOf[w]) ? this.contexts.features(this.lowerOf[w]) : NO_CONTEXTS;
    // the table slots of the look-ups below, read together first (see IntTable.home)
    const table = this.table;
    let touched = table.home(left) ^ table.home(right) ^ table.home(shape);
    for (let c = 0; c < contexts.length; c++) touched ^= table.home(contexts[c]);
    this.readAhead = touched;
    this.addHash(left, base);
    this.addHash(right, base);
    this.addHash(shape, base);
    if (i === 0) this.addHash(initialHash(h[hw + W_SHAPE]), base);
    if (headline) for (const x of headlineHashes(h[hw + W_SHORT], h[hw + W_LOWER])) this.addHash(x, base);
    const pos = i === 0 ? 0 : headline ? 1 : 2;
    this.addRow(this.docCaseRows[docCaseIndex(this.docBits[this.lowerOf[w]], pos, this.caseOf[w])], base);
    for (let c = 0; c < contexts.length; c++) this.addHash(contexts[c], base);
  }

  private aggregateContexts(k0: number, n: number): void {
    const h = this.hashes;
    for (let i = 0; i < n; i++) {
      const w = this.wid[k0 + i];
      if (!isCapitalised(this.caseOf[w])) continue;
      const hp = i > 0 ? this.wid[k0 + i - 1] * W_SLOTS : -1;
      const hn = i + 1 < n ? this.wid[k0 + i + 1] * W_SLOTS : -1;
      this.contexts.add(
        this.lowerOf[w],
        hp >= 0 ? h[hp + W_LOWER] : 0,
        hn >= 0 ? h[hn + W_LOWER] : 0,
        hp >= 0 ? h[hp + W_CLUSTER + 1] : 0,
        hn >= 0 ? h[hn + W_CLUSTER + 1] : 0,
      );
    }
  }

  private anyGazetteerStart(k0: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.gazStart[this.wid[k0 + i]] === 1) return true;
    return false;
  }

  /** Gazetteer features, matching only from tokens that start some listed name. */
  private gazetteerScores(k0: number, n: number): void {
    const lower = this.sentLower;
    lower.length = n;
    for (let i = 0; i < n; i++) lower[i] = this.lowers[this.wid[k0 + i]];
    this.sentStart = k0;
    this.sentLength = n;
    for (let i = 0; i < n; i++) if (this.gazStart[this.wid[k0 + i]]) this.res.gazetteer.matchAt(lower, i, this.onGazMatch);
  }

  private gazMatch(start: number, end: number, mask: number): void {
    let capitals = 0;
    for (let j = start; j < end; j++) if (isCapitalised(this.caseOf[this.wid[this.sentStart + j]])) capitals++;
    gazetteerMatchFeatures(start, end, mask, this.res.gazetteer.categories.length, capitals, this.sentLength, this.emitGaz);
  }

  private recordDocCasing(k0: number, n: number): void {
    for (let i = 1; i < n; i++) {
      const w = this.wid[k0 + i];
      const bit = docCaseBit(this.caseOf[w]);
      if (bit) this.docBits[this.touch(this.lowerOf[w])] |= bit;
    }
  }

  /** Same as PredictionHistory.value: 0 none, 1 mostly outside names, type + 2. */
  private historyValue(l: number): number {
    const c = this.history;
    const o = l * 5;
    if (c[o] + c[o + 1] + c[o + 2] + c[o + 3] + c[o + 4] === 0) return 0;
    let best = 0;
    for (let v = 1; v < 5; v++) if (c[o + v] > c[o + best]) best = v;
    return best === 0 ? 1 : best + 1;
  }

  private addHash(hash: number, base: number): void {
    this.addRow(this.table.get(hash), base);
  }

  private addRow(r: number, base: number): void {
    if (r < 0) return;
    const w = this.weights;
    const s = this.scores;
    const o = r * T;
    for (let t = 0; t < T; t++) s[base + t] += w[o + t];
  }

  private isHeadline(k0: number, n: number): boolean {
    let upper = 0;
    for (let i = 0; i < n; i++) {
      const r = this.hlRole[this.wid[k0 + i]];
      if (r === HL_BREAKS) return false;
      if (r === HL_UPPER) upper++;
    }
    return upper >= 2;
  }

  private touch(l: number): number {
    if (!this.touched[l]) {
      this.touched[l] = 1;
      this.touchedList.push(l);
    }
    return l;
  }

  private wordId(w: string): number {
    const known = this.ids.get(w);
    return known !== undefined ? known : this.addWord(w);
  }

  private addWord(w: string): number {
    const id = this.nWords++;
    this.ids.set(w, id);
    if (id >= this.lowerOf.length) this.growWords(id * 2);
    const lower = w.toLowerCase();
    const caseClass = caseClassOf(w);
    this.lowerOf[id] = this.lowerId(lower);
    this.lowers[id] = lower;
    this.caseOf[id] = caseClass;
    this.hlRole[id] = headlineRole(caseClass, lower.length);
    this.gazStart[id] = this.res.gazetteer.startsName(lower) ? 1 : 0;
    wordHashes(this.res, w, lower, caseClass, this.hashes, id * W_SLOTS);
    for (let role = 0; role < NUM_ROLES; role++) this.sumRole(role, this.hashes, id * W_SLOTS, this.vectors, id * STRIDE + role * T);
    return id;
  }

  /** Sums the weight rows of one role's features of a word (o < 0: no word) into dest[at ..]. */
  private sumRole(role: number, h: Int32Array, o: number, dest: Float32Array, at: number): void {
    const buf = this.roleBuf;
    const n = roleFeatures(role, h, o, buf);
    const w = this.weights;
    let touched = 0;
    for (let j = 0; j < n; j++) touched ^= this.table.home(buf[j]);
    this.readAhead = touched;
    dest.fill(0, at, at + T);
    for (let j = 0; j < n; j++) {
      const r = this.table.get(buf[j]);
      if (r < 0) continue;
      const wo = r * T;
      for (let t = 0; t < T; t++) dest[at + t] += w[wo + t];
    }
  }

  private lowerId(lower: string): number {
    let l = this.lowerIds.get(lower);
    if (l === undefined) {
      l = this.nLowers++;
      this.lowerIds.set(lower, l);
      if (l >= this.docBits.length) {
        const size = l * 2;
        this.docBits = grow(this.docBits, size);
        this.touched = grow(this.touched, size);
        this.history = grow(this.history, size * 5);
      }
    }
    return l;
  }

  private growWords(size: number): void {
    this.hashes = grow(this.hashes, size * W_SLOTS);
    this.vectors = grow(this.vectors, size * STRIDE);
    this.lowerOf = grow(this.lowerOf, size);
    this.caseOf = grow(this.caseOf, size);
    this.hlRole = grow(this.hlRole, size);
    this.gazStart = grow(this.gazStart, size);
  }

  /** Drops the per-word cache (memory bound; benchmarks that must not reuse earlier work). */
  forgetWords(): void {
    this.ids.clear();
    this.lowerIds.clear();
    this.lowers.length = 0;
    this.nWords = 0;
    this.nLowers = 0;
  }
}

function docCaseIndex(bits: number, pos: number, caseClass: number): number {
  return bits * 12 + pos * 4 + caseClass;
}

function grow<A extends Int32Array | Uint8Array | Float32Array>(a: A, size: number): A {
  const next = new (a.constructor as new (n: number) => A)(size);
  next.set(a);
  return next;
}

/** BILOU tag indices for every token of the document, in order. */
export function tagDocument(model: NerModel, doc: DocTokens): Uint8Array {
  const tags = model.tagger.tag(doc);
  voteSpanTypes(doc, tags);
  if (!model.secondPass) return tags;
  const again = model.secondPass.tagger.tag(doc, passOneFeatures(tags, tokenView(doc)));
  voteSpanTypes(doc, again);
  return again;
}

/** Lower forms, capitalisation and sentence lengths of a document's tokens (for pass-one features). */
export function tokenView(doc: DocTokens): { lower: string[]; capital: Uint8Array; sentenceLengths: number[] } {
  const lower: string[] = [];
  const capital: number[] = [];
  for (const s of doc.sentences) {
    for (const w of s) {
      lower.push(w.toLowerCase());
      capital.push(isCapitalised(caseClassOf(w)) ? 1 : 0);
    }
  }
  return { lower, capital: Uint8Array.from(capital), sentenceLengths: doc.sentences.map((s) => s.length) };
}
