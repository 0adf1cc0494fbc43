// An in-memory index over the store's annotations, built on first use and rebuilt when the
// document count changes: entities by key, events with their linked entities, places, claims.
// Read-only views (routes) query it; the store stays the single source of truth.
import type { EventRecord, EventRole, Figure, Place, Quote, Span } from '../types.js';
import type { DocSummary, Store, StoredAnnotation } from '../store/interface.js';
import type { ClaimGroup, EventItem, EventReport, FigureItem, QuoteItem, RoleRef } from './api-types.js';
import { entityKey, placeKey } from './keys.js';
import type { ClaimGroup as CorpusClaimGroup } from '../corpus/claims/group.js';
import { loadClaimGroups, loadEventClusters } from '../corpus/index.js';
import { mergeReports } from './merged-events.js';
import { dateInterval } from './dates.js';

export interface MentionRef extends Span {
  docId: string;
  text: string;
}

export interface EntityEntry {
  key: string;
  name: string;
  type: string;
  aliases: Map<string, number>;
  mentions: MentionRef[];
  docs: Set<string>;
}

export interface PlaceEntry {
  key: string;
  place: Place;
  mentions: MentionRef[];
  docs: Set<string>;
  events: EventItem[];
}

export interface DocEntry extends DocSummary {
  entities: Set<string>;
  eventTypes: Set<string>;
}

type Row = StoredAnnotation & { docId: string };

export class KnowledgeIndex {
  readonly docs = new Map<string, DocEntry>();
  readonly entities = new Map<string, EntityEntry>();
  readonly places = new Map<string, PlaceEntry>();
  /** Real-world events (clusters of reports), in date order, undated last. */
  readonly events: EventItem[] = [];
  /** The merged event each report ("docId:eventId") belongs to. */
  readonly eventByReport = new Map<string, EventItem>();
  reportCount = 0;
  readonly eventsByEntity = new Map<string, Array<{ event: EventItem; role: string }>>();
  readonly figures: FigureItem[] = [];
  readonly quotes: QuoteItem[] = [];
  readonly claims: ClaimGroup[] = [];
  /** Mentions per document, sorted by start, for span → entity lookups. */
  private readonly figureSentences = new Map<FigureItem, Span>();
  private readonly mentionsByDoc = new Map<string, Array<MentionRef & { key: string }>>();

