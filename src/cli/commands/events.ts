import type { Command } from '../command.js';
import { annotationListing, checkType } from '../annotation-listing.js';
import { inDateRange, parseDateRange } from '../date-range.js';
import { parseFlags, parseOptionalPositiveInt } from '../args.js';
import { printJson, printTable, truncate } from '../output.js';
import { withStore } from '../store.js';
import { readableDate } from '../../readable-date.js';
import { loadEventClusters } from '../../corpus/index.js';
import { mergedView } from '../../corpus/events/merged.js';
import { EVENT_TYPES, type EventRecord, type EventRole } from '../../types.js';
import { countAmount } from '../../vague-amount.js';
import { eventStatusWords } from '../../event-status-words.js';
import { clusterConflicts, conflictsText } from '../../corpus/events/conflicts.js';
import { comparePublished } from '../../date-interval.js';
import { eventTitles } from '../../event-view/linked-events.js';
import { copiedDocuments, nearDuplicateGroups } from '../../corpus/report-counts.js';
import { reportSources, type AttributedSource } from '../../figure-sources.js';
import { sourcedRows } from '../source-column.js';
import { speakerLine } from '../../speaker-wording.js';
import type { StoredAnnotation } from '../../store/interface.js';

const perDocument = annotationListing({
  kind: 'event',
  plural: 'events',
  summary: 'List events (attacks, arrests, extraditions …) with date, place, actors, counts and how each article reports them',
  typeHelp: EVENT_TYPES.join(', '),
  types: EVENT_TYPES,
  extraOptions: ' [--merged]',
  notes: 'The "according to" column names who the article says reports the event, as the event page does: a person or body by name, a description ("officials") as written, in quotation marks, "(not identified)"; for an event told in reported speech, the speaker of that quote. --json keeps attribution as stored and adds source, sourceText (the words as written, where they differ), sourceEntityId and sourceSpan (where those words stand).',
  dateOf: (a) => {
    const date = (a.data as unknown as EventRecord).date;
    return date ? { iso: date.iso, ...(date.end ? { last: date.end } : {}) } : null;
  },
  // "reported as", in the web UI's words for each status (--json keeps the values)
  // who: actors → targets, as the help's summary promises (a description the article names elsewhere by its name)
  // according to: who the article says reports it, as the event page names them (a description quoted and marked)
  columns: ['doc', 'type', 'reported as', 'date', 'place', 'who', 'counts', 'according to', 'sentence'],
  ...sourcedRows(reportSources, eventRow),
});

type EventRow = StoredAnnotation & { docId: string };

function eventRow(a: EventRow, resolved: AttributedSource | undefined): string[] {
  const e = a.data as unknown as EventRecord;
  // a vague count in the source's words ("dozens (at least 12) killed"), never as a number the source did not state
  const counts = Object.entries(e.counts ?? {}).flatMap(([k, c]) => (c ? [countAmount(k, c)] : [])).join('; ');
  const source = e.attribution?.source ? speakerLine(resolved ?? { speaker: e.attribution.source }) : null;
  // a place inferred from the document's country, not stated with the event, says so
  return [a.docId, e.type, eventStatusWords(e.status), readableDate(e.date?.iso), e.place ? (e.place.inferred ? `${e.place.place?.kind === 'country' ? e.place.place.name : e.place.text} (inferred)` : e.place.text) : '—', whoText(e.actors ?? [], e.targets ?? []), counts || '—', source ?? '—', a.text];
}

