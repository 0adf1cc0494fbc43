// TimeML (.tml) files as TempEval-3 distributes them: the document creation time in <DCT>, the
// text in <TEXT> with inline <TIMEX3>, <EVENT> and <SIGNAL> tags, sometimes a <TITLE>. Tags are
// stripped; each TIMEX3 keeps its span over the plain text, its type and its normalised value, each
// EVENT its span and class (the event-trigger detector trains on them).
// `eval time` scores TIMEX3 spans over `text`; ingest reads a file as one article (timemlRawDoc).
import type { RawDoc } from '../../types.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/**
 * An <EVENT> of the text: its span and TimeML class (OCCURRENCE, REPORTING, STATE, I_ACTION …).
 * Only EVENTs inside <TEXT> are read: those a <TITLE> carries are not returned, since spans are over `text`.
 * (Not the gold file's event: that is GoldEvent in src/eval/lib/gold-format.ts.)
 */
export interface TimemlEvent {
  start: number;
  end: number;
  text: string;
  eventClass: string;
  eid: string;
}

export interface TimemlDoc {
  id: string;
  /** The creation time's value ("1998-01-08"). */
  dct: string | null;
  /** <TITLE>, whitespace collapsed; null when the file has none. */
  title: string | null;
  text: string;
  timexes: GoldTimex[];
  events: TimemlEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // a code past Unicode's range is a broken file's, not a character: dropped, so one bad
      // entity does not cost the file (or its folder)
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? '';
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) out[m[1]] = unescape(m[2]);
  return out;
}

/** Reads one TimeML document; throws with the reason when it has no <TEXT>. */
export function parseTimeml(xml: string, id: string): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/i.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]).value ?? null : null;
  const titleTag = /<TITLE>([\s\S]*?)<\/TITLE>/i.exec(xml);
  const title = titleTag ? unescape(titleTag[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() || null : null;
  const open = /<TEXT>/i.exec(xml);
  const close = /<\/TEXT>/i.exec(xml);
  if (!open || !close) throw new Error(`${id}: no <TEXT> element`);
  const body = xml.slice(open.index + open[0].length, close.index);
  let text = '';
  const timexes: GoldTimex[] = [];
  const events: TimemlEvent[] = [];
  const stack: Array<{ start: number; attrs: Record<string, string> } | null> = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g)) {
    text += unescape(body.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, name, attrs, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) {
      const kept = name.toUpperCase() === 'TIMEX3' || name.toUpperCase() === 'EVENT';
      stack.push(kept ? { start: text.length, attrs: attributes(attrs) } : null);
      continue;
    }
    const top = stack.pop();
    if (top && name.toUpperCase() === 'TIMEX3') {
      timexes.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), type: top.attrs.type ?? '', value: top.attrs.value ?? '' });
    } else if (top && name.toUpperCase() === 'EVENT') {
      events.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), eventClass: top.attrs.class ?? '', eid: top.attrs.eid ?? '' });
    }
  }
  text += unescape(body.slice(last));
  return { id, dct, title, text, timexes, events };
}

/**
 * Wire-service control codes (&UR; &LR; &QL; &QC; &HT; …: an ampersand, two or three capitals and
 * a semicolon once the XML is unescaped) mark layout for the wire's terminals; they are not text.
 */
const WIRE_CODE = /&[A-Z]{2,3};[ \t]*/g;

/** The article text of a parsed file: control codes dropped (with the blanks after them), ends trimmed. */
export function timemlArticleText(text: string): string {
  return text.replace(WIRE_CODE, '').trim();
}

/**
 * One .tml file's RawDoc: the <TEXT> as plain text, <TITLE> as title, the creation day as
 * publication date; the reason as a string when the file has no <TEXT> or an empty one.
 */
export function timemlRawDoc(xml: string, ctx: { path: string; stem: string; encoding: string }): RawDoc | string {
  if (!/<TEXT>/i.test(xml) || !/<\/TEXT>/i.test(xml)) return 'no <TEXT> element (not a TimeML file?)';
  const t = parseTimeml(xml, ctx.stem);
  const content = timemlArticleText(t.text);
  if (!content) return 'empty <TEXT> element';
  const hints: RawDoc['hints'] = {};
  if (t.title) hints.title = t.title;
  if (t.dct && /^\d{4}-\d{2}-\d{2}/.test(t.dct)) hints.published = t.dct.slice(0, 10);
  return {
    source: { kind: 'file', location: ctx.path, name: ctx.stem },
    format: 'text',
    content,
    encoding: ctx.encoding,
    hints,
  };
}
