// Merged real-world events as readers see them, built from the corpus's event clusters: each
// report with its article, parties linked to their entities, attribution resolved, the event's
// title, date and place (merged-events.ts), and the entities and places it links. The server's
// corpus view serves them; `chronicle events --merged` and the exports take their titles from here,
// so that an event has one name everywhere.
import type { EventRecord, EventRole } from '../types.js';
import type { Store, StoredAnnotation } from '../store/interface.js';
import type { EventItem, EventReport, RoleRef } from './types.js';
import { loadEventClusters } from '../corpus/index.js';
import { documentOverrides } from '../corpus/curation.js';
import { entityAtSpan, keyedMentions, type KeyedMention } from '../store/summaries.js';
import { placeKey } from '../store/keys.js';
import { mergeReports } from './merged-events.js';
import { attributedSource, groupByDoc, sourceParts, type AttributedSource } from '../figure-sources.js';
import { comparePublished, dateInterval } from '../date-interval.js';

const ID_CHUNK = 500;

export interface LinkedEvent {
  event: EventItem;
  /** Entity key → strongest role in the event (actor, target, place, mentioned). */
  entities: Array<[string, string]>;
  places: string[];
}

/** A merged event's title found by its reports: null when none of them is known. */
export type EventTitleOf = (reports: ReadonlyArray<{ docId: string; eventId: string }>) => string | null;

/** What the timeline and the event page call each merged event ("Attack in Goma"), found by any of
 *  its reports: for `chronicle events --merged` and the exports, which cluster the same reports and
 *  so name each event as the web pages do, from the one place titles are built (merged-events.ts). */
export async function eventTitles(store: Store, clusters?: Awaited<ReturnType<typeof loadEventClusters>>): Promise<EventTitleOf> {
  const titles = new Map<string, string>();
  for (const { event } of await mergedEvents(store, clusters)) for (const r of event.reports) titles.set(r.key, event.title);
  return (reports) => reports.map((r) => titles.get(`${r.docId}:${r.eventId}`)).find((t) => t !== undefined) ?? null;
}

