// Events: mentions found per sentence, then joined within the document — one event
// per happening, with "the attack", "the raids" and headlines folded into the event
// they refer to — and read for date, place, participants, counts and status.
import type { Attribution, EventRecord, EventRole, EventType, Place, Quote, Span, Syntax, TimeMention } from '../../../types.js';
import { firstTokenAtOrAfter, type DocumentContext } from '../../context/document.js';
import { type Frame } from '../attribution.js';
import { attributionOf } from '../figures/index.js';
import { DOMESTIC_OTHER, DOMESTIC_TYPES, OCCASION_TYPES, PLACED_ANYWHERE_TYPES } from '../../lexicons/events.js';
import { adjectiveCountry, articleCountry, storySetting } from './setting.js';
import { disasterAdjectivePlace } from './disaster-place.js';
import { leadingVenue, venueAt } from './venues.js';
import { runningTotal } from './tally.js';
import { isCourtWord } from '../../senses/word-senses.js';
import { namedCourtPlace } from './court-name.js';
import { LOCATIVE, cutAtComma, looksVerbal } from '../../context/phrases.js';
import { withListed } from './listed-roles.js';
import { COUNT_KEY, STATUS_CUES, type EventMention, type Range, findMentions } from './mentions.js';
import type { DoerReferent } from './pronoun-doer.js';
import { coordinatedObjects, reportedObject } from './reported-object.js';
import { backgroundLead, foreignLeadDate, leadMentions } from './lead-deed.js';
import { announcedDeedMentions, plannedByAnnouncer } from './announced-deed.js';
import { withCallingsOff } from './called-off.js';
import { dismissals } from './dismissals.js';
import { futureHosts } from './future-host.js';
import { plannedDeals } from './deal-proposals.js';
import { PERSON_NOUNS } from '../../lexicons/nouns.js';
import { attachedClause, linkedTimeClauses, locativeAttachment, triggerClause, xcompTop } from './parse.js';
import { whereClausePlace } from './where-clause.js';
import { targetPart } from './target-kinds.js';
import { withoutOffence } from './offence-phrase.js';
import { undergoingSubject } from './undergone-noun.js';
import { SAYING_LEMMAS, anotherClausesTime, deedsTime, describingClausesTime, sinceTime, stepsTime } from './other-times.js';
import { dateIsStart } from './start-date.js';
import { attachment, caseMarker, clauseOf, dependents, headOfSpan, subtreeSpan, wordOfToken } from '../../syntax/query.js';
import { dataWordList } from '../../lexicon-files.js';
import { addDays, fromIso, toIso } from '../../calendar.js';
import { pastReportBefore } from '../../time/resolve.js';
import { backgroundDeed, describedDeed } from './background.js';
import { obituaryPast } from './obituary.js';
import { diedInDisaster } from './disaster-deaths.js';
import { habitualDeed } from './habitual.js';
import { announcedOccasion, toComeBesideDone } from './announced-occasion.js';
import { previewsLaterReport } from './forward-join.js';
import type { PartyIdentity } from './party-identity.js';

/** EventRecord plus every place in the text that speaks of it. */
export interface EventWithMentions extends EventRecord {
  mentions: Array<Span & { text: string }>;
}

interface PlaceChoice {
  role: EventRole & { place?: Place };
  rank: number;
  country: string | null;
}

interface Resolved {
  m: EventMention;
  date: (TimeMention & { iso: string | null }) | null;
  place: PlaceChoice | null;
  extent: Span;
  attribution?: Attribution;
}

interface Cluster {
  type: string;
  /** What joins reports: the type's family, and for "other" what kind of happening (a disaster, an undertaking). */
  key: string;
  items: Resolved[];
  lastPara: number;
}

const KIND_RANK: Record<string, number> = { site: 5, city: 4, other: 3, region: 3, country: 2 };

/** `partyOf` says who a participant is (party-identity.ts): reports of one kind by different parties stay apart. */
export function extractEvents(ctx: DocumentContext, framesBySentence: Frame[][], quotes: Quote[], doerReferent?: DoerReferent, partyOf?: PartyIdentity): EventWithMentions[] {
  const all: Resolved[] = [];
  // "in that town", "there": the place the story was last at
  let lastPlace: PlaceChoice | null = null;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const found = findMentions(ctx, s, doerReferent);
    // the lead's main happening where no event word names it ("resumed work in Iraq")
    const stated = [...found, ...leadMentions(ctx, s, found)];
    // "the agency said it would investigate": a decision reported, not a hedge
    plannedByAnnouncer(ctx, s, stated);
    // "wants to buy 20% of Hollis Motors": a deal sought or cleared, not in doubt, is planned
    plannedDeals(ctx, s, stated);
    // a deed its doer announces as decided ("Acme said it will close the depot")
    // and the calling off of an undertaking ("withdrew its offer", "the ceremony was cancelled")
    const called = withCallingsOff(ctx, s, [...stated, ...announcedDeedMentions(ctx, s, stated)]);
    // a person put out of a post ("fired its coach", "was ousted"), or chosen to host a show ("will host the awards")
    const ms = [...called, ...dismissals(ctx, s, called), ...futureHosts(ctx, s, called)];
    // "It killed 612 people" in a story of an earthquake: no one killed them, they died in it
    for (const m of ms) if (m.type === 'killing' && m.kind === 'clause' && diedInDisaster(ctx, m.actors)) m.type = 'death';
    const hasHost = ms.some((m) => m.type === 'attack' || (m.type === 'killing' && !m.casualtyOnly));
    // a plot in a sentence that reports something done is that act's motive, not an event of its own
    const reportedAct = ms.some((m) => m.kind === 'clause' && m.status === 'asserted');
    // "the 2016 election": times that event nouns of the sentence carry as their own
    const nounTimes = new Map(ms.filter((m) => m.kind === 'noun' && m.ownTime >= 0).map((m) => [m.ownTime, m.type] as const));
    for (const m of ms) {
      if (m.casualtyOnly && hasHost) continue;
      if (m.status === 'planned' && reportedAct && m.kind === 'noun') continue;
      if (runningTotal(ctx, m)) continue;
      const taken = new Set<number>();
      for (const o of ms) if (o !== m && o.kind === 'noun') for (const [a, b] of o.placeRanges) for (let k = a; k < b; k++) taken.add(k);
      const r = resolve(ctx, m, framesBySentence[s] ?? [], quotes, lastPlace, taken, nounTimes);
      // "withdrew an article of 2 March": a date on another noun is not the lead deed's
      if (foreignLeadDate(ctx, m, r.date)) r.date = null;
      // the lead's happening is the news: one dated years back is background
      if (backgroundLead(ctx, m, r.date?.iso)) continue;
      if (r.place && m.strong) lastPlace = r.place;
      all.push(r);
    }
  }
  carryGroupCounts(ctx, all);
  const clusters = cluster(all, partyOf ?? (() => null));
  const counters = new Map<string, number>();
  return clusters.map((c) => toRecord(ctx, c, counters));
}

const GROUP_PRONOUNS = new Set(['they', 'them']);

/** Statuses of a report that says nothing happened: off the timeline. */
const UNREALISED = new Set<EventRecord['status']>(['negated', 'hypothetical', 'denied']);

/** "the men", "they": a target that points back to a group of people rather than naming one. */
function groupAnaphor(ctx: DocumentContext, [a, b]: Range): boolean {
  if (b - a === 1) return GROUP_PRONOUNS.has(ctx.low[a]);
  const head = ctx.low[b - 1];
  return b - a === 2 && (ctx.low[a] === 'the' || ctx.low[a] === 'these' || ctx.low[a] === 'those') && PERSON_NOUNS.has(head) && (head.endsWith('s') || head.endsWith('men') || head === 'people');
}

/**
 * "Eight protesters have been charged … The men were arrested in September": an arrest, charge or
 * trial of "the men" or "they" counts the group the story last counted for such an event.
 */
function carryGroupCounts(ctx: DocumentContext, all: Resolved[]): void {
  let last: EventMention['counts'][keyof EventMention['counts']] | undefined;
  for (const r of all) {
    const key = COUNT_KEY[r.m.type];
    if (!key || key === 'killed') continue;
    const own = r.m.counts[key];
    if (own) {
      last = own;
      continue;
    }
    // "They will appear in court": with no object, the subject is who it happens to
    const who = r.m.targets.length ? r.m.targets : r.m.actors;
    if (last && who.length === 1 && groupAnaphor(ctx, who[0])) r.m.counts[key] = last;
  }
}

