// Counts of one merged event, side by side: "at least 12 killed" in one report and "17 killed" in
// another are two sources on one quantity, though no nationality or setting ties the figures
// (./quantity-key.ts leaves per-incident counts to event coreference, and this is that step).
import type { EventRecord } from '../../types.js';
import { inPublicationOrder, type ClaimGroup, type ClaimInput } from './group.js';
import { isDispute, relationOf } from './relation.js';

/** A merged event as claim grouping reads it: its id, type and each report's record in its document. */
export interface CountedCluster {
  id: string;
  type: string;
  events: Array<{ docId: string; data: EventRecord } | undefined>;
}

/**
 * One group per count (killed, injured, detained …) that reports of one merged event in two or more
 * reports (near-duplicates are one) give: each report's figure of that value inside the event's
 * sentence or mentions. A report whose count no figure states is left out, never invented.
 */
export function eventCountGroups(clusters: CountedCluster[], figures: ClaimInput[], reportOf: (docId: string) => string = (d) => d): ClaimGroup[] {
  const byDoc = new Map<string, ClaimInput[]>();
  for (const f of figures) byDoc.set(f.docId, [...(byDoc.get(f.docId) ?? []), f]);
  const groups: ClaimGroup[] = [];
  for (const cluster of clusters) {
    const reports = cluster.events.filter((e): e is { docId: string; data: EventRecord } => !!e?.data);
    if (new Set(reports.map((e) => reportOf(e.docId))).size < 2) continue;
    const keys = [...new Set(reports.flatMap((e) => Object.keys(e.data.counts ?? {})))].sort();
    for (const key of keys) {
      const claims: ClaimInput[] = [];
      for (const e of reports) {
        const count = e.data.counts?.[key as keyof EventRecord['counts']];
        if (!count) continue;
        const figure = (byDoc.get(e.docId) ?? []).find((f) => f.value === count.value && insideEvent(f, e.data) && !claims.includes(f));
        if (figure) claims.push(figure);
      }
      if (new Set(claims.map((c) => reportOf(c.docId))).size < 2) continue;
      const relation = relationOf(claims, key, reportOf);
      const place = reports.find((e) => e.data.place)?.data.place?.text;
      const date = reports.map((e) => e.data.date?.iso).find(Boolean);
      const quantity = `${key} in the ${cluster.type.replace(/_/g, ' ')}${place ? ` in ${place}` : ''}${date ? ` (${date})` : ''}`;
      const sources = [...new Set(claims.map((c) => c.source ?? 'unattributed'))];
      groups.push({
        id: `claim_event_${cluster.id}_${key}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        quantity,
        key: `event|${cluster.id}|${key}`,
        relation,
        disputed: isDispute(relation),
        reason: `the ${key} count of one event (${cluster.type}) as ${claims.length} of its merged reports give it; sources: ${sources.join(', ')}`,
        claims: inPublicationOrder(claims),
      });
    }
  }
  return groups;
}

/** Is the figure in the event's sentence or one of its mentions? */
function insideEvent(f: ClaimInput, e: EventRecord): boolean {
  const spans = [e.sentence, ...(e.mentions ?? [])].filter(Boolean);
  return spans.some((s) => f.start >= s.start && f.end <= s.end);
}
