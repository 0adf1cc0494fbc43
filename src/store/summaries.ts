// Summaries kept next to the annotations so reads never scan the corpus: per-entity counts and
// surface forms, per-document entity sets, entity pairs (same document / named close together),
// per-place counts, quote speakers. Each document's contribution is computed here (pure), added at
// save time and subtracted/re-added when its mentions are re-resolved; engines only apply deltas.
import type { Place, Span } from '../types.js';
import type { EntitySort } from './interface.js';
import { mentionKey, normaliseName, placeKey, entityKey } from './keys.js';
import { speakerEntity } from '../speaker-entity.js';

/** Two mentions this close (in characters) are "named together": roughly the same sentence. */
export const NEAR_CHARS = 200;

/** ORDER BY of each entity sort; the same SQL in both stores; the default is the one the rank indexes serve. */
export const ENTITY_ORDER: Record<EntitySort, string> = {
  articles: 'documents DESC, mentions DESC, name',
  mentions: 'mentions DESC, documents DESC, name',
  name: 'name_norm, name, key',
  type: 'type, documents DESC, mentions DESC, name',
};

/** The kinds a document's summaries are computed from. */
export const SUMMARY_KINDS = ['mention', 'place', 'quote'] as const;

export interface SummaryRow extends Span {
  kind: string;
  label: string;
  text: string;
  data: Record<string, unknown>;
}

export interface KeyedMention extends Span {
  key: string;
  text: string;
  type: string;
}

/** Form kinds kept per entity: resolved name, type label, surface form. */
export type FormKind = 'name' | 'label' | 'alias';

export interface EntityDelta {
  mentions: number;
  documents: number;
  /** `${FormKind}\u0000${value}` → count. */
  forms: Map<string, number>;
}

export interface PlaceDelta {
  /** The place as the row shows it: of the names the added mentions give it, the preferred one (preferredPlaceName). */
  place: Place;
  mentions: number;
  documents: number;
  first: { docId: string; start: number };
  entity: string | null;
  /** The first mention (and its entity) was decided over the whole store (settleFirstMentions): it
   *  replaces the stored one. Otherwise a stored place keeps its first mention (a save comes later). */
  settled?: true;
}

export interface PairCounts {
  docs: number;
  near: number;
}

export interface SummaryDelta {
  entities: Map<string, EntityDelta>;
  /** a → b → shared documents and close mention pairs, both directions. Nested rather than keyed
   * by "a b": a batch of 256 articles adds up some 50,000 pairs, and building a key string for
   * each, twice, was a tenth of the store's JavaScript time. */
  pairs: Map<string, Map<string, PairCounts>>;
  places: Map<string, PlaceDelta>;
  /** Per-document rows to insert (documents added). */
  docEntities: Array<{ docId: string; key: string; mentions: number }>;
  placeDocs: Array<{ key: string; docId: string; mentions: number }>;
  quoteSpeakers: Array<{ docId: string; start: number; end: number; entity: string | null; speakerNorm: string | null }>;
  /** Documents whose per-document rows are deleted (contributions subtracted). */
  removedDocs: string[];
}

export function emptyDelta(): SummaryDelta {
  return { entities: new Map(), pairs: new Map(), places: new Map(), docEntities: [], placeDocs: [], quoteSpeakers: [], removedDocs: [] };
}

/** A document's mentions with their entity keys, in text order (longest first at equal starts). */
const keyedByArticle = new WeakMap<readonly SummaryRow[], KeyedMention[]>();

/** keyedMentions of one article's annotations, made once per array: each of its quotes, figures and reports asks. */
export function articleMentions(rows: readonly SummaryRow[]): KeyedMention[] {
  let keyed = keyedByArticle.get(rows);
  if (!keyed) keyedByArticle.set(rows, (keyed = keyedMentions(rows)));
  return keyed;
}