function resolve(ctx: DocumentContext, m: EventMention, frames: Frame[], quotes: Quote[], lastPlace: PlaceChoice | null, taken: Set<number>, nounTimes: ReadonlyMap<number, EventType>): Resolved {
  const date = dateOf(ctx, m, nounTimes);
  // "a meeting with donors beginning tomorrow": an event dated after the story was written has not happened yet
  if ((m.status === 'asserted' || m.status === 'alleged') && afterPublication(ctx, date, prenominalTime(ctx, m) || timeOfTriggerVerb(ctx, m, date)) && !lateStamp(ctx, date)) m.status = 'planned';
  const place = placeOf(ctx, m, lastPlace, taken);
  const ranges: Range[] = [[m.trigger, m.triggerEnd], ...m.actors, ...m.targets, ...m.countRanges];
  let a = Infinity;
  let b = -Infinity;
  for (const [x, y] of ranges) {
    if (y <= x) continue;
    a = Math.min(a, ctx.toks[x].start);
    b = Math.max(b, ctx.toks[y - 1].end);
  }
  const sent = ctx.sentences[m.sent];
  for (const sp of [date && ctx.toks[m.trigger].sentence === sentenceOfOffset(ctx, date.start) ? date : null, place?.role ?? null]) {
    if (sp && sp.start >= sent.start && sp.end <= sent.end) {
      a = Math.min(a, sp.start);
      b = Math.max(b, sp.end);
    }
  }
  const attribution = attributionOf(ctx, m.trigger, frames, quotes);
  return { m, date, place, extent: { start: a, end: b }, ...(attribution ? { attribution } : {}) };
}

/**
 * Is a date after the story was published? A day counts as it stands. A bare month or year ("the
 * February meeting") takes its year from the tense around it, which misleads too often to overrule the
 * verb; but a month or year whose year is written out before the event noun ("the 2020 election", "the
 * May 2032 summit") dates the event itself, so it counts when it lies past the publication's month or
 * year; so does one the parse attaches to the trigger verb itself ("is stepping down in May 2032"). A year
 * elsewhere in the clause is too often another thing's ("agreed to reschedule debt maturing in 1988": on 2,000
 * Reuters articles, all five such agreements were made on the day).
 */
function afterPublication(ctx: DocumentContext, date: { text: string; iso: string | null } | null, prenominal: boolean): boolean {
  const published = ctx.doc.meta.published;
  const iso = date?.iso;
  if (!iso || !published.value || published.precision !== 'day') return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso > published.value;
  if (!prenominal || !/^\d{4}(?:-\d{2})?$/.test(iso) || !new RegExp(`\\b${iso.slice(0, 4)}\\b`).test(date.text)) return false;
  return iso > published.value.slice(0, iso.length);
}

/**
 * The day after publication reported in the past ("filed a lawsuit on Thursday" in a story dated Wednesday): either
 * the weekday is last week's or the story's date lags its writing (an evening filing, a time zone), and the deed is
 * done either way.
 */
function lateStamp(ctx: DocumentContext, date: { start: number; iso: string | null } | null): boolean {
  const published = fromIso(ctx.doc.meta.published.value);
  if (!date?.iso || !published || date.iso !== toIso(addDays(published, 1))) return false;
  return pastReportBefore(ctx.doc.text.slice(ctx.sentences[sentenceOfOffset(ctx, date.start)].start, date.start));
}

/** Does the parse attach the date straight to the trigger verb ("will step down in May 2032"), not to a word inside its clause? */
function timeOfTriggerVerb(ctx: DocumentContext, m: EventMention, date: Span | null): boolean {
  const syn = ctx.syntax;
  if (!syn || !date || m.kind !== 'clause') return false;
  const verb = wordOfToken(syn, m.trigger);
  const at = attachment(syn, { start: date.start, end: date.end });
  return verb >= 0 && at !== null && at.head === verb && syn.words[verb].upos === 'VERB';
}

/** Is the mention's own time written before its event noun ("the 2020 election")? */
function prenominalTime(ctx: DocumentContext, m: EventMention): boolean {
  return m.kind === 'noun' && m.ownTime >= 0 && ctx.times[m.ownTime].end <= ctx.toks[m.trigger].start;
}

function sentenceOfOffset(ctx: DocumentContext, offset: number): number {
  for (let s = 0; s < ctx.sentences.length; s++) if (ctx.sentences[s].end > offset) return s;
  return ctx.sentences.length - 1;
}

// ---------- date ----------

/**
 * Is the time at token i a payment's term ("payable April 30, record April 6")? The day a dividend is paid, or whose
 * holders of record get it, is no date of the declaring; "record" counts only after a "payable" shortly before it.
 */
function paymentTerm(ctx: DocumentContext, i: number): boolean {
  const before = ctx.low[i - 1];
  if (before === 'payable') return true;
  return before === 'record' && ctx.low.slice(Math.max(ctx.sentStart[ctx.toks[i].sentence], i - 8), i - 1).includes('payable');
}

