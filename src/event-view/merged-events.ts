// One real-world event from its reports in several documents: the merged view (most precise date,
// most specific place, the participants of every report), a short headline, and where the reports
// disagree (dates that cannot be the same day, places far apart, different counts).
import { readableHeadline } from '../headline-case.js';
import { isTimelineFact, reportOnTimeline } from '../types.js';
import type { Count, TimeValue } from '../types.js';
import type { EventCountsBrief, EventItem, EventReport, RoleRef } from './types.js';
import { COUNT_KEYS, findConflicts } from '../corpus/events/find-conflicts.js';
import { chooseMergedDate } from '../corpus/events/merged-date.js';
import { reportWithMergedPlace } from '../corpus/events/merged-place.js';
import { dateInterval } from '../date-interval.js';
import { normaliseName } from '../store/keys.js';
import { fullerWording, sameParticipant } from '../role-wording.js';
import { eventClause, eventSentence, POINTS_BACK, POSSESSIVE_START } from './event-clause.js';
import { actionNoun } from './action-noun.js';
import { MEASURE_UNITS, NON_COUNT_UNITS } from '../pipeline/lexicons/numbers.js';

const MAX_ROLES = 8;

export function mergeReports(key: string, type: string, reports: EventReport[], nameOf: (entity: string) => string | undefined): EventItem {
  const date = mostPrecise(reports);
  const place = mostSpecificPlace(reports);
  const actors = unionRoles(reports.map((r) => r.actors)).map((r) => withDisplayName(r, nameOf));
  const targets = unionRoles(reports.map((r) => r.targets)).map((r) => withDisplayName(r, nameOf));
  const conflicts = findConflicts(reports);
  const disputed = new Set(conflicts.map((c) => c.field));
  const counts: Partial<Record<string, Count>> = {};
  for (const k of COUNT_KEYS) {
    if (disputed.has(k)) continue;
    const c = reports.find((r) => r.counts[k])?.counts[k];
    if (c) counts[k] = c;
  }
  const statuses = reports.map((r) => r.status);
  return {
    key,
    type,
    title: eventTitle(type, actors, targets, place, reports[0]?.docTitle ?? '', nameOf, reports[0]),
    date,
    interval: dateInterval(date?.iso),
    place,
    actors,
    targets,
    counts,
    status: statuses.find(isTimelineFact) ?? statuses[0] ?? 'asserted',
    timelineFact: reports.some(reportOnTimeline),
    documentCount: new Set(reports.map((r) => r.docId)).size,
    reports,
    conflicts,
  };
}

/** An event's counts for a list (the timeline, a place's events): agreed ones, and the values of each disputed one. */
export function countsBrief(e: Pick<EventItem, 'counts' | 'conflicts'>): EventCountsBrief {
  const disputed: Partial<Record<string, Count[]>> = {};
  for (const c of e.conflicts) {
    if (!(COUNT_KEYS as readonly string[]).includes(c.field)) continue;
    const values = c.values.map((v) => v.count).filter((v): v is Count => !!v);
    if (values.length) disputed[c.field] = values;
  }
  return { counts: e.counts, ...(Object.keys(disputed).length ? { disputedCounts: disputed } : {}) };
}

/** The most precise date of a report; a lasting happening's start ("began on 3 March") only when no report gives a date of its own.
 *  Of reports giving the same first day, one that gives the range's last day too ("from 3 to 10 September") says more. */
function mostPrecise(reports: EventReport[]): TimeValue | null {
  return chooseMergedDate(reports, (r) => (r.date?.iso ? { iso: r.date.iso, isStart: r.dateIsStart, end: r.date.end } : null))?.date ?? null;
}

/** The place of the report corpus/events/merged-place.ts chooses, as every other surface does. */
function mostSpecificPlace(reports: EventReport[]): EventItem['place'] {
  return reportWithMergedPlace(reports, (r) => r.place)?.place ?? null;
}

function unionRoles(lists: RoleRef[][]): RoleRef[] {
  const seen = new Set<string>();
  const out: RoleRef[] = [];
  for (const list of lists)
    for (const r of list) {
      const id = r.entity ?? normaliseName(r.text);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      // "a crowded market" in one report, "a market" in another: one unnamed participant, in the fuller words
      const same = r.entity ? -1 : out.findIndex((o) => !o.entity && sameParticipant(o.text, r.text));
      if (same >= 0) out[same] = fullerWording(out[same], r);
      else out.push(r);
    }
  return out.slice(0, MAX_ROLES);
}