const command: Command = {
  summary: perDocument.summary,
  usage: `${perDocument.usage}
--merged    one row per real-world event (--limit N: the first N; --since and --until test its date), by date, with its title (as the timeline and the event page name it: "Attack in Goma") and place: reports in several documents merged, every source listed
            (--json prints [{id, type, title, timelineFact, date, place, actors, targets, counts, reports, reasons, sources, copies, conflicts}]:
            sources: the documents reporting it; copies (absent when none): how many of them are near-duplicate copies
            of another, one wire story on two sites (the table's "2 (1 copy)", the web UI's "2 articles, 1 text");
            each field with the report it came from, each merge with the fields that matched and how well
            (copy: true where the two reports are one sentence of two copies of one text);
            conflicts: where reports disagree ({field: date|place|killed|…, values: [{date|place|count, reports}]}),
            the table's conflicts column ("killed: 12 or 17");
            a count read from one vague number ("dozens") has vagueWords, its own words;
            the per-document table shows them in its counts column ("dozens (at least 12) killed"))
How each article reports an event (its "reported as" column), in the web UI's
words, with the value --json gives: stated as fact (asserted), alleged (alleged),
both drawn on the timeline; planned or threatened (planned), only a possibility
(hypothetical), said not to have happened (negated), denied (denied), found on
event pages and in search only.`,
  async run(argv) {
    if (!argv.includes('--merged')) return perDocument.run(argv);
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, merged: { type: 'boolean' }, type: { type: 'string' }, limit: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } }, false);
    const type = checkType(values.type, EVENT_TYPES);
    const limit = parseOptionalPositiveInt(values.limit, 'limit');
    const range = parseDateRange(values.since, values.until);
    // the near-duplicate groups, to say how many of an event's sources copy another (the web UI's "2 articles, 1 text")
    // and each event's title, as the timeline and the event page give it ("Attack in Goma")
    const read = await withStore(values.db, async (store) => {
      const clusters = await loadEventClusters(store);
      return { clusters, titleOf: await eventTitles(store, clusters), groupOf: (await nearDuplicateGroups(store)).groupOf };
    });
    const all = read.clusters.filter((c) => (!type || c.type === type) && (!range || inDateRange(c.date, range)));
    const sourcesOf = (c: (typeof all)[number]) => [...new Set(c.members.map((m) => m.docId))];
    const copiesOf = (c: (typeof all)[number]) => copiedDocuments(sourcesOf(c), read.groupOf);
    // As the timeline reads: by date, a date without a year after those with one, undated last; the
    // table and --json list the same events, so --limit N is the same first N in both.
    const clusters = [...all].sort((a, b) => comparePublished(a.date, b.date)).slice(0, limit);
    if (values.json) {
      printJson(clusters.map((c) => {
        const copies = copiesOf(c);
        const { id, type, ...view } = mergedView(c);
        return { id, type, title: read.titleOf(c.members), ...view, sources: sourcesOf(c), ...(copies ? { copies } : {}), conflicts: clusterConflicts(c.events) };
      }));
    } else if (clusters.length === 0) {
      console.log(`No events stored${type ? ` of type ${type}` : ''}${range ? ' in that date range' : ''}.`);
    } else {
      printTable(
        clusters.map((c) => [c.type, truncate(read.titleOf(c.members) ?? '—', 48), readableDate(c.date), truncate(placeText(mergedView(c).place?.value), 24), sourcesText(sourcesOf(c).length, copiesOf(c)), conflictsText(clusterConflicts(c.events)), truncate(c.events[0].text, 100)]),
        // conflicts: where the reports disagree, as the web UI's event page and Claims page show;
        // place: two attacks on one day are told apart by it, as the web UI's titles do
        // title: what the timeline and the event page call it ("Attack in Goma")
        ['type', 'title', 'date', 'place', 'sources', 'conflicts', 'evidence'],
      );
    }
    return 0;
  },
};
export default command;

/** "2 (1 copy)": an event's sources, and how many of them are near-duplicate copies of another. */
function sourcesText(sources: number, copies: number): string {
  return copies ? `${sources} (${copies} ${copies === 1 ? 'copy' : 'copies'})` : String(sources);
}

/** A merged event's place for the table, marked when no report states it ("Italy (inferred)"). */
function placeText(place: { text: string; inferred?: true } | undefined): string {
  return place ? (place.inferred ? `${place.text} (inferred)` : place.text) : '—';
}

/** "Spain → Dmytro Karpenko": who did it and to whom, a role by the name it stands for where the article gives one; "—" for neither. */
function whoText(actors: EventRole[], targets: EventRole[]): string {
  const names = (roles: EventRole[]) => roles.map((r) => r.referent?.name ?? r.text).join(', ');
  if (!actors.length && !targets.length) return '—';
  return targets.length ? `${names(actors)}${actors.length ? ' ' : ''}→ ${names(targets)}` : names(actors);
}
