// Features of the attribution model, hashed to ints. Two taggers share them:
//  - the cue tagger reads each token in its sentence (words around it, quotation marks,
//    the speech-verb lexicon, and the parse when there is one);
//  - the role tagger reads each token of a window around one cue, relative to that cue
//    (side, distance, sentences and quote marks between, the parse path to the cue), and
//    tags source and content for that cue alone, so nested attributions do not collide.
import { hashRange, hashString, mix } from '../../hash.js';
import { carve } from '../../typed-block.js';
import { SPEECH_VERBS } from '../../lexicons/attribution.js';
import type { FeatureRows } from './linear.js';
import { SmallTemplates, slot, type SmallKeys } from './small.js';
import { CLAUSE_RELATION_SETS, QuoteState, childrenName, type AttributionTokens } from './tokens.js';

/** Per-token hashes computed once per document and combined per template. */
export interface TokenHashes {
  word: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  lemma: Int32Array;
  upos: Int32Array;
  deprel: Int32Array;
  children: Int32Array;
  speech: Uint8Array;
  /** Index of the token's tag in UPOS and of its relation in RELATIONS (−1: not listed, hashed instead); its clause-relation bits. */
  uposId: Int8Array;
  deprelId: Int8Array;
  childBits: Uint16Array;
}

/** The universal part-of-speech tags. */
const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
/** The UD relations the shipped parser labels with (another one is hashed as before, so tagging is the same). */
const RELATIONS = [
  'acl', 'acl:relcl', 'advcl', 'advcl:relcl', 'advmod', 'amod', 'appos', 'aux', 'aux:pass', 'case', 'cc', 'cc:preconj', 'ccomp', 'compound', 'compound:prt', 'conj', 'cop',
  'csubj', 'csubj:outer', 'csubj:pass', 'dep', 'det', 'det:predet', 'discourse', 'dislocated', 'expl', 'fixed', 'flat', 'goeswith', 'iobj', 'list', 'mark', 'nmod', 'nmod:desc',
  'nmod:poss', 'nmod:unmarked', 'nsubj', 'nsubj:outer', 'nsubj:pass', 'nummod', 'obj', 'obl', 'obl:agent', 'obl:unmarked', 'orphan', 'parataxis', 'punct', 'reparandum', 'root',
  'vocative', 'xcomp',
];
const UPOS_ID = new Map(UPOS.map((t, k) => [t, k]));
const RELATION_ID = new Map(RELATIONS.map((t, k) => [t, k]));

const PAD = hashString('<pad>', 0);

export function tokenHashes(v: AttributionTokens): TokenHashes {
  const n = v.tokens.length;
  const arrays = carve({
    word: ['int32', n], shape: ['int32', n], suffix: ['int32', n], lemma: ['int32', n], upos: ['int32', n], deprel: ['int32', n], children: ['int32', n],
    speech: ['uint8', n], uposId: ['int8', n], deprelId: ['int8', n], childBits: ['uint16', v.syntax ? 0 : n],
  });
  arrays.uposId.fill(-1);
  arrays.deprelId.fill(-1);
  const h: TokenHashes = {
    word: arrays.word, shape: arrays.shape, suffix: arrays.suffix, lemma: arrays.lemma, upos: arrays.upos, deprel: arrays.deprel, children: arrays.children,
    speech: arrays.speech, uposId: arrays.uposId, deprelId: arrays.deprelId, childBits: v.syntax ? v.syntax.childBits : arrays.childBits,
  };
  const sx = v.syntax;
  for (let i = 0; i < n; i++) {
    const w = v.low[i];
    const lemma = sx?.lemma[i] || crudeLemma(w);
    h.word[i] = hashString(w, 1);
    h.shape[i] = shapeHash(v.tokens[i].text);
    h.suffix[i] = hashRange(w, Math.max(0, w.length - 3), w.length, 3);
    h.lemma[i] = hashString(lemma, 4);
    h.speech[i] = SPEECH_VERBS.has(w) || (lemma !== w && SPEECH_VERBS.has(lemma)) ? 1 : 0;
    if (!sx) continue;
    // listed tags and relations by index: their hashes are made once per process
    const u = UPOS_ID.get(sx.upos[i]) ?? -1;
    const r = RELATION_ID.get(sx.deprel[i]) ?? -1;
    h.uposId[i] = u;
    h.deprelId[i] = r;
    h.upos[i] = u >= 0 ? UPOS_HASHES[u] : tagHash(sx.upos[i], 5);
    h.deprel[i] = r >= 0 ? RELATION_HASHES[r] : tagHash(sx.deprel[i], 6);
    h.children[i] = childrenHash(sx.childBits[i]);
  }
  return h;
}