const NOUNS: Record<string, [string, string]> = {
  attack: ['Attack', 'on'], killing: ['Killing', 'of'], arrest: ['Arrest', 'of'], detention: ['Detention', 'of'], raid: ['Raid', 'on'],
  deportation: ['Deportation', 'of'], extradition: ['Extradition', 'of'], prosecution: ['Prosecution', 'of'], designation: ['Designation', 'of'],
  agreement: ['Agreement', 'between'], meeting: ['Meeting', 'of'], other: ['Event', 'involving'],
  military_operation: ['Military operation', 'against'],
};
const NUMBER_WORD = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several)\b/i;
const MAX_NAME = 40;

/** A role whose words are a form of its entity's name ("EU" for the European Union) with that
 *  name beside them, as the event's title already names it: the event page read "By EU" under
 *  "Agreement between European Union and Tunisia". Words that say more than the name ("four
 *  batteries to Poland") and descriptions with a referent keep their own words alone. */
function withDisplayName(r: RoleRef, nameOf: (entity: string) => string | undefined): RoleRef {
  const name = r.entity && !r.referent ? nameOf(r.entity) : undefined;
  const text = r.text.trim();
  return name && name !== text && name.length >= text.length * 0.6 ? { ...r, name } : r;
}

/** A role as a short name: its entity's name when a mention covers most of it, else a short counted
 *  phrase ("14 people", "three men"). Long clauses and bare words make bad headlines. `loose` also
 *  takes a short noun phrase ("NATO defence ministers", "a crowded market"), for an event that
 *  would otherwise have no participant in its title at all. */