/** Every merged event, in date order (undated last), with the entities and places it links. */
export async function mergedEvents(store: Store, given?: Awaited<ReturnType<typeof loadEventClusters>>): Promise<LinkedEvent[]> {
  const clusters = given ?? (await loadEventClusters(store));
  const docIds = [...new Set(clusters.flatMap((c) => c.events.filter(Boolean).map((e) => e.docId)))];
  const docs = new Map<string, { title: string; published: string | null }>();
  const mentions = new Map<string, KeyedMention[]>();
  const overrides = await documentOverrides(store);
  for (let i = 0; i < docIds.length; i += ID_CHUNK)
    for (const d of await store.documentSummaries(docIds.slice(i, i + ID_CHUNK))) docs.set(d.id, { title: d.title, published: overrides.published(d.id, d.source, d.published) });
  // Who a report is attributed to is resolved as a figure's source is (figure-sources.ts), from the
  // article's mentions and quotes: read for the articles with an attributed report only.
  const attributed = new Set(clusters.flatMap((c) => c.events.filter((r) => r && asEvent(r.data)?.attribution?.source).map((r) => r!.docId)));
  const mentionRows = new Map<string, StoredAnnotation[]>();
  // a chunk of documents' mentions per query (their entity only: what keyedMentions reads), not one query per document
  for (let i = 0; i < docIds.length; i += ID_CHUNK) {
    const chunk = docIds.slice(i, i + ID_CHUNK);
    const byDoc = new Map<string, StoredAnnotation[]>(chunk.map((id) => [id, []]));
    for (const m of await store.mentionEntitiesOfDocuments(chunk)) byDoc.get(m.docId)?.push(m);
    for (const [id, rows] of byDoc) {
      mentions.set(id, keyedMentions(rows));
      if (attributed.has(id)) mentionRows.set(id, rows);
    }
  }
  // their quotes a chunk of documents per query, as their mentions
  const quotes = new Map<string, StoredAnnotation[]>();
  const attributedIds = [...attributed];
  for (let i = 0; i < attributedIds.length; i += ID_CHUNK)
    for (const [id, rows] of groupByDoc(await store.annotationsOfDocuments('quote', attributedIds.slice(i, i + ID_CHUNK)))) quotes.set(id, rows);
  const sourceOf = (docId: string, e: EventRecord) => attributedSource(e.attribution, e.trigger.start, mentionRows.get(docId) ?? [], quotes.get(docId) ?? []);
  const title = (docId: string) => docs.get(docId)?.title || docId.slice(0, 12);

  const built: Array<{ event: EventItem; reports: EventReport[] }> = [];
  const roleKeys = new Set<string>();
  for (const c of clusters) {
    const reports: EventReport[] = [];
    for (const r of c.events) {
      const e = r && asEvent(r.data);
      if (!e) continue;
      const ms = mentions.get(r.docId) ?? [];
      const role = (x: EventRole): RoleRef => {
        // a description or pronoun that names someone elsewhere ("the man", "he") links to that name's entity
        const entity = entityAtSpan(ms, x.referent ?? x);
        if (entity) roleKeys.add(entity);
        return entity ? { text: x.text, entity, ...(x.referent ? { referent: x.referent.name } : {}) } : { text: x.text };
      };
      const at = e.trigger.start - r.start;
      reports.push({
        key: `${r.docId}:${e.id}`,
        docId: r.docId,
        docTitle: title(r.docId),
        published: docs.get(r.docId)?.published ?? null,
        id: e.id,
        type: e.type,
        trigger: e.trigger.text,
        triggerSpan: at >= 0 && at + e.trigger.text.length <= r.text.length ? { start: at, end: at + e.trigger.text.length } : { start: 0, end: 0 },
        sentence: r.text,
        sentenceSpan: { start: r.start, end: r.end },
        // a range written as one mention ("from 3 to 10 September") keeps its last day
        date: e.date ? { iso: e.date.iso, precision: e.date.precision, ...(e.date.end ? { end: e.date.end } : {}) } : null,
        ...(e.date?.iso && e.date.isStart ? { dateIsStart: true as const } : {}),
        place: e.place ? { text: e.place.text, ...(e.place.place ? { place: e.place.place } : {}), ...(e.place.inferred ? { inferred: true as const } : {}) } : null,
        actors: (e.actors ?? []).map(role),
        targets: (e.targets ?? []).map(role),
        counts: e.counts ?? {},
        status: e.status,
        ...(e.background ? { background: true as const } : {}),
        ...attributionFields(sourceOf(r.docId, e)),
      });
    }
    if (!reports.length) continue;
    // Reports in date order of their articles, so the first report comes first; one whose
    // article gives no year ("--02-14") cannot be placed among them and comes after.
    reports.sort((a, b) => comparePublished(a.published, b.published) || a.key.localeCompare(b.key));
    built.push({ event: { key: c.id, type: c.type } as EventItem, reports });
  }
  // Nationalities and other MISC names ("Turkish" in "Turkish police") do not name a participant.
  const names = new Map<string, { name: string; type: string }>();
  const keys = [...roleKeys];
  for (let i = 0; i < keys.length; i += ID_CHUNK)
    for (const e of (await store.queryEntities({ keys: keys.slice(i, i + ID_CHUNK) })).items) names.set(e.key, e);
  const nameOf = (key: string) => {
    const e = names.get(key);
    return e && e.type !== 'MISC' ? e.name : undefined;
  };
  // Nor is a role linked to one: "An American leader of a U.N. weapons inspection team" linked to
  // "American" sent a reader who followed "By" to the nationality. A MISC name that is most of the
  // role's words ("Kurdish rebels" is not; "the Taliban" as MISC is) keeps its link.
  const unlinkModifier = (r: RoleRef): RoleRef => {
    const e = r.entity ? names.get(r.entity) : undefined;
    return e && e.type === 'MISC' && e.name.length < r.text.trim().length * 0.6 ? { text: r.text } : r;
  };
  for (const { reports } of built)
    for (const r of reports) {
      r.actors = r.actors.map(unlinkModifier);
      r.targets = r.targets.map(unlinkModifier);
    }
  const entityOfPlace = await placeEntities(store);
  const out = built.map(({ event, reports }) => {
    const item = withArticleDate(mergeReports(event.key, event.type, reports, nameOf));
    return { event: item, ...links(item, mentions, entityOfPlace) };
  });
  return out.sort((a, b) => compareEvents(a.event, b.event));
}

