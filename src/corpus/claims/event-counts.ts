// Counts of one merged event, side by side: "at least 12 killed" in one report and "17 killed" in
// another are two sources on one quantity, though no nationality or setting ties the figures
// (./quantity-key.ts leaves per-incident counts to event coreference, and this is that step).
import type { EventRecord } from '../../types.js';
import { inPublicationOrder, type ClaimGroup, type ClaimInput } from './group.js';
import { isDispute, relationOf } from './relation.js';
import { quantityKey } from './quantity-key.js';

/** A merged event as claim grouping reads it: its id, type and each report's record in its document. */
export interface CountedCluster {
  id: string;
  type: string;
  events: Array<{ docId: string; data: EventRecord } | undefined>;
}

/** Counts in the order the event stage reads them, so that "killing eight … and injuring eight others" gives each its own figure. */
const COUNT_ORDER = ['killed', 'injured', 'detained', 'arrested', 'prosecuted', 'participants'];

/**
 * One group per count (killed, injured, detained …) that reports of one merged event in two or more
 * reports (near-duplicates are one) give: each report's figure of that value inside the event's
 * sentence or mentions, one that counts people first, each figure given to one count only. A report
 * whose count no figure states is left out, never invented. Unlike figures keyed by population, one
 * source suffices: a toll that the same police revise from one report to the next is an update to show.
 * A group's id comes from its reports, so it stays the same however the rest of the event is merged.
 */
export function eventCountGroups(clusters: CountedCluster[], figures: ClaimInput[], reportOf: (docId: string) => string = (d) => d): ClaimGroup[] {
  const byDoc = new Map<string, ClaimInput[]>();
  for (const f of figures) {
    const list = byDoc.get(f.docId);
    if (list) list.push(f);
    else byDoc.set(f.docId, [f]);
  }
  const groups: ClaimGroup[] = [];
  for (const cluster of clusters) {
    const reports = cluster.events.filter((e): e is { docId: string; data: EventRecord } => !!e?.data && Object.keys(e.data.counts ?? {}).length > 0);
    if (new Set(reports.map((e) => reportOf(e.docId))).size < 2) continue;
    const chosen = reports.map((e) => countFigures(e.data, byDoc.get(e.docId) ?? []));
    const keys = COUNT_ORDER.filter((k) => reports.some((e) => e.data.counts?.[k as keyof EventRecord['counts']]));
    for (const key of keys) {
      const claims = chosen.flatMap((byKey) => (byKey.has(key) ? [byKey.get(key)!] : []));
      if (new Set(claims.map((c) => reportOf(c.docId))).size < 2) continue;
      const relation = relationOf(claims, key, reportOf);
      const found = reports.find((e) => e.data.place)?.data.place;
      // an inferred place's text is what it was inferred from (a town in the country): the country is the place
      const place = found?.inferred && found.place?.kind === 'country' ? found.place.name : found?.text;
      const date = reports.map((e) => e.data.date?.iso).find(Boolean);
      const quantity = `${key} in the ${cluster.type.replace(/_/g, ' ')}${place ? ` in ${place}` : ''}${date ? ` (${date})` : ''}`;
      const refs = reports.filter((e) => claims.some((c) => c.docId === e.docId)).map((e) => `${e.docId}-${e.data.id}`).sort();
      groups.push({
        id: `claim_event_${refs.join('_')}_${key}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        quantity,
        key: `event|${cluster.id}|${key}`,
        relation,
        disputed: isDispute(relation),
        // its sources named where they are resolved (src/claim-reason.ts)
        reason: `the ${key} count of one event (${cluster.type}) as ${claims.length} of its merged reports give it`,
        claims: inPublicationOrder(claims),
      });
    }
  }
  return groups;
}

/** One report's figure for each of its counts: of the count's value, inside the event, people first, in text order, none twice. */
function countFigures(e: EventRecord, figures: ClaimInput[]): Map<string, ClaimInput> {
  const out = new Map<string, ClaimInput>();
  const used = new Set<ClaimInput>();
  const inside = figures.filter((f) => insideEvent(f, e)).sort((a, b) => a.start - b.start);
  for (const key of COUNT_ORDER) {
    const count = e.counts?.[key as keyof EventRecord['counts']];
    if (!count) continue;
    const candidates = inside.filter((f) => f.value === count.value && !used.has(f));
    const figure = candidates.find(countsPeople) ?? candidates[0];
    if (!figure) continue;
    used.add(figure);
    out.set(key, figure);
  }
  return out;
}

/** "12 soldiers", "17 people", "eight others" beside a count of people, not "12 separate raids". */
const countsPeople = (f: ClaimInput): boolean => quantityKey(f.what).kind === 'people' || quantityKey(f.unit ?? '').kind === 'people' || /^others?$/i.test(f.what.trim());

/** Is the figure in the event's sentence or one of its mentions? */
function insideEvent(f: ClaimInput, e: EventRecord): boolean {
  const spans = [e.sentence, ...(e.mentions ?? [])].filter(Boolean);
  return spans.some((s) => f.start >= s.start && f.end <= s.end);
}