/** Hashes of the parse's few tags and relations, made once per process. */
const tagHashes = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];

function tagHash(tag: string, seed: 5 | 6 | 7): number {
  const memo = tagHashes[seed - 5];
  let h = memo.get(tag);
  if (h === undefined) memo.set(tag, (h = hashString(tag, seed)));
  return h;
}

const UPOS_HASHES = Int32Array.from(UPOS, (t) => tagHash(t, 5));
const RELATION_HASHES = Int32Array.from(RELATIONS, (t) => tagHash(t, 6));
/** tagHash of each set of clause relations (by its bits), made when first needed. */
const CHILDREN_HASHES = new Int32Array(CLAUSE_RELATION_SETS);

function childrenHash(bits: number): number {
  return (CHILDREN_HASHES[bits] ||= tagHash(childrenName(bits), 7));
}

/** "Xx" capitalised, "X" all capitals, "x" lower case, "d" digit first, else the character itself or "p" (char codes: this runs per token). */
function shapeOf(t: string): string {
  const c = t.charCodeAt(0);
  if (isUpper(c)) {
    if (t.length > 1 && isLower(t.charCodeAt(1))) return 'Xx';
    for (let k = 1; k < t.length; k++) if (!isUpper(t.charCodeAt(k))) return t.length === 1 ? t : 'p';
    return 'X';
  }
  if (isLower(c)) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  return t.length === 1 ? t : 'p';
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** Hashes of the few shapes, made once. */
const shapeHashes = new Map<string, number>();

function shapeHash(t: string): number {
  const shape = shapeOf(t);
  let h = shapeHashes.get(shape);
  if (h === undefined) shapeHashes.set(shape, (h = hashString(shape, 2)));
  return h;
}

/** Without a parse: "said"/"says"/"saying" → "say"-like stems, enough to share weight across forms. */
function crudeLemma(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Builds the CSR feature rows of one sequence into buffers shared by every call: a result is
 * valid until the next call (the taggers decode it at once).
 */
class RowBuilder {
  private static hashes = new Int32Array(1 << 14);
  private static offsets = new Int32Array(1 << 10);
  private static slots = new Int32Array(1 << 14);
  private static slotOffsets = new Int32Array(1 << 10);
  private hashes: Int32Array;
  private offsets: Int32Array;
  private slots: Int32Array;
  private slotOffsets: Int32Array;
  private n = 0;
  private k = 0;
  private m = 0;
  /**
   * bySlot: small-template features are kept as slots (for a frozen model), else as their
   * hashes, in the order they are added (for training).
   */
  constructor(tokens: number, perToken: number, private readonly keys: SmallKeys, private readonly bySlot: boolean) {
    if (RowBuilder.hashes.length < tokens * perToken + 8) RowBuilder.hashes = new Int32Array(tokens * perToken * 2 + 8);
    if (RowBuilder.offsets.length < tokens + 1) RowBuilder.offsets = new Int32Array(tokens * 2 + 1);
    if (bySlot && RowBuilder.slots.length < tokens * perToken + 8) RowBuilder.slots = new Int32Array(tokens * perToken * 2 + 8);
    if (bySlot && RowBuilder.slotOffsets.length < tokens + 1) RowBuilder.slotOffsets = new Int32Array(tokens * 2 + 1);
    this.hashes = RowBuilder.hashes;
    this.offsets = RowBuilder.offsets;
    this.slots = RowBuilder.slots;
    this.slotOffsets = RowBuilder.slotOffsets;
    this.offsets[0] = 0;
    this.slotOffsets[0] = 0;
  }
  /** A small-template feature (see small.ts) by its slot; a joint slot stands for several features. */
  small(s: number): void {
    if (!this.bySlot) {
      for (let e = this.keys.start[s]; e < this.keys.start[s + 1]; e++) this.add(this.keys.hashes[e]);
      return;
    }
    if (this.m === this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = RowBuilder.slots = grown;
    }
    this.slots[this.m++] = s;
  }
  add(h: number): void {
    if (this.n === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = RowBuilder.hashes = grown;
    }
    this.hashes[this.n++] = h;
  }
  next(): void {
    this.offsets[++this.k] = this.n;
    this.slotOffsets[this.k] = this.m;
  }
  done(): FeatureRows {
    if (!this.bySlot) return { hashes: this.hashes, offsets: this.offsets };
    return { hashes: this.hashes, offsets: this.offsets, small: { slots: this.slots, offsets: this.slotOffsets, keys: this.keys } };
  }
}

/** A feature of template id over its values (one mix per value; fixed arity: no array per call). */
function T(id: number, a?: number, b?: number, c?: number, d?: number): number {
  let h = Math.imul(id + 1, 0x3c6ef372);
  if (a === undefined) return h;
  h = mix(h, a);
  if (b === undefined) return h;
  h = mix(h, b);
  if (c === undefined) return h;
  h = mix(h, c);
  return d === undefined ? h : mix(h, d);
}

/** T(id, dir, …) for role templates, which all start with the side of the cue (0, 1, 2): the first step is looked up. */
const DIR_SEEDS = Int32Array.from({ length: 64 * 3 }, (_, k) => mix(Math.imul(Math.floor(k / 3) + 1, 0x3c6ef372), k % 3));

function TD(id: number, dir: number, a?: number, b?: number, c?: number): number {
  let h = DIR_SEEDS[id * 3 + dir];
  if (a === undefined) return h;
  h = mix(h, a);
  if (b === undefined) return h;
  h = mix(h, b);
  return c === undefined ? h : mix(h, c);
}

/** Quote state of token k, or 9 outside the sequence: as a small value, 4 stands for 9. */
const q9 = (code: number) => (code === 4 ? 9 : code);
/** A speech-verb flag, or PAD outside the sequence: as a small value, 2 stands for PAD. */
const speechOrPad = (code: number) => (code === 2 ? PAD : code);

/** The cue tagger's small templates; slots index CUE_SMALL.hashes(). */
const CUE_SMALL = new SmallTemplates();
/**
 * Jointly, the bias (1), speech verb and quote state (11), quote states around (12), place in
 * the sentence (15) and speech verbs around (18), over (speech · 4 + quote, previous quote · 5 +
 * next quote, place, previous speech · 3 + next speech).
 */
const C_SURFACE = CUE_SMALL.add([8, 25, 4, 9], ([sq, around, place, speechAround]) => {
  const [speech, quote, prev, next, speechPrev, speechNext] = [sq >> 2, sq & 3, Math.floor(around / 5), around % 5, Math.floor(speechAround / 3), speechAround % 3];
  return [T(1), T(11, speech, quote), T(12, q9(prev), q9(quote), q9(next)), T(15, place), T(18, speech, speechOrPad(speechPrev), speechOrPad(speechNext))];
});
// parse tags by their index in UPOS / RELATIONS; a neighbour outside the sentence is UPOS.length (PAD)
const uposOrPad = (k: number) => (k === UPOS.length ? PAD : tagHash(UPOS[k], 5));
const relationOrPad = (k: number) => (k === RELATIONS.length ? PAD : tagHash(RELATIONS[k], 6));
const NU = UPOS.length;
const NR = RELATIONS.length;
const C30 = CUE_SMALL.add([NU], ([u]) => T(30, uposOrPad(u)));
const C31 = CUE_SMALL.add([NR], ([r]) => T(31, relationOrPad(r)));
const C32 = CUE_SMALL.add([NU, NR], ([u, r]) => T(32, uposOrPad(u), relationOrPad(r)));
/** Jointly 30, 31, 32 and 36 (tag, relation, both, speech verb and tag), when tag and relation are listed. */
const C_TAGS = CUE_SMALL.add([2, NU, NR], ([speech, u, r]) => [T(30, uposOrPad(u)), T(31, relationOrPad(r)), T(32, uposOrPad(u), relationOrPad(r)), T(36, speech, uposOrPad(u))]);
const C35 = CUE_SMALL.add([NU + 1, NU, NU + 1], ([a, u, c]) => T(35, uposOrPad(a), uposOrPad(u), uposOrPad(c)));
const C36 = CUE_SMALL.add([2, NU], ([sp, u]) => T(36, sp, uposOrPad(u)));
const C37 = CUE_SMALL.add([CLAUSE_RELATION_SETS, NU], ([bits, u]) => T(37, childrenHash(bits), uposOrPad(u)));
const CUE_KEYS = CUE_SMALL.keys();

/** The role tagger's small templates (sentence offsets −2 … 4 are stored from 0). */
const ROLE_SMALL = new SmallTemplates();
const R30 = ROLE_SMALL.add([3, NU], ([d, u]) => TD(30, d, uposOrPad(u)));
const R31 = ROLE_SMALL.add([3, NR], ([d, r]) => TD(31, d, relationOrPad(r)));
const R32 = ROLE_SMALL.add([3, NU, NU + 1], ([d, u, p]) => TD(32, d, uposOrPad(u), uposOrPad(p)));
const R33 = ROLE_SMALL.add([3, NR + 1, 7], ([d, r, steps]) => TD(33, d, relationOrPad(r), steps));
const R36 = ROLE_SMALL.add([3, NR, 4], ([d, r, edge]) => TD(36, d, relationOrPad(r), edge));
/** Jointly 1, 12 and 18 (distance bucket with side, commas, sentences), over (side, bucket, commas, sentence offset). */
const R_DISTANCE = ROLE_SMALL.add([3, 9, 4, 7], ([d, db, commas, sd]) => [TD(1, d, db), TD(12, d, commas, db), TD(18, d, sd - 2, db)]);
/**
 * Jointly 6, 17, 19 and 20 (quote states of token, cue and the token before; edges of the
 * sentence; the adjacent quotation), over (side, quote · 4 + cue's quote, previous quote · 4 +
 * first · 2 + last, place in the adjacent quotation).
 */
const R_QUOTES = ROLE_SMALL.add([3, 16, 20, 4], ([d, qq, prevEdges, adjacent]) => {
  const [quote, cueQuote, prev, first, last] = [qq >> 2, qq & 3, prevEdges >> 2, (prevEdges >> 1) & 1, prevEdges & 1];
  return [TD(6, d, quote, cueQuote), TD(17, d, quote, q9(prev)), TD(19, d, first, last, quote), TD(20, d, adjacent)];
});
/** Jointly 10, 11 and 15 (other cues and quotation marks between token and cue), over (side, other cues · 4 + marks, quote, sentence offset). */
const R_BETWEEN = ROLE_SMALL.add([3, 16, 4, 7], ([d, ocQm, quote, sd]) => {
  const [oc, qm] = [ocQm >> 2, ocQm & 3];
  return [TD(10, d, oc), TD(11, d, qm, quote), TD(15, d, oc, qm, sd - 2)];
});
/** Jointly 7 and 16 (sentence and paragraph of the token; cue marks on it and before it), over (sentence offset, same paragraph · 4 + quote, side, cue · 2 + cue before). */
const R_PLACE = ROLE_SMALL.add([7, 8, 3, 4], ([sd, pq, d, masks]) => [T(7, sd - 2, pq >> 2, pq & 3), TD(16, d, masks >> 1, masks & 1)]);
/** Jointly 30, 31 and 35 (tag, relation, both with whether the cue dominates), when tag and relation are listed. */
const R_TAGS = ROLE_SMALL.add([3, 2, NU, NR], ([d, on, u, r]) => [TD(30, d, uposOrPad(u)), TD(31, d, relationOrPad(r)), TD(35, d, on, uposOrPad(u), relationOrPad(r))]);
const ROLE_KEYS = ROLE_SMALL.keys();

/**
 * Cue-tagger features of tokens [from, to) (one sentence). bySlot: small-template features as
 * slots, for a frozen model (see small.ts).
 */
export function cueFeatures(v: AttributionTokens, h: TokenHashes, from: number, to: number, bySlot = false): FeatureRows {
  const b = new RowBuilder(to - from, v.syntax ? 27 : 18, CUE_KEYS, bySlot);
  const at = (a: Int32Array | Uint8Array, k: number) => (k >= from && k < to ? a[k] : PAD);
  const qc = (k: number) => (k >= from && k < to ? v.quote[k] : 4);
  const speechAt = (k: number) => (k >= from && k < to ? h.speech[k] : 2);
  const sx = v.syntax;
  for (let i = from; i < to; i++) {
    b.small(slot(C_SURFACE, h.speech[i] * 4 + v.quote[i], qc(i - 1) * 5 + qc(i + 1), Math.min(i - from, 3), speechAt(i - 1) * 3 + speechAt(i + 1)));
    b.add(T(2, h.word[i]));
    b.add(T(3, at(h.word, i - 1)));
    b.add(T(4, at(h.word, i + 1)));
    b.add(T(5, at(h.word, i - 2)));
    b.add(T(6, at(h.word, i + 2)));
    b.add(T(7, at(h.word, i - 1), h.word[i]));
    b.add(T(8, h.word[i], at(h.word, i + 1)));
    b.add(T(9, h.suffix[i]));
    b.add(T(10, h.shape[i], at(h.shape, i - 1)));
    b.add(T(13, h.word[i], v.quote[i] === QuoteState.Inside ? 1 : 0));
    b.add(T(14, h.lemma[i]));
    b.add(T(16, h.lemma[i], at(h.word, i + 1)));
    b.add(T(17, at(h.lemma, i - 1), h.lemma[i]));
    if (sx) {
      const u = h.uposId[i];
      const r = h.deprelId[i];
      const uPrev = i - 1 >= from ? h.uposId[i - 1] : NU;
      const uNext = i + 1 < to ? h.uposId[i + 1] : NU;
      if (u >= 0 && r >= 0) b.small(slot(C_TAGS, h.speech[i], u, r));
      else {
        if (u >= 0) b.small(slot(C30, u));
        else b.add(T(30, h.upos[i]));
        if (r >= 0) b.small(slot(C31, r));
        else b.add(T(31, h.deprel[i]));
        b.add(T(32, h.upos[i], h.deprel[i]));
      }
      b.add(T(33, h.lemma[i], h.deprel[i]));
      const hd = sx.head[i];
      b.add(T(34, hd >= 0 ? h.lemma[hd] : PAD, h.deprel[i]));
      if (u >= 0 && uPrev >= 0 && uNext >= 0) b.small(slot(C35, uPrev, u, uNext));
      else b.add(T(35, at(h.upos, i - 1), h.upos[i], at(h.upos, i + 1)));
      if (u >= 0 && r < 0) b.small(slot(C36, h.speech[i], u));
      else if (u < 0) b.add(T(36, h.speech[i], h.upos[i]));
      if (u >= 0) b.small(slot(C37, h.childBits[i], u));
      else b.add(T(37, h.children[i], h.upos[i]));
      b.add(T(38, h.lemma[i], h.children[i]));
    }
    b.next();
  }
  return b.done();
}

/**
 * Role-tagger window around a cue: its sentence, widened over the sentences of a quotation
 * that runs into or out of it, a quotation that follows it, and the sentence after a colon;
 * at most three sentences either way.
 */
export function roleWindow(v: AttributionTokens, cueFrom: number): { from: number; to: number } {
  const s = v.tokens[cueFrom].sentence;
  const ns = v.sentStart.length - 1;
  const startsInside = (k: number) => v.quote[v.sentStart[k]] === QuoteState.Inside || v.quote[v.sentStart[k]] === QuoteState.Close;
  const endsOpen = (k: number) => {
    const last = v.sentStart[k + 1] - 1;
    return v.quote[last] === QuoteState.Inside || v.quote[last] === QuoteState.Open || v.low[last] === ':';
  };
  let a = s;
  while (a > 0 && a > s - 3 && (startsInside(a) || v.quote[v.sentStart[a]] === QuoteState.Open && a === s)) a--;
  let b = s + 1;
  // a quotation that goes on after the cue ("“A,” said X. “B.”") or opens right after it
  const opensQuote = (k: number) => v.quote[v.sentStart[k]] === QuoteState.Open;
  while (b < ns && b < s + 4 && (endsOpen(b - 1) || startsInside(b) || opensQuote(b))) b++;
  // a sentence made of the cue alone ("he said.") speaks of the one before it
  if (a === s && s > 0 && v.sentStart[s + 1] - v.sentStart[s] <= 6) a--;
  return { from: v.sentStart[a], to: v.sentStart[b] };
}

/** roleFeatures' prefix counts, reused between windows. */
let prefix = new Int32Array(3 * 1024);

/** roleFeatures' per-window table: TD(8, dir, lemma) at dir, TD(14, dir, first, near) at 3 + 2 dir + near, TD(9, dir, bucket, lemma) at 9 + 9 dir + bucket. */
const CUE_FEATURES = new Int32Array(36);

function bucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 10) return 5;
  if (d <= 20) return 6;
  if (d <= 40) return 7;
  return 8;
}