  static async build(store: Store): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex();
    for (const d of await store.listDocuments()) index.docs.set(d.id, { ...d, entities: new Set(), eventTypes: new Set() });
    const all = async (kind: StoredAnnotation['kind']) => store.listAnnotations({ kind });
    index.addMentions(await all('mention'));
    index.addPlaces(await all('place'));
    index.addEvents(await loadEventClusters(store));
    index.addFigures(await all('figure'), await loadClaimGroups(store));
    index.addQuotes(await all('quote'));
    return index;
  }

  private readonly memos = new Map<string, unknown>();

  /** Caches a derived view for the life of this index (it is rebuilt when the store changes). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) {
      if (this.memos.size > 200) this.memos.clear();
      this.memos.set(key, compute());
    }
    return this.memos.get(key) as T;
  }

  title(docId: string): string {
    return this.docs.get(docId)?.title || docId.slice(0, 12);
  }

  /** The entity whose mention best covers a span in a document (most overlap), if any. */
  entityAt(docId: string, span: Span, type?: string, text?: string): string | undefined {
    let best: { key: string; overlap: number } | undefined;
    for (const m of this.mentionsByDoc.get(docId) ?? []) {
      if (m.start >= span.end) break;
      if (type && this.entities.get(m.key)?.type !== type) continue;
      if (text !== undefined && m.text !== text) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: m.key, overlap };
    }
    return best?.key;
  }

  /** A document's entity mentions, in text order. */
  docMentions(docId: string): ReadonlyArray<MentionRef & { key: string }> {
    return this.mentionsByDoc.get(docId) ?? [];
  }

  mentionsIn(docId: string, span: Span): Array<MentionRef & { key: string }> {
    return (this.mentionsByDoc.get(docId) ?? []).filter((m) => m.start >= span.start && m.end <= span.end);
  }

  private addMentions(rows: Row[]): void {
    const names = new Map<string, Map<string, number>>();
    const types = new Map<string, Map<string, number>>();
    const bump = (m: Map<string, Map<string, number>>, key: string, value: string) => {
      let counts = m.get(key);
      if (!counts) m.set(key, (counts = new Map()));
      counts.set(value, (counts.get(value) ?? 0) + 1);
    };
    for (const r of rows) {
      // Resolved entity id when entity resolution ran; (text, type) otherwise.
      const key = typeof r.data.entityId === 'string' ? r.data.entityId : entityKey(r.text, r.label);
      if (key.endsWith(':')) continue;
      bump(names, key, typeof r.data.canonical === 'string' ? r.data.canonical : r.text);
      bump(types, key, r.label);
      let e = this.entities.get(key);
      if (!e) this.entities.set(key, (e = { key, name: r.text, type: r.label, aliases: new Map(), mentions: [], docs: new Set() }));
      const ref = { docId: r.docId, start: r.start, end: r.end, text: r.text };
      e.mentions.push(ref);
      e.docs.add(r.docId);
      e.aliases.set(r.text, (e.aliases.get(r.text) ?? 0) + 1);
      this.docs.get(r.docId)?.entities.add(key);
      let list = this.mentionsByDoc.get(r.docId);
      if (!list) this.mentionsByDoc.set(r.docId, (list = []));
      list.push({ ...ref, key });
    }
    for (const list of this.mentionsByDoc.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
    // Display name: the most frequent resolved name; type: the label most mentions carry.
    const top = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
    for (const e of this.entities.values()) {
      e.name = top(names.get(e.key)!);
      e.type = top(types.get(e.key)!);
    }
  }

  private addPlaces(rows: Row[]): void {
    for (const r of rows) {
      const place = asPlace(r.data.place);
      if (!place) continue;
      const key = placeKey(place);
      let p = this.places.get(key);
      if (!p) this.places.set(key, (p = { key, place, mentions: [], docs: new Set(), events: [] }));
      p.mentions.push({ docId: r.docId, start: r.start, end: r.end, text: r.text });
      p.docs.add(r.docId);
    }
  }

  private addEvents(clusters: Awaited<ReturnType<typeof loadEventClusters>>): void {
    const roleOf = (docId: string) => (x: EventRole): RoleRef => {
      const entity = this.entityAt(docId, x);
      return entity ? { text: x.text, entity } : { text: x.text };
    };
    // Nationalities and other MISC names ("Turkish" in "Turkish police") do not name a participant.
    const nameOf = (key: string) => {
      const e = this.entities.get(key);
      return e && e.type !== 'MISC' ? e.name : undefined;
    };
    for (const c of clusters) {
      const reports: EventReport[] = [];
      for (const r of c.events) {
        const e = r && asEvent(r.data);
        if (!e) continue;
        const role = roleOf(r.docId);
        const at = e.trigger.start - r.start;
        reports.push({
          key: `${r.docId}:${e.id}`,
          docId: r.docId,
          docTitle: this.title(r.docId),
          published: this.docs.get(r.docId)?.published ?? null,
          id: e.id,
          type: e.type,
          trigger: e.trigger.text,
          triggerSpan: at >= 0 && at + e.trigger.text.length <= r.text.length ? { start: at, end: at + e.trigger.text.length } : { start: 0, end: 0 },
          sentence: r.text,
          sentenceSpan: { start: r.start, end: r.end },
          date: e.date ? { iso: e.date.iso, precision: e.date.precision } : null,
          place: e.place ? { text: e.place.text, ...(e.place.place ? { place: e.place.place } : {}) } : null,
          actors: (e.actors ?? []).map(role),
          targets: (e.targets ?? []).map(role),
          counts: e.counts ?? {},
          status: e.status,
          ...(e.attribution?.source ? { attribution: e.attribution.source } : {}),
        });
      }
      if (!reports.length) continue;
      // Reports in date order of their articles, so the first report comes first.
      reports.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.key.localeCompare(b.key));
      const item = mergeReports(c.id, c.type, reports, nameOf);
      this.events.push(item);
      for (const rep of reports) {
        this.reportCount++;
        this.eventByReport.set(rep.key, item);
        this.docs.get(rep.docId)?.eventTypes.add(rep.type);
      }
      this.linkEvent(item);
    }
    this.events.sort(compareEvents);
  }

  /** Links a merged event to the entities in its reports (strongest role wins) and to its places. */
  private linkEvent(item: EventItem): void {
    const linked = new Map<string, string>();
    const places = new Set<string>();
    for (const r of item.reports) {
      for (const a of r.actors) if (a.entity && !linked.has(a.entity)) linked.set(a.entity, 'actor');
      for (const t of r.targets) if (t.entity && !linked.has(t.entity)) linked.set(t.entity, 'target');
    }
    for (const r of item.reports) {
      if (r.place) {
        const p = this.entityAt(r.docId, { start: r.sentenceSpan.start, end: r.sentenceSpan.end }, undefined, r.place.text);
        if (p && !linked.has(p)) linked.set(p, 'place');
        if (r.place.place) places.add(placeKey(r.place.place));
      }
    }
    for (const r of item.reports) for (const m of this.mentionsIn(r.docId, r.sentenceSpan)) if (!linked.has(m.key)) linked.set(m.key, 'mentioned');
    for (const [key, roleName] of linked) {
      let list = this.eventsByEntity.get(key);
      if (!list) this.eventsByEntity.set(key, (list = []));
      list.push({ event: item, role: roleName });
    }
    for (const key of places) this.places.get(key)?.events.push(item);
  }

  private addFigures(rows: Row[], groups: CorpusClaimGroup[]): void {
    for (const r of rows) {
      const f = r.data as Partial<Figure>;
      if (typeof f.value !== 'number' || typeof f.what !== 'string') continue;
      const sentence = isSpan(f.sentence) ? f.sentence : { start: r.start, end: r.end };
      const item: FigureItem = {
        docId: r.docId,
        docTitle: this.title(r.docId),
        published: this.docs.get(r.docId)?.published ?? null,
        text: r.text,
        value: f.value,
        qualifier: f.qualifier ?? r.label,
        what: f.what,
        claim: '',
        source: f.attribution?.source ?? null,
        evidence: '',
        evidenceSpan: { start: r.start - sentence.start, end: r.end - sentence.start },
        start: r.start,
        end: r.end,
      };
      this.figureSentences.set(item, sentence); // text filled in by attachEvidence
      this.figures.push(item);
    }
    // Claim groups come from corpus resolution: same counted population, several reports.
    const byRef = new Map(this.figures.map((f) => [`${f.docId}:${f.start}`, f]));
    for (const g of groups) {
      const figures = g.claims.map((c) => byRef.get(`${c.docId}:${c.start}`)).filter((f): f is FigureItem => !!f);
      for (const f of figures) f.claim = g.id;
      const values = [...new Set(figures.map((f) => f.value))].sort((x, y) => x - y);
      this.claims.push({ key: g.id, what: g.quantity, disputed: g.disputed, values, figures });
    }
  }

  /** Fills each figure's evidence sentence from the document text. */
  async attachEvidence(textOf: (docId: string) => Promise<string | null>): Promise<void> {
    for (const f of this.figures) {
      const s = this.figureSentences.get(f);
      const text = await textOf(f.docId);
      if (!text || !s) {
        f.evidence = f.text;
        f.evidenceSpan = { start: 0, end: f.text.length };
        continue;
      }
      f.evidence = text.slice(s.start, s.end);
    }
    this.figureSentences.clear();
  }

  private addQuotes(rows: Row[]): void {
    for (const r of rows) {
      const q = r.data as Partial<Quote>;
      const speaker = typeof q.speaker === 'string' ? q.speaker : null;
      let speakerEntity = isSpan(q.speakerSpan) ? this.entityAt(r.docId, q.speakerSpan, 'PER') ?? this.entityAt(r.docId, q.speakerSpan) : undefined;
      if (!speakerEntity && speaker) {
        const key = entityKey(speaker, 'PER');
        if (this.entities.has(key)) speakerEntity = key;
      }
      this.quotes.push({
        docId: r.docId,
        docTitle: this.title(r.docId),
        text: r.text,
        kind: q.kind ?? r.label,
        speaker,
        ...(speakerEntity ? { speakerEntity } : {}),
        start: r.start,
        end: r.end,
      });
    }
  }
}

function compareEvents(a: EventItem, b: EventItem): number {
  const da = a.interval?.start ?? '9999';
  const db = b.interval?.start ?? '9999';
  return da.localeCompare(db) || b.documentCount - a.documentCount || a.key.localeCompare(b.key);
}

function isSpan(x: unknown): x is Span {
  return !!x && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';
}

function asPlace(x: unknown): Place | null {
  const p = x as Partial<Place> | undefined;
  return p && typeof p.name === 'string' && typeof p.lat === 'number' && typeof p.lon === 'number' ? (p as Place) : null;
}

function asEvent(x: unknown): EventRecord | null {
  const e = x as Partial<EventRecord> | undefined;
  return e && typeof e.id === 'string' && typeof e.type === 'string' && e.trigger && typeof e.trigger.text === 'string'
    ? (e as EventRecord)
    : null;
}
