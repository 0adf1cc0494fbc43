// One pass over a document's annotations into arrays indexed by token, so the
// extractors can ask "is token i in a name / a date / a quote?" in O(1).
import { quoteRegions } from './quote-marks.js';
import type { Doc, Mention, PlaceMention, Segmentation, Span, Syntax, TimeMention, Token } from '../../types.js';
import { carve } from '../typed-block.js';

export interface QuoteRegion {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** First and last token inside the marks (inclusive / exclusive). */
  tokStart: number;
  tokEnd: number;
  /** Continues the previous region, left open at the end of its paragraph (same quotation, same speaker). */
  continues?: boolean;
}

/** A document's annotations indexed by token, built once and read by the entities' relatives, the reference resolver and the facts stage. */
export interface DocumentContext {
  doc: Doc;
  text: string;
  toks: Token[];
  low: string[];
  sentences: Span[];
  /** sentStart[s] = first token of sentence s (length sentences + 1). */
  sentStart: number[];
  paraOfSent: number[];
  mentions: Mention[];
  /** Token → index into mentions, or -1. */
  mentionAt: Int32Array;
  places: PlaceMention[];
  times: TimeMention[];
  /** Token → index into times, or -1. */
  timeAt: Int32Array;
  /** Token → 1 inside a length of time ("for a century"), 2 inside a recurrence ("every year"), else 0: the time stage's, not dates. */
  lastingAt: Uint8Array;
  quotes: QuoteRegion[];
  /** Token → index into quotes, or -1 (marks themselves excluded). */
  quoteAt: Int32Array;
  /** Sentences that are the title or a heading (short line without final punctuation). */
  headingSent: Uint8Array;
  /** bodyStart[s] = first token after a dateline opening sentence s ("ANKARA, March 3 (Agency) -"), else its first token. */
  bodyStart: Int32Array;
  /** Tokens of a dateline: its date is when the story was filed, not when anything happened. */
  inDateline: Uint8Array;
  /** Sentences that repeat an earlier sentence word for word (a lede printed twice): their facts are already counted. */
  repeatSent: Uint8Array;
  /** The dependency parse, when the syntax stage ran (null for hand-built inputs without one). */
  syntax: Syntax | null;
}