/**
 * Role-tagger features of the window [from, to) for the cue [c0, c1). cueMask marks tokens
 * of every cue in the document (other attributions between a token and this cue matter).
 */
export function roleFeatures(v: AttributionTokens, h: TokenHashes, cueMask: Uint8Array, c0: number, c1: number, from: number, to: number, bySlot = false): FeatureRows {
  const b = new RowBuilder(to - from, v.syntax ? 29 : 21, ROLE_KEYS, bySlot);
  const cueLemma = h.lemma[c1 - 1];
  const cueFirst = h.word[c0];
  // the features made of the cue alone and a small number, once per window
  for (let dir = 0; dir < 3; dir++) {
    CUE_FEATURES[dir] = TD(8, dir, cueLemma);
    for (let near = 0; near < 2; near++) CUE_FEATURES[3 + dir * 2 + near] = TD(14, dir, cueFirst, near);
    for (let db = 0; db <= 8; db++) CUE_FEATURES[9 + dir * 9 + db] = TD(9, dir, db, cueLemma);
  }
  const cueSent = v.tokens[c0].sentence;
  const cuePara = v.para[c0];
  const cueQuote = v.quote[c0];
  const sx = v.syntax;
  const cueHead = sx ? syntacticHead(sx.head, c0, c1) : -1;
  // the quotation next to the cue ("“…,” she said" / "said: “…”"), as the rule-based quote finder reads it
  const adjacent = adjacentQuote(v, c0, c1, from, to);
  // prefix counts, so "how many X between token and cue" is a subtraction
  // (three runs of one buffer kept between calls: other cues, quotation marks, commas)
  const n = to - from;
  if (prefix.length < 3 * (n + 1)) prefix = new Int32Array(6 * (n + 1));
  const pc = prefix;
  const otherCues = 0;
  const marks = n + 1;
  const commas = 2 * (n + 1);
  pc[otherCues] = pc[marks] = pc[commas] = 0;
  for (let k = 0; k < n; k++) {
    const i = from + k;
    const inCue = i >= c0 && i < c1;
    pc[otherCues + k + 1] = pc[otherCues + k] + (cueMask[i] && !inCue && !(i > from && cueMask[i - 1]) ? 1 : 0);
    pc[marks + k + 1] = pc[marks + k] + (v.quote[i] === QuoteState.Open || v.quote[i] === QuoteState.Close ? 1 : 0);
    pc[commas + k + 1] = pc[commas + k] + (v.low[i] === ',' ? 1 : 0);
  }
  const between = (run: number, i: number) => {
    const lo = Math.min(i, c0) - from;
    const hi = Math.max(i + 1, c1) - from;
    return Math.min(pc[run + hi] - pc[run + lo], 3);
  };
  const at = (a: Int32Array | Uint8Array, k: number) => (k >= from && k < to ? a[k] : PAD);
  for (let i = from; i < to; i++) {
    const dir = i < c0 ? 1 : i >= c1 ? 2 : 0;
    const dist = dir === 1 ? c0 - i : dir === 2 ? i - c1 + 1 : 0;
    const db = bucket(dist);
    // sentences from the cue's, −2 … 4, stored from 0
    const sd = Math.max(0, Math.min(6, v.tokens[i].sentence - cueSent + 2));
    const samePara = v.para[i] === cuePara ? 1 : 0;
    const oc = between(otherCues, i);
    const qm = between(marks, i);
    const firstOfSentence = i === v.sentStart[v.tokens[i].sentence] ? 1 : 0;
    const lastOfSentence = i + 1 === v.sentStart[v.tokens[i].sentence + 1] ? 1 : 0;
    const inAdjacent = i >= adjacent.from && i < adjacent.to ? (i === adjacent.from ? 2 : i === adjacent.to - 1 ? 3 : 1) : 0;
    const quote = v.quote[i];
    b.small(slot(R_DISTANCE, dir, db, between(commas, i), sd));
    b.small(slot(R_QUOTES, dir, quote * 4 + cueQuote, (i > from ? v.quote[i - 1] : 4) * 4 + firstOfSentence * 2 + lastOfSentence, inAdjacent));
    b.small(slot(R_BETWEEN, dir, oc * 4 + qm, quote, sd));
    b.small(slot(R_PLACE, sd, samePara * 4 + quote, dir, cueMask[i] * 2 + (i > from ? cueMask[i - 1] : 0)));
    b.add(TD(2, dir, h.word[i]));
    b.add(TD(3, dir, at(h.word, i - 1)));
    b.add(TD(4, dir, at(h.word, i + 1)));
    b.add(TD(5, dir, h.shape[i]));
    b.add(CUE_FEATURES[dir]);
    b.add(CUE_FEATURES[9 + dir * 9 + db]);
    if (dist <= 3) b.add(TD(13, dir, dist, h.word[i]));
    b.add(CUE_FEATURES[3 + dir * 2 + (dist <= 1 ? 1 : 0)]);
    b.add(TD(21, dir, inAdjacent, h.word[i]));
    if (sx) {
      const u = h.uposId[i];
      const r = h.deprelId[i];
      const uPrev = i > from ? h.uposId[i - 1] : NU;
      const path = pathToCue(sx.head, i, cueHead, c0, c1);
      if (u >= 0 && r >= 0) b.small(slot(R_TAGS, dir, path.rel >= 0 ? 1 : 0, u, r));
      else {
        if (u >= 0) b.small(slot(R30, dir, u));
        else b.add(TD(30, dir, h.upos[i]));
        if (r >= 0) b.small(slot(R31, dir, r));
        else b.add(TD(31, dir, h.deprel[i]));
        b.add(TD(35, dir, path.rel >= 0 ? 1 : 0, h.upos[i], h.deprel[i]));
      }
      if (u >= 0 && uPrev >= 0) b.small(slot(R32, dir, u, uPrev));
      else b.add(TD(32, dir, h.upos[i], at(h.upos, i - 1)));
      const pathRel = path.rel >= 0 ? h.deprelId[path.rel] : NR;
      if (pathRel >= 0) b.small(slot(R33, dir, pathRel, Math.min(path.steps, 6)));
      else b.add(TD(33, dir, path.rel >= 0 ? h.deprel[path.rel] : PAD, Math.min(path.steps, 6)));
      b.add(TD(34, dir, path.rel >= 0 ? h.deprel[path.rel] : PAD, cueLemma));
      // the edges of the constituent attached to the cue: where its source or content starts and ends
      if (path.rel >= 0) {
        const edge = (i === sx.left[path.rel] ? 1 : 0) + (i === sx.right[path.rel] ? 2 : 0);
        if (pathRel >= 0) b.small(slot(R36, dir, pathRel, edge));
        else b.add(TD(36, dir, h.deprel[path.rel], edge));
        b.add(TD(37, dir, edge, h.word[i]));
      }
    }
    b.next();
  }
  return b.done();
}

