// Non-local features from a first tagging pass (Krishnan & Manning 2006; Ratinov & Roth 2009):
// a second tagger sees, for each token, what the first pass tagged it and its neighbours, what
// the first pass tagged the same word elsewhere in the document (before and after it), the type
// of the longest name the word is part of anywhere in the document, and the majority type of the
// same name text elsewhere. So "Blair" alone takes "Tony Blair"'s type, and a club written
// once as "Leeds United" is not a place in the sentence that says just "Leeds".
// Used only by models trained with `train ner --passes 2` (not the shipped one: CoNLL-2003 dev F1
// 0.9291 → 0.9301, within run-to-run noise, at half the speed; without the token's own tags 0.9297).
import { mix } from '../hash.js';
import { bilouSpans, NUM_TAGS } from './tags.js';

const OWN = 0x9a11;
const AROUND = 0x9a12;
const TOKEN_MAJORITY = 0x9a13;
const LONGEST = 0x9a14;
const NAME_MAJORITY = 0x9a15;

/** The first pass's view of a document's tokens. */
export interface PassOneInput {
  lower: readonly string[];
  capital: Uint8Array;
  sentenceLengths: readonly number[];
}

/** Per-token feature hashes, CSR: token k's are hashes[offsets[k] .. offsets[k+1]). */
export interface PassOneFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
}

/** Values 0..4: outside names, PER, ORG, LOC, MISC. */
const KINDS = 5;

/** What the first pass says about one token, and about its word and name across the document. */
export interface TokenFacts {
  /** First-pass BILOU tag of the token and of its neighbours (−1: sentence edge). */
  tag: number;
  prev: number;
  next: number;
  /** Capitalised words: the kind (0 outside names, 1 + type index) most of its capitalised occurrences got. */
  word?: { kind: number; unanimous: boolean };
  /** Capitalised words in some name: the type of the longest name holding the word anywhere in the document. */
  longest?: { type: number; length: number; longerThanOwn: boolean };
  /** Tokens inside a name: the kind most occurrences of the same name text got. */
  name?: { kind: number; unanimous: boolean };
}

export function passOneFacts(tags: Uint8Array, doc: PassOneInput): TokenFacts[] {
  const n = tags.length;
  const typeAt = new Int8Array(n).fill(-1);
  const spanOf = new Int32Array(n).fill(-1);
  const spans: Array<{ start: number; end: number; type: number; key: string }> = [];
  let k0 = 0;
  for (const len of doc.sentenceLengths) {
    for (const s of bilouSpans(tags.subarray(k0, k0 + len))) {
      const start = k0 + s.start;
      const end = k0 + s.end;
      const id = spans.length;
      spans.push({ start, end, type: s.type, key: doc.lower.slice(start, end).join(' ') });
      for (let k = start; k < end; k++) {
        typeAt[k] = s.type;
        spanOf[k] = id;
      }
    }
    k0 += len;
  }
  // how often each capitalised word was tagged each way, and the longest name holding it
  const tokenVotes = new Map<string, Int32Array>();
  const longest = new Map<string, { length: number; type: number }>();
  for (let k = 0; k < n; k++) {
    if (!doc.capital[k]) continue;
    const w = doc.lower[k];
    let v = tokenVotes.get(w);
    if (!v) tokenVotes.set(w, (v = new Int32Array(KINDS)));
    v[typeAt[k] + 1]++;
  }
  for (const s of spans) {
    for (let k = s.start; k < s.end; k++) {
      const best = longest.get(doc.lower[k]);
      if (!best || s.end - s.start > best.length) longest.set(doc.lower[k], { length: s.end - s.start, type: s.type });
    }
  }
  const nameVotes = new Map<string, Int32Array>();
  for (const s of spans) {
    let v = nameVotes.get(s.key);
    if (!v) nameVotes.set(s.key, (v = new Int32Array(KINDS)));
    v[s.type + 1]++;
  }

  const starts = sentenceStarts(doc.sentenceLengths, n);
  const facts: TokenFacts[] = [];
  for (let k = 0; k < n; k++) {
    const first = starts[k] === k;
    const last = k + 1 === n || starts[k + 1] === k + 1;
    const fact: TokenFacts = { tag: tags[k], prev: first ? -1 : tags[k - 1], next: last ? -1 : tags[k + 1] };
    if (doc.capital[k]) {
      const votes = tokenVotes.get(doc.lower[k])!;
      fact.word = { kind: majority(votes), unanimous: unanimous(votes) };
      const held = longest.get(doc.lower[k]);
      const ownLength = spanOf[k] >= 0 ? spans[spanOf[k]].end - spans[spanOf[k]].start : 0;
      if (held) fact.longest = { type: held.type, length: held.length, longerThanOwn: held.length > ownLength };
    }
    if (spanOf[k] >= 0) {
      const votes = nameVotes.get(spans[spanOf[k]].key)!;
      fact.name = { kind: majority(votes), unanimous: unanimous(votes) };
    }
    facts.push(fact);
  }
  return facts;
}

/** The feature hashes of each token's facts, CSR (what the second-pass tagger adds to its scores). */
export function passOneFeatures(tags: Uint8Array, doc: PassOneInput): PassOneFeatures {
  const facts = passOneFacts(tags, doc);
  const hashes: number[] = [];
  const offsets = new Int32Array(facts.length + 1);
  const edge = NUM_TAGS;
  facts.forEach((f, k) => {
    offsets[k] = hashes.length;
    hashes.push(mix(OWN, f.tag));
    hashes.push(mix(AROUND, ((f.prev < 0 ? edge : f.prev) * (NUM_TAGS + 1) + f.tag) * (NUM_TAGS + 1) + (f.next < 0 ? edge : f.next)));
    if (f.word) hashes.push(mix(TOKEN_MAJORITY, f.word.kind * 2 + (f.word.unanimous ? 1 : 0)));
    if (f.longest) hashes.push(mix(LONGEST, f.longest.type * 4 + Math.min(f.longest.length, 3) - 1 + (f.longest.longerThanOwn ? 16 : 0)));
    if (f.name) hashes.push(mix(NAME_MAJORITY, f.name.kind * 2 + (f.name.unanimous ? 1 : 0)));
  });
  offsets[facts.length] = hashes.length;
  return { hashes: Int32Array.from(hashes), offsets };
}

/** starts[k] = index of the first token of k's sentence. */
function sentenceStarts(lengths: readonly number[], n: number): Int32Array {
  const starts = new Int32Array(n);
  let k = 0;
  for (const len of lengths) {
    const first = k;
    for (let i = 0; i < len; i++) starts[k++] = first;
  }
  return starts;
}

function majority(votes: Int32Array): number {
  let best = 0;
  for (let v = 1; v < KINDS; v++) if (votes[v] > votes[best]) best = v;
  return best;
}

function unanimous(votes: Int32Array): boolean {
  let kinds = 0;
  for (let v = 0; v < KINDS; v++) if (votes[v] > 0) kinds++;
  return kinds === 1;
}