/** Place key → the entity the map links that place to (its first mention's; places are bounded by the gazetteer). */
async function placeEntities(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of (await store.queryPlaces({})).items) if (p.entity) out.set(p.key, p.entity);
  return out;
}

/** The entities in an event's reports (strongest role wins) and its places. */
function links(item: EventItem, mentions: Map<string, KeyedMention[]>, entityOfPlace: Map<string, string>): { entities: Array<[string, string]>; places: string[] } {
  const linked = new Map<string, string>();
  const places = new Set<string>();
  for (const r of item.reports) {
    for (const a of r.actors) if (a.entity && !linked.has(a.entity)) linked.set(a.entity, 'actor');
    for (const t of r.targets) if (t.entity && !linked.has(t.entity)) linked.set(t.entity, 'target');
  }
  for (const r of item.reports) {
    if (!r.place) continue;
    const p = entityAtSpan(mentions.get(r.docId) ?? [], r.sentenceSpan, undefined, r.place.text);
    if (p && !linked.has(p)) linked.set(p, 'place');
    if (!r.place.place) continue;
    const key = placeKey(r.place.place);
    places.add(key);
    // the entity the map links the place to lists the events the map shows there: one set out
    // elsewhere in its article ("MOSCOW, October 21." above it) had no mention in the sentence
    const atPlace = entityOfPlace.get(key);
    if (atPlace && !linked.has(atPlace)) linked.set(atPlace, 'place');
  }
  for (const r of item.reports)
    for (const m of mentions.get(r.docId) ?? [])
      if (m.start >= r.sentenceSpan.start && m.end <= r.sentenceSpan.end && !linked.has(m.key)) linked.set(m.key, 'mentioned');
  return { entities: [...linked], places: [...places] };
}

/** An event whose reports give no dated day, month or year can still be placed at its first
 *  report's publication date; kept apart from `interval`, so it is never mistaken for the event's date. */
function withArticleDate(item: EventItem): EventItem {
  if (item.interval) return item;
  const published = item.reports.map((r) => r.published).filter((p): p is string => !!p && /^\d{4}/.test(p)).sort()[0];
  const articleInterval = dateInterval(published);
  return articleInterval ? { ...item, articleInterval } : item;
}

function compareEvents(a: EventItem, b: EventItem): number {
  const da = a.interval?.start ?? '9999';
  const db = b.interval?.start ?? '9999';
  return da.localeCompare(db) || b.documentCount - a.documentCount || a.key.localeCompare(b.key);
}

/** A report's source as EventReport gives it (see there). */
function attributionFields(source: AttributedSource | undefined): Pick<EventReport, 'attribution' | 'attributionText' | 'attributionEntity'> {
  if (!source) return {};
  const { name, written, entity } = sourceParts(source);
  return { attribution: name, ...(written ? { attributionText: written } : {}), ...(entity ? { attributionEntity: entity } : {}) };
}

function asEvent(x: unknown): EventRecord | null {
  const e = x as Partial<EventRecord> | undefined;
  return e && typeof e.id === 'string' && typeof e.type === 'string' && e.trigger && typeof e.trigger.text === 'string'
    ? (e as EventRecord)
    : null;
}
