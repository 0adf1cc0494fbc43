// The weekday of a dateline that has no year ("THE HAGUE, Jan 29 (Agency) - … prosecutors said on
// Wednesday"): a wire lede reports the saying on the dateline's own day, so the weekday of that saying
// is the dateline's. Only a reporting verb counts: what the lede reports happened ("were killed on
// Thursday") is often the day before.
import type { Doc } from '../../types.js';
import type { Detection } from './detect.js';

// "said on Wednesday", "told reporters Wednesday", "announced late on Wednesday"
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|confirmed|stated|added)\b(?:\s+[a-z]+){0,2}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
// "on Wednesday said", "on Wednesday announced"
const SAID_AFTER = /^\s+(?:said|announced|reported|confirmed|told)\b/i;

/** Where the dateline ends in doc.text, if the document has one written there. */
function datelineEnd(doc: Doc, textDateline: RegExpExecArray | null): number | null {
  const span = doc.meta.dateline?.span;
  if (span) return span.end;
  return textDateline ? textDateline.index + textDateline[0].length : null;
}

/**
 * 0–6 (Sunday = 0) when the lede after the dateline names exactly one weekday on which someone said,
 * told or announced something; null otherwise.
 */
export function ledeWeekday(doc: Doc, det: Detection, textDateline: RegExpExecArray | null): number | null {
  const from = datelineEnd(doc, textDateline);
  if (from === null) return null;
  // the lede: the first sentence with words past the dateline ("MOSCOW, October 21." may be a sentence of its own)
  const lede = det.sentences.findIndex((s) => s.end > from && det.text.slice(Math.max(s.start, from), s.end).trim().length > 3);
  if (lede < 0) return null;
  const said = new Set<number>();
  for (const { c, sentence } of det.found) {
    if (sentence !== lede || c.kind !== 'weekday' || c.modifier !== null || c.start < from) continue;
    const before = det.text.slice(Math.max(0, c.start - 40), c.start);
    const after = det.text.slice(c.end, c.end + 16);
    if (SAID_BEFORE.test(before) || SAID_AFTER.test(after)) said.add(c.weekday);
  }
  return said.size === 1 ? [...said][0] : null;
}
