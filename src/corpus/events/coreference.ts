// Event coreference: reports of one real-world event in several documents become one event with
// several sources. Two events corefer when they have the same type, compatible dates (precision-aware:
// "--12" fits "2014-12-29"), places that agree through the gazetteer's hierarchy (a country contains
// its cities), and share a participant — or, for reports that name no one in the event itself,
// come from documents about the same story (they name the same people and organisations most), or,
// for a natural disaster, call it by the same word. Every merge keeps its reasons: which fields matched, how well.
// Candidates come from blocks keyed by (type, participant), so the work grows with the corpus, not
// with its square.

import { DISASTER_THEME } from '../../pipeline/senses/word-senses.js';
import { chooseMergedDate } from './merged-date.js';

export interface EventInput {
  docId: string;
  eventId: string;
  type: string;
  /** For an "other" event, its kind of happening ("disaster", "bid"); unlike kinds are never one event. */
  theme?: string;
  /** ISO truncated to precision, "--10-21" for month-day, null when unknown. */
  date: string | null;
  /** True when `date` is the day a lasting happening began (the facts stage's isStart, read from the parse: "began shelling on 5 March"): a merged event takes a one-off report's date before it. */
  dateIsStart?: boolean;
  /** Place keys (resolved place refs or normalised names): the event's place and the places its
   *  sentence names ("designated in the USA, Canada … and Russia"); empty when unknown. */
  places: string[];
  /** Country codes ("cc:TR") of the places above, for containment: a report placed in Turkey can be one placed in Istanbul. */
  within?: string[];
  /** Country codes of the places above that are countries themselves. */
  countries?: string[];
  /** Keys of the places above that the text states for the event itself and that are smaller than a
   *  country (a city, a region, a venue): not a setting inferred from the story, nor a whole country. */
  sites?: string[];
  /** Participant keys (entity ids or normalised names) of actors and targets. */
  participants: string[];
  /** When the reporting document was published (ISO, any precision), for undated events. */
  reportDate?: string | null;
  /** Entity ids of the people and organisations the reporting document names most: its story. */
  salient?: string[];
  /** How many times the reporting document speaks of the event: one it keeps returning to is part of its story. */
  mentionCount?: number;
  /** For a natural disaster, the words its reports call it by, one key per WordNet synset ("tsunami";
   *  "quake" and "earthquake" share one): a disaster is named, and two reports naming the same one
   *  within weeks are one happening even when they share no participant. */
  names?: string[];
  /** For a natural disaster, true when the report speaks of it as one the reader knows ("the tsunami", "last week's earthquake"). */
  definite?: boolean;
  /** For a natural disaster placed only in a continent or a part of one ("south Asia"), which may hold a country. */
  wide?: boolean;
  /** False when no report of it says it happened (planned, hypothetical, negated, denied). */
  fact?: boolean;
  /** Its sentence's text and its trigger's place in it, as a hash: a copy of the document (the same
   *  wire story on another site) reports the same event in the same words (EventLinks.copies). */
  wording?: string;
}

/** Why two reports were merged: each field compared, and how well it agreed. */
export interface MergeReason {
  /** The two reports, as "docId#eventId". */
  between: [string, string];
  /** For "other" events, the kind of happening both are ("disaster"). */
  theme?: string;
  /** 'user' when a curator said so; the fields below are then what the data says. */
  by: 'fields' | 'user';
  type: 'same';
  date: 'same day' | 'compatible precision' | 'reported within a week' | 'one undated' | 'both undated';
  /** 'region': a disaster placed in a region the gazetteer puts in no country ("south Asia"), which can hold the other's place. */
  place: 'same place' | 'contains' | 'region' | 'one unplaced' | 'both unplaced';
  /** For natural disasters without a participant in common: what both reports call it ("tsunami"). */
  named?: string[];
  /** Participant keys (entity ids) both reports name. */
  participants: string[];
  /** The reports are one sentence of two copies of one text (near-duplicates), whatever else they share. */
  copy?: true;
  /** Without a shared participant: the entities both reporting documents are mostly about (one story). */
  story?: string[];
  /** 0–1: how much the fields say (1: same day, same place, a shared participant). */
  strength: number;
}

export interface EventCluster {
  id: string;
  type: string;
  members: EventInput[];
  /** The most precise date among the members, a start date of a lasting happening only when no member gives another. */
  date: string | null;
  /** One reason per link that joined the members (a spanning set: n members, n − 1 reasons). */
  reasons: MergeReason[];
}

interface DateParts {
  year: string | null;
  month: string | null;
  day: string | null;
}

