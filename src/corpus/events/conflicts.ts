// Where the reports of a merged event disagree, for `events --merged` and the CSV/FtM exports: the
// same disagreements the web UI shows (found by find-conflicts.ts, which the server uses too), in a short line for a table cell.
import type { EventRecord } from '../../types.js';
import { findConflicts, type EventConflict } from './find-conflicts.js';
import { terseCount } from '../../vague-amount.js';
import { conflictValueText, type ConflictValue, type ValueFormats } from '../../conflict-value.js';
import { readableDate } from '../../readable-date.js';

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
    place: e.place ? { text: e.place.text, ...(e.place.place ? { place: e.place.place } : {}), ...(e.place.inferred ? { inferred: true as const } : {}) } : null,
    counts: e.counts ?? {},
  })));
}

/** "killed: 12 or 17; date: 2031-03-03 or 2031-03-04", or "—" when the reports agree. */
export function conflictsText(conflicts: EventConflict[]): string {
  if (!conflicts.length) return '—';
  return conflicts.map((c) => `${c.field}: ${c.values.map(valueText).join(' or ')}`).join('; ');
}

/** A disputed value as a table cell: dates as stored (spelled out only without a year), counts terse. */
const CELL: ValueFormats = { date: (d) => readableDate(d.iso), count: terseCount };

function valueText(v: ConflictValue): string {
  return conflictValueText(v, CELL);
}
