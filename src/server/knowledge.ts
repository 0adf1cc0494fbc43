// Building API items from store rows: the store answers each query by index from its summaries,
// the corpus snapshot adds merged events and claim groups. Nothing here reads the whole corpus.
import type { Figure, Span } from '../types.js';
import type { EntityRow, PlaceRow, QuoteRow, Store, StoredAnnotation } from '../store/interface.js';
import type { EntityItem, EventItem, FigureItem, PlaceItem, QuoteItem, SameText } from './api-types.js';
import { figureSources, sourceParts, type AttributedSource } from '../figure-sources.js';
import { copiedDocuments, nearDuplicateGroups, repeatedFromGroups, type NearDuplicateGroups, type ReportRow } from '../corpus/report-counts.js';
import type { AppContext } from './router.js';
import type { CorpusSnapshot } from './corpus-cache.js';
import { countsBrief } from '../event-view/merged-events.js';
import { placeKey, quoteKey } from './keys.js';
import { placeCopies } from './place-copies.js';
import { countryNumericCode } from './country-ids.js';
import { shownQuote } from '../quote-text.js';

/** A place's `countryId` field, absent when its country has no numeric code. */
function withCountryId(countryCode: string | null): { countryId?: string } {
  const id = countryNumericCode(countryCode);
  return id ? { countryId: id } : {};
}

/** Most documents/events listed per place (the counts say how many there are). */
const LIST_CAP = 50;
const ID_CHUNK = 500;

/** The near-duplicate groups and what their documents name (cached until the store changes). */
export function duplicateGroups(app: AppContext): Promise<NearDuplicateGroups> {
  return app.cached('near-duplicate-groups', () => nearDuplicateGroups(app.store));
}

/** How many of an event's articles copy another of its articles (the reports that `withCopies`,
 *  routes/events.ts, marks, each article once): the timeline, the map and the reader count
 *  sources as the event page does. */
export function copiedArticles(e: EventItem, groupOf: Map<string, number>): number {
  return copiedDocuments(e.reports.map((r) => r.docId), groupOf);
}

/** Place key → copies to subtract from its document count (cached until the store changes). */
export function placeCopiesOf(app: AppContext): Promise<Map<string, number>> {
  return app.cached('place-copies', async () => placeCopies(app.store, await duplicateGroups(app)));
}

/** Entity key → copies to subtract from its document count (cached until the store changes). */
export function repeatedReportsOf(app: AppContext): Promise<Map<string, number>> {
  return app.cached('repeated-reports', async () => repeatedFromGroups(await duplicateGroups(app)));
}

export function entityItem(e: ReportRow): EntityItem {
  return { key: e.key, name: e.name, type: e.type, mentions: e.mentions, documents: e.documents, ...(e.copies ? { copies: e.copies } : {}) };
}

/** For each of `ids` in a near-duplicate group, the group's other articles (the same text on another
 *  site), with their titles: a listing says so, as the two read as independent reports otherwise. */
export async function sameTextAs(app: AppContext, ids: string[]): Promise<Map<string, SameText[]>> {
  const { groupOf } = await duplicateGroups(app);
  const others = (id: string) => [...groupOf].filter(([other, g]) => other !== id && g === groupOf.get(id)).map(([other]) => other);
  const copies = new Map(ids.filter((id) => groupOf.has(id)).map((id) => [id, others(id)]));
  const info = await docInfo(app.store, [...copies.values()].flat());
  return new Map([...copies].filter(([, o]) => o.length).map(([id, o]) => [id, o.map((other) => ({ id: other, title: titleOf(info, other) }))]));
}

/** Titles and publication dates of documents, by id. */
export async function docInfo(store: Store, ids: Iterable<string>): Promise<Map<string, { title: string; published: string | null }>> {
  const list = [...new Set(ids)];
  const out = new Map<string, { title: string; published: string | null }>();
  for (let i = 0; i < list.length; i += ID_CHUNK) for (const d of await store.documentSummaries(list.slice(i, i + ID_CHUNK))) out.set(d.id, d);
  return out;
}

export function titleOf(info: Map<string, { title: string }>, docId: string): string {
  return info.get(docId)?.title || docId.slice(0, 12);
}

/** What a place's counts need of the near-duplicate groups: each document's group, and per place
 *  its further copies (placeCopiesOf). */
export interface PlaceCopies {
  groupOf: Map<string, number>;
  copiesOf: Map<string, number>;
}

export async function placeItem(store: Store, corpus: CorpusSnapshot, copies: PlaceCopies, p: PlaceRow, documentLimit = LIST_CAP, eventLimit = LIST_CAP): Promise<PlaceItem> {
  return (await placeItems(store, corpus, copies, [p], documentLimit, eventLimit))[0];
}

/** Place items with their first documents (read for all of them in one query) and events;
 *  `documentCount` counts a near-duplicate group once, `copies` the further copies listed. */