function dateOf(ctx: DocumentContext, m: EventMention, nounTimes: ReadonlyMap<number, EventType>): (TimeMention & { iso: string | null }) | null {
  // a weekday the anchor cannot date still says when (and keeps the paragraph's date away)
  const usable = (t: TimeMention | undefined) => (t && (t.value.iso || t.value.precision === 'weekday') ? t : null);
  if (m.ownTime >= 0) return withIso(usable(ctx.times[m.ownTime]));
  const linked = linkedTime(ctx, m, usable);
  if (linked) return linked;
  if (!m.strong) return null;
  // "a year after he was arrested": the arrest is what the phrase counts from, its date unknown
  const at = ctx.toks[m.trigger].start;
  if (ctx.times.some((t) => t.value.relativeTo && t.start <= at && at < t.end)) return null;
  const from = ctx.sentStart[m.sent];
  const to = ctx.sentStart[m.sent + 1];
  // with a parse: the time attached to the trigger's own clause comes first; a time the parse puts in a
  // subordinate clause of another verb ("said on Monday that …" for an arrest) is passed over
  const elsewhere = new Set<number>();
  let spanned = false;
  if (ctx.syntax) {
    const clause = triggerClause(ctx, m.trigger);
    let last = -1;
    for (let i = from; i < to; i++) {
      const ti = ctx.timeAt[i];
      if (ti < 0 || ti === last || ctx.inDateline[i]) continue;
      last = ti;
      if (paymentTerm(ctx, i)) {
        elsewhere.add(ti);
        continue;
      }
      const t = usable(ctx.times[ti]);
      const c = attachedClause(ctx, ctx.times[ti]);
      // "charged over the 2015 bombing": the deed's year, not the charge's
      if (deedsTime(m.type, ti, nounTimes)) {
        elsewhere.add(ti);
        continue;
      }
      // "had died since the spill on 14 October": the day the counting began, not the deaths'; in the trigger's own
      // clause (or one under it) it says the deaths fell somewhere in the span, and another clause's time is no better
      if (sinceTime(ctx, m.type, wordOfToken(ctx.syntax, m.trigger), ctx.times[ti])) {
        elsewhere.add(ti);
        if (clause >= 0 && (c === clause || governs(ctx, clause, c))) spanned = true;
        continue;
      }
      // "charged Thursday in the slaying": the charge's day, not the slaying's
      if (c === clause && m.kind === 'noun' && stepsTime(ctx, m.type, wordOfToken(ctx.syntax, m.trigger), clause)) {
        elsewhere.add(ti);
        continue;
      }
      // "freed last week": a time of its own that the anchor cannot date leaves the date unknown, not another clause's
      if (c === clause && clause >= 0) return withIso(t);
      if (c >= 0 && c !== clause && SAYING_LEMMAS.has(ctx.syntax.words[c].lemma.toLowerCase()) && governs(ctx, c, clause)) elsewhere.add(ti);
      // "…, the army said on Wednesday", "visited him in 2010, after he was freed": the statement's or the other clause's time
      else if (anotherClausesTime(ctx, clause, c, ctx.times[ti])) elsewhere.add(ti);
      // "a warrant … in the killing of Dr X, citing a rifle found in April": a definite noun speaks of a known happening,
      // and a time describing another noun is that noun's (for a clause the parse is too often wrong: 5 of 10 on Reuters)
      else if (m.kind === 'noun' && m.definite && describingClausesTime(ctx, clause, c, wordOfToken(ctx.syntax, m.trigger))) elsewhere.add(ti);
    }
  }
  if (spanned) return null;
  let best: TimeMention | null = null;
  let bestDist = Infinity;
  let last = -1;
  for (let i = from; i < to; i++) {
    const ti = ctx.timeAt[i];
    if (ti < 0 || ti === last || ctx.inDateline[i] || elsewhere.has(ti) || paymentTerm(ctx, i)) continue;
    last = ti;
    const t = usable(ctx.times[ti]);
    if (!t) continue;
    const dist = i < m.trigger ? m.trigger - i : i - m.triggerEnd + 2;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  if (best) return withIso(best);
  // a date opening the paragraph governs its sentences ("That week …")
  const para = m.para;
  let first = m.sent;
  while (first > 0 && ctx.paraOfSent[first - 1] === para) first--;
  if (first === m.sent) return null;
  const fs = ctx.sentStart[first];
  for (let i = fs; i < fs + 3 && i < ctx.sentStart[first + 1]; i++) {
    if (ctx.inDateline[i]) continue;
    const t = ctx.times[ctx.timeAt[i]];
    if (!t?.value.iso) continue;
    if (t) return withIso(t);
  }
  return null;
}

/**
 * With a parse, and no time in the trigger's own clause: the time of a clause the parse links to
 * the event (an aside on its noun, the predicate it is the subject of, the conjunct whose subject it shares).
 */
function linkedTime(ctx: DocumentContext, m: EventMention, usable: (t: TimeMention | undefined) => TimeMention | null): (TimeMention & { iso: string | null }) | null {
  const syn = ctx.syntax;
  if (!syn) return null;
  const word = wordOfToken(syn, m.trigger);
  if (word < 0) return null;
  const own = xcompTop(syn, clauseOf(syn, word));
  const linked = linkedTimeClauses(syn, word);
  let found: TimeMention | null = null;
  let last = -1;
  for (let i = ctx.sentStart[m.sent]; i < ctx.sentStart[m.sent + 1]; i++) {
    const ti = ctx.timeAt[i];
    if (ti < 0 || ti === last || ctx.inDateline[i]) continue;
    last = ti;
    const c = attachedClause(ctx, ctx.times[ti]);
    if (c < 0 || sinceTime(ctx, m.type, word, ctx.times[ti])) continue;
    const top = xcompTop(syn, c);
    if (linked.has(c) || linked.has(top)) found ??= usable(ctx.times[ti]);
    // the clause's own time: left to the reading of the trigger's clause
    else if (top === own || c === own) return null;
  }
  return withIso(found);
}

/** Does the parse hang the trigger at token b under the one at token a? */
function triggerGoverns(ctx: DocumentContext, a: number, b: number): boolean {
  if (!ctx.syntax) return false;
  const [wa, wb] = [wordOfToken(ctx.syntax, a), wordOfToken(ctx.syntax, b)];
  return wa >= 0 && wb >= 0 && governs(ctx, wa, wb);
}

/** Is clause a an ancestor of clause b (the time of "said" is not that of the arrest it reports)? */
function governs(ctx: DocumentContext, a: number, b: number): boolean {
  const syn = ctx.syntax!;
  for (let w = b, guard = 0; w >= 0 && guard < 50; guard++, w = syn.words[w].head) if (w === a && w !== b) return true;
  return false;
}

function withIso(t: TimeMention | null): (TimeMention & { iso: string | null }) | null {
  return t ? { ...t, iso: t.value.iso } : null;
}

// ---------- place ----------

function locAt(ctx: DocumentContext, k: number): { start: number; end: number; text: string; place?: Place } | null {
  const off = ctx.toks[k].start;
  const pm = ctx.places.find((p) => p.start <= off && off < p.end);
  if (pm) return { start: pm.start, end: pm.end, text: pm.text, place: pm.place };
  const venue = venueAt(ctx, k);
  if (venue) return { start: venue.start, end: venue.end, text: venue.text, place: venue.place };
  const m = ctx.mentions[ctx.mentionAt[k]];
  if (m && m.type === 'LOC') return { start: m.start, end: m.end, text: m.text };
  return null;
}

function choice(loc: { start: number; end: number; text: string; place?: Place }): PlaceChoice {
  const kind = loc.place?.kind ?? 'other';
  return { role: { start: loc.start, end: loc.end, text: loc.text, ...(loc.place ? { place: loc.place } : {}) }, rank: KIND_RANK[kind] ?? 3, country: loc.place?.country ?? (kind === 'country' ? loc.text : null) };
}

/** "in England and Wales": a place with the places coordinated with it is where it happened, all of them. */
function joinedChoice(ctx: DocumentContext, loc: { start: number; end: number; text: string; place?: Place }): PlaceChoice {
  const c = choice(loc);
  const syn = ctx.syntax;
  const head = syn ? headOfSpan(syn, loc) : null;
  if (!syn || head === null) return c;
  let end = loc.end;
  for (const d of dependents(syn, head, 'conj')) {
    const other = locAt(ctx, firstTokenAtOrAfter(ctx.toks, syn.words[d].start));
    if (other && other.start >= end) end = Math.max(end, other.end);
  }
  return end === loc.end ? c : { ...c, role: { ...c.role, end, text: ctx.text.slice(loc.start, end) } };
}

/** A place mention at k that a locative preposition governs ("in the centre of Moscow"), not "from X"/"to X"/"X's". */
function governedLoc(ctx: DocumentContext, k: number, floor: number): boolean {
  const next = ctx.low[k + 1];
  if (next === "'s" || next === '’s') return false;
  for (let q = k - 1; q >= Math.max(floor, k - 6); q--) {
    const w = ctx.low[q];
    if (LOCATIVE.has(w) || (w === 'on' && ISLAND_LIKE.has(ctx.low[q + 2] ?? ''))) return true;
    // "in 2023 and with Egypt": a date or a partner between them
    if (ctx.timeAt[q] >= 0 || w === 'with' || w === 'against' || w === 'by') return false;
    if (w === 'from' || w === 'to' || w === ',' || (w === 'of' && !OF_PLACE_HEADS.has(ctx.low[q - 1] ?? ''))) return false;
  }
  return false;
}

/** "the centre of X", "the island of X": X is still where it happened. */
const OF_PLACE_HEADS = new Set(dataWordList('words', 'of-place-heads.txt'));
const ISLAND_LIKE = new Set(['island', 'islands', 'outskirts', 'coast']);
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'whom']);
const PLACE_ANAPHORS = new Set(['city', 'town', 'country', 'capital', 'region', 'village']);
const ANAPHOR_DETS = new Set(['that', 'same', 'the', 'this']);

/** The place the parse attaches to the trigger's clause by a locative case word ("arrested in Leeds"), or the place a "where" clause describes. */
function parsedPlace(ctx: DocumentContext, m: EventMention): PlaceChoice | null {
  const clause = triggerClause(ctx, m.trigger);
  if (clause < 0 || m.kind !== 'clause') return null;
  const sent = ctx.sentences[m.sent];
  // "832 persons involved in the activities … in Syria": a place inside a participant's phrase is not where it happened
  const syn = ctx.syntax!;
  const roleSpans = [...m.actors, ...m.targets].map(([a, b]) => {
    const head = headOfSpan(syn, { start: ctx.toks[a].start, end: ctx.toks[b - 1].end });
    return head === null ? null : subtreeSpan(syn, head);
  });
  let best: PlaceChoice | null = null;
  for (let k = ctx.sentStart[m.sent]; k < ctx.sentStart[m.sent + 1]; k++) {
    const loc = locAt(ctx, k) ?? premisesAt(ctx, k, clause);
    if (!loc || loc.start < sent.start || loc.end > sent.end) continue;
    if (roleSpans.some((r) => r && r.start <= loc.start && loc.end <= r.end)) continue;
    while (k + 1 < ctx.sentStart[m.sent + 1] && ctx.toks[k + 1].start < loc.end) k++;
    const at = locativeAttachment(ctx, loc);
    const described = whereClausePlace(ctx, clause) === loc.start;
    if (!described && (!at || at.clause !== clause)) continue;
    // (", where he was arrested": the place the event's own "where" names, however the parse hangs it)
    if (!described && inOthersClause(ctx, m, k)) continue;
    const c = joinedChoice(ctx, loc);
    if (!best || c.rank > best.rank) best = c;
  }
  return best;
}

