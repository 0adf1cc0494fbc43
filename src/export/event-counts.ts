// A merged event's counts as its reports give them, for the CSV and FtM exports: every differing
// value side by side with its bound ("killed: at least 12 or 17"), as `events --merged` shows them, so a
// spreadsheet or Aleph never shows one report's number as if all agreed.
import type { Count } from '../types.js';
import { terseCount } from '../vague-amount.js';
import { clusterConflicts, conflictsText } from '../corpus/events/conflicts.js';
import type { EventReport } from './events.js';

/** Each count name the reports give, with its distinct values (by value) in report order. */
function countValues(reports: EventReport[]): Map<string, Count[]> {
  const out = new Map<string, Count[]>();
  for (const r of reports) {
    for (const [key, c] of Object.entries(r.event.counts ?? {})) {
      if (!c) continue;
      const list = out.get(key) ?? [];
      if (!list.some((x) => x.value === c.value)) list.push(c);
      out.set(key, list);
    }
  }
  return out;
}

/** "killed: at least 12 or 17; injured: 30"; '' without counts. */
export function countsText(reports: EventReport[]): string {
  return [...countValues(reports)].map(([key, cs]) => `${key}: ${cs.map(terseCount).join(' or ')}`).join('; ');
}

/** Where the reports disagree, as the CLI's conflicts column ("killed: at least 12 or 17; date: …"); '' when they agree. */
export function eventConflictsText(reports: EventReport[]): string {
  const conflicts = clusterConflicts(reports.map((r) => ({ docId: r.docId, data: r.event })));
  return conflicts.length ? conflictsText(conflicts) : '';
}

/** "at least" for 'at_least', "nearly" where the source wrote so: a count's bound in words; '' for an exact count. */
export function qualifierWords(c: Count | null | undefined): string {
  return !c || c.qualifier === 'exact' ? '' : c.qualifierWords ?? c.qualifier.replace(/_/g, ' ');
}
