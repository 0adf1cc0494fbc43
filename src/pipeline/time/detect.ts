// All candidate time expressions of a document, overlaps settled, each with
// its sentence. Cached per Doc: documentAnchor and normaliseTimes share it.
import type { Doc } from '../../types.js';
import { chronoCandidates } from './absolute.js';
import type { Candidate } from './candidate.js';
import { patternCandidates } from './patterns.js';
import { periodCandidates } from './periods.js';
import { splitSentences, type Sentence } from './sentences.js';
import { WordIndex } from './words.js';
import { lastStartingAtOrBefore } from '../context/document.js';

export interface Located {
  c: Candidate;
  sentence: number;
  paragraph: number;
}

export interface Detection {
  text: string;
  sentences: Sentence[];
  found: Located[];
}

const cache = new WeakMap<Doc, Detection>();

export function detect(doc: Doc): Detection {
  const hit = cache.get(doc);
  if (hit && hit.text === doc.text) return hit;
  const sentences = splitSentences(doc);
  const words = new WordIndex(doc.text);
  const all = [...chronoCandidates(doc.text, sentences), ...patternCandidates(doc.text, words), ...periodCandidates(doc.text, words)];
  attachEventDates(all, doc.text);
  const found = settleOverlaps(all).map((c) => {
    const sentence = lastStartingAtOrBefore(sentences, c.start);
    return { c, sentence, paragraph: sentences[sentence]?.paragraph ?? 0 };
  });
  const result = { text: doc.text, sentences, found };
  cache.set(doc, result);
  return result;
}

/** "two days after the vote on 3 May 2017": count from the date, and let the date stand as its own mention. */
function attachEventDates(all: Candidate[], text: string): void {
  for (const c of all) {
    if (c.kind !== 'event-offset') continue;
    const inner = all.find((d) => d.kind === 'date' && d.date.y !== null && d.start >= c.phrase.start && d.end <= c.phrase.end);
    if (inner && inner.kind === 'date') {
      c.dated = inner;
      c.end = c.phrase.start;
      while (c.end > c.start && /\s/.test(text[c.end - 1])) c.end--;
    }
  }
}

const PRIORITY: Record<Candidate['kind'], number> = { date: 0, weekday: 1, 'event-offset': 2, offset: 3, period: 4 };

/** Longest first; on equal length a calendar date beats a weekday beats a relative phrase. */
function settleOverlaps(all: Candidate[]): Candidate[] {
  const ranked = [...all].sort((a, b) => (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
