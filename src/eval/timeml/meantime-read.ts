// MEANTIME (NewsReader) documents: tokens with ids, and markables (TIMEX3 with normalised values,
// VALUE for money, percentages and quantities) anchored to token ids. The text is rebuilt from the
// tokens (one space between tokens, a blank line after the title and the date line), so each
// markable becomes a span over it.
import type { GoldTimex } from '../../pipeline/read/timeml.js';

export interface GoldValue {
  start: number;
  end: number;
  text: string;
  /** MONEY, PERCENT or QUANTITY. */
  type: string;
}

/** An ENTITY_MENTION tied (REFERS_TO) to an ENTITY, whose instance_id is the same real-world entity in every document. */
export interface GoldEntityMention {
  start: number;
  end: number;
  text: string;
  /** The entity's ent_type: PER, ORG, LOC, PRO (product), FIN (financial), MIX. */
  type: string;
  /** Cross-document instance; the ENTITY's m_id when the file gives none. */
  instance: string;
  /** The entity's descriptor ("APPLE", "Steve Jobs"). */
  name: string;
  /** NAM (a name), NOM, PRO, PRE.NAM …; empty where only the cross-document layer marks the mention. */
  syntacticType: string;
}

export interface MeantimeDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
  values: GoldValue[];
  entities: GoldEntityMention[];
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
  return { id, dct, text, timexes, values, entities: readEntityMentions(xml, covered), annotatedEnd };
}

const attr = (attrs: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

function readEntityMentions(xml: string, covered: (body: string) => { start: number; end: number; text: string } | null): GoldEntityMention[] {
  const entities = new Map<string, { type: string; instance: string; name: string }>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*)\/>/g)) {
    const id = attr(m[1], 'm_id');
    entities.set(id, { type: attr(m[1], 'ent_type'), instance: attr(m[1], 'instance_id') || `m${id}`, name: unescape(attr(m[1], 'TAG_DESCRIPTOR')) });
  }
  const entityOf = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1])?.[1] ?? '';
    for (const s of m[1].matchAll(/<source m_id="(\d+)"/g)) entityOf.set(s[1], target);
  }
  const out: GoldEntityMention[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const entity = entities.get(entityOf.get(attr(m[1], 'm_id')) ?? '');
    const span = covered(m[2]);
    if (entity && span) out.push({ ...span, ...entity, syntacticType: attr(m[1], 'syntactic_type') });
  }
  return out.sort((a, b) => a.start - b.start);
}