/** Case words that put an event at an organisation's premises ("appeared at Bow Street Magistrates' Court"), unlike "in Labour". */
const PREMISES_CASES = new Set(['at', 'outside', 'inside']);

/** A named organisation the parse attaches to the clause by "at", "outside" or "inside": where it happened. */
function premisesAt(ctx: DocumentContext, k: number, clause: number): { start: number; end: number; text: string } | null {
  const m = ctx.mentions[ctx.mentionAt[k]];
  if (!m || m.type !== 'ORG' || !ctx.syntax) return null;
  const a = attachment(ctx.syntax, m);
  if (!a || !a.caseMarker || !PREMISES_CASES.has(a.caseMarker) || clauseOf(ctx.syntax, a.head) !== clause) return null;
  return { start: m.start, end: m.end, text: m.text };
}

function placeOf(ctx: DocumentContext, m: EventMention, lastPlace: PlaceChoice | null, taken: Set<number>): PlaceChoice | null {
  const parsed = ctx.syntax ? parsedPlace(ctx, m) ?? modifierPlace(ctx, m) ?? targetPlace(ctx, m) : null;
  if (parsed) return parsed;
  let best: PlaceChoice | null = null;
  const consider = (c: PlaceChoice | null) => {
    if (c && (!best || c.rank > best.rank)) best = c;
  };
  for (const [a, b] of m.placeRanges) {
    for (let k = a; k < b; k++) {
      const w = ctx.low[k];
      if ((w === 'there' || (PLACE_ANAPHORS.has(w) && ANAPHOR_DETS.has(ctx.low[k - 1]))) && k > 0) {
        if (lastPlace && w === 'country' && lastPlace.country) {
          const t = ctx.toks[k];
          return { role: { start: t.start, end: t.end, text: lastPlace.country }, rank: 2, country: lastPlace.country };
        }
        if (lastPlace) return lastPlace;
        const prev = previousLoc(ctx, ctx.toks[m.trigger].start);
        if (prev) return choice(prev);
      }
      const loc = locAt(ctx, k);
      if (loc && governedLoc(ctx, k, a) && !inOthersClause(ctx, m, k)) {
        consider(joinedChoice(ctx, loc));
        while (k + 1 < b && ctx.toks[k + 1].start < loc.end) k++;
      }
    }
    if (best) return best;
  }
  // "the Ecuadorean earthquake": an adjective on the disaster's own noun before the rest of its sentence
  const adjective = disasterAdjectivePlace(ctx, m);
  if (adjective) return choice(adjective);
  if (m.kind === 'clause' || m.strong) {
    // the sentence's own locative phrase, outside the participants and not behind a participle
    const from = ctx.sentStart[m.sent];
    const to = ctx.sentStart[m.sent + 1];
    const inRoles = (k: number) => [...m.actors, ...m.targets].some(([x, y]) => k >= x && k < y);
    let verbalSince = false;
    // ", whose husband was killed in Pretoria, …": a place inside a relative clause between commas describes its noun
    let aside = false;
    for (let k = from; k < to; k++) {
      if (k < m.trigger && ctx.low[k - 1] === ',' && RELATIVE_WORDS.has(ctx.low[k])) aside = true;
      else if (aside && ctx.low[k] === ',') aside = false;
      if (aside) continue;
      if (k > m.triggerEnd && looksVerbal(ctx.low[k]) && !inRoles(k)) verbalSince = true;
      if (k > m.triggerEnd && (ctx.low[k] === 'who' || ctx.low[k] === 'which')) verbalSince = true;
      // a place inside a quotation the event is not in is where the speaker's words go, not where the event was
      if (ctx.quoteAt[k] >= 0 && ctx.quoteAt[k] !== ctx.quoteAt[m.trigger]) continue;
      const loc = locAt(ctx, k);
      if (!loc || inRoles(k) || taken.has(k) || (k > m.triggerEnd && verbalSince)) continue;
      if (inOthersClause(ctx, m, k) || othersPlaceForNoun(ctx, m, loc)) continue;
      if (governedLoc(ctx, k, from)) return joinedChoice(ctx, loc);
    }
  }
  // "they were sent back": the people of the story so far, where it happened
  // (those it happened to: "she would vote" says nothing of where the story last was)
  // (a court step is taken where the court sits, not where its accused last were)
  if (lastPlace && !COURT_STEPS.has(m.type) && m.targets.some(([a, b]) => (b - a === 1 && (ctx.low[a] === 'they' || ctx.low[a] === 'he' || ctx.low[a] === 'she')) || groupAnaphor(ctx, [a, b]))) return lastPlace;
  // "Spain has extradited …": a country acting is where it acts
  const subject = m.kind === 'clause' ? m.actors[0] : undefined;
  if (subject) {
    const loc = locAt(ctx, subject[0]);
    if (loc && loc.place?.kind === 'country' && cutAtComma(ctx, subject[0], subject[1]) - subject[0] <= 2) return choice(loc);
  }
  return null;
}

/** Subordinators of a reason or a concession: such a clause says why, not where the event happened. */
const REASON_MARKS = new Set(['because', 'since', 'although', 'though', 'whereas']);

/**
 * Is the place at token k inside an adverbial or relative clause with a subject of its own, apart from
 * the event's ("arrested two men while the mayor was in Paris")? There it says where someone else was.
 * The predicate's own word counts: in "while the governor was in Lagos" the parse makes "Lagos" the clause.
 */
function inOthersClause(ctx: DocumentContext, m: EventMention, k: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const trigger = wordOfToken(syn, m.trigger);
  if (trigger < 0) return false;
  const own = clauseOf(syn, trigger);
  // up from the place to the event's clause: the first predicate on the way with a subject of its own
  for (let w = wordOfToken(syn, k), guard = 0; w >= 0 && w !== own && guard < 12; w = syn.words[w].head, guard++) {
    if (governs(ctx, w, trigger)) return false;
    // "protesters who stormed the chamber have been charged", "men fleeing to Spain were arrested": a clause
    // describing a participant says where they were, not where the event was (one describing the event noun
    // itself, "the attack that took place in Kabul", still places it); so does an adverbial clause of another
    // predicate ("speaking in Leeds, police said they had arrested two men")
    const rel = syn.words[w].deprel;
    const head = syn.words[w].head;
    // (an infinitive is the noun's content, "an attempt to win protection in the US", and may say where)
    if ((rel === 'acl:relcl' || (rel === 'acl' && !infinitival(syn, w))) && head !== trigger && head >= 0 && ARGUMENT_RELATIONS.test(syn.words[head].deprel)) return true;
    if (rel === 'advcl' && head !== own && head !== trigger) return true;
    const subjects = dependents(syn, w, 'nsubj', 'nsubj:pass');
    if (!subjects.length) continue;
    // a subordinate clause however the parse hangs it: by relation, or by its own "while", "when", "as";
    // a later conjunct is the same kind of clause as the first ("since it has accounts and its chief lives in X")
    let first = w;
    while (syn.words[first].deprel === 'conj' && syn.words[first].head >= 0 && syn.words[first].head !== own) first = syn.words[first].head;
    const firstRel = syn.words[first].deprel;
    const marks = [...dependents(syn, w, 'mark'), ...(first === w ? [] : dependents(syn, first, 'mark'))];
    if (!(firstRel === 'advcl' || firstRel === 'acl:relcl' || marks.length > 0)) return false;
    // "because it has accounts in X": a reason or a concession is no setting of the event, whoever its subject
    if (marks.some((mk) => REASON_MARKS.has(syn.words[mk].text.toLowerCase()))) return true;
    // "as it drove through Kunduz": a pronoun subject is likely one of the event's own participants, who was there
    return subjects.some((sj) => syn.words[sj].upos !== 'PRON');
  }
  return false;
}

/** A predicate's core participants: a clause describing one of them describes a participant ("protesters who stormed …"). */
const ARGUMENT_RELATIONS = /^(?:nsubj|obj|iobj)/;

