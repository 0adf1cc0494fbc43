// Merged events in the style of conflict-event datasets: one row per real-world event, every
// document reporting it listed. The count columns are numbers to sum, the lowest reported (the
// conservative reading); the qualifiers of those numbers, every report's differing values and where
// the reports disagree are in text columns beside them (last, after count_words).
import type { Count } from '../../types.js';
import { csvDate, joinValues } from '../csv.js';
import { mergedEvents, reportRefs, sourceLine, type EventReport, type MergedEvent, type ResolvedRole } from '../events.js';
import { defineTable } from './table.js';
import { copiedDocuments, nearDuplicateGroups } from '../../corpus/report-counts.js';
import { countsText, eventConflictsText, qualifierWords } from '../event-counts.js';
import { eventTitles } from '../../event-view/linked-events.js';
import { reportWithMergedPlace } from '../../corpus/events/merged-place.js';

type CountName = 'killed' | 'injured' | 'detained' | 'arrested' | 'prosecuted';
const COUNTS: CountName[] = ['killed', 'injured', 'detained', 'arrested', 'prosecuted'];

function lowestCount(reports: EventReport[], name: CountName): Count | null {
  let best: Count | null = null;
  for (const r of reports) {
    const c = r.event.counts[name];
    if (c && (!best || c.value < best.value)) best = c;
  }
  return best;
}

/** "killed: at least": the bound of each count column's number, where it is not exact. */
function countQualifiers(reports: EventReport[]): string {
  return joinValues(COUNTS.flatMap((n) => {
    const words = qualifierWords(lowestCount(reports, n));
    return words ? [`${n}: ${words}`] : [];
  }));
}

/** "killed: dozens": the source's words for each count column whose value was read from a vague amount. */
function countWords(reports: EventReport[]): string {
  return joinValues(COUNTS.flatMap((n) => {
    const words = lowestCount(reports, n)?.vagueWords;
    return words ? [`${n}: ${words}`] : [];
  }));
}

function names(reports: EventReport[], pick: (r: EventReport) => ResolvedRole[]): string[] {
  const seen = new Map<string, string>();
  for (const r of reports) for (const role of pick(r)) for (const n of role.names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}

function attributedReports(e: MergedEvent): Array<EventReport & { source: NonNullable<EventReport['source']> }> {
  return e.reports.filter((r): r is EventReport & { source: NonNullable<EventReport['source']> } => !!r.source);
}

export function eventSources(e: MergedEvent): string[] {
  return [...new Set(e.reports.map((r) => r.docId))];
}

/** A merged event with how many of its sources copy another of them (one wire text on two sites):
 *  source_count alone read as two reports confirming each other, where the web pages say "2
 *  articles, 1 text". */
type ExportedEvent = MergedEvent & { copies: number; title: string | null };

export const eventsTable = defineTable<ExportedEvent>({
  kind: 'event',
  async *items({ store, filters, progress }) {
    progress.setTotal(2 * (await store.countDocuments())); // two passes over the corpus
    const { groupOf } = await nearDuplicateGroups(store);
    // what the timeline and the event page call each event ("Attack in Goma")
    const titleOf = await eventTitles(store);
    for await (const e of mergedEvents(store, filters, () => progress.tick())) yield { ...e, copies: copiedDocuments(eventSources(e), groupOf), title: titleOf(reportRefs(e)) };
  },
  record: (e) => ({
    id: e.id,
    type: e.type,
    title: e.title,
    date: e.date,
    datePrecision: e.datePrecision,
    sources: eventSources(e),
    ...(e.copies ? { copies: e.copies } : {}),
    reports: e.reports.map((r) => ({
      docId: r.docId, evidence: r.evidence, resolvedActors: r.actors, resolvedTargets: r.targets, ...(r.source ? { resolvedSource: r.source } : {}), ...r.event,
    })),
  }),
  columns: [
    'event_id', 'date', 'date_precision', 'event_type', 'status', 'actors', 'targets', 'place', 'country', 'iso',
    'latitude', 'longitude', ...COUNTS, 'source_count', 'sources', 'evidence',
    // last, so that readers of the earlier columns by position are not broken
    'count_words', 'count_qualifiers', 'counts_reported', 'conflicts',
    // where each evidence sentence is in its document ("DOC:START-END"), in evidence's order: every other table cites its span
    'evidence_spans',
    // of source_count, the sources that are near-duplicate copies of another (empty when none)
    'copies',
    // who each attributed report is according to ("[DOC] name", as the event page names it: a description quoted, "(not identified)"), the entities of
    // those named, and where the words stand ("DOC:START-END", in attributed_to's order); reports told with no
    // attribution are left out of all three
    'attributed_to', 'attributed_entities', 'attribution_spans',
    // what the timeline and the event page call the event ("Attack in Goma", "Arrest of Dmytro Karpenko in Madrid")
    'title',
  ],
  rows: (e) => {
    // the place the event page, its title and `events --merged` give it
    const placed = reportWithMergedPlace(e.reports, (r) => r.event.place);
    const place = placed?.event.place ?? null;
    return [
      [
        e.id,
        csvDate(e.date),
        e.datePrecision,
        e.type,
        joinValues(new Set(e.reports.map((r) => r.event.status))),
        joinValues(names(e.reports, (r) => r.actors)),
        joinValues(names(e.reports, (r) => r.targets)),
        place?.place?.name ?? place?.text,
        place?.place?.country,
        place?.place?.countryCode,
        place?.place?.lat,
        place?.place?.lon,
        ...COUNTS.map((n) => lowestCount(e.reports, n)?.value),
        eventSources(e).length,
        joinValues(eventSources(e)),
        e.reports.map((r) => `[${r.docId}] ${r.evidence}`).join(' | '),
        countWords(e.reports),
        countQualifiers(e.reports),
        countsText(e.reports),
        eventConflictsText(e.reports),
        e.reports.map((r) => `${r.docId}:${r.event.sentence.start}-${r.event.sentence.end}`).join(' | '),
        e.copies || '',
        attributedReports(e).map((r) => `[${r.docId}] ${sourceLine(r.source)}`).join(' | '),
        joinValues(new Set(attributedReports(e).flatMap((r) => (r.source.entityId ? [r.source.entityId] : [])))),
        attributedReports(e).map((r) => (r.source.span ? `${r.docId}:${r.source.span.start}-${r.source.span.end}` : `${r.docId}:`)).join(' | '),
        e.title,
      ],
    ];
  },
});
