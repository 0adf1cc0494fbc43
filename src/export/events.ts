// Merged events for export, in two streamed passes over the documents. Pass 1 keeps only each
// event's coreference input and clusters them like `chronicle events --merged`. Pass 2 hands out
// each merged event as soon as the last document reporting it has been read, so only events
// whose reports are still incomplete are held in memory.
import type { EventRecord, EventRole } from '../types.js';
import type { Store, StoredAnnotation, StoredDocument } from '../store/interface.js';
import { clusterEvents, type EventInput } from '../corpus/events/coreference.js';
import { eventLinks } from '../corpus/curation.js';
import { eventInputsOf } from './event-inputs.js';
import { roleReferents } from '../corpus/events/role-referents.js';
import { installedWordNet } from '../pipeline/lexicons/wordnet.js';
import { resolveDocIds, walkDocuments, type ExportFilters } from './documents.js';
import { attributedSource, sourceParts, sourceWordsIn } from '../figure-sources.js';
import { speakerLine } from '../speaker-wording.js';
import type { Span } from '../types.js';

/** One document's report of an event, with its roles resolved to entities where a mention covers them. */
export interface EventReport {
  docId: string;
  /** The sentence reporting the event. */
  evidence: string;
  event: EventRecord;
  actors: ResolvedRole[];
  targets: ResolvedRole[];
  /** Who the report is attributed to, resolved as a figure's source is; absent when unattributed. */
  source?: ResolvedSource;
}

/** A report's source: the name the pages show, the words as written, its entity and where the words stand. */
export interface ResolvedSource {
  name: string;
  /** The words as written: the name itself where the article writes it so. */
  text: string;
  entityId: string | null;
  span: Span | null;
}

/** A report's source in one line of text, as the event page and `chronicle events` name it: "Interior
 *  Ministry", or a description as written, quoted, "“the statement” (not identified)"; its bare name
 *  ("statement") read as if it were a name. */
export function sourceLine(source: ResolvedSource): string {
  return speakerLine({ speaker: source.name, speakerText: source.text, speakerEntityId: source.entityId }) ?? source.name;
}

/** The source of `event` in `doc`, as figure-sources.ts resolves an event report's (the web's event page). */
function reportSource(doc: StoredDocument, event: EventRecord): ResolvedSource | undefined {
  const found = attributedSource(event.attribution, event.trigger.start, doc.annotations, doc.annotations);
  if (!found) return undefined;
  const at = event.attribution?.evidence?.start ?? event.trigger.start;
  const parts = sourceParts(found.sourceSpan ? found : { ...found, sourceSpan: sourceWordsIn(doc.text, event.sentence, found.speakerText ?? found.speaker, at) });
  // the words as written always, as the quotes' speaker_text: the name itself where the article writes it so
  return { name: parts.name, text: parts.written ?? parts.name, entityId: parts.entity ?? null, span: parts.span ?? null };
}

export interface ResolvedRole {
  text: string;
  /** Canonical names of the resolved mentions inside the role, else the role text. */
  names: string[];
  entityIds: string[];
}

export interface MergedEvent {
  id: string;
  type: string;
  date: string | null;
  datePrecision: string | null;
  reports: EventReport[];
}

/** A merged event's reports as document and event ids (what event-view/linked-events.ts eventTitles finds a title by). */
export function reportRefs(e: MergedEvent): Array<{ docId: string; eventId: string }> {
  return e.reports.map((r) => ({ docId: r.docId, eventId: r.event.id }));
}

interface MentionData {
  entityId?: string;
  canonical?: string;
}

function mentionsOf(doc: StoredDocument): StoredAnnotation[] {
  return doc.annotations.filter((a) => a.kind === 'mention');
}

/** WordNet's lexicographer file noun.group. */
const NOUN_GROUP = 14;
const groupWords = new Map<string, boolean>();

/** Is some noun sense of the word a body of people ("unit", "subsidiary", "division")? */
function isGroupWord(word: string): boolean {
  let yes = groupWords.get(word);
  if (yes === undefined) {
    const wn = installedWordNet();
    yes = !!wn && wn.synsets(word, 'n').some((id) => wn.lexFile(id) === NOUN_GROUP);
    groupWords.set(word, yes);
  }
  return yes;
}