export function keyedMentions(rows: readonly SummaryRow[]): KeyedMention[] {
  const out: KeyedMention[] = [];
  for (const r of rows) {
    if (r.kind !== 'mention') continue;
    const key = mentionKey(r);
    if (key) out.push({ key, start: r.start, end: r.end, text: r.text, type: r.label });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entity whose mention best covers a span (most overlap), optionally of one type or with this text. */
export function entityAtSpan(mentions: readonly KeyedMention[], span: Span, type?: string, text?: string): string | undefined {
  let best: { key: string; overlap: number } | undefined;
  for (const m of mentions) {
    if (m.start >= span.end) break;
    if (type && m.type !== type) continue;
    if (text !== undefined && m.text !== text) continue;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: m.key, overlap };
  }
  return best?.key;
}

export function asPlace(x: unknown): Place | null {
  const p = x as Partial<Place> | undefined;
  return p && typeof p.name === 'string' && typeof p.lat === 'number' && typeof p.lon === 'number' ? (p as Place) : null;
}

/** Whether a stored row is a place annotation of this place key. */
export function isPlace(r: SummaryRow, key: string): boolean {
  const place = r.kind === 'place' ? asPlace(r.data.place) : null;
  return place !== null && placeKey(place) === key;
}

/** Adds (sign 1) or subtracts (sign -1) one document's contribution, computed from its stored rows. */
export function addDocument(delta: SummaryDelta, docId: string, rows: SummaryRow[], sign: 1 | -1): void {
  const mentions = keyedMentions(rows);
  const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

  const perEntity = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'mention') continue;
    const key = mentionKey(r);
    if (!key) continue;
    let e = delta.entities.get(key);
    if (!e) delta.entities.set(key, (e = { mentions: 0, documents: 0, forms: new Map() }));
    e.mentions += sign;
    bump(e.forms, `name\u0000${typeof r.data.canonical === 'string' ? r.data.canonical : r.text}`, sign);
    bump(e.forms, `label\u0000${r.label}`, sign);
    bump(e.forms, `alias\u0000${r.text}`, sign);
    bump(perEntity, key, 1);
  }
  for (const [key, n] of perEntity) {
    delta.entities.get(key)!.documents += sign;
    if (sign > 0) delta.docEntities.push({ docId, key, mentions: n });
  }

  const count = (a: string, b: string, docs: number, near: number) => {
    let row = delta.pairs.get(a);
    if (!row) delta.pairs.set(a, (row = new Map()));
    const p = row.get(b);
    if (p) {
      p.docs += docs;
      p.near += near;
    } else row.set(b, { docs, near });
  };
  const pair = (a: string, b: string, docs: number, near: number) => {
    count(a, b, docs, near);
    count(b, a, docs, near);
  };
  // a credit line's reporters and the dateline's agency wrote or sent the story: they link no one in it
  const linking = keyedMentions(rows.filter((r) => r.data.role !== 'credit'));
  const keys = [...new Set(linking.map((m) => m.key))].sort();
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pair(keys[i], keys[j], sign, 0);
  for (let i = 0; i < linking.length; i++)
    for (let j = i + 1; j < linking.length && linking[j].start - linking[i].end <= NEAR_CHARS; j++)
      if (linking[i].key !== linking[j].key) pair(linking[i].key, linking[j].key, 0, sign);

  const perPlace = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'place') continue;
    const place = asPlace(r.data.place);
    if (!place) continue;
    const key = placeKey(place);
    let p = delta.places.get(key);
    if (!p) {
      const entity = entityAtSpan(mentions, r) ?? null;
      delta.places.set(key, (p = { place, mentions: 0, documents: 0, first: { docId, start: r.start }, entity }));
    } else if (sign > 0 && preferredPlaceName(place.name, p.place.name)) p.place = place;
    p.mentions += sign;
    bump(perPlace, key, 1);
  }
  for (const [key, n] of perPlace) {
    delta.places.get(key)!.documents += sign;
    if (sign > 0) delta.placeDocs.push({ key, docId, mentions: n });
  }

  if (sign > 0) {
    for (const r of rows) {
      if (r.kind !== 'quote') continue;
      const speaker = typeof r.data.speaker === 'string' ? r.data.speaker : null;
      // A speaker named without a mention or a link falls back to the unresolved key, checked when read.
      const entity = speakerEntity(mentions, r.data) ?? (speaker ? entityKey(speaker, 'PER') : null);
      delta.quoteSpeakers.push({ docId, start: r.start, end: r.end, entity, speakerNorm: speaker ? normaliseName(speaker) : null });
    }
  } else delta.removedDocs.push(docId);
}

/**
 * Whether `offered` is the name a place's row shows rather than `shown`. A place's mentions name it
 * as each article writes it ("North Kivu", "North Kivu province"); keeping the first saved one made
 * the name depend on which worker saved first. The shorter name wins, then the first in code point
 * order, whatever the order of saving. Both engines' upserts apply the same rule: placeNameWins.
 */
export function preferredPlaceName(offered: string, shown: string): boolean {
  const [a, b] = [[...offered].length, [...shown].length];
  return a < b || (a === b && offered < shown);
}

/**
 * preferredPlaceName in SQL, for an upsert of place_summary: whether the row offered (`excluded`)
 * renames the stored one. `name(x)` reads the name from a place_json; `collate` makes the engine
 * compare by code point (SQLite's BINARY already does). Only a delta that adds mentions offers its name.
 */
export function placeNameWins(stored: string, name: (json: string) => string, length: string, collate = ''): string {
  const [offered, shown] = [name('excluded.place_json'), name(`${stored}.place_json`)];
  return `(excluded.mentions > 0 AND (${length}(${offered}) < ${length}(${shown}) OR (${length}(${offered}) = ${length}(${shown}) AND ${offered}${collate} < ${shown}${collate})))`;
}

/** A place's first mention as the summaries store it. */
export interface StoredFirst {
  docId: string;
  start: number;
  entity: string | null;
}

/** The first place annotation of `key` in a document's rows (as addDocument takes it), or undefined. */
const firstPlaceRow = (rows: SummaryRow[], key: string) => rows.find((r) => isPlace(r, key));

/**
 * The places a rewrite touched whose stored first mention was in a rewritten document that no
 * longer names them: their first mention may now be in a document not rewritten (found by the
 * engine: the first saved one naming the place).
 */
