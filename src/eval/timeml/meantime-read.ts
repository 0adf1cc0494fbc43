// MEANTIME (NewsReader) documents: tokens with ids, and markables (TIMEX3 with normalised values,
// VALUE for money, percentages and quantities) anchored to token ids. The text is rebuilt from the
// tokens (one space between tokens, a blank line after the title and the date line), so each
// markable becomes a span over it.
import type { GoldTimex } from './read.js';

export interface GoldValue {
  start: number;
  end: number;
  text: string;
  /** MONEY, PERCENT or QUANTITY. */
  type: string;
}

export interface MeantimeDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
  values: GoldValue[];
  /** MEANTIME annotates the title and the first sentences only: the annotated part ends here. */
  annotatedEnd: { start: number; end: number; text: string };
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function parseMeantime(xml: string, id: string): MeantimeDoc {
  const spans = new Map<string, { start: number; end: number }>();
  let text = '';
  let lastSentence = -1;
  const sentenceOf = new Map<string, number>();
  const sentenceEnd = new Map<number, number>();
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const sentence = Number(/sentence="(\d+)"/.exec(m[1])?.[1] ?? 0);
    const tid = /t_id="(\d+)"/.exec(m[1])?.[1] ?? '';
    // the title and the date line are paragraphs of their own; the body runs on
    if (text) text += sentence !== lastSentence && sentence <= 2 ? '\n\n' : ' ';
    lastSentence = sentence;
    const word = unescape(m[2]);
    spans.set(tid, { start: text.length, end: text.length + word.length });
    sentenceOf.set(tid, sentence);
    text += word;
    sentenceEnd.set(sentence, text.length);
  }
  // the last sentence any markable touches
  let lastAnnotated = 0;
  for (const m of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(m[1]) ?? 0);
  const endAt = sentenceEnd.get(lastAnnotated) ?? text.length;
  const tail = Math.max(0, endAt - 40);
  const annotatedEnd = { start: tail, end: endAt, text: text.slice(tail, endAt) };
  const covered = (body: string) => {
    const ids = [...body.matchAll(/t_id="(\d+)"/g)].map((x) => spans.get(x[1])).filter((s): s is { start: number; end: number } => !!s);
    if (!ids.length) return null;
    const start = Math.min(...ids.map((s) => s.start));
    const end = Math.max(...ids.map((s) => s.end));
    return { start, end, text: text.slice(start, end) };
  };
  const timexes: GoldTimex[] = [];
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const type = /\btype="([^"]*)"/.exec(m[1])?.[1] ?? '';
    const value = /\bvalue="([^"]*)"/.exec(m[1])?.[1] ?? '';
    if (/functionInDocument="CREATION_TIME"/.test(m[1])) {
      dct = value;
      continue;
    }
    const span = covered(m[2]);
    if (span) timexes.push({ ...span, type, value });
  }
  const values: GoldValue[] = [];
  for (const m of xml.matchAll(/<VALUE\b([^>]*)>([\s\S]*?)<\/VALUE>/g)) {
    const span = covered(m[2]);
    if (span) values.push({ ...span, type: /\btype="([^"]*)"/.exec(m[1])?.[1] ?? '' });
  }
  timexes.sort((a, b) => a.start - b.start);
  values.sort((a, b) => a.start - b.start);
  return { id, dct, text, timexes, values, annotatedEnd };
}