export function resolveRole(role: EventRole, mentions: StoredAnnotation[]): ResolvedRole {
  // the names holding the role's head ("Dutch police" is the police, not "Dutch"), or the name its
  // words stand for ("the man", "he": the pipeline's referent)
  const { referent } = role;
  const covering = (referent ? mentions.filter((m) => m.start < referent.end && referent.start < m.end) : roleReferents(role, mentions, isGroupWord)).filter((m) => (m.data as MentionData).entityId);
  if (!covering.length) return { text: role.text, names: [role.text], entityIds: [] };
  const data = covering.map((m) => m.data as MentionData);
  return { text: role.text, names: [...new Set(data.map((d) => d.canonical ?? role.text))], entityIds: [...new Set(data.map((d) => d.entityId!))] };
}

/** The clustering of every event in the corpus (pass 1), and where each merged event is complete. */
export interface EventIndex {
  clusterOf: Map<string, number>;
  clusters: Array<{ id: string; type: string; date: string | null; lastDoc: number }>;
}

const refOf = (docId: string, eventId: string) => `${docId}#${eventId}`;

/**
 * Pass 1: walks the documents keeping only each event's coreference input (type, date, place and
 * participant keys) and clusters them as `chronicle events --merged` does, curations included;
 * then keeps ids only: each event's cluster and the position of the last document reporting it.
 */
export async function indexEvents(store: Store, filters: ExportFilters, onDocument: (doc: StoredDocument) => void = () => {}): Promise<EventIndex> {
  const only = await resolveDocIds(store, filters);
  const inputs: EventInput[] = [];
  const position = new Map<string, number>();
  for await (const doc of walkDocuments(store, {})) {
    position.set(doc.id, position.size);
    for (const input of eventInputsOf(doc)) inputs.push(input);
    onDocument(doc);
  }
  const index: EventIndex = { clusterOf: new Map(), clusters: [] };
  for (const c of clusterEvents(inputs, await eventLinks(store))) {
    if (filters.eventType && c.type !== filters.eventType) continue;
    if (only && !c.members.some((m) => only.has(m.docId))) continue;
    const n = index.clusters.length;
    let lastDoc = 0;
    for (const m of c.members) {
      index.clusterOf.set(refOf(m.docId, m.eventId), n);
      lastDoc = Math.max(lastDoc, position.get(m.docId) ?? 0);
    }
    index.clusters.push({ id: c.id, type: c.type, date: c.date, lastDoc });
  }
  return index;
}

export interface EventMerger {
  /** Feed documents in ingest order; returns the merged events this document completes. */
  add(doc: StoredDocument): MergedEvent[];
  /** Whatever is still open at the end (only when documents changed between the passes). */
  finish(): MergedEvent[];
}

export function eventMerger(index: EventIndex): EventMerger {
  const pending = new Map<number, EventReport[]>();
  let i = 0;
  const complete = (c: number): MergedEvent => {
    const cluster = index.clusters[c];
    const reports = pending.get(c)!;
    pending.delete(c);
    // the precision of the report that gives the merged date: none without a date (an unresolved
    // weekday's iso is null too, and matched a null date, so an empty date read "weekday")
    const dated = cluster.date === null ? undefined : reports.find((r) => r.event.date?.iso === cluster.date);
    return { id: cluster.id, type: cluster.type, date: cluster.date, datePrecision: dated?.event.date?.precision ?? null, reports };
  };
  const byId = (a: MergedEvent, b: MergedEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    add(doc) {
      const mentions = mentionsOf(doc);
      const touched = new Set<number>();
      for (const a of doc.annotations) {
        if (a.kind !== 'event') continue;
        const event = a.data as unknown as EventRecord;
        const c = index.clusterOf.get(refOf(doc.id, event.id));
        if (c === undefined) continue; // filtered out, or stored after pass 1
        const report: EventReport = {
          docId: doc.id,
          evidence: a.text,
          event,
          actors: event.actors.map((r) => resolveRole(r, mentions)),
          targets: event.targets.map((r) => resolveRole(r, mentions)),
        };
        const source = reportSource(doc, event);
        if (source) report.source = source;
        const list = pending.get(c);
        if (list) list.push(report);
        else pending.set(c, [report]);
        touched.add(c);
      }
      const done = [...touched].filter((c) => index.clusters[c].lastDoc <= i).map(complete);
      i++;
      return done.sort(byId);
    },
    finish: () => [...pending.keys()].map(complete).sort(byId),
  };
}

/** Every merged event (with a report in the --doc documents, of --event-type), streamed. */
export async function* mergedEvents(store: Store, filters: ExportFilters, onDocument: () => void = () => {}): AsyncGenerator<MergedEvent> {
  const merger = eventMerger(await indexEvents(store, filters, onDocument));
  for await (const doc of walkDocuments(store, {})) {
    yield* merger.add(doc);
    onDocument();
  }
  yield* merger.finish();
}