export function lostFirstMentions(delta: SummaryDelta, rewritten: ReadonlyMap<string, SummaryRow[]>, stored: ReadonlyMap<string, StoredFirst>): string[] {
  return [...delta.places.keys()].filter((key) => {
    const s = stored.get(key);
    const rows = s && rewritten.get(s.docId);
    return rows !== undefined && !firstPlaceRow(rows, key);
  });
}

/**
 * Settles the first mention of every place a rewrite of documents touched, as saving every
 * document fresh in save order gives: the first saved document naming the place, and in it its
 * first place annotation, with the entity named there. Candidates: the stored first mention when
 * its document was not rewritten (kept, entity and all), each rewritten document naming the place
 * now (one saved before the stored first may have gained it: a place curation), and `elsewhere`
 * (per place of lostFirstMentions, the first saved document not rewritten that names it, with its
 * rows). `rank`: each of these documents' place in save order.
 */
export function settleFirstMentions(
  delta: SummaryDelta,
  rewritten: ReadonlyMap<string, SummaryRow[]>,
  stored: ReadonlyMap<string, StoredFirst>,
  elsewhere: ReadonlyMap<string, { docId: string; rows: SummaryRow[] }>,
  rank: ReadonlyMap<string, number>,
): void {
  const rankOf = (docId: string) => rank.get(docId) ?? Number.MAX_SAFE_INTEGER;
  type Found = { docId: string; rows: SummaryRow[]; span: SummaryRow; rank: number };
  // per place, the first saved rewritten document naming it now and its first annotation there (one pass over the rows)
  const found = new Map<string, Found>();
  const offer = (key: string, f: Found) => {
    const had = found.get(key);
    if (!had || f.rank < had.rank) found.set(key, f);
  };
  for (const [docId, rows] of rewritten)
    for (const span of rows) {
      const place = span.kind === 'place' ? asPlace(span.data.place) : null;
      if (place) offer(placeKey(place), { docId, rows, span, rank: rankOf(docId) });
    }
  for (const [key, { docId, rows }] of elsewhere) {
    const span = firstPlaceRow(rows, key);
    if (span) offer(key, { docId, rows, span, rank: rankOf(docId) });
  }
  const keyed = new Map<SummaryRow[], KeyedMention[]>();
  for (const [key, p] of delta.places) {
    const s = stored.get(key);
    const f = found.get(key);
    if (s && !rewritten.has(s.docId) && (!f || rankOf(s.docId) < f.rank)) {
      // as stored (the delta's own first, one of these documents, is later)
      p.first = { docId: s.docId, start: s.start };
      p.entity = s.entity;
      continue;
    }
    if (!f) continue; // named nowhere now: the place's row goes
    if (!keyed.has(f.rows)) keyed.set(f.rows, keyedMentions(f.rows));
    p.first = { docId: f.docId, start: f.span.start };
    p.entity = entityAtSpan(keyed.get(f.rows)!, f.span) ?? null;
    // written over the stored row only where it changes
    if (s && (s.docId !== p.first.docId || s.start !== p.first.start || s.entity !== p.entity)) p.settled = true;
  }
}

/** The form with the highest count; ties: the longer, then alphabetical. Forms that differ only in
 *  case are one name: datelines and headlines write names in capitals ("ANKARA, March 3 -"), so
 *  their counts go to the name and it is shown as the text writes it ("Ankara") unless capitals are
 *  at least twice as frequent. */
export function topForm(forms: Array<{ value: string; n: number }>): string | undefined {
  const byName = new Map<string, { total: number; shown: { value: string; n: number } }>();
  for (const f of forms) {
    const key = f.value.toLowerCase();
    const g = byName.get(key);
    if (!g) byName.set(key, { total: f.n, shown: f });
    else {
      g.total += f.n;
      if (casedBetter(f, g.shown)) g.shown = f;
    }
  }
  let best: { value: string; n: number } | undefined;
  for (const { total, shown } of byName.values()) {
    const f = { value: shown.value, n: total };
    if (!best || f.n > best.n || (f.n === best.n && (f.value.length > best.value.length || (f.value.length === best.value.length && f.value < best.value)))) best = f;
  }
  return best?.value;
}

/** Between two casings of one name: capitals count half (an acronym written "NATO" twice as often
 *  as "Nato" keeps its capitals), ties go to the one not in capitals, then alphabetical. */
function casedBetter(a: { value: string; n: number }, b: { value: string; n: number }): boolean {
  const capsA = allCapitals(a.value);
  const capsB = allCapitals(b.value);
  const sa = capsA ? a.n / 2 : a.n;
  const sb = capsB ? b.n / 2 : b.n;
  if (sa !== sb) return sa > sb;
  if (capsA !== capsB) return capsB;
  return a.value < b.value;
}

function allCapitals(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Documents per chunk when summaries are rebuilt from the annotations. */
export const REBUILD_CHUNK = 1000;

/** Documents whose mentions one transaction rewrites in a corpus pass (their rows are held for one delta). */
export const REWRITE_CHUNK = 250;
