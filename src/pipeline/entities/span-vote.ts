// One type per name per document, at the tagger's level: the same token sequence tagged as a
// name several times in one document takes the type most of its occurrences got, and a lone word
// that ends a person's full name in the document is that person. Relabels spans only; it never
// adds or removes one. (CoNLL-2003 dev: F1 0.9237 → 0.9254 with the previous model.)
import type { DocTokens } from './features.js';
import { bilouSpans, tagIndex, TYPES } from './tags.js';

/** Share of a name's occurrences the winning type must exceed. */
const MAJORITY = 1 / 2;
const PER = TYPES.indexOf('PER');

export function voteSpanTypes(doc: DocTokens, tags: Uint8Array): void {
  const spans: Array<{ at: number; start: number; end: number; type: number; key: string }> = [];
  let k = 0;
  for (const words of doc.sentences) {
    for (const s of bilouSpans(tags.subarray(k, k + words.length))) spans.push({ at: k, start: s.start, end: s.end, type: s.type, key: words.slice(s.start, s.end).join(' ') });
    k += words.length;
  }
  const votes = new Map<string, number[]>();
  for (const s of spans) {
    const v = votes.get(s.key) ?? [0, 0, 0, 0];
    v[s.type]++;
    votes.set(s.key, v);
  }
  // a lone word that ends a multi-word person name of the document is that person ("Blair")
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === PER && s.end - s.start >= 2) surnames.add(s.key.slice(s.key.lastIndexOf(' ') + 1));
  for (const s of spans) {
    if (s.end - s.start === 1 && surnames.has(s.key) && s.type !== PER) {
      tags[s.at + s.start] = tagIndex('U', PER);
      continue;
    }
    const v = votes.get(s.key)!;
    const total = v[0] + v[1] + v[2] + v[3];
    const best = v.indexOf(Math.max(...v));
    if (best === s.type || v[best] / total <= MAJORITY) continue;
    const n = s.end - s.start;
    for (let i = 0; i < n; i++) tags[s.at + s.start + i] = n === 1 ? tagIndex('U', best) : tagIndex(i === 0 ? 'B' : i === n - 1 ? 'L' : 'I', best);
  }
}
