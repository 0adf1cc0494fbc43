// Word-level feature values, computed once per word: normalised form, exact form, affixes,
// shape and word clusters (learned from unlabelled news, shipped inside the model).
import { hashRange, hashString } from '../hash.js';
import { carve } from '../typed-block.js';

export interface WordResources {
  /** word → cluster ids at increasing granularity. */
  clusters: Map<string, Int32Array>;
}

export interface EncodeOptions {
  /** Training only: ’’ keeps the normalised form '' (see normalise). */
  treebankClosingMark?: boolean;
}

/** Per-word integer feature values for one sentence; index i + PAD is word i. */
export interface EncodedWords {
  n: number;
  norm: Int32Array;
  exact: Int32Array;
  shape: Int32Array;
  /** suffixes of length 1..4 and prefixes of length 1..2: 6 per word. */
  affix: Int32Array;
  /** cluster ids at 3 granularities: 3 per word (0 = unknown). */
  cluster: Int32Array;
  /** 1 when the word starts with an upper-case letter. */
  capital: Uint8Array;
  /** Word i's id (index i, no padding): one per distinct form within `vocabulary`. */
  ids: Int32Array;
  /** What the ids number: a new vocabulary (whose ids name other forms) whenever the cache starts again. */
  vocabulary: Vocabulary;
}

/** The forms numbered so far; values kept per id elsewhere are valid only with the same vocabulary. */
export interface Vocabulary {
  readonly index: ReadonlyMap<string, number>;
}

/** Positions before the first and after the last word, so context look-ups need no bounds checks. */
export const PAD = 3;
export const AFFIXES = 6;
export const CLUSTER_LEVELS = 3;
const BOUNDARY = hashString('<boundary>', 7);

/**
 * Lower-cased, digits as 0, typographic quotes and dashes as ASCII: the form most features see.
 * At run time two right single quotes (AP's “…’’) are a closing double mark, read as ” is. The
 * trainer passes closingMarkAsQuote false: the shipped weights were learned with EWT train's 24
 * ’’ read as '', before that reading existed, and `train parser` must write them again (read as ",
 * EWT dev was no better on seeds 1–3: UPOS 0.9477–0.9486 against 0.9487–0.9493).
 */
export function normalise(form: string, closingMarkAsQuote = true): string {
  if (!needsNormalising(form)) return form;
  if (closingMarkAsQuote && form === '’’') return '"';
  let out = '';
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let r = c;
    if (c >= 48 && c <= 57) r = 48;
    else if (c >= 65 && c <= 90) r = c + 32;
    else if (c === 0x2019 || c === 0x2018) r = 39;
    else if (c === 0x201c || c === 0x201d) r = 34;
    else if (c === 0x2013 || c === 0x2014) r = 45;
    else if (c > 127) {
      const lower = form[i].toLowerCase();
      if (lower !== form[i]) {
        out += lower;
        changed = true;
        continue;
      }
    }
    if (r !== c) changed = true;
    out += String.fromCharCode(r);
  }
  return changed ? out : form;
}

/** Whether normalise would change the form: most words are already lower-case ASCII letters. */
function needsNormalising(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

function shapeOf(form: string): number {
  // Collapsed character classes: "Xx", "X.X.", "d,d", "x-x" …
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < form.length && i < 12; i++) {
    const c = form.charCodeAt(i);
    const cls = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c > 127 ? (form[i].toLowerCase() !== form[i] ? 1 : 2) : c;
    if (cls === last) continue;
    last = cls;
    h = Math.imul(h ^ cls, 0x01000193);
  }
  return h | 0 || 1;
}

function lookupCluster(clusters: Map<string, Int32Array>, form: string, norm: string): Int32Array | undefined {
  return clusters.get(form) ?? clusters.get(norm) ?? clusters.get(norm.charAt(0).toUpperCase() + norm.slice(1));
}

/** Int32s a word's values take in the cache: norm, exact, shape, capital, affixes, clusters. */
const CACHED = 4 + AFFIXES + CLUSTER_LEVELS;
/** Words remembered per resources; past this the cache starts again (memory stays bounded). */
const CACHE_WORDS = 100_000;