/** Tokens [from, to) of the quotation (marks included) that ends just before the cue or opens just after it. */
function adjacentQuote(v: AttributionTokens, c0: number, c1: number, lo: number, hi: number): { from: number; to: number } {
  // before: "…,” she said" – a closing mark within three tokens before the cue
  for (let k = c0 - 1; k >= Math.max(lo, c0 - 4); k--) {
    if (v.quote[k] === QuoteState.Close) {
      let a = k;
      while (a > lo && v.quote[a] !== QuoteState.Open) a--;
      return { from: a, to: k + 1 };
    }
  }
  // after: "said: “…”" – an opening mark within three tokens after the cue
  for (let k = c1; k < Math.min(hi, c1 + 4); k++) {
    if (v.quote[k] === QuoteState.Open) {
      let b = k + 1;
      while (b < hi && v.quote[b] !== QuoteState.Open && v.quote[b - 1] !== QuoteState.Close) b++;
      return { from: k, to: b };
    }
  }
  return { from: -1, to: -1 };
}

/** The token of [c0, c1) whose head lies outside the span (the cue's verb). */
function syntacticHead(head: Int32Array, c0: number, c1: number): number {
  for (let i = c0; i < c1; i++) if (head[i] < c0 || head[i] >= c1) return i;
  return c1 - 1;
}

/**
 * Walks up from token i to the cue's head: rel is the token on the path attached directly to
 * the cue (its relation says subject, complement …), −1 when the cue does not dominate i.
 */
function pathToCue(head: Int32Array, i: number, cueHead: number, c0: number, c1: number): { rel: number; steps: number } {
  let k = i;
  let steps = 0;
  while (k >= 0 && steps < 40) {
    const hd = head[k];
    if (hd === cueHead || (hd >= c0 && hd < c1)) return { rel: k, steps };
    if (k >= c0 && k < c1) return { rel: -1, steps: 0 };
    k = hd;
    steps++;
  }
  return { rel: -1, steps };
}