/** Is word w an infinitive ("to gain …"): a "to" marks it. */
function infinitival(syn: NonNullable<DocumentContext['syntax']>, w: number): boolean {
  return dependents(syn, w, 'mark').some((d) => syn.words[d].text.toLowerCase() === 'to');
}

/**
 * "promised to drop the shield in Eastern Europe if Moscow kept quiet before the 2012 election": an event noun
 * inside a subordinate clause with a subject of its own takes no place from outside that clause, nor from a
 * name the parse makes a subject or object. (Requiring the noun's own clause for every place was measured and
 * not kept: on 2,000 Reuters articles it also dropped the right town named in a neighbouring phrase.)
 */
function othersPlaceForNoun(ctx: DocumentContext, m: EventMention, loc: Span): boolean {
  const syn = ctx.syntax;
  if (m.kind !== 'noun' || !syn) return false;
  const head = headOfSpan(syn, loc);
  if (head === null) return false;
  if (/^(?:nsubj|obj|iobj)/.test(syn.words[head].deprel)) return true;
  const noun = wordOfToken(syn, m.trigger);
  for (let w = noun, guard = 0; w >= 0 && guard < 12; w = syn.words[w].head, guard++) {
    const rel = syn.words[w].deprel;
    const subordinate = rel === 'advcl' || rel === 'acl:relcl';
    if (w !== noun && subordinate && dependents(syn, w, 'nsubj', 'nsubj:pass').length > 0) return !governs(ctx, w, head) && w !== head;
  }
  return false;
}

/** "the Commons vote", "Russia's election": a place that modifies the event noun is where it is held. */
function modifierPlace(ctx: DocumentContext, m: EventMention): PlaceChoice | null {
  const syn = ctx.syntax!;
  const word = wordOfToken(syn, m.trigger);
  if (m.kind !== 'noun' || word < 0) return null;
  for (const d of dependents(syn, word, 'compound', 'nmod:poss')) {
    const loc = locAt(ctx, firstTokenAtOrAfter(ctx.toks, syn.words[d].start));
    if (loc) return choice(loc);
  }
  return null;
}

/** Events done to a place rather than to people: what is stormed, raided or shelled is where it happened. */
const PLACE_TARGET_TYPES = new Set(['attack', 'raid', 'protest', 'military_operation']);

/**
 * "stormed the House of Commons chamber", "shelled Kharkiv": the target itself, when it is a named
 * place or venue and names no one. Cited as the whole phrase from the name to its head ("House of
 * Commons chamber"), the place keeping the name.
 */
function targetPlace(ctx: DocumentContext, m: EventMention): PlaceChoice | null {
  if (m.kind !== 'clause' || !PLACE_TARGET_TYPES.has(m.type)) return null;
  for (const [a, b] of m.targets) {
    if (hasPerson(ctx, a, b)) continue;
    for (let k = a; k < b; k++) {
      const loc = locAt(ctx, k);
      if (!loc) continue;
      const end = ctx.toks[b - 1].end;
      const c = choice(loc);
      return { ...c, role: { ...c.role, end, text: ctx.text.slice(loc.start, end) } };
    }
  }
  return null;
}

function hasPerson(ctx: DocumentContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.mentions[ctx.mentionAt[k]]?.type === 'PER' || PERSON_NOUNS.has(ctx.low[k])) return true;
  return false;
}

function previousLoc(ctx: DocumentContext, before: number): { start: number; end: number; text: string; place?: Place } | null {
  let found: { start: number; end: number; text: string; place?: Place } | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.type !== 'LOC') continue;
    const pm = ctx.places.find((p) => p.start === m.start);
    found = { start: m.start, end: m.end, text: m.text, ...(pm ? { place: pm.place } : {}) };
  }
  return found;
}

// ---------- joining mentions into events ----------

function dayNumber(iso: string, year: number): number | null {
  const m = /^(?:(\d{4})|-)-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return null;
  return Date.UTC(m[1] ? Number(m[1]) : year, Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** Same day within one day either way ("May day eve" and "the night of May 1"). */
function adjacentDays(a: string, b: string): boolean {
  const full = /^\d{4}/.test(a) ? a : /^\d{4}/.test(b) ? b : null;
  if (!full) return false;
  const year = Number(full.slice(0, 4));
  const x = dayNumber(a, year);
  for (const y of [year, year - 1]) {
    const other = dayNumber(b, y);
    const self = dayNumber(a, y);
    if (x !== null && other !== null && self !== null && Math.abs(self - other) <= 1) return true;
  }
  return false;
}

function isoCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  if (adjacentDays(a, b)) return true;
  const norm = (x: string) => x.replace(/^--/, '');
  const x = norm(a);
  const y = norm(b);
  if (a.startsWith('--') !== b.startsWith('--')) {
    const full = a.startsWith('--') ? b : a;
    const md = a.startsWith('--') ? x : y;
    return full.slice(5).startsWith(md) || md.startsWith(full.slice(5));
  }
  return x.startsWith(y) || y.startsWith(x);
}

/** The people named (by surname) in a report's argument ranges. */
function namedPeople(ctx: DocumentContext, ranges: ReadonlyArray<readonly [number, number]>): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of ranges)
    for (let k = a; k < b; k++) {
      const m = ctx.mentions[ctx.mentionAt[k]];
      if (m && m.type === 'PER') out.add(m.text.split(' ').pop()!.toLowerCase());
    }
  return out;
}

const namedTargets = (ctx: DocumentContext, r: Resolved) => namedPeople(ctx, r.m.targets);

/** The people a report names among its doers and undergoers: a meeting's parties, whichever side the words put them on. */
const namedParties = (ctx: DocumentContext, r: Resolved) => namedPeople(ctx, [...r.m.actors, ...r.m.targets]);

/** Events that are their named parties, whichever side the words put them on: a meeting, a post taken or left. */
const PARTY_EVENTS = new Set(['meeting', 'appointment', 'resignation']);

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

const sharedNames = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Words that point back at a post already told of ("the post", "that job", "his role"). */
const POINTING_BACK = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'it', 'them']);

/** The posts an appointment names as written ("director of corporate affairs"): its targets that name no person, hold no pronoun and point back at nothing. */
function postsNamed(ctx: DocumentContext, r: Resolved): string[] {
  const syn = ctx.syntax;
  if (!syn) return [];
  const pronoun = (k: number) => syn.words[wordOfToken(syn, k)]?.upos === 'PRON';
  const isPost = ([a, b]: Range) => !POINTING_BACK.has(ctx.low[a]) && namedPeople(ctx, [[a, b]]).size === 0 && !ctx.low.slice(a, b).some((_, k) => pronoun(a + k));
  return r.m.targets.filter(isPost).map(([a, b]) => ctx.low.slice(a, b).join(' '));
}

/** Two lists of posts with none the same nor one inside the other ("director" and "director of finance" may be one). */
function disjointPosts(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
}

const ANAPHORIC_HEADS = new Set(['the', 'these', 'those', 'they', 'he', 'she', 'them', 'him', 'her', 'all', 'both']);

/** An arrest told again as a detention: its targets point back ("The men were detained …") or name the same people. */
function refersBack(ctx: DocumentContext, c: Cluster, r: Resolved): boolean {
  const bare = r.m.kind === 'noun' && r.m.definite && !r.m.isNew && r.m.actors.length + r.m.targets.length === 0;
  // a vote is part of an election only when nothing says which vote it is
  if (family(r.m.type) === 'balloting') return bare;
  const names = namedTargets(ctx, r);
  if (names.size) return c.items.some((it) => [...namedTargets(ctx, it)].some((x) => names.has(x)));
  // "the detention" after the arrest: a definite noun with nothing of its own points back
  if (bare) return true;
  return r.m.targets.length > 0 && ANAPHORIC_HEADS.has(ctx.low[r.m.targets[0][0]]);
}

/** The lede restating the standfirst: both dated to the same day. */
function sameDay(c: Cluster, r: Resolved): boolean {
  const d = r.date?.iso;
  return !!d && d.length >= 7 && c.items.some((it) => it.date?.iso === d && (it.date.value.precision === 'day' || it.date.value.precision === 'month-day'));
}

function vagueCount(r: Resolved): boolean {
  return Object.values(r.m.counts).some((c) => c && c.qualifier !== 'exact' && c.value > 1);
}