export function buildDocumentContext(doc: Doc, seg: Segmentation, mentions: Mention[], places: PlaceMention[], times: TimeMention[], syntax: Syntax | null = null): DocumentContext {
  const text = doc.text;
  const toks = seg.tokens;
  const n = toks.length;
  const low = toks.map((t) => t.text.toLowerCase());
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  // Lengths of time, recurrences and vague references ("three years", "daily", "now") are not dates:
  // the extractors see only calendar expressions (figures count durations themselves).
  const sortedTimes = times.filter((t) => !t.value.kind).sort((a, b) => a.start - b.start);
  const sentenceCount = seg.sentences.length;
  const { mentionAt, timeAt, lasting, quoteAt, bodyStart, lastingAt, inDateline, headingSent, repeatSent } = carve({
    mentionAt: ['int32', n], timeAt: ['int32', n], lasting: ['int32', n], quoteAt: ['int32', n], bodyStart: ['int32', sentenceCount],
    lastingAt: ['uint8', n], inDateline: ['uint8', n], headingSent: ['uint8', sentenceCount], repeatSent: ['uint8', sentenceCount],
  });
  markSpans(toks, sortedMentions, mentionAt);
  // "a year after he was arrested": only the offset words are a date; the event clause stays readable
  markSpans(toks, sortedTimes.map((t) => {
    const cut = t.value.relativeTo ? t.text.lastIndexOf(t.value.relativeTo) : -1;
    return cut > 0 ? { start: t.start, end: t.start + cut } : t;
  }), timeAt);
  for (const kind of ['duration', 'set'] as const) {
    markSpans(toks, times.filter((t) => t.value.kind === kind).sort((a, b) => a.start - b.start), lasting);
    for (let i = 0; i < n; i++) if (lasting[i] >= 0) lastingAt[i] = kind === 'duration' ? 1 : 2;
  }
  const quotes = findQuotes(text, toks, doc.paragraphs);
  quoteAt.fill(-1);
  quotes.forEach((q, qi) => {
    for (let i = q.tokStart; i < q.tokEnd; i++) quoteAt[i] = qi;
  });
  const paraOfSent = seg.sentences.map((s) => lastStartingAtOrBefore(doc.paragraphs, s.start));
  seg.sentences.forEach((s, i) => {
    const str = text.slice(s.start, s.end).trim();
    const para = doc.paragraphs[paraOfSent[i]];
    const wholePara = para ? para.start >= s.start - 1 && para.end <= s.end + 1 : false;
    if (i === 0 && doc.title && str === doc.title.trim()) headingSent[i] = 1;
    else if (wholePara && !/[.!?…:"”»]$/.test(str) && str.split(/\s+/).length <= 14) headingSent[i] = 1;
  });
  seg.sentences.forEach((s, i) => {
    const first = seg.sentenceTokenStart[i];
    const end = datelineEnd(text, s, first, seg.sentenceTokenStart[i + 1], toks);
    bodyStart[i] = end;
    for (let k = first; k < end; k++) inDateline[k] = 1;
  });
  const seen = new Set<string>();
  seg.sentences.forEach((s, i) => {
    const key = text.slice(toks[bodyStart[i]]?.start ?? s.start, s.end).trim();
    if (key.length < 40) return;
    if (seen.has(key)) repeatSent[i] = 1;
    else seen.add(key);
  });
  return {
    doc, text, toks, low, sentences: seg.sentences, sentStart: seg.sentenceTokenStart, paraOfSent,
    mentions: sortedMentions, mentionAt, places, times: sortedTimes, timeAt, lastingAt, quotes, quoteAt, headingSent, bodyStart, inDateline, repeatSent,
    syntax: syntax && syntax.words.length ? syntax : null,
  };
}

// "ANKARA, March 3 (Meridian) - ", "GOMA, Democratic Republic of Congo — ", "MOSCOW, October 21." (alone)
const DATELINE = /^[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]{0,40}?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:\s[-–—]\s|[.:]\s*$|[.:]\s)/;

/** First token after the dateline that opens the sentence (the sentence's first token when there is none). */
function datelineEnd(text: string, s: Span, first: number, limit: number, toks: Token[]): number {
  const head = text.slice(s.start, Math.min(s.end, s.start + 120));
  const m = DATELINE.exec(head);
  if (!m || !/^[A-Z]{2}/.test(head) || !m[0].includes(',')) return first;
  const end = s.start + m[0].length;
  let k = first;
  while (k < limit && toks[k].start < end) k++;
  return k;
}

/** Writes into `at` (one slot per token) the index of the span holding each token, or −1. */
function markSpans(toks: Token[], spans: Span[], at: Int32Array): void {
  at.fill(-1);
  let j = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (j < spans.length && spans[j].end <= t.start) j++;
    for (let k = j; k < spans.length && spans[k].start < t.end; k++) {
      if (spans[k].start <= t.start && spans[k].end >= t.end) {
        at[i] = k;
        break;
      }
    }
  }
}

/** Quotation regions (see quote-marks.ts), with the tokens inside each. */
function findQuotes(text: string, toks: Token[], paragraphs: Span[]): QuoteRegion[] {
  return quoteRegions(text, paragraphs).map((r) => {
    const tokStart = firstTokenAtOrAfter(toks, r.open + 1);
    const tokEnd = firstTokenAtOrAfter(toks, r.close);
    return { open: r.open, close: r.close, tokStart, tokEnd, continues: r.continues };
  });
}

export function firstTokenAtOrAfter(toks: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of items sorted by start that starts at or before an offset (the token, sentence or paragraph holding it); 0 when none does. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The tokens [a, b) a character span covers: from the first starting at or after its start to the last starting before its end. */
export function tokensCovering(toks: ReadonlyArray<{ start: number }>, span: Span): { a: number; b: number } {
  const a = firstTokenAtOrAfter(toks, span.start);
  let b = a;
  while (b < toks.length && toks[b].start < span.end) b++;
  return { a, b };
}

export function sentenceOfToken(ctx: DocumentContext, i: number): number {
  return ctx.toks[i]?.sentence ?? 0;
}

export function spanText(ctx: DocumentContext, from: number, to: number): string {
  if (to <= from) return '';
  return ctx.text.slice(ctx.toks[from].start, ctx.toks[to - 1].end);
}