function dateParts(d: string): DateParts {
  let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (m) return { year: m[1], month: m[2] ?? null, day: m[3] ?? null };
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (m) return { year: null, month: m[1], day: m[2] ?? null };
  return { year: null, month: null, day: null };
}

/** True when two ISO-ish dates of any precision can be the same day. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const x = dateParts(a);
  const y = dateParts(b);
  const fits = (p: string | null, q: string | null) => p === null || q === null || p === q;
  return fits(x.year, y.year) && fits(x.month, y.month) && fits(x.day, y.day);
}

function hasDay(date: string | null): boolean {
  return !!date && dateParts(date).day !== null;
}

function sameDay(x: EventInput, y: EventInput): boolean {
  return hasDay(x.date) && hasDay(y.date);
}

/** Days between two dates with month and day known; the year only when both have it. */
function daysApart(a: string, b: string): number | null {
  const x = dateParts(a);
  const y = dateParts(b);
  if (!x.month || !x.day || !y.month || !y.day) return null;
  const year = x.year && y.year ? null : 2001; // no leap day guesswork when a year is missing
  const ta = Date.UTC(Number(year ?? x.year), Number(x.month) - 1, Number(x.day));
  const tb = Date.UTC(Number(year ?? y.year), Number(y.month) - 1, Number(y.day));
  return Math.abs(ta - tb) / 86_400_000;
}

/** An undated event x whose report was published within a week after (or on) dated event y. */
function reportedAround(x: EventInput, y: EventInput): boolean {
  if (x.date || !x.reportDate || !hasDay(y.date)) return false;
  const gap = daysApart(x.reportDate, y.date!);
  return gap !== null && gap <= 7;
}

/** A user's decisions: pairs that are the same event, and events kept apart from every other; and
 *  the documents that copy each other (near-duplicates), whose reports in the same words are one. */
export interface EventLinks {
  same: Array<[string, string]>;
  isolated: Set<string>;
  /** Pairs of document ids linked as near-duplicates. */
  copies?: Array<[string, string]>;
}

export const eventRef = (e: Pick<EventInput, 'docId' | 'eventId'>) => `${e.docId}#${e.eventId}`;

export type PlaceRelation = 'same place' | 'contains' | 'region' | 'one unplaced' | 'both unplaced' | 'conflict';

const isDisaster = (e: Pick<EventInput, 'type' | 'theme'>) => e.type === 'other' && e.theme === DISASTER_THEME;

/** How two reports' places relate: the same gazetteer place, a country and a place inside it, or apart. */
export function placeRelation(x: EventInput, y: EventInput): PlaceRelation {
  if (!x.places.length && !y.places.length) return 'both unplaced';
  if (!x.places.length || !y.places.length) return 'one unplaced';
  if (x.places.some((p) => y.places.includes(p))) return 'same place';
  const inside = (a: EventInput, b: EventInput) => (a.countries ?? []).some((c) => (b.within ?? []).includes(c));
  if (inside(x, y) || inside(y, x)) return 'contains';
  // A disaster strikes a wide area and its reports name different parts of it; a region the
  // gazetteer places in no country ("tsunamis across south Asia", "Asia") may hold the other's place.
  if (isDisaster(x) && isDisaster(y) && (x.wide || y.wide)) return 'region';
  return 'conflict';
}

function dateRelation(x: EventInput, y: EventInput): MergeReason['date'] | null {
  if (!x.date && !y.date) return 'both undated';
  if (reportedAround(x, y) || reportedAround(y, x)) return 'reported within a week';
  if (!x.date || !y.date) return 'one undated';
  if (!datesCompatible(x.date, y.date)) return null;
  return sameDay(x, y) ? 'same day' : 'compatible precision';
}

const DATE_STRENGTH: Record<MergeReason['date'], number> = { 'same day': 1, 'compatible precision': 0.6, 'reported within a week': 0.5, 'one undated': 0.3, 'both undated': 0 };
const PLACE_STRENGTH: Record<MergeReason['place'], number> = { 'same place': 1, contains: 0.7, region: 0.3, 'one unplaced': 0.2, 'both unplaced': 0 };

/** Salient entities two reporting documents share, at or above which they tell one story. */
export const STORY_SHARED = 2;
/** Mentions at or above which an event is what its document is about, not one it passes by. */
export const STORY_MENTIONS = 3;
/** Days between two reports' publication beyond which a shared story is no evidence of one event. */
const STORY_DAYS = 30;

/** Entities both reports' documents are mostly about, when that makes one story: enough of them,
 *  published within weeks of each other where both dates are known, about an event each document
 *  keeps returning to (a story has one general election, but many meetings). Empty otherwise. */
