// Where the reports of a merged event disagree, for `events --merged`: the same disagreements the
// web UI shows (found by the server's code), in a short line for the table.
import type { EventRecord } from '../types.js';
import type { EventConflict } from '../server/api-types.js';
import { findConflicts } from '../server/merged-events.js';
import { boundedValue, vagueAmount } from '../vague-amount.js';
import { readableDate } from './dates.js';

interface ClusterEvent {
  docId: string;
  data: EventRecord;
}

/** Each disagreement, its values' reports as "docId#eventId" (the refs `--json` lists). */
export function clusterConflicts(events: Array<ClusterEvent | undefined>): EventConflict[] {
  return findConflicts(events.filter((e): e is ClusterEvent => !!e?.data).map(({ docId, data: e }) => ({
    key: `${docId}#${e.id}`,
    docId,
    date: e.date ? { iso: e.date.iso, precision: e.date.precision } : null,
    place: e.place ? { text: e.place.text, ...(e.place.place ? { place: e.place.place } : {}) } : null,
    counts: e.counts ?? {},
  })));
}

/** "killed: 12 or 17; date: 3 March 2031 or 4 March 2031", or "—" when the reports agree. */
export function conflictsText(conflicts: EventConflict[]): string {
  if (!conflicts.length) return '—';
  return conflicts.map((c) => `${c.field}: ${c.values.map(valueText).join(' or ')}`).join('; ');
}

function valueText(v: EventConflict['values'][number]): string {
  if (v.date) return readableDate(v.date.iso);
  if (v.count) {
    const n = v.count.value.toLocaleString('en-US');
    return v.count.vagueWords ? vagueAmount(v.count.vagueWords, v.count.qualifier, n) : boundedValue(v.count.qualifier, n);
  }
  return v.place ?? '?';
}
