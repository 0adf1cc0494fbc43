// Times in an event's sentence that the parse gives to another happening: the day a statement
// was made ("two guards were killed, the army said on Wednesday"), the time of a clause that
// says it came before or after ("visited him in 2010, after he was released"), and, for steps
// taken about an earlier deed (an inquiry, a charge, a trial), the time of the deed itself
// ("investigating fraud in the 2016 election").
import type { EventType, Span } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { caseMarker, clauseOf, dependents, headOfSpan, subtree, wordsInSpan } from '../../syntax/query.js';
import { installedWordNet } from '../../lexicons/wordnet.js';
import { EVENT_VERBS } from '../../lexicons/events.js';

/** Verbs whose own date is when something was told, not when it happened. */
export const SAYING_LEMMAS = new Set(['say', 'tell', 'report', 'announce', 'confirm', 'state', 'add', 'claim', 'write']);

/** Conjunctions that set one clause's time apart from the other's ("after", "before"); "when" and "as" share it. */
const APART_MARKS = new Set(['after', 'before', 'since', 'until', 'till']);

/** Steps taken about an earlier deed: a year written on the deed's noun dates the deed, not the step. */
const ABOUT_A_DEED = new Set<EventType>(['investigation', 'prosecution', 'charge', 'conviction', 'sentencing', 'ruling', 'arrest', 'extradition']);

/**
 * Is a time attached to clause `timeClause` another happening's, for an event whose own clause is
 * `clause`? A saying verb hung under the event's clause with its own subject ("…, the army said on
 * Wednesday"), or a clause of "after"/"before" with its own subject joined to the event's own in either direction.
 */
export function anotherClausesTime(ctx: DocumentContext, clause: number, timeClause: number, time: Span): boolean {
  const syn = ctx.syntax;
  if (!syn || clause < 0 || timeClause < 0 || clause === timeClause) return false;
  const tw = syn.words[timeClause];
  const hasSubject = (w: number) => dependents(syn, w, 'nsubj', 'nsubj:pass').length > 0;
  // the statement's time comes after its speaker ("…, delegates said on Monday"); one before it ("postponed until
  // tomorrow, delegates said") is the event's own, whatever the parse hangs it on
  const speaker = dependents(syn, timeClause, 'nsubj')[0];
  if (tw.head === clause && SAYING_LEMMAS.has(tw.lemma.toLowerCase()) && speaker !== undefined && time.start > syn.words[speaker].start && (tw.deprel === 'advcl' || tw.deprel === 'parataxis')) return true;
  // only a clause with a subject of its own tells another happening: "deliberated for ten minutes before convicting him"
  // is one body's next step, close enough in time to share its date
  const apart = (sub: number, main: number) =>
    syn.words[sub].head === main && syn.words[sub].deprel === 'advcl' && hasSubject(sub) && !SAYING_LEMMAS.has(syn.words[sub].lemma.toLowerCase()) && dependents(syn, sub, 'mark').some((k) => APART_MARKS.has(syn.words[k].text.toLowerCase()));
  return apart(clause, timeClause) || apart(timeClause, clause);
}

/** Deeds a court or police step is taken about. */
const DEEDS = new Set<EventType>(['attack', 'killing']);
/** Case words by which a step's verb names the deed it is about ("charged in the slaying", "arrested over the bombing"). */
const ABOUT_CASES = new Set(['in', 'over', 'for', 'of', 'with']);
/** How many such phrases may stand between the step's verb and the deed ("charged with murder in the slaying"). */
const STEP_REACH = 3;

/**
 * Is a time in the clause of a step about a deed the step's, not the deed noun's ("charged with murder Thursday in the
 * slaying of a doctor": charged on Thursday, the slaying earlier)? The deed noun hangs on the step's verb through phrases
 * of what the step is about ("in", "over", "for", "of", "with"), not of when or where ("after", "during").
 */
export function stepsTime(ctx: DocumentContext, type: EventType, trigger: number, clause: number): boolean {
  const syn = ctx.syntax;
  if (!syn || clause < 0 || !DEEDS.has(type)) return false;
  const step = EVENT_VERBS.get(ctx.low[syn.words[clause].token] ?? '')?.type;
  if (!step || !ABOUT_A_DEED.has(step)) return false;
  // "charged with murder Thursday in the slaying": each step up to the verb a phrase of what the step is about
  for (let k = trigger, steps = 0; k >= 0 && steps < STEP_REACH; steps++) {
    const { deprel, head } = syn.words[k];
    if (!(deprel.startsWith('obl') || deprel.startsWith('nmod')) || !ABOUT_CASES.has(caseMarker(syn, k) ?? '')) return false;
    if (head === clause) return true;
    k = head;
  }
  return false;
}

/**
 * Is the time another event noun's own ("the 2016 election"), read for an event that is a step about a deed? A
 * time of another such step ("after a trial in May … before convicting him") is the same proceedings' and may date it.
 */
export function deedsTime(type: EventType, time: number, nounTimes: ReadonlyMap<number, EventType>): boolean {
  const deed = nounTimes.get(time);
  return ABOUT_A_DEED.has(type) && deed !== undefined && !ABOUT_A_DEED.has(deed);
}

