// The weekday of a dateline that has no year ("THE HAGUE, Jan 29 (Agency) - … prosecutors said on
// Wednesday"): a wire lede reports the saying on the dateline's own day, so the weekday of that saying
// is the dateline's. Only a reporting verb counts: what the lede reports happened ("were killed on
// Thursday", "officials said he died on Tuesday") is often the day before.
import type { Doc, Syntax } from '../../types.js';
import { SPEECH_VERBS } from '../lexicons/attribution.js';
import { relationMatches, wordAt } from '../syntax/query.js';
import type { Detection } from './detect.js';

// Without a parse: the weekday right after the verb, "late"/"early"/"on" between, or one object after
// told ("told reporters Wednesday"); "said he died on Tuesday" has a clause between and does not count.
const TELL = new Set(['told', 'tell', 'tells', 'informed']);
const BETWEEN = new Set(['on', 'late', 'early']);

function saidJustBefore(before: string): boolean {
  // the words running up to the weekday with nothing but spaces between them
  const words = (/(?:[A-Za-z]+\s+)+$/.exec(before)?.[0] ?? '').trim().toLowerCase().split(/\s+/);
  let i = words.length - 1;
  if (words[i] === 'on') i--;
  if (words[i] === 'late' || words[i] === 'early') i--;
  if (i >= 0 && SPEECH_VERBS.has(words[i])) return true;
  // "told reporters (on) Wednesday"
  return i >= 1 && !BETWEEN.has(words[i]) && TELL.has(words[i - 1]);
}

// "on Wednesday said", "on Wednesday announced"
const VERB_AFTER = /^\s+([a-z]+)\b/i;

// A time modifier of a clause: obl, obl:tmod, obl:npmod, nmod:tmod.
const TIME_RELATIONS = ['obl:*', 'nmod:tmod', 'nmod:npmod'];

/** From the parse: is the weekday at `offset` a time modifier of a speech verb itself? */
function saidOnInParse(syn: Syntax, offset: number): boolean {
  const w = wordAt(syn, offset);
  if (w === null) return false;
  const word = syn.words[w];
  if (!TIME_RELATIONS.some((r) => relationMatches(word.deprel, r)) || word.head < 0) return false;
  const head = syn.words[word.head];
  return SPEECH_VERBS.has(head.text.toLowerCase()) || SPEECH_VERBS.has(head.lemma.toLowerCase());
}

/** Where the dateline ends in doc.text, if the document has one written there. */
function datelineEnd(doc: Doc, textDateline: RegExpExecArray | null): number | null {
  const span = doc.meta.dateline?.span;
  if (span) return span.end;
  return textDateline ? textDateline.index + textDateline[0].length : null;
}

/**
 * 0–6 (Sunday = 0) when the lede after the dateline names exactly one weekday on which someone said,
 * told or announced something; null otherwise. With the document's parse the weekday must modify the
 * speech verb; without one, it must stand right beside it.
 */
export function ledeWeekday(doc: Doc, det: Detection, textDateline: RegExpExecArray | null, syntax?: Syntax): number | null {
  const from = datelineEnd(doc, textDateline);
  if (from === null) return null;
  // the lede: the first sentence with words past the dateline ("MOSCOW, October 21." may be a sentence of its own)
  const lede = det.sentences.findIndex((s) => s.end > from && det.text.slice(Math.max(s.start, from), s.end).trim().length > 3);
  if (lede < 0) return null;
  const said = new Set<number>();
  for (const { c, sentence } of det.found) {
    if (sentence !== lede || c.kind !== 'weekday' || c.modifier !== null || c.start < from) continue;
    const saying = syntax
      ? saidOnInParse(syntax, c.start)
      : saidJustBefore(det.text.slice(Math.max(0, c.start - 40), c.start)) || SPEECH_VERBS.has(VERB_AFTER.exec(det.text.slice(c.end, c.end + 16))?.[1].toLowerCase() ?? '');
    if (saying) said.add(c.weekday);
  }
  return said.size === 1 ? [...said][0] : null;
}