/** "We are not prosecuted for that" and "we are prosecuted for …": what did not happen is no report of what did. */
const denies = (r: Resolved) => r.m.status === 'negated' || r.m.status === 'denied';

function compatible(ctx: DocumentContext, c: Cluster, r: Resolved, partyOf: PartyIdentity): boolean {
  for (const it of c.items) {
    if (denies(it) !== denies(r)) return false;
    // "reporters asking him to attack her" beside "last year's shooting": a request reports nothing that happened
    if (!!it.m.requested !== !!r.m.requested) return false;
    if (!isoCompatible(it.date?.iso, r.date?.iso)) return false;
    if (it.place && r.place && it.place.country && r.place.country && it.place.country !== r.place.country && it.place.role.text !== r.place.country && r.place.role.text !== it.place.country) return false;
    const pa = it.place;
    const pb = r.place;
    const loose = !r.m.strong && (!pa?.country || !pb?.country || pa.country === pb.country);
    if (pa && pb && !loose && pa.rank >= 3 && pb.rank >= 3 && pa.role.text !== pb.role.text && !pa.role.text.includes(pb.role.text) && !pb.role.text.includes(pa.role.text)) return false;
    for (const k of Object.keys(r.m.counts) as Array<keyof typeof r.m.counts>) {
      const x = it.m.counts[k];
      const y = r.m.counts[k];
      if (x && y && x.value !== y.value) return false;
    }
    const a = namedTargets(ctx, it);
    const b = namedTargets(ctx, r);
    if (a.size && b.size && ![...a].some((x) => b.has(x))) return false;
    // "Bush met Hussein … Hussein met this week with Saddam": a meeting is its parties; none in common, two meetings.
    // So are a post taken or left: "Kline becomes director … Hale becomes director" are two people's moves.
    if (r.m.type === it.m.type && PARTY_EVENTS.has(r.m.type) && disjoint(namedParties(ctx, it), namedParties(ctx, r))) return false;
    // "Holland becomes director of corporate affairs … Mannix becomes director of group quality programs": two posts
    // filled, two appointments, where the reports share no named person
    if (r.m.type === it.m.type && r.m.type === 'appointment' && !sharedNames(namedParties(ctx, it), namedParties(ctx, r)) && disjointPosts(postsNamed(ctx, it), postsNamed(ctx, r))) return false;
    // "Semyonov was detained" and "more than 20 officials have been detained": a named person is not a tally
    if ((a.size && vagueCount(r)) || (b.size && vagueCount(it))) return false;
    if (otherParties(partyOf, it, r)) return false;
  }
  return true;
}

/** The entities a report's phrases stand for (party-identity.ts). */
function partiesIn(partyOf: PartyIdentity, ranges: Range[]): Set<string> {
  const out = new Set<string>();
  for (const r of ranges) {
    const id = partyOf(r);
    if (id) out.add(id);
  }
  return out;
}

/**
 * "Credit Lyonnais's unit said it bought shares … a unit of Framatome also bought shares": reports of one
 * undertaking (a purchase, a bid) whose doers are different named bodies or people are two happenings; so are
 * ones done to different ones ("the acquisition of the company" … "Dime's acquisition of Starpointe").
 */
function otherParties(partyOf: PartyIdentity, x: Resolved, y: Resolved): boolean {
  // an undertaking of a company's is its parties; a court's ruling told again with "they" or "its" stays one, as the
  // coreference of those pronouns is too loose to split on (and people are compared by name above)
  if (x.m.type !== 'other' || y.m.type !== 'other') return false;
  return disjoint(partiesIn(partyOf, x.m.actors), partiesIn(partyOf, y.m.actors)) || disjoint(partiesIn(partyOf, x.m.targets), partiesIn(partyOf, y.m.targets));
}

/**
 * "Police arrested two men in Leeds on Monday and a woman was arrested in York on Tuesday": two clauses of one
 * family in one sentence are two happenings when their own dates, places or named people cannot be the same.
 */
function twoHappenings(ctx: DocumentContext, c: Cluster, r: Resolved): boolean {
  if (r.m.kind !== 'clause') return false;
  return c.items.some((it) => {
    if (it.m.kind !== 'clause' || it.m.trigger === r.m.trigger) return false;
    if (it.date && r.date && it.date.start !== r.date.start && !isoCompatible(it.date.iso, r.date.iso)) return true;
    const pa = it.place;
    const pb = r.place;
    if (pa && pb && pa.rank >= 3 && pb.rank >= 3 && pa.role.start !== pb.role.start && !pa.role.text.includes(pb.role.text) && !pb.role.text.includes(pa.role.text)) return true;
    const a = namedTargets(ctx, it);
    const b = namedTargets(ctx, r);
    return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
  });
}

/** Arrests and detentions of the same people are one event ("arrested three men … The men were detained on Tuesday"); so are a killing and the victim's death told in the same breath. */
const FAMILY: Record<string, string> = { arrest: 'custody', detention: 'custody', killing: 'dying', death: 'dying', election: 'balloting', vote: 'balloting' };
const family = (t: string) => FAMILY[t] ?? t;
/** Undertakings on a company's shares: told again on the same company, however far apart, they are one. */
const DEAL_THEMES = new Set(['sale', 'purchase', 'acquisition', 'offer', 'bid', 'takeover']);

/** A bid and an earthquake are both "other", never one event. */
const familyOf = (m: EventMention) => (m.type === 'other' ? `other:${m.theme ?? ''}` : family(m.type));

function cluster(all: Resolved[], partyOf: PartyIdentity): Cluster[] {
  const ctxOf = (r: Resolved) => r;
  void ctxOf;
  const clusters: Cluster[] = [];
  const weak: Resolved[] = [];
  const bySentence = new Map<string, Cluster>();
  for (const r of all) {
    const key = `${r.m.sent}:${familyOf(r.m)}`;
    const same = bySentence.get(key);
    // "another protest", "a huge demonstration" beside "the protest": a new one, even in the same sentence
    if (same && r.m.strong && !(r.m.isNew && r.m.kind === 'noun') && !twoHappenings(currentCtx!, same, r)) {
      same.items.push(r);
      continue;
    }
    if (!r.m.strong) {
      weak.push(r);
      continue;
    }
    let target: Cluster | undefined;
    // an undertaking told again to the same named person is the same one, however far apart and however introduced
    let ownNames: Set<string> | undefined; // the report's named targets, read once and only when asked
    let ownTargets: Set<string> | undefined;
    const samePerson = (c: Cluster) => {
      if (r.m.theme === undefined) return false;
      const own = (ownNames ??= namedTargets(currentCtx!, r));
      if (own.size > 0 && c.items.some((it) => [...namedTargets(currentCtx!, it)].some((x) => own.has(x)))) return true;
      // a deal told again on the same company's shares ("seeks to buy 25% of Acme" … "permission to buy Acme's stock") is one deal
      if (!DEAL_THEMES.has(r.m.theme)) return false;
      const ownParties = (ownTargets ??= partiesIn(partyOf, r.m.targets));
      return ownParties.size > 0 && c.items.some((it) => it.m.theme === r.m.theme && [...partiesIn(partyOf, it.m.targets)].some((x) => ownParties.has(x)));
    };
    const ownFamily = familyOf(r.m);
    for (let i = clusters.length - 1; i >= 0; i--) {
      const c = clusters[i];
      if (c.key !== ownFamily) continue;
      if (r.m.isNew && !samePerson(c)) break;
      const near = r.m.para - c.lastPara <= 1 || (r.m.kind === 'noun' && r.m.definite) || sameDay(c, r) || samePerson(c);
      if (near && compatible(currentCtx!, c, r, partyOf) && (c.type === r.m.type || refersBack(currentCtx!, c, r))) target = c;
      break;
    }
    if (target) {
      target.items.push(r);
      target.lastPara = r.m.para;
    } else {
      target = { type: r.m.type, key: ownFamily, items: [r], lastPara: r.m.para };
      clusters.push(target);
    }
    bySentence.set(key, target);
  }
  // a passing mention told before a new report of its kind is neither that report nor, alone, an event of its own
  const beforeNewReport = new Set<Resolved>();
  const joinWeak = (r: Resolved): boolean => {
    const start = r.extent.start;
    const same = clusters.filter((c) => c.key === familyOf(r.m) && compatible(currentCtx!, c, r, partyOf) && (c.type === r.m.type || refersBack(currentCtx!, c, r)) && !toComeBesideDone(r, c.items));
    const next = same.find((c) => c.items[0].extent.start > start);
    const target = same.filter((c) => c.items[0].extent.start <= start).pop() ?? (next && previewsLaterReport(next.items[0].m) ? next : undefined);
    if (target) target.items.push(r);
    else if (next) beforeNewReport.add(r);
    return !!target;
  };
  const unjoined: Resolved[] = [];
  for (const r of weak) {
    if (!(r.m.isNew && announcedOccasion(currentCtx!, r)) && joinWeak(r)) continue;
    // a headline's clause with no body mention of its own is still the story's event
    if (r.m.lightVerb || (r.m.isNew && r.m.actors.length > 0 && !r.m.anchor) || (r.m.kind === 'clause' && currentCtx!.headingSent[r.m.sent]) || (occasion(r) && !beforeNewReport.has(r)) || announcedOccasion(currentCtx!, r)) {
      const c = { type: r.m.type, key: familyOf(r.m), items: [r], lastPara: r.m.para };
      clusters.push(c);
    } else unjoined.push(r);
  }
  // "quit before the next election … at the next election": a passing mention joins the occasion named after it;
  // one left alone that a past clause reports as done ("decried the bombing") is the event itself
  const triggers = new Set(all.map((r) => r.m.trigger));
  // ("the attack" after "Gunmen killed five villagers" is that killing told in another word, so a bare definite noun
  // is promoted only where no event is told before it; "condemned the bombing and the shooting" are two)
  const promoted: Resolved[] = [];
  for (const r of unjoined) {
    const reported = reportedObject(currentCtx!, r.m, STATUS_CUES, triggers);
    const sibling = reported && promoted.some((p) => coordinatedObjects(currentCtx!, p.m, r.m));
    if (!sibling && (joinWeak(r) || !reported || beforeNewReport.has(r))) continue;
    const bare = r.m.definite && r.m.targets.length === 0 && r.m.actors.length === 0;
    if (bare && !sibling && clusters.some((c) => c.items[0].extent.start < r.extent.start)) continue;
    clusters.push({ type: r.m.type, key: familyOf(r.m), items: [r], lastPara: r.m.para });
    promoted.push(r);
  }
  clusters.sort((a, b) => Math.min(...a.items.map((i) => i.extent.start)) - Math.min(...b.items.map((i) => i.extent.start)));
  return clusters;
}