function sharedStory(x: EventInput, y: EventInput): string[] {
  const shared = storyEntities(x, y);
  if (shared.length < STORY_SHARED) return [];
  if (x.reportDate && y.reportDate) {
    const gap = daysApart(x.reportDate, y.reportDate);
    if (gap === null || gap > STORY_DAYS) return [];
  }
  return shared;
}

/** Salient entities of two same-type reports' documents, for an event each document keeps returning to. */
function storyEntities(x: EventInput, y: EventInput): string[] {
  // "other" gathers unlike happenings; a common story does not make two of them one
  if (x.type !== y.type || x.type === 'other' || x.docId === y.docId || !x.salient?.length || !y.salient?.length) return [];
  if ((x.mentionCount ?? 1) < STORY_MENTIONS || (y.mentionCount ?? 1) < STORY_MENTIONS) return [];
  return x.salient.filter((e) => y.salient!.includes(e));
}

/** An undated report x of a disaster tells of one that struck shortly before it was published: a
 *  dated report y of the same name is the same disaster only when its date falls within weeks
 *  before x's publication (the September 1985 earthquake is not the one a March 1987 report calls
 *  "last week's"). True when there is nothing to compare. */
function recentTo(x: EventInput, y: EventInput): boolean {
  if (x.date || !x.reportDate || !y.date) return true;
  const d = dateParts(y.date);
  const r = dateParts(x.reportDate);
  if (!d.year || !r.year) return true;
  const months = (Number(r.year) - Number(d.year)) * 12 + (d.month && r.month ? Number(r.month) - Number(d.month) : 0);
  return months >= 0 && months <= (d.month ? 1 : 0);
}

/** What two reports of a natural disaster both call it, when that makes them one disaster: both say
 *  it happened (a quake that may strike Tokyo is none), dates and places already agree, each report
 *  places it or speaks of it as known ("the tsunami", "last week's earthquake": the one in the news;
 *  "a drought" placed nowhere could be any), and the undated were published within weeks of the
 *  other (a tsunami this winter is not last decade's). Empty otherwise. */
function sameDisaster(x: EventInput, y: EventInput): string[] {
  if (!isDisaster(x) || !isDisaster(y) || x.docId === y.docId || x.fact === false || y.fact === false) return [];
  const named = (x.names ?? []).filter((n) => y.names?.includes(n));
  if (!named.length) return [];
  if (!(x.places.length || x.definite) || !(y.places.length || y.definite)) return [];
  if (!recentTo(x, y) || !recentTo(y, x)) return [];
  if (!x.date && !y.date && x.reportDate && y.reportDate) {
    const gap = daysApart(x.reportDate, y.reportDate);
    if (gap === null || gap > STORY_DAYS) return [];
  }
  return named;
}

/** Share of comparable fields that must agree for a type to hold once per story. */
const STORY_AGREEMENT = 0.9;

/** Event types that a story holds once, judged on the events themselves: where reports of one
 *  story (documents sharing their most-named entities) can be compared on date or place, they
 *  agree. A story has one general election, but many agreements, votes and rulings: their reports'
 *  dates and places fall apart, and for them a shared story is no evidence of one event. A type
 *  with nothing to compare counts as agreeing (add-one smoothing). */
export function storyScaleTypes(events: EventInput[]): Set<string> {
  const tally = new Map<string, { compared: number; agreed: number }>();
  const seen = new Set<string>();
  for (const members of blocksOf(events, (e) => storyBlockKeys(e)).values()) {
    if (members.length > MAX_BLOCK) continue;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        const [i, j] = members[a] < members[b] ? [members[a], members[b]] : [members[b], members[a]];
        const key = `${i}|${j}`;
        const x = events[i];
        const y = events[j];
        if (seen.has(key) || storyEntities(x, y).length < STORY_SHARED) continue;
        seen.add(key);
        const t = tally.get(x.type) ?? { compared: 0, agreed: 0 };
        if (x.date && y.date) {
          t.compared++;
          if (datesCompatible(x.date, y.date)) t.agreed++;
        }
        if (x.places.length && y.places.length) {
          t.compared++;
          if (placeRelation(x, y) !== 'conflict') t.agreed++;
        }
        tally.set(x.type, t);
      }
  }
  return new Set([...tally].filter(([, t]) => (t.agreed + 1) / (t.compared + 1) >= STORY_AGREEMENT).map(([type]) => type));
}

/** Events in more blocks than this say nothing by sharing one (a participant in hundreds of events). */
const MAX_BLOCK = 200;

function storyBlockKeys(e: EventInput): string[] {
  return (e.mentionCount ?? 1) >= STORY_MENTIONS ? (e.salient ?? []).map((s) => `${e.type}|s:${s}`) : [];
}

