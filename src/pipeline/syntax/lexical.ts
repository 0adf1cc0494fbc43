// Word-level feature values, computed once per word: normalised form, exact form, affixes,
// shape and word clusters (learned from unlabelled news, shipped inside the model).
import { hashRange, hashString } from './hashing.js';

export interface WordResources {
  /** word → cluster ids at increasing granularity. */
  clusters: Map<string, Int32Array>;
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
}

/** Positions before the first and after the last word, so context look-ups need no bounds checks. */
export const PAD = 3;
export const AFFIXES = 6;
export const CLUSTER_LEVELS = 3;
const BOUNDARY = hashString('<boundary>', 7);

/** Lower-cased, digits as 0, typographic quotes and dashes as ASCII: the form most features see. */
export function normalise(form: string): string {
  if (!needsNormalising(form)) return form;
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

export function encodeWords(forms: readonly string[], res: WordResources): EncodedWords {
  const n = forms.length;
  const size = n + 2 * PAD;
  const enc: EncodedWords = {
    n,
    norm: new Int32Array(size).fill(BOUNDARY),
    exact: new Int32Array(size).fill(BOUNDARY),
    shape: new Int32Array(size).fill(BOUNDARY),
    affix: new Int32Array(size * AFFIXES).fill(BOUNDARY),
    cluster: new Int32Array(size * CLUSTER_LEVELS).fill(BOUNDARY),
    capital: new Uint8Array(size),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    const norm = normalise(form);
    const p = i + PAD;
    enc.norm[p] = hashString(norm, 1);
    enc.exact[p] = hashString(form, 2);
    enc.shape[p] = shapeOf(form);
    const len = norm.length;
    for (let k = 1; k <= 4; k++) enc.affix[p * AFFIXES + k - 1] = len > k ? hashRange(norm, len - k, len, 10 + k) : 0;
    for (let k = 1; k <= 2; k++) enc.affix[p * AFFIXES + 3 + k] = len > k ? hashRange(norm, 0, k, 20 + k) : 0;
    const cl = lookupCluster(res.clusters, form, norm);
    for (let k = 0; k < CLUSTER_LEVELS; k++) enc.cluster[p * CLUSTER_LEVELS + k] = cl && k < cl.length ? cl[k] + 1 : 0;
    const c0 = form.charCodeAt(0);
    enc.capital[p] = (c0 >= 65 && c0 <= 90) || (c0 > 127 && form[0].toLowerCase() !== form[0]) ? 1 : 0;
  }
  return enc;
}