/** "the election", "his trial", "the Commons vote": a story speaks of one such occasion, so even a bare mention of it is the event. */
function occasion(r: Resolved): boolean {
  return OCCASION_TYPES.has(r.m.type) && r.m.status !== 'negated' && !r.m.anchor && !currentCtx!.headingSent[r.m.sent];
}

let currentCtx: DocumentContext | null = null;

export function withContext<T>(ctx: DocumentContext, f: () => T): T {
  currentCtx = ctx;
  try {
    return f();
  } finally {
    currentCtx = null;
  }
}

/** Counts of people taken into custody: an arrest and a detention of one group count the same people. */
const CUSTODY: ReadonlySet<string> = new Set(['arrested', 'detained']);

const DATE_RANK: Record<string, number> = { day: 5, month: 4, year: 3, 'month-day': 2, weekday: 1, none: 0 };

function toRecord(ctx: DocumentContext, c: Cluster, counters: Map<string, number>): EventWithMentions {
  const score = (r: Resolved) => (Object.keys(r.m.counts).length ? 4 : 0) + (r.m.strong ? 2 : 0) + (r.m.kind === 'clause' ? 1 : 0);
  const best = c.items.reduce((a, b) => (score(b) > score(a) ? b : a));
  // "voted on Thursday to approve the bill": the approval is what the vote sought; the vote told as done speaks for the event
  const rep = UNREALISED.has(best.m.status) ? (c.items.find((r) => !UNREALISED.has(r.m.status) && triggerGoverns(ctx, r.m.trigger, best.m.trigger)) ?? best) : best;
  const n = (counters.get(c.type) ?? 0) + 1;
  counters.set(c.type, n);
  let date: Resolved['date'] = null;
  let dated: Resolved | null = null;
  let place: PlaceChoice | null = null;
  const counts: EventRecord['counts'] = {};
  const actors: EventRole[] = [];
  const targets: EventRole[] = [];
  let attribution: Attribution | undefined;
  const ownKey = COUNT_KEY[rep.m.type];
  for (const it of c.items) {
    if (it.date && (!date || DATE_RANK[it.date.value.precision] > DATE_RANK[date.value.precision])) {
      date = it.date;
      dated = it;
    }
    if (it.place && (!place || it.place.rank > place.rank)) place = it.place;
    for (const [k, v] of Object.entries(it.m.counts)) {
      // "arrested three men … the men were detained": one custody told twice is one count, of the event's own kind
      const key = (ownKey && CUSTODY.has(k) && CUSTODY.has(ownKey) ? ownKey : k) as keyof typeof counts;
      if (!(key in counts)) counts[key] = v;
    }
    // "charged the two bankers with fraud": the offence is no part of who is charged, nor of who charges
    const own = (r: Range) => withoutOffence(ctx, it.m.trigger, r);
    addRoles(ctx, actors, it.m.actors.map(own));
    // "fined him 500 million rubles", "charges of money laundering": no amount, act or idea undergoes the event
    // "two officers will stand trial": the subject of a verb of undergoing is who the noun's step happens to
    const undergoing = it.m.kind === 'noun' ? undergoingSubject(ctx, it.m.type, it.m.trigger) : [];
    addRoles(ctx, targets, [...undergoing, ...it.m.targets.map(own)].map((r) => targetPart(ctx, rep.m.type, r)).filter((r): r is Range => r !== null));
    if (it.m.strong) attribution ??= it.attribution;
  }
  const t = rep.m;
  const trig = { start: ctx.toks[t.trigger].start, end: ctx.toks[t.triggerEnd - 1].end };
  const sent = ctx.sentences[t.sent];
  return {
    id: n === 1 ? c.type : `${c.type}-${n}`,
    // a death told beside its killing is the killing; a vote told as part of an election is the election. A killing
    // only supposed or intended ("if someone was killed", "sent to murder") tells no deed the death could be
    type: family(t.type) === 'dying' && c.items.some((it) => it.m.type === 'killing' && !UNREALISED.has(it.m.status) && it.m.status !== 'planned') ? 'killing' : family(t.type) === 'balloting' && c.items.some((it) => it.m.type === 'election') ? 'election' : t.type,
    ...(c.type === 'other' && t.theme ? { theme: t.theme } : {}),
    // spans' fields written out: V8 (Node 20) adds each field after a leading spread in the runtime, about 1 µs each
    trigger: { start: trig.start, end: trig.end, text: ctx.text.slice(trig.start, trig.end) },
    sentence: { start: sent.start, end: sent.end },
    date: date ? { ...date.value, evidence: { start: date.start, end: date.end }, ...(dated && dateIsStart(ctx, dated.m.type, dated.m.trigger, date) ? { isStart: true as const } : {}) } : null,
    place: place ? place.role : unplacedSetting(ctx, c.type, rep.m.theme, rep.m.trigger),
    actors,
    targets,
    counts,
    status: rep.m.status,
    // told as done in a year before the story's: what the news rests on, off the timeline
    ...(!UNREALISED.has(rep.m.status) && rep.m.status !== 'planned' && (backgroundDeed(ctx, t.type, date, c.items.map((it) => it.m.sent)) || c.items.every((it) => habitualDeed(ctx, it.m.type, it.m.trigger)) || obituaryPast(ctx, t.type, c.items.map((it) => it.m.sent)) || describedDeed(ctx, t.type, c.items.map(({ m }) => ({ trigger: m.trigger, sent: m.sent, clause: m.kind === 'clause' })))) ? { background: true as const } : {}),
    ...(attribution ? { attribution } : {}),
    mentions: c.items.map((it) => ({ start: it.extent.start, end: it.extent.end, text: ctx.text.slice(it.extent.start, it.extent.end) })),
  };
}