function blocksOf(events: EventInput[], keysOf: (e: EventInput) => string[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const key of new Set(keysOf(e))) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
  return blocks;
}

/** What kind of event a report is, for comparison: its type, and for an "other" its theme ("other:disaster").
 *  An "other" without a theme (stored before themes were kept) is of no known kind and matches none. */
export function kindOf(e: Pick<EventInput, 'type' | 'theme' | 'docId' | 'eventId'>): string {
  return e.type !== 'other' ? e.type : e.theme ? `other:${e.theme}` : `other?${eventRef(e)}`;
}

/** True when both reports state the same place smaller than a country for the event itself. */
function sameSite(x: EventInput, y: EventInput): boolean {
  return !!x.sites?.some((p) => y.sites?.includes(p));
}

/** The reason two reports are one event, or null when a field says they are not. `storyTypes`: the
 *  types for which documents telling one story are evidence (storyScaleTypes); none when absent. */
export function mergeReason(x: EventInput, y: EventInput, storyTypes: ReadonlySet<string> = new Set()): MergeReason | null {
  if (kindOf(x) !== kindOf(y)) return null;
  const date = dateRelation(x, y);
  if (!date) return null;
  const place = placeRelation(x, y);
  if (place === 'conflict') return null;
  const participants = [...new Set(x.participants.filter((p) => y.participants.includes(p)))];
  let story: string[] = [];
  const named = participants.length ? [] : sameDisaster(x, y);
  if (participants.length) {
    // a participant alone is too weak: the date must agree too, or, where a report is undated (and
    // not published within days of the other), the place must be a town or venue both state — one
    // country holds a government's or a company's many meetings, agreements and rulings
    if ((date === 'both undated' || date === 'one undated') && !sameSite(x, y)) return null;
  } else if (!named.length && !(sameSite(x, y) && (date === 'same day' || date === 'reported within a week'))) {
    // without a common participant, only the same site on the same day makes one event
    // (or an undated report from that site published within days of the dated one);
    // a country, or a country holding a town, is too loose a match without someone in common:
    // a country sees many offers, meetings and charges a week (and a setting inferred from the story says less still).
    // Or one story: reports that name no one apart ("the general election") in documents about
    // the same people; two reports that each name someone, but not the same one, are two events.
    if (x.participants.length && y.participants.length) return null;
    if (storyTypes.has(x.type)) story = sharedStory(x, y);
    if (!story.length) return null;
  }
  const who = participants.length ? 1 : story.length || named.length ? 0.5 : 0;
  const strength = Math.round(((DATE_STRENGTH[date] + PLACE_STRENGTH[place] + who) / 3) * 100) / 100;
  return {
    between: [eventRef(x), eventRef(y)], by: 'fields', type: 'same', ...(x.theme && x.type === 'other' ? { theme: x.theme } : {}),
    date, place, participants, ...(story.length ? { story } : {}), ...(named.length ? { named } : {}), strength,
  };
}

/** When and where a cluster's members say the event happened: every distinct date, and every distinct set of places. */
interface ClusterFacts {
  dates: Set<string>;
  places: Map<string, EventInput>;
}

function factsOf(e: EventInput): ClusterFacts {
  const places = new Map<string, EventInput>();
  if (e.places.length) places.set(JSON.stringify([[...e.places].sort(), [...(e.within ?? [])].sort(), [...(e.countries ?? [])].sort()]), e);
  return { dates: new Set(e.date ? [e.date] : []), places };
}

/** True when no member of one cluster contradicts a member of the other on date or place. Pairwise
 *  agreement is not transitive (an undated or unplaced report fits both 1986 and 1990, Japan and
 *  Canada), so a link between two reports must not join clusters whose other members disagree. */
function clustersAgree(a: ClusterFacts, b: ClusterFacts): boolean {
  for (const x of a.dates) for (const y of b.dates) if (!datesCompatible(x, y)) return false;
  for (const x of a.places.values()) for (const y of b.places.values()) if (placeRelation(x, y) === 'conflict') return false;
  return true;
}

