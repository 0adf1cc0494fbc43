// One merged event as a reader should see it: each field with the report it came from, never
// a value made of two reports; every report with its own status and sentence; the reasons for
// each merge. This is the shape `events --merged --json` prints and the server can serve.
import { reportOnTimeline, type EventRecord, type EventStatus, type LegacyEventStatus } from '../../types.js';
import type { StoredAnnotation } from '../../store/interface.js';
import type { EventCluster, MergeReason } from './coreference.js';
import { chooseMergedDate } from './merged-date.js';
import { reportWithMergedPlace } from './merged-place.js';
import { fullerWording, sameParticipant } from '../../role-wording.js';

type Located = StoredAnnotation & { docId: string; data: EventRecord };

/** A value and the report ("docId#eventId") that states it. */
export interface Sourced<T> {
  value: T;
  from: string;
}

export interface MergedEventView {
  id: string;
  type: string;
  /** For an "other" event, the kind of happening all its reports are ("disaster", "bid"). */
  theme?: string;
  /** True when some report asserts (or alleges) the event: it belongs on the timeline. */
  timelineFact: boolean;
  /** The most precise date any report gives, with that report; a lasting happening's start ("began on 3 March") only when no report dates a one-off happening of it. */
  date: Sourced<{ iso: string | null; precision: string; end?: string }> | null;
  /** The most specific place any report gives (a site or city before a country; a stated place before one inferred from an article; merged-place.ts), with that report. */
  place: Sourced<{ text: string; ref?: string; country?: string | null; inferred?: true }> | null;
  actors: Array<Sourced<string>>;
  targets: Array<Sourced<string>>;
  /** Every report's counts, side by side ("17" and "at least 12"), never summed or averaged. */
  counts: Array<Sourced<{ key: string; value: number; qualifier: string; vagueWords?: string; qualifierWords?: string }>>;
  reports: Array<{ ref: string; docId: string; eventId: string; status: EventStatus | LegacyEventStatus; background?: true; evidence: string }>;
  reasons: MergeReason[];
}

export function mergedView(cluster: EventCluster & { events: Located[] }): MergedEventView {
  const actors: Array<Sourced<string>> = [];
  const targets: Array<Sourced<string>> = [];
  const counts: MergedEventView['counts'] = [];
  const reports: MergedEventView['reports'] = [];
  // one participant in the fuller of its reports' words ("a crowded market", not also "a market")
  const addRole = (out: Array<Sourced<string>>, text: string, from: string) => {
    const same = out.findIndex((r) => sameParticipant(r.value, text));
    if (same < 0) out.push({ value: text, from });
    else if (fullerWording({ text: out[same].value }, { text }).text === text && text !== out[same].value) out[same] = { value: text, from };
  };
  for (const a of cluster.events) {
    const e = a.data;
    const ref = `${a.docId}#${e.id}`;
    reports.push({ ref, docId: a.docId, eventId: e.id, status: e.status, ...(e.background ? { background: true as const } : {}), evidence: a.text });
    for (const r of e.actors) addRole(actors, r.text, ref);
    for (const r of e.targets) addRole(targets, r.text, ref);
    for (const [key, c] of Object.entries(e.counts)) if (c) counts.push({ value: { key, value: c.value, qualifier: c.qualifier, ...(c.vagueWords ? { vagueWords: c.vagueWords } : {}), ...(c.qualifierWords ? { qualifierWords: c.qualifierWords } : {}) }, from: ref });
  }
  // the place every surface gives the event (merged-place.ts)
  const placed = reportWithMergedPlace(cluster.events, (a) => a.data.place);
  const p = placed?.data.place;
  const place: MergedEventView['place'] = placed && p
    ? { value: { text: p.inferred && p.place?.kind === 'country' ? p.place.name : p.text, ...(p.place ? { ref: p.place.ref, country: p.place.country } : {}), ...(p.inferred ? { inferred: true as const } : {}) }, from: `${placed.docId}#${placed.data.id}` }
    : null;
  const dated = chooseMergedDate(cluster.events, (a) => (a.data.date ? { iso: a.data.date.iso, isStart: a.data.date.isStart, end: a.data.date.end } : null));
  const chosen = dated?.data.date;
  // a range written as one mention ("from 3 to 10 September") keeps its last day, as the API's merged event does
  const date: MergedEventView['date'] = chosen ? { value: { iso: chosen.iso, precision: chosen.precision, ...(chosen.end ? { end: chosen.end } : {}) }, from: `${dated.docId}#${dated.data.id}` } : null;
  return {
    id: cluster.id,
    type: cluster.type,
    ...(cluster.type === 'other' && cluster.events[0]?.data.theme ? { theme: cluster.events[0].data.theme } : {}),
    timelineFact: reports.some(reportOnTimeline),
    date,
    place,
    actors,
    targets,
    counts,
    reports,
    reasons: cluster.reasons,
  };
}
