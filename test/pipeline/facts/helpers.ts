// Test helpers for the facts stage: hand-built documents with a small sentence splitter
// and mentions/times given explicitly, so extractors are tested without the other stages.
import type { Doc, Mention, PlaceMention, Segmentation, TimeMention, Token, EntityType, TimePrecision } from '../../../src/types.js';
import { extractFacts, type Facts } from '../../../src/pipeline/facts/index.js';
import { writesTokensApart } from '../../../src/pipeline/segment/spaced-hyphens.js';

/** Naive tokenizer/sentence splitter for fixtures: words, numbers with , or . inside, clitics, punctuation. */
export function miniSegment(text: string): Segmentation {
  const tokens: Token[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  const sentenceTokenStart: number[] = [];
  // two apostrophes standing for a quotation mark are one token, as the segmenter makes them
  const re = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}]+)*(?:\.(?=[\p{L}]\.))?|'s|’s|''|\S/gu;
  let sentStart = -1;
  let m: RegExpExecArray | null;
  const close = () => {
    if (sentStart >= 0) {
      sentences.push({ start: tokens[sentenceTokenStart[sentenceTokenStart.length - 1]].start, end: tokens[tokens.length - 1].end });
      sentStart = -1;
    }
  };
  let lastEnd = 0;
  while ((m = re.exec(text))) {
    let word = m[0];
    let start = m.index;
    // split possessive clitic
    const poss = /^(.+?)(['’]s)$/u.exec(word);
    const parts: Array<[string, number]> = poss && poss[1].length > 0 ? [[poss[1], start], [poss[2], start + poss[1].length]] : [[word, start]];
    if (/\n\s*\n/.test(text.slice(lastEnd, start))) close();
    for (const [w, s] of parts) {
      if (sentStart < 0) {
        sentStart = tokens.length;
        sentenceTokenStart.push(tokens.length);
      }
      tokens.push({ text: w, start: s, end: s + w.length, sentence: sentences.length });
      if (/^[.!?]$/.test(w) && !/^\s*[”"»]/.test(text.slice(s + 1, s + 3))) close();
      if (/^[”"»]$/.test(w) && /[.!?]$/.test(text.slice(Math.max(0, s - 1), s))) close();
    }
    lastEnd = m.index + m[0].length;
    word = '';
    start = 0;
  }
  close();
  sentenceTokenStart.push(tokens.length);
  return { sentences, tokens, sentenceTokenStart, tokensApart: writesTokensApart(text) };
}

export interface FixtureSpec {
  text: string;
  title?: string;
  /** Literal names and their types: every occurrence becomes a mention. */
  names?: Partial<Record<EntityType, string[]>>;
  /** Literal time expressions → ISO value (precision inferred from the ISO form). */
  times?: Record<string, string | null>;
  /** Place names with their kind and country. */
  places?: Record<string, { kind: 'country' | 'region' | 'city' | 'site' | 'other'; country: string }>;
}

function precisionOf(iso: string | null): TimePrecision {
  if (!iso) return 'none';
  if (/^--\d\d-\d\d$/.test(iso)) return 'month-day';
  if (/^\d{4}-\d\d-\d\d$/.test(iso)) return 'day';
  if (/^\d{4}-\d\d$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  return 'month';
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  let i = text.indexOf(needle);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1];
    const after = text[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

export function buildInput(spec: FixtureSpec) {
  const text = spec.text;
  const paragraphs: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const doc: Doc = {
    id: 'fixture', text, title: spec.title ?? '', sources: [], removed: [], paragraphs,
    meta: { authors: [], publisher: null, dateline: null, published: { value: null, precision: 'none' } },
  };
  const mentions: Mention[] = [];
  for (const [type, names] of Object.entries(spec.names ?? {}) as Array<[EntityType, string[]]>)
    for (const name of names) for (const at of occurrences(text, name)) mentions.push({ start: at, end: at + name.length, type, text: name });
  // longest wins where names overlap
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mm of mentions) if (!kept.some((k) => mm.start < k.end && mm.end > k.start)) kept.push(mm);
  const times: TimeMention[] = [];
  for (const [phrase, iso] of Object.entries(spec.times ?? {}))
    for (const at of occurrences(text, phrase)) times.push({ start: at, end: at + phrase.length, text: phrase, value: { iso, precision: precisionOf(iso) } });
  const places: PlaceMention[] = [];
  for (const [name, p] of Object.entries(spec.places ?? {}))
    for (const at of occurrences(text, name))
      places.push({ start: at, end: at + name.length, text: name, place: { name, country: p.country, countryCode: null, lat: 0, lon: 0, kind: p.kind, ref: `test:${name}` } });
  return { doc, segmentation: miniSegment(text), mentions: kept, places, times };
}

export function factsOf(spec: FixtureSpec): Facts {
  return extractFacts(buildInput(spec));
}