/** Pairs of reports (indexes into `events`) in two copies of one text with the same kind and wording. */
function copiedReports(events: EventInput[], copies: ReadonlyArray<[string, string]>): Array<[number, number]> {
  if (!copies.length) return [];
  const byDoc = new Map<string, number[]>();
  const copied = new Set(copies.flat());
  events.forEach((e, i) => {
    if (!e.wording || !copied.has(e.docId)) return;
    const list = byDoc.get(e.docId);
    if (list) list.push(i);
    else byDoc.set(e.docId, [i]);
  });
  const pairs: Array<[number, number]> = [];
  for (const [docA, docB] of copies) {
    const other = new Map((byDoc.get(docB) ?? []).map((j) => [`${kindOf(events[j])}|${events[j].wording}`, j]));
    for (const i of byDoc.get(docA) ?? []) {
      const j = other.get(`${kindOf(events[i])}|${events[i].wording}`);
      if (j !== undefined) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Why two copies' reports in the same words are one event: the fields as they compare, and the copy. */
function copyReason(x: EventInput, y: EventInput): MergeReason {
  const place = placeRelation(x, y);
  return {
    between: [eventRef(x), eventRef(y)], by: 'fields', type: 'same', ...(x.theme && x.type === 'other' ? { theme: x.theme } : {}),
    date: dateRelation(x, y) ?? 'one undated', place: place === 'conflict' ? 'one unplaced' : place,
    participants: [...new Set(x.participants.filter((p) => y.participants.includes(p)))], copy: true, strength: 1,
  };
}

export function clusterEvents(events: EventInput[], links: EventLinks = { same: [], isolated: new Set() }): EventCluster[] {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const facts = events.map(factsOf);
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    parent[ra] = rb;
    for (const d of facts[ra].dates) facts[rb].dates.add(d);
    for (const [k, e] of facts[ra].places) facts[rb].places.set(k, e);
  };
  const isolated = events.map((e) => links.isolated.has(eventRef(e)));
  const reasons: MergeReason[] = [];
  // Copies first: two sites carrying one wire story report each of its events in the same sentence,
  // one event however little that sentence says of it ("the others were released": no one named, no place)
  for (const [a, b] of copiedReports(events, links.copies ?? [])) {
    if (isolated[a] || isolated[b] || find(a) === find(b) || !clustersAgree(facts[find(a)], facts[find(b)])) continue;
    join(a, b);
    reasons.push(copyReason(events[a], events[b]));
  }
  const storyTypes = storyScaleTypes(events);
  // Blocks: events of one type sharing a participant, a place (or its country), or a salient entity of their documents.
  const blocks = blocksOf(events, (e) => e.participants.map((p) => `${kindOf(e)}|p:${p}`)
    .concat([...e.places, ...(e.within ?? [])].map((p) => `${kindOf(e)}|l:${p}`))
    .concat(storyTypes.has(e.type) ? storyBlockKeys(e) : [])
    .concat((e.names ?? []).map((n) => `${kindOf(e)}|n:${n}`)));
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const x = events[members[a]];
        const y = events[members[b]];
        if (x.docId === y.docId) continue; // within one article, two mentions are usually two events
        if (isolated[members[a]] || isolated[members[b]]) continue;
        if (find(members[a]) === find(members[b])) continue;
        const reason = mergeReason(x, y, storyTypes);
        if (!reason || !clustersAgree(facts[find(members[a])], facts[find(members[b])])) continue;
        join(members[a], members[b]);
        reasons.push(reason);
      }
    }
  }
  const index = new Map(events.map((e, i) => [eventRef(e), i]));
  for (const [a, b] of links.same) {
    const x = index.get(a);
    const y = index.get(b);
    if (x === undefined || y === undefined || find(x) === find(y)) continue;
    join(x, y);
    const fields = mergeReason({ ...events[x], type: events[y].type, theme: events[y].theme }, events[y], storyTypes);
    reasons.push({
      between: [a, b], by: 'user', type: 'same',
      date: fields?.date ?? dateRelation(events[x], events[y]) ?? 'one undated',
      place: fields?.place ?? 'one unplaced',
      participants: fields?.participants ?? [],
      strength: fields?.strength ?? 0,
    });
  }
  const clusters = new Map<number, EventInput[]>();
  events.forEach((e, i) => {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(e);
    else clusters.set(root, [e]);
  });
  const reasonsOf = new Map<number, MergeReason[]>();
  for (const r of reasons) {
    const root = find(index.get(r.between[0])!);
    const list = reasonsOf.get(root);
    if (list) list.push(r);
    else reasonsOf.set(root, [r]);
  }
  return [...clusters.entries()].map(([root, members]) => {
    const first = members.reduce((a, b) => (`${a.docId}#${a.eventId}` < `${b.docId}#${b.eventId}` ? a : b));
    const date = chooseMergedDate(members, (m) => (m.date ? { iso: m.date, isStart: m.dateIsStart } : null))?.date ?? null;
    return { id: `evt_${first.docId}_${first.eventId}`, type: first.type, members, date, reasons: reasonsOf.get(root) ?? [] };
  });
}
