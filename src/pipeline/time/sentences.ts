// A cheap sentence split, enough to bound chrono calls and to know which
// sentence and paragraph a mention sits in. (The segment stage is not needed.)
import type { Doc, Span } from '../../types.js';

export interface Sentence extends Span {
  paragraph: number;
}

// Words after which a period does not end a sentence.
const NO_BREAK = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|Nos|Art|vs|approx|est|Inc|Corp|Co|Jr|Sr)|\b[A-Z]|\b[ap]\.m)\.$/;

function paragraphSpans(doc: Doc): Span[] {
  if (doc.paragraphs.length > 0) return doc.paragraphs;
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function splitSentences(doc: Doc): Sentence[] {
  const text = doc.text;
  const out: Sentence[] = [];
  paragraphSpans(doc).forEach((p, paragraph) => {
    let start = p.start;
    const re = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])/g;
    const body = text.slice(p.start, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const endAt = p.start + m.index + m[0].trimEnd().length;
      const head = text.slice(Math.max(start, endAt - 12), endAt).replace(/["'”’)\]]+$/, '');
      if (NO_BREAK.test(head)) continue;
      out.push({ start, end: endAt, paragraph });
      start = p.start + m.index + m[0].length;
    }
    if (start < p.end) out.push({ start, end: p.end, paragraph });
  });
  return out;
}

/** Words chrono can turn into an absolute date: month names, weekdays, numeric dates. */
export const CHRONO_TRIGGER = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\d{1,4}[\/.-]\d{1,2}[\/.-]\d{2,4}/i;