/**
 * Where an event the text places nowhere was held: a vote in the chamber the story names most; any
 * other domestic event in the story's country (inferred, cited at the venue or the country).
 */
function unplacedSetting(ctx: DocumentContext, type: string, theme: string | undefined, trigger: number): EventRecord['place'] {
  if (type === 'vote') {
    const venue = leadingVenue(ctx);
    if (venue) return { start: venue.start, end: venue.end, text: venue.text, place: venue.place, inferred: true };
  }
  if (COURT_STEPS.has(type) || type === 'detention') {
    // someone held is held under the court that hears their case: one told of beside the detention, not any court the story names
    const court = courtPlace(ctx, trigger, type === 'detention');
    if (court) return { ...court.role, inferred: true };
  }
  if ((DOMESTIC_TYPES as ReadonlySet<string>).has(type) || (theme !== undefined && DOMESTIC_OTHER.has(theme))) return storySetting(ctx);
  // any other happening where nearly every place the article names lies in one country
  return PLACED_ANYWHERE_TYPES.has(type) ? null : articleCountry(ctx);
}

/** Steps taken in a court: where the story's court sits is where they were taken. */
const COURT_STEPS = new Set(['prosecution', 'charge', 'conviction', 'sentencing', 'ruling']);

interface CourtPlace {
  /** Token of the court word. */
  at: number;
  choice: PlaceChoice;
}

const courtPlaces = new WeakMap<DocumentContext, CourtPlace[]>();

/**
 * "told a New York court", "a Texas judge", "a Russian court": where the court nearest the event sits (in its
 * own paragraph or the next), else (unless nearOnly) the most specific place the story gives any court; null when it gives none.
 * A story of two courts ("a US judge dismissed …; separately, he told a Russian court") has each step at its own.
 */
function courtPlace(ctx: DocumentContext, trigger: number, nearOnly = false): PlaceChoice | null {
  if (!courtPlaces.has(ctx)) courtPlaces.set(ctx, findCourtPlaces(ctx));
  const courts = courtPlaces.get(ctx)!;
  if (!courts.length) return null;
  const para = (k: number) => ctx.paraOfSent[ctx.toks[k].sentence];
  const near = courts.filter((c) => para(c.at) === para(trigger) || para(c.at) === para(trigger) + 1);
  if (near.length) return near.reduce((a, b) => (Math.abs(b.at - trigger) < Math.abs(a.at - trigger) ? b : a)).choice;
  if (nearOnly) return null;
  return courts.reduce((a, b) => (b.choice.rank > a.choice.rank ? b : a)).choice;
}

/** Case words by which a place after a court word says where it sits ("a court in Ankara"), not whose case it hears ("a court for Kosovo"). */
const COURT_SEAT_CASES = new Set(['in', 'at']);

function findCourtPlaces(ctx: DocumentContext): CourtPlace[] {
  const syn = ctx.syntax;
  if (!syn) return [];
  const out: CourtPlace[] = [];
  for (let k = 0; k < ctx.toks.length; k++) {
    if (!isCourtWord(ctx.low[k])) continue;
    if (ctx.mentionAt[k] >= 0) {
      // "the Moscow City Court": a court named in full sits where its name says
      const named = namedCourtPlace(ctx, k);
      if (named) out.push({ at: k, choice: choice(named) });
      continue;
    }
    const word = wordOfToken(syn, k);
    if (word < 0 || syn.words[word].upos !== 'NOUN') continue;
    let best: PlaceChoice | null = null;
    // "a Texas judge", "a Russian court", and "a federal jury in Fort Worth": where the court sits
    const sits = dependents(syn, word, 'nmod').filter((d) => COURT_SEAT_CASES.has(caseMarker(syn, d) ?? ''));
    for (const d of [...dependents(syn, word, 'compound', 'amod', 'nmod:poss'), ...sits]) {
      const t = firstTokenAtOrAfter(ctx.toks, syn.words[d].start);
      const loc = locAt(ctx, t);
      const c = loc ? choice(loc) : adjectivePlace(ctx, t);
      if (c && (!best || c.rank > best.rank)) best = c;
    }
    if (best) out.push({ at: k, choice: best });
  }
  return out;
}

/** "a Russian court": the country of a country adjective, cited where the story names that country (else at the adjective). */
function adjectivePlace(ctx: DocumentContext, t: number): PlaceChoice | null {
  const tok = ctx.toks[t];
  const country = /^\p{Lu}\p{Ll}+$/u.test(tok.text) ? adjectiveCountry(tok.text) : null;
  if (!country) return null;
  const named = ctx.places.find((p) => p.place.kind === 'country' && p.place.country === country);
  return named ? choice(named) : { role: { start: tok.start, end: tok.end, text: country }, rank: KIND_RANK.country, country };
}

function addRoles(ctx: DocumentContext, out: EventRole[], ranges: Range[]): void {
  for (const [a, b0] of ranges) {
    const b = cutAtComma(ctx, a, b0);
    if (b <= a) continue;
    const named: EventRole[] = [];
    for (let k = a; k < b0; k++) {
      const m = ctx.mentions[ctx.mentionAt[k]];
      if (m && (m.type === 'PER' || m.type === 'ORG') && !named.some((x) => x.start === m.start) && !modifiesWithin(ctx, m, a, b0) && !describesWithin(ctx, m, a, b0)) named.push({ start: m.start, end: m.end, text: m.text });
    }
    const span = { start: ctx.toks[a].start, end: ctx.toks[b - 1].end };
    const role = { start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) };
    const chosen = named.length && named.every((x) => x.start >= span.start && x.end <= span.end) ? named : [role, ...named.filter((x) => x.start >= span.end)];
    // the other members of a list a participant is one of are participants too
    for (const r of chosen.flatMap((x) => withListed(ctx, x))) {
      // "a bus station" from the lede and "bus station" from the headline are one participant
      const key = r.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
      if (!out.some((x) => x.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '') === key)) out.push(r);
    }
  }
}

/**
 * Does the parse put the name inside what describes someone else of the phrase [a, b): the "of X"
 * of a common noun ("the head of the ministry's procurement department", "members of Hamas"), or
 * anywhere within an apposition ("Ann Lee, a former adviser to the Finance Ministry")? Such a name
 * places that person; it is no participant of its own.
 */
function describesWithin(ctx: DocumentContext, m: Span, a: number, b: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const top = nameTop(ctx, syn, m);
  if (top < 0) return false;
  const from = ctx.toks[a].start;
  const to = ctx.toks[b - 1].end;
  for (let c = top, guard = 0; guard < 12; guard++) {
    const p = syn.words[c].head;
    if (p < 0 || syn.words[p].start < from || syn.words[p].end > to) return false;
    const rel = syn.words[c].deprel;
    // "of" only: "the crisis with X" may be the parse's misreading of a talk with X
    if (rel === 'nmod' && syn.words[p].upos === 'NOUN' && caseMarker(syn, c) === 'of') return true;
    // the apposition itself may be the name ("the captain, Ole Dahl"): only what it holds describes
    if (rel === 'appos' && c !== top) return true;
    c = p;
  }
  return false;
}

/** The name's own top word: the first of its words, climbed while the head stays inside the name; -1 without one. */
function nameTop(ctx: DocumentContext, syn: Syntax, m: Span): number {
  let w = wordOfToken(syn, firstTokenAtOrAfter(ctx.toks, m.start));
  for (let guard = 0; w >= 0 && guard < 8; guard++) {
    const h = syn.words[w].head;
    if (h < 0 || syn.words[h].start < m.start || syn.words[h].end > m.end) break;
    w = h;
  }
  return w;
}

/** Relations by which a name only describes another word of its phrase: "Fulton County courthouse killer", "the former FBI official", "Lopez's brother". */
const MODIFIER_RELATIONS = new Set(['compound', 'nmod:poss', 'amod']);

/** Does the parse make the name a modifier of another word inside the phrase [a, b), rather than who the phrase names? */
function modifiesWithin(ctx: DocumentContext, m: Span, a: number, b: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const w = nameTop(ctx, syn, m);
  if (w < 0) return false;
  const h = syn.words[w].head;
  if (h < 0 || !MODIFIER_RELATIONS.has(syn.words[w].deprel)) return false;
  const head = syn.words[h];
  return head.start >= ctx.toks[a].start && head.end <= ctx.toks[b - 1].end;
}