/**
 * Is the time in a clause that describes another noun ("a rifle found in April", "a man who was freed in May")?
 * Such a clause tells what happened to that thing or person, not when the event did; one on the event's own noun
 * ("the attack carried out on Monday") is the event's.
 */
export function describingClausesTime(ctx: DocumentContext, clause: number, timeClause: number, trigger: number): boolean {
  const syn = ctx.syntax;
  if (!syn || timeClause < 0 || clause === timeClause) return false;
  const tw = syn.words[timeClause];
  return tw.deprel.startsWith('acl') && tw.head >= 0 && tw.head !== trigger && ['NOUN', 'PROPN', 'PRON'].includes(syn.words[tw.head].upos);
}

/**
 * Happenings that last: the day such a one began is its date ("on strike since Monday", "held since March").
 * Every other type is a one-off happening, and a "since" time only bounds it from below.
 */
export const LASTING: ReadonlySet<EventType> = new Set<EventType>(['detention', 'strike', 'protest', 'investigation', 'military_operation', 'sanction']);
/** WordNet's lexicographer files of states (lexnames): noun.phenomenon, noun.state, verb.stative. */
const NOUN_PHENOMENON = 19;
const NOUN_STATE = 26;
const VERB_STATIVE = 42;

const stateCache = new Map<string, boolean>();
/** Is the word a state or lasting condition by its most frequent WordNet sense ("drought", "unrest", "flood"; "remain")? */
export function stateWord(lemma: string, pos: 'n' | 'v'): boolean {
  const key = `${pos}:${lemma}`;
  let yes = stateCache.get(key);
  if (yes === undefined) {
    const wn = installedWordNet();
    const first = wn?.synsets(lemma, pos)[0];
    const file = wn && first ? wn.lexFile(first) : -1;
    yes = pos === 'n' ? file === NOUN_STATE || file === NOUN_PHENOMENON : file === VERB_STATIVE;
    stateCache.set(key, yes);
  }
  return yes;
}

/**
 * Is the time in a "since" phrase or clause that is not the event's own, for a one-off event with trigger word
 * `trigger`? "40 seabirds had died since the spill on 14 October": the phrase tells when the counting began, and a
 * time inside it (on the phrase's noun or the clause it opens) is that start, not the deaths' date. Read from the
 * parse: a word on the way from the time up to the trigger (the trigger and what governs it excluded) with a
 * "since" case or mark. A lasting happening keeps it: "held since March", "the drought since January" began then.
 */
export function sinceTime(ctx: DocumentContext, type: EventType, trigger: number, time: Span): boolean {
  const syn = ctx.syntax;
  if (!syn || trigger < 0 || LASTING.has(type)) return false;
  const tw = syn.words[trigger];
  if ((tw.upos === 'NOUN' || tw.upos === 'VERB') && stateWord(tw.lemma.toLowerCase(), tw.upos === 'NOUN' ? 'n' : 'v')) return false;
  const above = new Set<number>();
  for (let w = trigger, guard = 0; w >= 0 && guard < 60; guard++, w = syn.words[w].head) above.add(w);
  const marker = (w: number) => dependents(syn, w, 'case', 'mark').map((k) => syn.words[k].text.toLowerCase());
  // "bought 30,000 shares between 3 and 10 September": a range's first day is no more the purchases' date
  const since = (w: number) => marker(w).includes('since') || (marker(w).includes('between') && timeAtWord(ctx, w) >= 0);
  // "since last June, when extremists stabbed a guard": the clause right after the time says what happened then
  const words = wordsInSpan(syn, time);
  const own = subtree(syn, clauseOf(syn, trigger));
  const opening = Math.min(...own.filter((w) => syn.words[w].upos !== 'PUNCT'));
  const last = words.length ? words[words.length - 1] : -2;
  if (syn.words[opening].text.toLowerCase() === 'when' && (opening === last + 1 || (opening === last + 2 && syn.words[last + 1].text === ','))) return false;
  const head = headOfSpan(syn, time);
  if (head === null) return false;
  for (let w = head, guard = 0; w >= 0 && !above.has(w) && guard < 60; guard++, w = syn.words[w].head) if (since(w)) return true;
  // "since the spill on 14 October" parsed with the date on the verb: a date right after a "since" phrase of the
  // same head is that phrase's noun's ("died on 14 October since the spill" is no reading)
  const parent = syn.words[head].head;
  if (parent < 0) return false;
  const first = Math.min(...subtree(syn, head));
  return dependents(syn, parent, 'obl', 'obl:*', 'nmod', 'nmod:*').some((s) => s !== head && since(s) && timeAtWord(ctx, s) < 0 && Math.max(...subtree(syn, s)) === first - 1);
}

/** The time mention a word lies in, or -1. */
function timeAtWord(ctx: DocumentContext, w: number): number {
  const syn = ctx.syntax!;
  const at = syn.words[w].start;
  return ctx.times.findIndex((t) => t.start <= at && at < t.end);
}
