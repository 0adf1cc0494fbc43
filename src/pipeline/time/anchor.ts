// The document's own date, against which "last week" and "Friday" are read:
// the published date, else the dateline's, else no date at all but a lower
// bound, the latest date the text states with its year.
import type { Doc, Syntax, TimePrecision } from '../../types.js';
import { fromIso, precisionOf, startKey, toIso, type CalDate } from '../calendar.js';
import { detect } from './detect.js';
import { ledeWeekday } from './lede-weekday.js';

export interface TimeAnchor {
  iso: string | null;
  precision: TimePrecision;
  /** When the year (or the whole date) is unknown: the document is no older than this. */
  notBefore?: string;
  origin: 'published' | 'dateline' | 'latest-explicit' | 'none';
  /** The weekday (0 = Sunday) of a month-day without a year, where the lede says it ("said on Wednesday"). */
  weekday?: number;
}

// Dates a sentence looks forward to ("by 2030", "elections will be held in 2025") do not bound the document's date.
const FUTURE_BEFORE = /\b(?:by|until|till|before|through|ahead of|due in|expected in|scheduled for)\s+(?:the\s+)?(?:(?:early|mid|late|end of|beginning of)[\s-]+)?$/i;
const FUTURE_SENTENCE = /\b(?:will|shall|would|plans? to|planned|expected to|scheduled|is due|are due|is set to|are set to|aims? to|target|forecast|projected?|outlook)\b|['’]ll\b/i;

/** The latest date stated with its year, in sentences about the past or present. */
export function latestExplicitDate(doc: Doc): string | undefined {
  const { text, sentences, found } = detect(doc);
  let best: CalDate | null = null;
  for (const { c, sentence } of found) {
    if (c.kind !== 'date' || c.date.y === null) continue;
    const s = sentences[sentence];
    if (s && FUTURE_SENTENCE.test(text.slice(s.start, s.end))) continue;
    if (FUTURE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) continue;
    if (!best || startKey(c.date) > startKey(best)) best = c.date;
  }
  return best ? toIso(best) ?? undefined : undefined;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  const ca = fromIso(a);
  const cb = fromIso(b);
  if (!ca || ca.y === null) return cb?.y != null ? b : a;
  if (!cb || cb.y === null) return a;
  return startKey(cb) > startKey(ca) ? b : a;
}

// A dateline opening a paragraph: "MOSCOW, October 21." / "BRUSSELS, March 7 (Agency) -".
const TEXT_DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?,\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)\s*(?:\([^)\n]{1,40}\)\s*)?(?:[.:]|[-–—])\s/m;

/**
 * The date of a dateline the extract stage did not take as the document's (it stands after
 * a repeated lede or a navigation block): the first paragraph that opens "CITY, Month D".
 */
export function textDatelineDate(doc: Doc): string | undefined {
  const m = TEXT_DATELINE.exec(doc.text.slice(0, 4000));
  if (!m) return undefined;
  const found = detect(doc).found.find((f) => f.c.kind === 'date' && f.c.start >= m.index + m[0].indexOf(m[1]) && f.c.start < m.index + m[0].length);
  if (!found || found.c.kind !== 'date' || found.c.date.m === null || found.c.date.d === null) return undefined;
  return toIso(found.c.date) ?? undefined;
}

/** The document's anchor; with its parse, the lede's weekday is read off the parse (lede-weekday.ts). */
export function documentAnchor(doc: Doc, syntax?: Syntax): TimeAnchor {
  const published = doc.meta.published;
  const dateline = doc.meta.dateline;
  const pub = published.value ? fromIso(published.value) : null;
  const lineDate = dateline?.date ? fromIso(dateline.date) : !pub ? fromIso(textDatelineDate(doc)) : null;
  const options = [
    ...(pub ? [{ date: pub, origin: 'published' as const }] : []),
    ...(lineDate ? [{ date: lineDate, origin: 'dateline' as const }] : []),
  ];
  // A dateline with a year beats a published date without one.
  const chosen = options.find((o) => o.date.y !== null) ?? options[0] ?? null;
  if (chosen && chosen.date.y !== null) {
    return { iso: toIso(chosen.date), precision: precisionOf(chosen.date), origin: chosen.origin };
  }
  const notBefore = later(published.notBefore, latestExplicitDate(doc));
  if (chosen) {
    // Month and day known, year not ("PARIS, May 4"): keep the bound beside it. The year stays unknown even
    // where the lede gives the weekday: the pipeline knows no upper bound on the date, so every weekday recurs.
    const weekday = chosen.date.d !== null ? ledeWeekday(doc, detect(doc), TEXT_DATELINE.exec(doc.text.slice(0, 4000)), syntax) : null;
    return {
      iso: toIso(chosen.date), precision: precisionOf(chosen.date), origin: chosen.origin,
      ...(notBefore ? { notBefore } : {}), ...(weekday !== null ? { weekday } : {}),
    };
  }
  if (notBefore) return { iso: null, precision: 'none', notBefore, origin: 'latest-explicit' };
  return { iso: null, precision: 'none', origin: 'none' };
}
