// One value of a merged event's disputed field as text, shared by the web's event page and the CLI's
// `events --merged`, so that the two say the same thing. Which form it takes (date, count, place) is
// decided here; how a date or a count is spelled is each caller's (the web writes dates out, a CLI
// table keeps them as stored and its bounds as signs).
import type { EventConflict } from './server/api-types.js';

export type ConflictValue = EventConflict['values'][number];

export interface ValueFormats {
  date: (d: NonNullable<ConflictValue['date']>) => string;
  count: (c: NonNullable<ConflictValue['count']>) => string;
}

/** "17", "3 March 2031", "Goma"; "?" for a value with none of them. */
export function conflictValueText(v: ConflictValue, f: ValueFormats): string {
  if (v.date) return f.date(v.date);
  if (v.count) return f.count(v.count);
  return v.place ?? '?';
}