export async function placeItems(store: Store, corpus: CorpusSnapshot, { groupOf, copiesOf }: PlaceCopies, places: PlaceRow[], documentLimit = LIST_CAP, eventLimit = LIST_CAP): Promise<PlaceItem[]> {
  const documents = new Map<string, PlaceItem['documents']>();
  if (documentLimit > 0)
    for (const d of await store.placeDocumentLists(places.map((p) => p.key), documentLimit)) {
      let list = documents.get(d.key);
      if (!list) documents.set(d.key, (list = []));
      list.push({ id: d.id, title: d.title || d.id.slice(0, 12) });
    }
  return places.map((p) => {
    const events = corpus.eventsByPlace.get(p.key) ?? [];
    const inferred = events.filter((e) => onlyInferredAt(e, p.key)).length;
    const copies = Math.min(copiesOf.get(p.key) ?? 0, p.documents - 1);
    return {
      key: p.key,
      name: p.place.name,
      country: p.place.country,
      ...withCountryId(p.place.countryCode),
      kind: p.place.kind,
      lat: p.place.lat,
      lon: p.place.lon,
      mentions: p.mentions,
      documentCount: p.documents - copies,
      ...(copies > 0 ? { copies } : {}),
      documents: documents.get(p.key) ?? [],
      eventCount: events.length,
      ...(inferred ? { inferredEventCount: inferred } : {}),
      events: events.slice(0, eventLimit).map((e) => {
        const copies = copiedArticles(e, groupOf);
        return { key: e.key, type: e.type, title: e.title, date: e.date, documentCount: e.documentCount, ...(copies ? { copies } : {}), ...(onlyInferredAt(e, p.key) ? { placeInferred: true as const } : {}), ...countsBrief(e) };
      }),
      eventTypes: [...new Set(events.map((e) => e.type))].sort(),
      ...(p.entity ? { entity: p.entity } : {}),
    };
  });
}

/** Whether no report states the event at this place: each that places it there inferred it from
 *  its article (the country of its dateline, a court or venue it names), often an article that does
 *  not name the place. */
function onlyInferredAt(e: EventItem, key: string): boolean {
  return !e.reports.some((r) => r.place?.place && !r.place.inferred && placeKey(r.place.place) === key);
}

type FigureRow = StoredAnnotation & { docId: string };

/** Figures with their evidence sentence (kept with the figure when stored) and claim key. */
export async function figureItems(app: AppContext, corpus: CorpusSnapshot, rows: FigureRow[]): Promise<FigureItem[]> {
  const info = await docInfo(app.store, rows.map((r) => r.docId));
  // figures stored before their sentence was kept with them: their documents' texts, in one read
  const [texts, sources] = await Promise.all([
    app.textsOf(rows.filter((r) => typeof r.data.sentenceText !== 'string').map((r) => r.docId)),
    figureSources(app.store, rows),
  ]);
  const items: FigureItem[] = [];
  for (const [i, r] of rows.entries()) {
    const f = r.data as Partial<Figure> & { sentenceText?: unknown };
    if (typeof f.value !== 'number' || typeof f.what !== 'string') continue;
    const sentence: Span = isSpan(f.sentence) ? f.sentence : { start: r.start, end: r.end };
    let evidence = typeof f.sentenceText === 'string' ? f.sentenceText : (texts.get(r.docId) ?? '').slice(sentence.start, sentence.end);
    let evidenceSpan = { start: r.start - sentence.start, end: r.end - sentence.start };
    if (!evidence) {
      evidence = r.text;
      evidenceSpan = { start: 0, end: r.text.length };
    }
    items.push({
      docId: r.docId,
      docTitle: titleOf(info, r.docId),
      published: info.get(r.docId)?.published ?? null,
      text: r.text,
      value: f.value,
      qualifier: f.qualifier ?? r.label,
      ...(typeof f.unit === 'string' && f.unit ? { unit: f.unit } : {}),
      ...(typeof f.vagueWords === 'string' && f.vagueWords ? { vagueWords: f.vagueWords } : {}),
      ...(typeof f.qualifierWords === 'string' && f.qualifierWords ? { qualifierWords: f.qualifierWords } : {}),
      what: f.what,
      claim: corpus.claimOfFigure.get(`${r.docId}:${r.start}`) ?? '',
      ...figureSourceFields(sources.get(i)),
      evidence,
      evidenceSpan,
      start: r.start,
      end: r.end,
    });
  }
  return items;
}

/** A figure's source fields, null for a figure without a source. */
function figureSourceFields(source: AttributedSource | undefined): Pick<FigureItem, 'source' | 'sourceText' | 'sourceEntity'> {
  return source ? sourceFields(source) : { source: null };
}

/** A figure's source as the API gives it (FigureItem's source, sourceText, sourceEntity). */
export function sourceFields(source: AttributedSource): { source: string; sourceText?: string; sourceEntity?: string } {
  const { name, written, entity } = sourceParts(source);
  return { source: name, ...(written ? { sourceText: written } : {}), ...(entity ? { sourceEntity: entity } : {}) };
}

/** The stored figures at these locations ([docId, start]), in the given order. */
export async function figuresAt(store: Store, refs: Array<[string, number]>): Promise<FigureRow[]> {
  const byRef = new Map((await store.annotationsAt('figure', refs)).map((r) => [`${r.docId}:${r.start}`, r]));
  return refs.map(([d, s]) => byRef.get(`${d}:${s}`)).filter((r): r is FigureRow => !!r);
}

export async function quoteItems(store: Store, rows: QuoteRow[]): Promise<QuoteItem[]> {
  const info = await docInfo(store, rows.map((r) => r.docId));
  // A speaker key that no entity has (a name never tagged as a mention) is not linked.
  const keys = [...new Set(rows.map((r) => r.speakerEntity).filter((k): k is string => !!k))];
  const known = new Set(keys.length ? (await store.queryEntities({ keys })).items.map((e) => e.key) : []);
  return rows.map((r) => {
    const speaker = typeof r.data.speaker === 'string' ? r.data.speaker : null;
    // the quote's words without the comma before its cue, its end (and so its key) moved to match
    const { text, end } = shownQuote(r);
    return {
      key: quoteKey({ docId: r.docId, start: r.start, end }),
      docId: r.docId,
      docTitle: titleOf(info, r.docId),
      text,
      kind: typeof r.data.kind === 'string' ? r.data.kind : r.label,
      speaker,
      ...(r.speakerEntity && known.has(r.speakerEntity) ? { speakerEntity: r.speakerEntity } : {}),
      start: r.start,
      end,
    };
  });
}

function isSpan(x: unknown): x is Span {
  return !!x && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';
}