/**
 * A word's values depend on its form and the resources only, and news repeats its words: each
 * distinct form is encoded once, then copied. Slot k of `values` holds the word numbered k.
 */
interface WordCache extends Vocabulary {
  index: Map<string, number>;
  values: Int32Array;
}
// one cache per reading of ’’: the same resources encode its norm differently in training
const caches = new WeakMap<WordResources, WordCache>();
const treebankCaches = new WeakMap<WordResources, WordCache>();

function wordCache(res: WordResources, treebank: boolean): WordCache {
  const byReading = treebank ? treebankCaches : caches;
  let cache = byReading.get(res);
  if (!cache || cache.index.size >= CACHE_WORDS) byReading.set(res, (cache = { index: new Map(), values: new Int32Array(1024 * CACHED) }));
  return cache;
}

/** The id of `form` in the cache, encoding it on first sight. */
function cachedWord(cache: WordCache, res: WordResources, form: string, treebank: boolean): number {
  const known = cache.index.get(form);
  if (known !== undefined) return known;
  const id = cache.index.size;
  cache.index.set(form, id);
  if ((id + 1) * CACHED > cache.values.length) {
    const grown = new Int32Array(cache.values.length * 2);
    grown.set(cache.values);
    cache.values = grown;
  }
  const v = cache.values;
  const o = id * CACHED;
  const norm = normalise(form, !treebank);
  v[o] = hashString(norm, 1);
  v[o + 1] = hashString(form, 2);
  v[o + 2] = shapeOf(form);
  const c0 = form.charCodeAt(0);
  v[o + 3] = (c0 >= 65 && c0 <= 90) || (c0 > 127 && form[0].toLowerCase() !== form[0]) ? 1 : 0;
  const len = norm.length;
  const a = o + 4;
  for (let k = 1; k <= 4; k++) v[a + k - 1] = len > k ? hashRange(norm, len - k, len, 10 + k) : 0;
  for (let k = 1; k <= 2; k++) v[a + 3 + k] = len > k ? hashRange(norm, 0, k, 20 + k) : 0;
  const cl = lookupCluster(res.clusters, form, norm);
  for (let k = 0; k < CLUSTER_LEVELS; k++) v[a + AFFIXES + k] = cl && k < cl.length ? cl[k] + 1 : 0;
  return id;
}

export function encodeWords(forms: readonly string[], res: WordResources, opts: EncodeOptions = {}): EncodedWords {
  const n = forms.length;
  const size = n + 2 * PAD;
  const treebank = opts.treebankClosingMark === true;
  const cache = wordCache(res, treebank);
  const arrays = carve({
    norm: ['int32', size], exact: ['int32', size], shape: ['int32', size], affix: ['int32', size * AFFIXES], cluster: ['int32', size * CLUSTER_LEVELS],
    ids: ['int32', n], capital: ['uint8', size],
  });
  const enc: EncodedWords = {
    n,
    norm: arrays.norm.fill(BOUNDARY),
    exact: arrays.exact.fill(BOUNDARY),
    shape: arrays.shape.fill(BOUNDARY),
    affix: arrays.affix.fill(BOUNDARY),
    cluster: arrays.cluster.fill(BOUNDARY),
    capital: arrays.capital,
    ids: arrays.ids,
    vocabulary: cache,
  };
  for (let i = 0; i < n; i++) {
    const id = cachedWord(cache, res, forms[i], treebank);
    enc.ids[i] = id;
    const o = id * CACHED;
    const v = cache.values;
    const p = i + PAD;
    enc.norm[p] = v[o];
    enc.exact[p] = v[o + 1];
    enc.shape[p] = v[o + 2];
    enc.capital[p] = v[o + 3];
    for (let k = 0; k < AFFIXES; k++) enc.affix[p * AFFIXES + k] = v[o + 4 + k];
    for (let k = 0; k < CLUSTER_LEVELS; k++) enc.cluster[p * CLUSTER_LEVELS + k] = v[o + 4 + AFFIXES + k];
  }
  return enc;
}