function roleName(r: RoleRef, nameOf: (entity: string) => string | undefined, loose = false): RoleName | null {
  const text = r.text.trim();
  const name = r.entity ? nameOf(r.entity) : undefined;
  // a description standing for a name ("a 34-year-old man" for Dmytro Karpenko) is named by it
  if (name && (r.referent || name.length >= text.length * 0.6) && name.length <= MAX_NAME) return { text: name, named: true };
  const words = text.split(/\s+/);
  // an amount ("500 million rubles", "20 years") is what was at stake, not who took part
  if (words.length <= 4 && text.length <= MAX_NAME && NUMBER_WORD.test(text) && !isAmount(words)) return { text: lowerCount(words), named: false };
  if (loose && words.length >= 2 && words.length <= 4 && text.length <= MAX_NAME && PHRASE_START.test(text) && !POSSESSIVE_START.test(text) && !/[,;:()“”"]/.test(text)) return { text, named: false };
  return null;
}
interface RoleName {
  text: string;
  /** An entity's name, not a description of people ("two businessmen"). */
  named: boolean;
}
/** A counted phrase of money, a measure or a span of time: a currency sign or unit word in it. */
function isAmount(words: string[]): boolean {
  return words.some((w) => /[$€£¥₽]/u.test(w) || MEASURE_UNITS.has(w.toLowerCase()) || NON_COUNT_UNITS.has(w.toLowerCase()));
}
/** "Two businessmen" begun a sentence; inside a title it is "two businessmen". */
function lowerCount(words: string[]): string {
  const [first, second = ''] = words;
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !/^\p{Lu}/u.test(second) ? [first.toLowerCase(), ...words.slice(1)].join(' ') : words.join(' ');
}
/** How a short noun phrase starts: a capital (a name in it) or an article. */
const PHRASE_START = /^(\p{Lu}|(a|an|the)\s)/u;
/** An article's title in a headline: whole words up to about this many characters. */
const MAX_ARTICLE = 44;

/** Longer than this, or than this many words, a target is a clause of its own, not part of a title. */
const MAX_TARGET = 48;
const MAX_TARGET_WORDS = 8;

/** What an event was done to, in its own words, for "Evacuation of some of the wounded to the
 *  hospital": the first target of a few words, short enough for a title, that does not point back to
 *  someone it does not name ("its crews"), holds no quotation or aside and is no amount ("$40 million"). */
function targetPhrase(targets: RoleRef[]): string | null {
  for (const r of targets) {
    const text = (r.referent && /^(it|him|her|them)$/i.test(r.text.trim()) ? r.referent : r.text).replace(/\s+/g, ' ').trim();
    const words = text.split(' ');
    if (words.length >= 2 && words.length <= MAX_TARGET_WORDS && text.length <= MAX_TARGET && !POINTS_BACK.test(text) && !/[,;:()“”"]/.test(text) && !isAmount(words)) return text;
  }
  return null;
}

function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Arrest of Dmytro Karpenko in Madrid", "Agreement between EU and Tunisia", "Attack in Goma"; with
 *  no name nor place, a short phrase ("Agreement with NATO defence ministers"), else the report's
 *  own clause ("Negotiations led by Spain"), else the article it is reported in ("Conviction, in
 *  “Spain extradites Ukrainian hacking suspect…”"): plain words, never the trigger word quoted,
 *  which told a reader little ("Conviction (“convicted”)"). A type that names nothing ("other")
 *  takes the report's clause first: "Event by Netherlands and Norway" said who, not what; then the
 *  noun of what its trigger does with its parties ("Evacuation of some of the wounded to Ndosho
 *  hospital", action-noun.ts), where the report's whole sentence read as a paragraph on the
 *  timeline; and, before the article, that sentence when short. */
export function eventTitle(type: string, actors: RoleRef[], targets: RoleRef[], place: EventItem['place'], article: string, nameOf: (entity: string) => string | undefined, report?: Parameters<typeof eventClause>[0]): string {
  const trigger = report ? report.sentence.slice(report.triggerSpan.start, report.triggerSpan.end) : '';
  // a clause that opens on its verb reads as an order ("Evacuate dozens of passengers …", "Expelled to
  // the Malian border …"): the noun and what it was done to read as a headline
  const opensOnVerb = (clause: string) => !!trigger && clause.toLowerCase().startsWith(trigger.toLowerCase());
  const clause = type === 'other' && report ? eventClause(report) : null;
  // an untyped event is named by what its trigger does ("Evacuation", "Offer"), where WordNet names it
  const act = type === 'other' && trigger ? actionNoun(trigger) : null;
  if (clause && !(opensOnVerb(clause) && act && targetPhrase(targets))) return clause;
  // any other type reads as words, as the event page's badge does ("military_operation" was a
  // title's first word, "Military_operation of Kuwait")
  const [noun, prep] = act ? [act.charAt(0).toUpperCase() + act.slice(1), 'of'] : NOUNS[type] ?? [type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' '), 'of'];
  const placeName = place?.place?.name ?? (/^\p{Lu}/u.test(place?.text ?? '') && (place?.text.length ?? 99) <= MAX_NAME ? place!.text : null);
  const whoOf = (loose: boolean) => {
    // named parties only, when there are any: a description beside a name reads as one more party
    // ("Agreement between two businessmen and Oleg Lebedev")
    const names = (roles: RoleRef[]) => {
      const found = roles.map((r) => roleName(r, nameOf, loose)).filter((n): n is RoleName => !!n);
      const named = found.filter((n) => n.named);
      return [...new Set((named.length ? named : found).map((n) => n.text))].slice(0, 2);
    };
    if (type === 'agreement' || type === 'meeting') {
      const parties = names([...actors, ...targets]);
      return parties.length ? ` ${type === 'agreement' && parties.length < 2 ? 'with' : prep} ${joinNames(parties)}` : '';
    }
    const t = names(targets);
    const a = names(actors);
    return t.length ? ` ${prep} ${joinNames(t)}` : a.length ? ` by ${joinNames(a)}` : '';
  };
  const who = whoOf(false) || (placeName ? '' : whoOf(true));
  const where = placeName && !who.includes(placeName) ? ` in ${placeName}` : '';
  if (who || where) return `${noun}${who}${where}`;
  const told = report ? (type !== 'other' ? eventClause(report) : eventSentence(report)) : null;
  // what it was done to, in its own words ("Deportation of migrants intercepted in Mauritania"), before
  // a clause that opens on its verb ("Expelled to the Malian border …") and an untyped event's sentence;
  // the two sides of an agreement or meeting are no such thing
  const undergone = type === 'agreement' || type === 'meeting' ? null : targetPhrase(targets);
  if (undergone && (act || !told || opensOnVerb(told))) return `${noun} ${prep} ${undergone}`;
  if (told) return told;
  // a wire headline in capitals is shown in title case ("Attack, in “Bahia Cocoa Review”")
  return article.trim() ? `${noun}, in “${clipWords(readableHeadline(article.trim()), MAX_ARTICLE)}”` : noun;
}
