// Event mentions: verb triggers read with their voice ("X arrested Y", "Y was arrested
// by X", translated "in Lima detained 9 people", "was detained the courier") and
// event nouns with their arguments ("the blast killed 12", "the extradition of X").
import type { Count, EventStatus, EventType, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import {
  AGREEMENT_OBJECTS, ALLEGED_CUES, OCCASION_TYPES, CHARGE_CUES, COMPOUND_HEADS, DENIAL_CUES, DESIGNATION_COMPLEMENT, EVENT_NOUNS,
  EVENT_VERBS, INJURED_WORDS, KILLED_WORDS, LIGHT_VERBS, CONCLUDING_VERBS, isLightVerbFor, NOUNS_NEEDING_TERROR, timeToComeAt, PLAN_CUES, PROSPECT_MODIFIERS, POSSIBILITY_NOUNS, PROPOSAL_NOUNS, EXPOSURE_WORDS, REQUEST_CUES, SUSPECTED_CUES, WISH_CUES, BRINGING_ABOUT_VERBS,
  type NounEntry, type VerbEntry, type VerbForm,
} from '../../lexicons/events.js';
import { ORG_DESCRIPTORS, PERSON_NOUNS } from '../../lexicons/nouns.js';
import { findNumbers, vagueWordsOf, type NumberExpr } from '../numbers.js';
import { scheduledActs } from './scheduled.js';
import { investigatorsAtWork } from './investigators.js';
import { bodilyHappenings } from './bodily-happenings.js';
import { describesAnyone, modifiedNoun, particularUndergoer } from './participles.js';
import { movedStatus } from './rescheduled.js';
import { activityObject, genericClause, genericSubject, habitualClause, recordSinceClause, timetabledClause } from './generic.js';
import { inYesNoQuestion } from './questions.js';
import { negatedWord, unrealisedStatus } from './unrealised.js';
import { avoidedHappening } from './avoided.js';
import { usedInHappenings } from './used-in.js';
import { noteChargeAccusation, noteChargeNotAccusation, storyChargesAreCosts } from './charge-readings.js';
import { dealFrame, dealManner, marketTrade } from './deals.js';
import { signsUndertaking } from './signed.js';
import { passiveLightVerbEnd } from './passive-light.js';
import { fireNoun } from './fires.js';
import { crashBesideDeaths, hitAndRunNoun } from './hit-and-run.js';
import { hitAndRunEnd } from '../../senses/road-crash.js';
import { deadlyBlow } from './deadly-blow.js';
import { releasedFromCustody } from './custody-release.js';
import { attackToll } from './attack-toll.js';
import { killedByGunfire } from './gunfire.js';
import { clauseStartPastAside, relativeAsideBefore } from './relative-aside.js';
import { casualtyOfSubject } from './casualty-subject.js';
import type { DoerReferent } from './pronoun-doer.js';
import { countedHappenings } from './counted-happenings.js';
import { lifelessSubject } from './lifeless-subject.js';
import { countedGroupFate, countedPhraseAt, deathsNoun, heldPeople, heldSubject, operationOnNamedPlace, particularPersonFate, particularVictim, pastFateUnderFuture } from './fates.js';
import { DISASTER_THEME, disasterNoun, figurativeDisaster, happeningNoun, isMembershipGroupWord, namedRecipient, rangeIs, senseOf, WEAPONS } from '../../senses/word-senses.js';
import { clauseOfItsOwn, conjunctOfCue, occasionRelative, participantPhrase, purposeInfinitive, nonPersonCounts, ranges, subjectUndergoes, tokenRange, verbArguments, verbStatus, verbWord } from './parse.js';
import { particleObject } from './particle-object.js';
import { isNotWord } from './not-word.js';
import { ownedObject } from './owned-object.js';
import { isSought } from './wishes.js';
import { listedAfter } from './listed-roles.js';
import { nounInTally } from './tally.js';
import { caseMarker, dependents, relationMatches, subtree, wordOfToken } from '../../syntax/query.js';
import { plannedByMisreadVerb } from './misread-plan.js';
import {
  AUX_BE, AUX_HAVE, DETERMINERS, LOCATIVE, MODALS, PREPOSITIONS, PRONOUNS, TEMPORAL_PREP, clauseStart, cutAtComma,
  isAdverb, isCapitalized, isPunct, looksVerbal, npForward, skipFrontMatter, subjectStart,
} from '../../context/phrases.js';
import { dataWordList } from '../../lexicon-files.js';
import { isStormKindWord } from '../../entities/storm-names.js';

export type CountKey = 'killed' | 'injured' | 'detained' | 'arrested' | 'prosecuted' | 'participants';
export type Range = [number, number];

export interface EventMention {
  type: EventType;
  trigger: number;
  triggerEnd: number;
  sent: number;
  para: number;
  kind: 'clause' | 'noun';
  /** clause or noun with its own date/place/count/named participant; weak ones only join others. */
  strong: boolean;
  /** "another attack", "a wave of arrests": never the same as an earlier event. */
  isNew: boolean;
  definite: boolean;
  lightVerb: boolean;
  actors: Range[];
  targets: Range[];
  counts: Partial<Record<CountKey, Count>>;
  /** Token ranges that support the counts (for the mention's extent). */
  countRanges: Range[];
  status: EventStatus;
  /** Token ranges where a place may be read (locative phrases of this mention). */
  placeRanges: Range[];
  /** A date written inside the noun phrase ("Friday's shooting"). */
  ownTime: number;
  /** A noun only dating something else ("after a session of …", "during negotiations"). */
  anchor?: boolean;
  /** Kill verb whose only target is a number of people: a casualty count for an attack nearby. */
  casualtyOnly?: boolean;
  /** For an "other" happening, what kind it is ("disaster", "bid"): only the same kind are one event. */
  theme?: string;
  /** A verb that says what someone is asked to do ("urged him to resign"): no report of a happening, so never merged with one. */
  requested?: boolean;
}

export const COUNT_KEY: Partial<Record<EventType, CountKey>> = {
  arrest: 'arrested', detention: 'detained', prosecution: 'prosecuted', charge: 'prosecuted', conviction: 'prosecuted', sentencing: 'prosecuted',
  killing: 'killed', death: 'killed',
};
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const SERIES = new Set(['series', 'wave', 'spate', 'string', 'number', 'round', 'chain']);
const OCCUR = new Set(['occurred', 'happened', 'took']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'it', 'them', 'him', 'her']);
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
const CIRCUMSTANCE_MARKS = new Set(['while', 'whilst']);
/** Modals that hedge rather than plan: "may try to deport", "could face charges". */
const HEDGING_MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
// (crowds that march, gather or demonstrate take no object either: "thousands marched through the capital")
const INTRANSITIVE = new Set(['agreed', 'agree', 'agrees', 'met', 'meet', 'meets', 'died', 'die', 'dies', 'marched', 'march', 'marches', 'gathered', 'gather', 'gathers', 'demonstrated', 'demonstrate', 'demonstrates']);
const IRREGULAR_PAST = new Set(['took', 'made', 'gave', 'held', 'sent', 'seized', 'caught', 'brought', 'led', 'began', 'set', 'put', 'found', 'shot']);
const BOUNDARY_WORDS = new Set(['that', 'which', 'who', 'when', 'while', 'as', 'and', 'but', 'after', 'before']);
/** "attempted murders": a participle that keeps a killing noun's phrase going (data/event-senses.json makes it an attack). */
const ATTEMPT_WORDS = new Set(['attempted']);
/** "an assassination attempt", "a hijack attempt": heads after a killing or attack noun that make it an attempt on a life or a vessel. */
const ATTEMPT_HEADS = new Set(['attempt', 'attempts']);
/** Prepositions that open what an attack was made on ("the bombings of the embassies", "the attacks on the ministry"). */
const ATTACKED_MARKS = new Set(['of', 'on', 'against']);
const STRIKE_VERBS = new Set(['struck', 'hit', 'hits', 'strikes', 'slammed', 'pounded', 'landed', 'rained', 'exploded', 'tore']);

/** "the Committee to Re - elect the President": a lower-case word with the organisation's name on both sides is the name's, no happening. */
function insideOrganisationName(ctx: DocumentContext, i: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[i]];
  return m !== undefined && m.type === 'ORG' && m.start < ctx.toks[i].start && ctx.toks[i].end < m.end;
}

/** "Hurricane Lorna struck": the storm's name holds the disaster word, which still names the storm's happening. */
function stormKindInName(ctx: DocumentContext, i: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[i]];
  return m !== undefined && m.type === 'MISC' && isStormKindWord(ctx.toks[i].text);
}

/** `doerReferent` reads a lone pronoun doer as the name it stands for, where a sense rule asks what kind of party the doer is. */
export function findMentions(ctx: DocumentContext, s: number, doerReferent?: DoerReferent): EventMention[] {
  const from = ctx.sentStart[s];
  const to = ctx.sentStart[s + 1];
  const out: EventMention[] = [];
  for (let i = from; i < to; i++) {
    const w = ctx.low[i];
    if (ctx.mentionAt[i] >= 0 && (isCapitalized(ctx.toks[i].text) || insideOrganisationName(ctx, i)) && !stormKindInName(ctx, i)) continue;
    const listed = EVENT_VERBS.get(w);
    // "was shot dead", "beaten to death": a verb the lexicon lacks, or has only with a particle, killed
    const deadly = !listed || listed.tail ? deadlyBlow(ctx, i) : null;
    const verb = deadly?.entry ?? listed;
    const noun = EVENT_NOUNS.get(w) ?? disasterNoun(w) ?? deathsNoun(ctx, i) ?? fireNoun(ctx, i) ?? hitAndRunNoun(ctx, i);
    let m: EventMention | null = null;
    // the parse, where there is one, says whether the word is the verb or the noun
    const parsedVerb = verb ? (verbWord(ctx, i) >= 0 ? verbWord(ctx, i) : killedPersonWord(ctx, i, verb)) : -1;
    if (deadly) m = parsedVerbMention(ctx, i, deadly.word, s, from, to, deadly.entry);
    else if (STRIKE_VERBS.has(w) && !(noun && hitAndRunEnd(ctx, i) > 0)) m = weaponStrike(ctx, i, s, from, to);
    // "under existing NRC rules", "an exchange rule could bar …": a word the parse reads as a noun is no verb, whatever word order suggests
    else if (verb && !noun && (verb.form === 's' || verb.form === 'base') && parsedVerb < 0 && parsedUpos(ctx, i) === 'NOUN') m = null;
    // "bombing victims", "shooting suspects": an -ing word before a head of data's compound kind names no act
    else if (verb?.form === 'ing' && COMPOUND_HEADS.has(ctx.low[i + 1] ?? '')) m = null;
    // "a hostile takeover bid earlier this month": a verb that needs its particle ("bid for") is the noun without it
    else if (verb && (parsedVerb >= 0 || !(noun && isNounReading(ctx, i, from))) && !(noun && verb.tail && matchTail(ctx, i, verb.tail, to) < 0)) {
      m = verbMention(ctx, i, s, from, to, out);
      // the parse's relations win where it has them; it also finds verbs the word order hid
      if (parsedVerb >= 0) m = m ? withParse(ctx, m, parsedVerb) : parsedVerbMention(ctx, i, parsedVerb, s, from, to);
    } else if (noun) {
      // "after meeting the minister": a word more often the noun that the parse reads as a verb with its arguments
      const asVerb = verbReadingOfNoun(ctx, i);
      m = asVerb ? parsedVerbMention(ctx, i, asVerb.word, s, from, to, asVerb.entry) : nounMention(ctx, i, s, from, to, noun);
    }
    // "ministers meet later today": a time word order took for the object says when, not whom;
    // "issued a fix Tuesday for the bug": a time after the object's noun says when, and ends the object
    if (m) m.targets = m.targets.filter((r) => !isTimePhrase(ctx, r)).map((r) => beforeTrailingTime(ctx, r));
    if (m && m.trigger === i) {
      // what the words mean, read from the arguments (data/event-senses.json)
      const lemma = (m.kind === 'clause' ? verb?.lemma : noun?.lemma) ?? w;
      // coordinated participants count together ("farmers and protesters")
      const whole = (rs: Range[]): Range | null => (rs.length ? [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))] : null);
      // so do the members listed after the last object, which the parse may hang elsewhere ("charged the firm, its owner and …");
      // after an object that ends in a phrase of its own, a list goes on that phrase ("payments to its growers, its staff and …")
      const last = m.targets.at(-1);
      const listed = last && !ctx.low.slice(last[0], last[1]).some((x) => PREPOSITIONS.has(x)) ? listedAfter(ctx, last, to) : [];
      // "Acme said it will close its plant": the rules ask what the doer is, which "it" does not say
      const doer = whole(m.actors);
      const subject = doer && doerReferent ? (doerReferent(doer) ?? doer) : doer;
      const verdict = senseOf(ctx, { lemma, trigger: i, triggerEnd: m.triggerEnd, to, object: whole([...m.targets, ...listed]), subject, noun: m.kind === 'noun' });
      // "the charges were offset by a gain" in a story whose charges are costs (charge-readings.ts)
      const chargeNoun = lemma === 'charge' && m.kind === 'noun';
      if (chargeNoun && verdict?.sense === null) noteChargeNotAccusation(ctx, i);
      if (chargeNoun && !verdict && m.targets.length === 0 && storyChargesAreCosts(ctx, i)) m = null;
      else if (lemma === 'charge' && m.type === 'charge' && verdict?.sense !== null) noteChargeAccusation(ctx, i);
      if (m && verdict) {
        if (verdict.sense === null) m = null;
        else {
          m.type = verdict.sense;
          // a noun its clause confirmed ("has been in jail", "remains in custody") is a happening in itself
          // as is one whose words name a particular happening ("a general strike": data/event-senses.json 'particular')
          // (not in a tally of many: "427 fugitives have been taken into custody since then")
          if (m.kind === 'noun' && (verdict.predicate || (verdict.particular && !nounInTally(ctx, i, s)))) m.strong = !ctx.headingSent[s];
          // "six people were in custody": the clause's subject is who is held, and how many (fates.ts)
          const key = COUNT_KEY[m.type];
          const who = m.kind === 'noun' && verdict.predicate && key && !m.counts[key] ? heldSubject(ctx, i) : null;
          if (m && who && key) countPeople(ctx, m, who, key);
        }
      }
      // a bid is one kind of happening, a disaster (or a killing in one) another, a rebuttal a third:
      // every "other" carries its kind, so unlike happenings never become one event
      if (m?.type === 'other') m.theme = verdict?.theme ?? (disasterNoun(w) ? DISASTER_THEME : lemma);
      // "entered into an agreement to sell its unit": the sale is what the agreement is about; "offered to buy
      // the shares of Acme": the buying proposed is the offer, one event with the offer's noun where that is one
      // "Investors sold Acme", "Acme shares were sold heavily": trading on the market, not a deal between parties;
      // "completed its acquisition of Acme, purchasing 9 million shares": how that deal was made, not a second one
      if (m?.type === 'other' && m.kind === 'clause' && (marketTrade(ctx, i, m.theme) || dealManner(ctx, i, m.theme))) m = null;
      const frame = m?.type === 'other' && m.kind === 'clause' ? dealFrame(ctx, i, from, m.theme) : null;
      if (frame?.frame === 'agreement' || (frame && out.some((o) => o.trigger === frame.at))) m = null;
      else if (frame && m) {
        m.theme = 'offer';
        if (m.status === 'asserted') m.status = 'planned';
      }
      if (m?.type === 'other' && (EVENT_NOUNS.get(w)?.type === 'other' || verb?.type === 'other')) {
        // the one it was made to takes part in it ("an offer to Ms Reyes")
        const to = namedRecipient(ctx, i);
        if (to && !m.targets.length) m.targets.push(tokenRange(ctx, to));
      }
    }
    // "as the craze died": a thing that came to an end, no one's death (lifeless-subject.ts)
    if (m?.type === 'death' && m.kind === 'clause' && lifelessSubject(ctx, m.trigger)) m = null;
    // "a proposal to ban foreign students": what is proposed may never happen
    if (m?.kind === 'clause' && (m.status === 'asserted' || m.status === 'planned') && proposed(ctx, m.trigger, from)) m.status = 'hypothetical';
    // "in case the photographers catch him", "in case of an attack": a precaution against what may happen
    if (m && (m.status === 'asserted' || m.status === 'planned') && inCase(ctx, m.trigger, from)) m.status = 'hypothetical';
    // "no plans for a meeting", "failed to conclude an agreement", "might let them mount a bid": denied or hedged from above
    if (m && (m.status === 'asserted' || m.status === 'planned') && ctx.syntax && wordOfToken(ctx.syntax, m.trigger) >= 0) m.status = unrealisedStatus(ctx.syntax, wordOfToken(ctx.syntax, m.trigger), (w) => pastDateWord(ctx, w)) ?? m.status;
    // "evaded prosecution", "avoided jail time": a happening got out of did not take place (avoided.ts)
    if (m && (m.status === 'asserted' || m.status === 'planned') && ctx.syntax && wordOfToken(ctx.syntax, m.trigger) >= 0 && avoidedHappening(ctx.syntax, wordOfToken(ctx.syntax, m.trigger))) m.status = 'negated';
    // "Will you resign?": a yes/no question asks whether it happens
    if (m?.kind === 'clause' && (m.status === 'asserted' || m.status === 'planned') && verbWord(ctx, m.trigger) >= 0 && inYesNoQuestion(ctx.syntax!, verbWord(ctx, m.trigger))) m.status = 'hypothetical';
    // "women who vote for women": what such people do is no event (a headline's present tells news)
    if (m?.kind === 'clause' && m.status === 'asserted' && !ctx.headingSent[s] && genericClause(ctx, verbWord(ctx, m.trigger))) m = null;
    // "trying to commit terrorist acts": a bare plural that a non-finite verb takes names a kind of act
    if (m?.kind === 'noun' && (m.status === 'asserted' || m.status === 'planned') && activityObject(ctx, m.trigger)) m = null;
    // "elections are costly", "strikes hurt growth": what such happenings are or do in general is none of them
    if (m?.kind === 'noun' && m.status === 'asserted' && !ctx.headingSent[s] && genericSubject(ctx, m.trigger)) m = null;
    // "90 people a day die": a rate is a habit; "South Carolina, which votes Feb. 27": a present with a date is a timetable
    if (m?.kind === 'clause' && m.status === 'asserted' && !ctx.headingSent[s]) {
      const v = verbWord(ctx, m.trigger);
      // "have voted Democratic since 2000": a record kept over years, no one happening
      if (habitualClause(ctx, v) || recordSinceClause(ctx, v)) m = null;
      else if (timetabledClause(ctx, v)) m.status = 'planned';
    }
    // a sense can make the word a protest ("protesters stormed …"): count who took part
    if (m && PARTICIPANT_COUNTED.has(m.type) && !m.counts.participants && m.actors.length) countPeople(ctx, m, m.actors[0], 'participants');
    // "ministers meet later today": a present tense with a time to come is a plan
    if (m?.kind === 'clause' && m.status === 'asserted' && (verb?.form === 'base' || verb?.form === 's') && [m.triggerEnd, m.triggerEnd + 1].some((k) => k < ctx.low.length && timeToComeAt(ctx.low, k))) m.status = 'planned';
    if (m) {
      // "opened fire": the trigger's own words are no participant
      const own = (r: Range) => r[0] < m!.triggerEnd && m!.trigger < r[1];
      m.actors = participants(ctx, m.actors.filter((r) => !own(r)));
      m.targets = participants(ctx, m.targets.filter((r) => !own(r)));
      out.push(m);
    }
  }
  casualties(ctx, from, to, out);
  // "was hit and killed by a taxi": the crash beside the death it caused
  out.push(...crashBesideDeaths(ctx, s, out));
  // "the party is to back the bill": a decision announced
  out.push(...scheduledActs(ctx, s, out, STATUS_CUES));
  // "Investigators were at the scene", "detectives have been sifting through the rubble": investigators at work
  out.push(...investigatorsAtWork(ctx, s, out, STATUS_CUES));
  // "underwent surgery", "suffered a heart attack": what befell a body, named by a noun
  out.push(...bodilyHappenings(ctx, s, out, STATUS_CUES));
  // "If they have none, they will be detained": a sentence opening on a condition tells of nothing that happened
  if (opensOnCondition(ctx, from, to)) for (const m of out) if (m.status === 'asserted' || m.status === 'planned') m.status = 'hypothetical';
  return out;
}

/**
 * Is the trigger at i inside a clause or phrase opened by "in case" ("in case the police catch him", "in case of
 * an attack")? By word order: the parse reads "in case" as a place phrase. Stops at the clause's punctuation.
 */
function inCase(ctx: DocumentContext, i: number, from: number): boolean {
  for (let k = i - 1; k > from && k >= i - 10; k--) {
    const w = ctx.low[k];
    if (w === ',' || w === ';' || w === ':' || w === '.' || w === '—' || w === '–') return false;
    if (w === 'case' && ctx.low[k - 1] === 'in') return true;
  }
  return false;
}

/** Is the verb at i the infinitive of a noun of proposing, by word order ("a proposal to temporarily ban")? */
function proposed(ctx: DocumentContext, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && isAdverb(ctx.low[k])) k--;
  return k > from && ctx.low[k] === 'to' && PROPOSAL_NOUNS.has(ctx.low[k - 1]);
}

/** Each phrase cut to the participant it names; phrases that name none are dropped. */
function participants(ctx: DocumentContext, ranges: Range[]): Range[] {
  return ranges.map((r) => participantPhrase(ctx, r)).filter((r): r is Range => r !== null);
}

/**
 * A compound modifier of a later word that names no event ("conference calling"), not "peace talks" (where "peace" modifies).
 * The tagger often reads such a noun as an adjective ("riot police", "protest leaders"): an amod it calls ADJ counts too.
 */
function compoundOfThing(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  const modifier = w.deprel === 'compound' || (w.deprel === 'amod' && w.upos === 'ADJ' && syn.words[w.head]?.upos === 'NOUN');
  if (!modifier || w.head <= word) return false;
  const head = syn.words[w.head].text.toLowerCase();
  // "a trial date", "the hearing date": the date an occasion is set for speaks of that occasion
  return !EVENT_NOUNS.has(head) && !disasterNoun(head) && !OCCASION_DATES.has(head);
}

/** Nouns for the day an occasion is set for: "a trial date" speaks of the trial. */
const OCCASION_DATES = new Set(['date', 'dates']);

/**
 * A compound or adjectival modifier of a later common noun ("earthquake insurance", "landslide victory"),
 * not of a word for the happening itself ("the tsunami disaster", data/event-senses.json "happenings").
 */
function modifiesCommonNoun(syn: Syntax, word: number): boolean {
  const w = syn.words[word];
  const noun = (k: number) => !happeningNoun(syn.words[k].text.toLowerCase()) && !disasterNoun(syn.words[k].text.toLowerCase());
  // "100 pct quake cover": a bare verb form hung on the noun as a clause is the tagger's misread compound head
  // (a clause on a noun is a participle or an infinitive with "to", never a bare form)
  const next = word + 1 < syn.words.length ? syn.words[word + 1] : undefined;
  if (next && next.head === word && next.deprel === 'acl' && next.text.toLowerCase() === next.lemma.toLowerCase() && !dependents(syn, word + 1, 'mark').length) return noun(word + 1);
  if (!(w.deprel === 'compound' || w.deprel === 'amod') || w.head <= word) return false;
  return syn.words[w.head].upos === 'NOUN' && noun(w.head);
}

/** Verbs of a count changing. */
const CHANGE_LEMMAS = new Set(['fall', 'rise', 'decline', 'increase', 'decrease', 'drop', 'climb', 'jump', 'soar', 'double', 'triple', 'halve', 'total', 'grow']);

/** Is the noun the subject of a verb of change ("bankruptcies fell")? */
function countChanges(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  return w.deprel === 'nsubj' && w.head >= 0 && CHANGE_LEMMAS.has(syn.words[w.head].lemma.toLowerCase());
}

/** Is the parse word part of a calendar date no later than the story's ("on Monday", "last year"; any such date when the story has none)? */
function pastDateWord(ctx: DocumentContext, word: number): boolean {
  const t = ctx.timeAt[ctx.syntax!.words[word].token];
  const iso = t >= 0 ? ctx.times[t].value.iso : null;
  const published = ctx.doc.meta.published.value;
  return !!iso && (!published || iso <= published.slice(0, iso.length));
}

/** A phrase that is a time expression, perhaps with adverbs before it ("later today", "early next week"). */
function isTimePhrase(ctx: DocumentContext, [a, b]: Range): boolean {
  if (b <= a || ctx.timeAt[b - 1] < 0) return false;
  for (let k = a; k < b; k++) if (ctx.timeAt[k] < 0 && parsedUpos(ctx, k) !== 'ADV') return false;
  return true;
}

/**
 * The phrase cut before a time expression that follows one of its nouns ("a fix Tuesday for the bug" → "a fix",
 * "the plant Friday night" → "the plant"): word order runs the object on through the time, which says when, and the
 * object's head is then misread. A time that modifies the noun after it ("the Tuesday meeting") stays.
 */
function beforeTrailingTime(ctx: DocumentContext, [a, b]: Range): Range {
  for (let k = a + 1; k < b; k++) {
    if (ctx.timeAt[k] < 0 || ctx.timeAt[k - 1] >= 0) continue;
    const before = parsedUpos(ctx, k - 1);
    if (before !== 'NOUN' && before !== 'PROPN') continue;
    let end = k;
    while (end < b && ctx.timeAt[end] >= 0) end++;
    const after = end < b ? parsedUpos(ctx, end) : '';
    if (after !== 'NOUN' && after !== 'PROPN' && after !== 'ADJ') return [a, k];
  }
  return [a, b];
}

/** Does the sentence open (past quotation marks) on "if" or "unless"? */
function opensOnCondition(ctx: DocumentContext, from: number, to: number): boolean {
  let k = from;
  while (k < to && isPunct(ctx.low[k])) k++;
  return k < to && (ctx.low[k] === 'if' || ctx.low[k] === 'unless');
}

/** "attack", "raids", "arrest": a noun after a determiner, adjective or possessive. */
function isNounReading(ctx: DocumentContext, i: number, from: number): boolean {
  const prev = ctx.low[i - 1];
  const form = EVENT_VERBS.get(ctx.low[i])!.form;
  if (form === 'ed') return false;
  if (form === 'ing') {
    let k = i - 1;
    while (k >= from && isAdverb(ctx.low[k])) k--;
    return !AUX_BE.has(ctx.low[k] ?? '');
  }
  if (i === from) return true;
  // "transporting the man to jail": a "to" the parse makes the noun's preposition opens no infinitive
  if (prev === 'to') return toIsPreposition(ctx, i);
  if (MODALS.has(prev) || prev === 'not' || PRONOUNS.has(prev)) return false;
  if (form === 's' && (ctx.mentionAt[i - 1] >= 0 || prev === 'police') && startsObject(ctx, i + 1)) return false;
  return true;
}

/** The parse reads word i as a noun whose case marker is the "to" before it. */
function toIsPreposition(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, i) : -1;
  return w >= 0 && syn!.words[w].upos === 'NOUN' && caseMarker(syn!, w) === 'to';
}

function startsObject(ctx: DocumentContext, j: number): boolean {
  const w = ctx.low[j];
  if (!w) return false;
  return DETERMINERS.has(w) || /^\d/.test(w) || ctx.mentionAt[j] >= 0 || isCapitalized(ctx.toks[j].text) || PERSON_NOUNS.has(w) || (EVENT_NOUNS.has(w) === false && !PREPOSITIONS.has(w) && !isPunct(w) && !AUX_BE.has(w) && w !== 'as' && w !== 'by' && !looksVerbal(w));
}

function matchTail(ctx: DocumentContext, i: number, tail: string[] | undefined, to: number): number {
  if (!tail) return i + 1;
  let j = i + 1;
  // a verb that ends its text ("… as the casino opens") has no word after it to read
  if (j < to && (REFLEXIVE.has(ctx.low[j]) || isAdverb(ctx.low[j]))) j++;
  for (const t of tail) {
    if (ctx.low[j] !== t || j >= to) return tailPhrase(ctx, i, tail) ? i + 1 : -1;
    j++;
  }
  return j;
}

/**
 * Bidding's "for" may stand after the amount bid ("bidding $1.9 billion for the stake"): the parse's "for" phrase
 * on the verb says so. ("filed for" keeps its "for" next to it: "filed with the SEC for an offering" is paperwork.)
 */
function tailPhrase(ctx: DocumentContext, i: number, tail: string[]): boolean {
  const syn = ctx.syntax;
  const v = syn && tail.length === 1 && tail[0] === 'for' && EVENT_VERBS.get(ctx.low[i])?.lemma === 'bid' ? verbWord(ctx, i) : -1;
  return v >= 0 && dependents(syn!, v, 'obl', 'obl:*').some((o) => caseMarker(syn!, o) === tail[0]);
}

/** A base or 3rd-person form is a verb only after something that can be its subject or auxiliary ("police raid", not "the sentence", "suspended sentences", "Shells struck"). */
function verbReadingPlausible(ctx: DocumentContext, i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && isAdverb(ctx.low[k])) k--;
  if (k < from) return false;
  const w = ctx.low[k];
  if (ctx.mentionAt[k] >= 0 || PRONOUNS.has(w) || w === 'to' || MODALS.has(w) || w === 'not' || w === 'and' || w === 'or' || w === 'do' || w === 'does' || w === 'did') return true;
  if (PERSON_NOUNS.has(w) || ORG_DESCRIPTORS.has(w) || w === 'who' || w === 'that' || w === 'which') return !DETERMINERS.has(ctx.low[i - 1] ?? '');
  // a headline's plural subject ("Rebels shell city")
  return isCapitalized(ctx.toks[k].text) && k === from && w.endsWith('s') && ctx.headingSent[ctx.toks[i].sentence] === 1;
}

/** "Shells struck a market", "a missile hit the building": an attack whose trigger is the strike. */
function weaponStrike(ctx: DocumentContext, i: number, s: number, from: number, to: number): EventMention | null {
  const { low } = ctx;
  let k = i - 1;
  while (k >= from && isAdverb(low[k])) k--;
  if (k < from || !(WEAPONS.has(low[k]) || EVENT_NOUNS.get(low[k])?.type === 'attack')) return null;
  let subjStart = k;
  while (subjStart - 1 >= from && !isPunct(low[subjStart - 1]) && !PREPOSITIONS.has(low[subjStart - 1]) && !BOUNDARY_WORDS.has(low[subjStart - 1]) && k - subjStart < 4) subjStart--;
  let j = i + 1;
  if (low[j] === 'into' || low[j] === 'on' || low[j] === 'near') j++;
  const objEnd = npForward(ctx, j, to);
  if (objEnd <= j && low[i] !== 'exploded' && low[i] !== 'landed') return null;
  const m: EventMention = {
    type: 'attack', trigger: i, triggerEnd: i + 1, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: !ctx.headingSent[s], isNew: false,
    definite: false, lightVerb: false, actors: [], targets: objEnd > j ? [[j, objEnd]] : [], counts: {}, countRanges: [], status: statusOf(ctx, i, from, 'asserted'),
    placeRanges: [[i + 1, placeWindowEnd(ctx, i + 1, to)]], ownTime: -1,
  };
  return m;
}

function verbMention(ctx: DocumentContext, i: number, s: number, from: number, to: number, found: EventMention[]): EventMention | null {
  const { low } = ctx;
  const e = EVENT_VERBS.get(low[i])!;
  if (e.needsAgreementObject) return null;
  if ((e.form === 'base' || e.form === 's') && !verbReadingPlausible(ctx, i, from)) return null;
  // "If convicted, …": a condition, not a fact
  const cs0 = clauseStartPastAside(ctx, i, from);
  const conditional = cs0 > from && CONDITIONAL.has(low[cs0 - 1]);
  const tEnd = matchTail(ctx, i, e.tail, to);
  if (tEnd < 0) return null;
  if (e.form === 'ed' && DETERMINERS.has(low[i - 1] ?? '')) return null;
  if (e.needsDesignation && !designationComplement(ctx, tEnd, to)) return null;
  if (e.type === 'agreement' && !agreesTo(low, tEnd)) return null;
  // what precedes: auxiliaries and adverbs
  let k = i - 1;
  while (k >= from && (isAdverb(low[k]) || low[k] === 'as' || low[k] === 'a' || low[k] === 'result') && i - k < 5) k--;
  let voice: 'active' | 'passive' | 'impersonal' | null = null;
  let status: EventStatus = 'asserted';
  let subjectEnd = k + 1;
  if (e.form === 'ing') {
    if (!AUX_BE.has(low[k]) || low[k] === 'being') return null;
    voice = 'active';
    subjectEnd = k;
  } else if (e.form === 'base' || e.form === 's') {
    if (low[k] === 'to') {
      // "urged police to arrest", "want the minister to resign": someone else's wish, not an event
      for (let r = k - 1; r >= Math.max(from, k - 6); r--) if (REQUEST_CUES.has(low[r]) || (WISH_CUES.has(low[r]) && r < k - 1)) return null;
      status = 'planned';
      voice = 'active';
      subjectEnd = k;
    } else if (MODALS.has(low[k])) {
      status = HEDGING_MODALS.has(low[k]) ? 'hypothetical' : 'planned';
      voice = 'active';
      subjectEnd = k;
    } else voice = 'active';
  } else if (AUX_BE.has(low[k])) {
    voice = 'passive';
    subjectEnd = k;
    while (subjectEnd - 1 >= from && (AUX_HAVE.has(low[subjectEnd - 1]) || MODALS.has(low[subjectEnd - 1]) || AUX_BE.has(low[subjectEnd - 1]) || isAdverb(low[subjectEnd - 1]))) subjectEnd--;
  } else if (AUX_HAVE.has(low[k])) {
    voice = 'active';
    subjectEnd = k;
  } else if (low[k] === 'and' || low[k] === 'or') {
    const prevTrigger = [...found].reverse().find((m) => m.kind === 'clause' && m.trigger < i);
    if (prevTrigger) return { ...prevTrigger, type: e.type, trigger: i, triggerEnd: tEnd, counts: { ...prevTrigger.counts }, placeRanges: [[tEnd, placeWindowEnd(ctx, tEnd, to)]], ownTime: -1, countRanges: [] };
    let a = k - 1;
    if (a >= from && looksVerbal(low[a])) {
      a--;
      while (a >= from && isAdverb(low[a])) a--;
      if (AUX_BE.has(low[a])) {
        voice = 'passive';
        subjectEnd = a;
      }
    }
    // "Prosecutors have opened an investigation and detained two men": the first verb's subject
    if (!voice && e.form === 'ed') {
      const cs = clauseStart(ctx, k, from);
      const seg = skipFrontMatter(ctx, cs, k);
      // the nearest finite verb before "and": after an auxiliary or right after its subject
      for (let q = k - 1; q > seg; q--) {
        if (!(looksVerbal(low[q]) || IRREGULAR_PAST.has(low[q])) || isCapitalized(ctx.toks[q].text) || ctx.mentionAt[q] >= 0) continue;
        const p = low[q - 1];
        if (DETERMINERS.has(p) || PREPOSITIONS.has(p) || p === ',' || p === 'and') continue;
        let a2 = q;
        while (a2 - 1 > seg && (AUX_HAVE.has(low[a2 - 1]) || AUX_BE.has(low[a2 - 1]) || MODALS.has(low[a2 - 1]) || isAdverb(low[a2 - 1]))) a2--;
        if (a2 > seg && !PREPOSITIONS.has(low[seg])) {
          voice = AUX_BE.has(low[q - 1]) && low[q - 1] !== 'being' ? 'passive' : 'active';
          subjectEnd = a2;
        }
        break;
      }
    }
    // "… and then blew up the car": a second verb of a clause whose subject came before
    if (!voice && e.form === 'ed' && k - 1 >= from && low[k - 1] !== 'of' && !PREPOSITIONS.has(low[k - 1]) && !DETERMINERS.has(low[k - 1])) voice = 'impersonal';
    if (!voice) return null;
  } else {
    const cs = clauseStartPastAside(ctx, i, from);
    const seg = skipFrontMatter(ctx, cs, i);
    for (let j = seg; j < i; j++) {
      // "Ann Holt, famed for her ballads, died": a participle in an aside just before the verb describes the subject
      // "Ann Holt, whose ballads topped the charts, died": so does a relative clause (relative-aside.ts)
      if (low[j] === ',' && (asideBefore(ctx, j, i) || relativeAsideBefore(ctx, j, i))) break;
      if ((looksVerbal(low[j]) && !isCapitalized(ctx.toks[j].text) && !low[j].includes('-')) || found.some((m) => m.trigger === j && m.kind === 'clause')) return null;
    }
    if (seg >= i || PREPOSITIONS.has(low[seg])) voice = 'impersonal';
    else if (tEnd < to && startsObject(ctx, tEnd) && !(low[tEnd] === 'as' || low[tEnd] === 'by')) voice = 'active';
    // "ministers agreed on Saturday to …", "40 people died": no object to look for
    else if (INTRANSITIVE.has(low[i]) && !AUX_BE.has(low[tEnd] ?? '')) voice = 'active';
    // translated headline style "The group recognised as terrorist": a dropped auxiliary
    else if ((seg === skipFrontMatter(ctx, from, i) || ctx.headingSent[s]) && !low.slice(seg, i).includes(',') && (low[tEnd] === 'as' || low[tEnd] === 'by' || i - seg <= 3)) voice = 'passive';
    else return null;
  }
  const cs = clauseStartPastAside(ctx, i, from);
  let segStart = subjectStart(ctx, cs, subjectEnd);
  const rel = voice === 'active' ? relativeSubject(ctx, cs, subjectEnd, from) : null;
  if (rel) segStart = rel[0][0];
  const qualified = findNumbers(ctx, segStart, Math.min(subjectEnd, segStart + 4)).some((n) => n.from === segStart);
  let subjEnd2 = subjectEnd;
  // "The Moscow City Court on Tuesday sentenced": the date is not part of the subject
  for (let q = segStart + 1; q < subjectEnd; q++) if (ctx.timeAt[q] >= 0 || (ctx.timeAt[q + 1] >= 0 && (low[q] === 'on' || low[q] === 'in' || low[q] === 'last'))) { subjEnd2 = q; break; }
  const subj: Range | null = segStart < subjEnd2 && (!PREPOSITIONS.has(low[segStart]) || qualified) ? [segStart, subjEnd2] : null;
  const objEnd = npForward(ctx, tEnd, to, { coordinate: true });
  const obj: Range | null = objEnd > tEnd ? [tEnd, objEnd] : null;
  let actors: Range[] = [];
  let targets: Range[] = [];
  if (voice === 'passive') {
    if (subj) targets = [subj];
    else if (obj) targets = [obj];
    const by = findBy(ctx, tEnd, to);
    if (by) actors = [by];
  } else if (voice === 'impersonal') {
    if (obj) targets = [obj];
  } else if (subjectUndergoes(e.lemma)) {
    // "40 people died", "the men will appear in court": the subject is who it happens to
    if (subj) targets = [subj];
  } else {
    if (rel) actors = rel;
    else if (subj) actors = [subj];
    if (obj) targets = [obj];
  }
  if (e.type === 'meeting' && !hasNamed(ctx, [...actors, ...targets]) && !hasPlaceIn(ctx, tEnd, to) && !peopleMet(ctx, e, i, actors, targets)) return null;
  if (e.type === 'release' && !freesPeople(ctx, targets, e.form, i) && !releasesRecords(ctx, i, actors, targets)) return null;
  if (chargeFrame(ctx, i, from) || mandative(ctx, i, from)) return null;
  const m: EventMention = {
    type: e.type, trigger: i, triggerEnd: tEnd, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: !ctx.headingSent[s], isNew: false,
    definite: false, lightVerb: false, actors, targets, counts: {}, countRanges: [], status: conditional ? 'hypothetical' : statusOf(ctx, i, from, status),
    placeRanges: [[segStart, subjectEnd], [tEnd, placeWindowEnd(ctx, tEnd, to)]], ownTime: -1,
  };
  targetCount(ctx, m);
  if (casualtyOnly(ctx, e.type, m, actors, targets)) m.casualtyOnly = true;
  return m;
}

export const STATUS_CUES = {
  denial: new Set(['deny', 'reject', 'refute', 'dismiss']),
  allegation: new Set(['allege', 'accuse', 'claim', 'suspect', 'think', 'believe', 'fear']),
  // "are likely to go on strike", "is poised to vote": what is foreseen is still to come
  plan: new Set(['plan', 'plot', 'prepare', 'intend', 'aim', 'threaten', 'seek', 'attempt', 'try', 'want', 'vow', 'promise', 'propose', 'expect', 'hope', 'likely', 'certain', 'poised']),
};

/** "urged police to arrest him", "want the minister to resign": the verb is a wish put to someone, not an event. */
function requested(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  if (w.head < 0) return false;
  if (w.deprel !== 'xcomp') return forToRequest(syn, word);
  const governor = syn.words[w.head].text.toLowerCase();
  return REQUEST_CUES.has(governor) || (WISH_CUES.has(governor) && dependents(syn, w.head, 'obj').length > 0);
}

/** Relations the parse may use between a "for … to" infinitive and the verb or noun of asking above it. */
const FOR_TO_PATH = ['advcl', 'acl', 'obj', 'obl', 'obl:*', 'nmod', 'nmod:*', 'advmod', 'csubj'];

/**
 * "called for her to quit", "calls for him to resign": an infinitive with its own subject after "for",
 * under a verb or noun of asking, is what is asked; under an adjective ("vital for him to resign"), what is judged needed. The parse hangs it variously (an advcl marked
 * "for", or an acl of the object of "for"), so climb a few links and ask for a "for" on the way.
 */
function forToRequest(syn: Syntax, verb: number): boolean {
  const marks = dependents(syn, verb, 'mark').map((k) => syn.words[k].text.toLowerCase());
  if (!marks.includes('to') || dependents(syn, verb, 'aux', 'aux:*').length) return false;
  let sawFor = marks.includes('for');
  for (let w = verb, guard = 0; guard < 4 && w >= 0; guard++) {
    const word = syn.words[w];
    if (!FOR_TO_PATH.some((r) => relationMatches(word.deprel, r)) || word.head < 0) return false;
    w = word.head;
    const text = syn.words[w].text.toLowerCase();
    if (text === 'for' || dependents(syn, w, 'case').some((c) => syn.words[c].text.toLowerCase() === 'for')) sawFor = true;
    if (REQUEST_CUES.has(text)) return sawFor;
    // "it is vital for the vendor to ship a fix", "making it imperative for them to resign": an adjective's judgement
    // of what should or could happen, told of nothing done
    if (sawFor && (syn.words[w].upos === 'ADJ' || dependents(syn, w, 'xcomp').some((x) => syn.words[x].upos === 'ADJ'))) return true;
  }
  return false;
}

/**
 * Is the event noun what a noun of possibility speaks of: its "of" phrase ("the risk of a strike"), or the object of a
 * gerund on it ("the likelihood of his organizing a bid", "the risk of rebels staging an attack")? Either may never happen.
 */
function inProspect(syn: Syntax, noun: number): boolean {
  const w = syn.words[noun];
  if (w.head < 0) return false;
  const isPossibility = (k: number) => k >= 0 && POSSIBILITY_NOUNS.has(syn.words[k].lemma.toLowerCase());
  if (w.deprel.startsWith('nmod')) return isPossibility(w.head);
  const gerund = syn.words[w.head];
  return w.deprel === 'obj' && gerund.upos === 'VERB' && gerund.text.toLowerCase().endsWith('ing') && (gerund.deprel === 'acl' || gerund.deprel.startsWith('nmod')) && isPossibility(gerund.head);
}

/** Is the noun what a verb of asking asks for: its object ("demanded talks") or its "for" phrase ("called for a ban")? */
function askedFor(ctx: DocumentContext, noun: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[noun];
  if (w.head < 0) return false;
  const gov = syn.words[w.head];
  // the word or its lemma: "are demanding the arrest" asks as "demanded" does
  const cue = (set: ReadonlySet<string>) => set.has(gov.text.toLowerCase()) || set.has(gov.lemma.toLowerCase());
  const forCase = caseMarker(syn, noun) === 'for';
  // "demands for the arrest", "calls for his release": a noun of asking asks through its "for" phrase
  if (gov.upos === 'NOUN') return relationMatches(w.deprel, 'nmod') && forCase && (cue(REQUEST_CUES) || cue(WISH_CUES));
  const forPhrase = relationMatches(w.deprel, 'obl') && forCase;
  // "pressed for the arrest", "pushed for a vote": a verb of pressing asks through its "for" phrase only ("pressed the case" is no asking)
  // "a man wanted for murder" is sought by the police: the murder is no one's wish
  if (cue(WISH_CUES)) return forPhrase && !isSought(syn, w.head);
  // "called a strike", "called an election": a verb of asking that also brings its object about convenes it; it asks only through "for"
  return cue(REQUEST_CUES) && ((w.deprel === 'obj' && !BRINGING_ABOUT_VERBS.has(gov.lemma.toLowerCase())) || forPhrase);
}

/** Does the parse word name people ("men", "suspects", a person's name)? */
function wordIsPerson(ctx: DocumentContext, word: number): boolean {
  const w = ctx.syntax!.words[word];
  const t = firstTokenAtOrAfter(ctx.toks, w.start);
  return rangeIs(ctx, t, t + 1, 'person');
}

/**
 * "members of a group banned in Russia": a bare participle describing a thing reports nothing new (with "were", it
 * does). One that says what happened to particular people ("four soldiers killed in the raid") tells their fate, and the past
 * of a verb that takes no object ("two ministers resigned") is a clause the parse broke, not a description.
 */
function describesOnly(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  if (!(w.deprel === 'acl' && w.head >= 0 && syn.words[w.head].upos === 'NOUN' && dependents(syn, word, 'aux', 'aux:*', 'obj').length === 0)) return false;
  // "it plans to restructure": the noun is a verb misread, the infinitive its complement
  if (plannedByMisreadVerb(syn, word)) return false;
  const described = modifiedNoun(syn, word);
  if (!described) return !brokenClauseOfParty(ctx, word);
  return !(described.role === 'subject' || (wordIsPerson(ctx, w.head) && particularUndergoer(ctx, word, described)));
}

/**
 * "Rebel commanders and army negotiators agreed to a truce": where the parse makes the sentence's root a noun of people or
 * a body (or one of two subjects of the verb of saying after it) and hangs the past on it as a participle, the clause has no
 * verb but that one: it is the clause's verb, the noun its doer. A participle with its own doer ("a truce agreed to by both sides") still only describes.
 */
function brokenClauseOfParty(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const head = syn.words[word].head;
  // "…, a mediator said": the noun may hang as a second subject on the closing verb of saying
  const gov = syn.words[head].head;
  const secondSubject = syn.words[head].deprel === 'nsubj' && gov > head && dependents(syn, gov, 'nsubj').length > 1;
  if (syn.words[head].deprel !== 'root' && !secondSubject) return false;
  if (dependents(syn, word, 'obl:agent').length || dependents(syn, word, 'obl', 'obl:*').some((k) => caseMarker(syn, k) === 'by')) return false;
  const t = firstTokenAtOrAfter(ctx.toks, syn.words[head].start);
  return rangeIs(ctx, t, t + 1, 'party');
}

/** "elected officials", "the jailed tycoon": a bare participle before its noun names a kind of person, not a happening. */
function attributive(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  return w.deprel === 'amod' && w.head > word && dependents(syn, word, 'aux', 'aux:*', 'obj', 'obl', 'obl:*', 'nsubj', 'nsubj:*').length === 0;
}

/**
 * "the slain officer", "a murdered journalist": a killing participle before a person noun tells that person's
 * killing, which happened, where "the jailed tycoon" or "elected officials" only name a standing.
 */
function killedPerson(ctx: DocumentContext, type: EventType, word: number): boolean {
  return type === 'killing' && wordIsPerson(ctx, ctx.syntax!.words[word].head);
}

/** The parse word of a killing participle the tagger calls an adjective before a person ("the slain pharmacist"); -1 otherwise. */
function killedPersonWord(ctx: DocumentContext, token: number, e: VerbEntry): number {
  const syn = ctx.syntax;
  if (!syn || e.type !== 'killing' || e.form !== 'ed') return -1;
  const w = wordOfToken(syn, token);
  return w >= 0 && syn.words[w].upos === 'ADJ' && attributive(ctx, w) && killedPerson(ctx, e.type, w) ? w : -1;
}

/** A mention found by word order, corrected by the parse: its relations, its status, a participle that only describes. */
function withParse(ctx: DocumentContext, m: EventMention, word: number): EventMention | null {
  const syn = ctx.syntax!;
  if ((attributive(ctx, word) && !killedPerson(ctx, m.type, word)) || describesAnyone(syn, word)) return null;
  // before word order may stand against the parse below: a participle that only describes stays so either way
  if (describesOnly(ctx, word)) m.strong = false;
  const e = EVENT_VERBS.get(ctx.low[m.trigger])!;
  const { actors, targets } = verbArguments(ctx, word, e.lemma);
  // word order's phrases, cut back to the nominal they name, before they are weighed against the parse's
  m.actors = participants(ctx, m.actors);
  m.targets = participants(ctx, m.targets);
  // where the parse makes the doer of what word order read as the one it was done to, word order stands
  const same = (x: Range, y: Range) => x[0] < y[1] && y[0] < x[1];
  if (actors.some((a) => m.targets.some((t) => same(a, t))) || targets.some((t) => m.actors.some((a) => same(a, t)))) return m;
  // a phrase whose start the parse lost ("Seven suspects from X and one from Y" → "Y", "12 citizens – supporters" →
  // "supporters") keeps the one word order found: it starts earlier and takes the parse's in
  const within = (inner: Range[], outer: Range[]) => outer.length > 0 && inner.length > 0 && outer[0][0] < inner[0][0] && inner[0][0] < outer[0][1];
  if (actors.length && !within(actors, m.actors)) m.actors = actors;
  // an object right after the verb that the parse passed over ("detained 12 citizens – supporters of …") stays too
  const skipped = m.targets.length > 0 && targets.length > 0 && m.targets[0][0] === m.triggerEnd && targets[0][0] > m.targets[0][0];
  // "The man, identified by prosecutors as Milan P., 52, was …": the phrase word order found names him; the parse's stops short
  const namesMore = m.targets.length > 0 && targets.length > 0 && m.targets[0][0] === targets[0][0] && m.targets[0][1] > targets[0][1] &&
    hasNamed(ctx, [[targets[0][1], m.targets[0][1]]], 'PER') && !hasNamed(ctx, targets, 'PER');
  if (targets.length && !within(targets, m.targets) && !skipped && !namesMore) {
    m.targets = targets;
    const key = COUNT_KEY[m.type];
    if (key) delete m.counts[key];
    m.countRanges = [];
    targetCount(ctx, m);
  }
  // "urged the minister to resign": what is asked of someone may never happen
  if (requested(ctx, word)) m.requested = true;
  const status = m.requested ? 'hypothetical' : verbStatus(ctx, word, STATUS_CUES);
  // the parse's reading of a condition or a denial outranks a plan read from word order ("if not, they are going to be detained")
  if (status !== 'asserted' && (m.status === 'asserted' || (m.status === 'planned' && status !== 'planned'))) m.status = status;
  return m;
}

/** The verb entry of an event noun's form where the parse makes it a verb with a subject or object ("meeting" → "meet"). */
function verbReadingOfNoun(ctx: DocumentContext, i: number): { word: number; entry: VerbEntry } | null {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, i) : -1;
  if (word < 0 || syn!.words[word].upos !== 'VERB' || dependents(syn!, word, 'nsubj', 'obj').length === 0) return null;
  // "its ruling council", "Japan's ruling party": after a determiner or possessive the word is no verb, whatever the parse says
  if (DETERMINERS.has(ctx.low[i - 1] ?? '') || /^['’]s$/.test(ctx.low[i - 1] ?? '')) return null;
  const base = EVENT_VERBS.get(syn!.words[word].lemma.toLowerCase());
  return base && base.form === 'base' && base.type === EVENT_NOUNS.get(ctx.low[i])?.type ? { word, entry: { ...base, form: 'ing' } } : null;
}

/** Does "agree" go on to what is agreed ("agreed to", "agreed on", "agreed in principle to")? */
function agreesTo(low: string[], k: number): boolean {
  // "in principle" says how firmly, not what
  const at = low[k] === 'in' && low[k + 1] === 'principle' ? k + 2 : k;
  return ['to', 'on', 'that', 'with', 'upon'].includes(low[at]);
}

/** A verb trigger read off the parse: arguments by relation, status from its auxiliaries and governors. */
export function parsedVerbMention(ctx: DocumentContext, i: number, word: number, s: number, from: number, to: number, entry?: VerbEntry): EventMention | null {
  const { low } = ctx;
  const e = entry ?? EVENT_VERBS.get(low[i])!;
  // "signed an agreement" is the noun's event; "signed a letter of intent" the verb's (signed.ts); a person signed
  // ("signed linebacker Dan Moore") is kept until the arguments are read, and the sense rules make it a signing
  const undertaking = !e.needsAgreementObject || signsUndertaking(ctx.syntax!, word);
  const tEnd = matchTail(ctx, i, e.tail, to);
  if (tEnd < 0) return null;
  // "the arrested", "the accused": a participle used as a noun ("the bomb that killed ten": not a relative pronoun, the verb's subject)
  const slain = attributive(ctx, word) && killedPerson(ctx, e.type, word);
  if (e.form === 'ed' && DETERMINERS.has(low[i - 1] ?? '') && !relativeSubjectBefore(ctx.syntax!, word) && !slain) return null;
  if (e.needsDesignation && !designationComplement(ctx, tEnd, to)) return null;
  if (e.type === 'agreement' && !e.needsAgreementObject && !agreesTo(low, tEnd)) return null;
  if (chargeFrame(ctx, i, from, e.type) || mandative(ctx, i, from)) return null;
  if (attributive(ctx, word) && !slain) return null;
  // "the slain pharmacist": the person the participle stands before is the one killed
  const { actors, targets: read } = slain ? { actors: [], targets: [[tEnd, firstTokenAtOrAfter(ctx.toks, ctx.syntax!.words[ctx.syntax!.words[word].head].start) + 1] as Range] } : verbArguments(ctx, word, e.lemma);
  // "gunned down two women": a particle the parse took for a preposition leaves the noun after it the object
  const targets = read.length || e.tail?.length !== 1 || tEnd !== i + 2 ? read : ranges(ctx, ctx.syntax!, particleObject(ctx.syntax!, word, i + 1), word);
  // a verb with neither doer nor undergoer states a generality, not a happening
  if (actors.length + targets.length === 0) return null;
  if (!undertaking && !targets.some(([a, b]) => rangeIs(ctx, a, b, 'person-head'))) return null;
  if (e.type === 'meeting' && !hasNamed(ctx, [...actors, ...targets]) && !hasPlaceIn(ctx, tEnd, to) && !peopleMet(ctx, e, i, actors, targets)) return null;
  if (e.type === 'release' && !freesPeople(ctx, targets, e.form, i)) return null;
  // "urged the minister to resign": what is asked of someone may never happen
  const asked = requested(ctx, word);
  const m: EventMention = {
    type: e.type, trigger: i, triggerEnd: tEnd, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: !ctx.headingSent[s], isNew: false,
    definite: false, lightVerb: false, actors, targets, counts: {}, countRanges: [], status: asked ? 'hypothetical' : verbStatus(ctx, word, STATUS_CUES), ...(asked ? { requested: true } : {}),
    placeRanges: [...actors, ...targets, [tEnd, placeWindowEnd(ctx, tEnd, to)]], ownTime: -1,
  };
  if (describesOnly(ctx, word)) m.strong = false;
  targetCount(ctx, m);
  if (casualtyOnly(ctx, e.type, m, actors, targets)) m.casualtyOnly = true;
  return m;
}

/**
 * Does the comma at token c open a participle's aside ("famed for …", "convicted in 1997 of …") that closes with a
 * comma right before the verb at token i (adverbs aside)? An aside opening on anything else may be a clause of its own.
 */
function asideBefore(ctx: DocumentContext, c: number, i: number): boolean {
  if (!looksVerbal(ctx.low[c + 1] ?? '')) return false;
  let k = i - 1;
  while (k > c && isAdverb(ctx.low[k])) k--;
  if (k <= c + 1 || ctx.low[k] !== ',') return false;
  for (let q = c + 1; q < k; q++) if (ctx.low[q] === ',') return false;
  return true;
}

/** Is the word right before the verb the relative pronoun that is its subject ("the shots that killed him")? */
function relativeSubjectBefore(syn: Syntax, word: number): boolean {
  const before = word - 1;
  return before >= 0 && syn.words[before].head === word && syn.words[before].deprel.startsWith('nsubj') && syn.words[before].upos === 'PRON';
}

/**
 * "Two businessmen who gave the bribes, A and B, concluded …": the clause found for the verb is
 * the relative clause's tail; the subject is the phrase before "who" and the apposition after it.
 */
function relativeSubject(ctx: DocumentContext, cs: number, verbAt: number, from: number): Range[] | null {
  const { low } = ctx;
  const rel = cs - 1;
  if (rel <= from || !(low[rel] === 'who' || low[rel] === 'which')) return null;
  let comma = -1;
  for (let q = cs; q < verbAt; q++) if (low[q] === ',') { comma = q; break; }
  if (comma < 0) return null;
  const headStart = skipFrontMatter(ctx, clauseStart(ctx, rel, from), rel);
  const out: Range[] = [];
  if (headStart < rel && !PREPOSITIONS.has(low[headStart])) out.push([headStart, rel]);
  let appEnd = verbAt;
  while (appEnd > comma + 1 && (low[appEnd - 1] === ',' || AUX_HAVE.has(low[appEnd - 1]) || AUX_BE.has(low[appEnd - 1]) || isAdverb(low[appEnd - 1]))) appEnd--;
  if (appEnd > comma + 1 && appEnd - comma <= 8) out.push([comma + 1, appEnd]);
  return out.length ? out : null;
}

/**
 * Does the killing or death only count the casualties of another event ("the attack killed three people", "killing 12")?
 * Killing one particular person ("killed the mayor") counts no one: told on its own, it is an event of its own.
 */
function casualtyOnly(ctx: DocumentContext, type: EventType, m: EventMention, actors: Range[], targets: Range[]): boolean {
  if (type !== 'killing' && type !== 'death') return false;
  if (type === 'killing' && m.kind === 'clause' && killedByGunfire(ctx, m.trigger)) return false;
  const oneVictim = type === 'killing' && targets.length === 1 && particularVictim(ctx, targets[0]);
  const onlyCount = targets.length === 1 && !hasNamed(ctx, targets) && m.counts.killed !== undefined && !oneVictim;
  return onlyCount || actors.some((r) => rangeHasAttackNoun(ctx, r)) || (m.kind === 'clause' && attackToll(ctx, m.trigger));
}

function rangeHasAttackNoun(ctx: DocumentContext, r: Range): boolean {
  // a subject read by word order can run over a verb ("plan to attack the town and kill"): the parse says which is a noun
  const verb = (j: number) => !!ctx.syntax && ctx.syntax.words[wordOfToken(ctx.syntax, j)]?.upos === 'VERB';
  for (let j = r[0]; j < r[1]; j++) if (EVENT_NOUNS.get(ctx.low[j])?.type === 'attack' && !verb(j)) return true;
  return false;
}

function designationComplement(ctx: DocumentContext, j: number, to: number): boolean {
  for (let k = j; k < Math.min(to, j + 8); k++) {
    if (ctx.low[k] !== 'as') continue;
    for (let q = k + 1; q < Math.min(to, k + 4); q++) if (DESIGNATION_COMPLEMENT.has(ctx.low[q])) return true;
  }
  return false;
}

function findBy(ctx: DocumentContext, j: number, to: number): Range | null {
  for (let k = j; k < Math.min(to, j + 8); k++) {
    if (ctx.low[k] === ',' || ctx.low[k] === '.') break;
    if (ctx.low[k] === 'by') {
      const e = npForward(ctx, k + 1, to, { coordinate: true });
      return e > k + 1 ? [k + 1, e] : null;
    }
  }
  return null;
}

/**
 * Does a release verb free people: a person the tagger names, or a phrase whose head is someone held ("two
 * hostages", "three Taliban prisoners", "40 of the detainees", by WordNet)? Other people or things released
 * ("workers", "agents", "cash flow") are as often let go or given off as freed.
 */
function freesPeople(ctx: DocumentContext, ranges: Range[], form: VerbForm, i: number): boolean {
  if (hasNamed(ctx, ranges, 'PER') || releasedAfterQuestioning(ctx, i, ranges)) return true;
  // "was booked and released on bail": a person let go from custody (custody-release.ts)
  if (ranges.some(([a, b]) => rangeIs(ctx, a, b, 'person-head')) && releasedFromCustody(ctx, verbWord(ctx, i))) return true;
  // "help in freeing hostages", "efforts at releasing prisoners": a gerund names the act sought more often than one done
  // "the detained protesters", "soldiers captured in the war": people held are captives (fates.ts)
  return form !== 'ing' && (ranges.some(([a, b]) => rangeIs(ctx, a, b, 'captives')) || heldPeople(ctx, ranges));
}

/** Verbs of holding someone to be questioned or booked: a person let go beside one of them was let go from custody. */
const QUESTIONING_LEMMAS = new Set(['question', 'interview', 'interrogate', 'arrest', 'detain', 'book']);

/**
 * "Police questioned and released two men", "was arrested and later released", "was booked and released": a release the
 * parse conjoins with a verb of questioning, arrest or booking frees the person it names (a person's phrase, named or not: "one of the suspects").
 */
function releasedAfterQuestioning(ctx: DocumentContext, i: number, ranges: Range[]): boolean {
  const syn = ctx.syntax;
  const v = verbWord(ctx, i);
  if (!syn || v < 0 || !ranges.some(([a, b]) => rangeIs(ctx, a, b, 'person-head'))) return false;
  const w = syn.words[v];
  const partners = [...dependents(syn, v, 'conj'), ...(relationMatches(w.deprel, 'conj') && w.head >= 0 ? [w.head] : [])];
  return partners.some((p) => QUESTIONING_LEMMAS.has(syn.words[p].lemma.toLowerCase()));
}

/**
 * "he met with the show's host for two hours", "the minister met the families", "the family met with lawyers": one person
 * (or, with "met with", a body) meeting another, told with "meet" and a party on each side, is a meeting even where neither
 * is named (talks, addresses and testimony still need a name or a place). Not where one got to know someone ("met a man
 * online who …") or the clause is background ("had met his killer only once").
 */
function peopleMet(ctx: DocumentContext, e: VerbEntry, i: number, actors: Range[], targets: Range[]): boolean {
  if (e.lemma !== 'meet') return false;
  // "met with the board": "with" and a body of people is a meeting held; "met the board" may be a board met by chance
  const metWith = ctx.low[i + 1] === 'with';
  const party = (rs: Range[]) => rs.some(([a, b]) => rangeIs(ctx, a, b, 'person') || (metWith && bodyOfPeople(ctx, a, b)));
  if (!party(actors) || !party(targets)) return false;
  // "met with" or a date of its own ("met a delegation on Monday", "had met with the board on Monday") tells a meeting held
  if (metWith || datedVerb(ctx, i) || targets.some(([, b]) => datedAt(ctx, b))) return true;
  // "met a man online who …": someone met by chance, not a meeting held
  if (targets.some(([a]) => ctx.low[a] === 'a' || ctx.low[a] === 'an')) return false;
  return !backgroundMeeting(ctx, i);
}

/** Does a time phrase open at token k ("Monday", "on Monday", "last week"), where the parse may hang it on the object before it? */
function datedAt(ctx: DocumentContext, k: number): boolean {
  return ctx.timeAt[k] >= 0 || ((ctx.low[k] === 'on' || ctx.low[k] === 'at') && ctx.timeAt[k + 1] >= 0);
}

/** Does the parse give the verb at i a time phrase of its own ("on Monday", "last week"), not one inside its object? */
function datedVerb(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, i) : -1;
  if (w < 0) return false;
  return dependents(syn!, w, 'obl', 'obl:*', 'nmod:tmod').some((d) => subtree(syn!, d).some((k) => ctx.timeAt[firstTokenAtOrAfter(ctx.toks, syn!.words[k].start)] >= 0));
}

/** "the board", "the family", "the council": a phrase with a word whose first WordNet sense is a body of people bound by membership or kin. */
function bodyOfPeople(ctx: DocumentContext, a: number, b: number): boolean {
  for (let k = a; k < b && k - a < 6; k++) if (ctx.mentionAt[k] < 0 && /^[a-z]{3,}$/.test(ctx.low[k]) && isMembershipGroupWord(ctx.low[k])) return true;
  return rangeIs(ctx, a, b, 'organisation');
}

/** Counts of times that sum up an acquaintance ("had met him only once", "met twice before"). */
const TIMES_MET = new Set(['once', 'twice']);

/**
 * Is the verb at i background to the story rather than a meeting it tells: a past perfect ("had met") or one counted
 * in times ("met him twice")? The parse's auxiliaries and adverbs; word order right before the verb without a parse.
 */
function backgroundMeeting(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, i) : -1;
  if (w < 0) return ctx.low[i - 1] === 'had' || (ctx.low[i - 2] === 'had' && isAdverb(ctx.low[i - 1]));
  if (dependents(syn!, w, 'aux').some((k) => syn!.words[k].text.toLowerCase() === 'had')) return true;
  return dependents(syn!, w, 'advmod').some((k) => TIMES_MET.has(syn!.words[k].text.toLowerCase()));
}

/**
 * "The agency released the tapes": a body's records made public, which the sense rules read as its own news. The parse
 * finds the doer past an opening phrase ("In Washington today, the agency released …"); word order where there is none.
 */
function releasesRecords(ctx: DocumentContext, i: number, actors0: Range[], targets0: Range[]): boolean {
  const w = ctx.syntax ? wordOfToken(ctx.syntax, i) : -1;
  const parsed = w >= 0 ? verbArguments(ctx, w, 'release') : null;
  const actors = parsed && !parsed.passive && parsed.actors.length ? parsed.actors : actors0;
  const targets = parsed && !parsed.passive && parsed.targets.length ? parsed.targets : targets0;
  return actors.some(([a, b]) => rangeIs(ctx, a, b, 'organisation')) && targets.some(([a, b]) => rangeIs(ctx, a, b, 'records'));
}

function hasNamed(ctx: DocumentContext, ranges: Range[], type?: string): boolean {
  for (const [a, b] of ranges)
    for (let j = a; j < b; j++) {
      const m = ctx.mentions[ctx.mentionAt[j]];
      if (m && (type ? m.type === type : m.type === 'PER' || m.type === 'ORG')) return true;
    }
  return false;
}

function hasPlaceIn(ctx: DocumentContext, j: number, to: number): boolean {
  for (let k = j; k < Math.min(to, j + 10); k++) if (LOCATIVE.has(ctx.low[k]) && ctx.mentions[ctx.mentionAt[k + 1]]?.type === 'LOC') return true;
  return false;
}

/** Where a locative phrase after the trigger may still belong to this clause. */
export function placeWindowEnd(ctx: DocumentContext, j: number, to: number): number {
  let k = j;
  let seenPrep = false;
  while (k < to && k - j < 16) {
    const w = ctx.low[k];
    if (w === ';' || w === '–' || w === '—' || w === '(' || (w === ',' && k > j) || w === 'who' || w === 'which' || w === 'and' && AUX_BE.has(ctx.low[k + 1] ?? '')) break;
    if (looksVerbal(w) && !seenPrep && k > j + 1 && !isCapitalized(ctx.toks[k].text)) break;
    if (LOCATIVE.has(w)) seenPrep = true;
    k++;
  }
  return k;
}

/**
 * Is "plans" at k a doer's own plan for the "other" happening told by the verb at i ("Acme plans to sell its
 * unit")? Not where none is planned ("has no (present) plans to") or a charge or suspicion is of it ("accused of plans to").
 * Other types keep "plans to" out: measured, a plan to vote or meet is mostly one voter's or no one's.
 */
function ownPlan(ctx: DocumentContext, i: number, k: number, from: number, type: EventType | undefined): boolean {
  if (type !== 'other' || ctx.low[k - 1] === 'no' || ctx.low[k - 2] === 'no') return false;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) if (CHARGE_CUES.has(ctx.low[j])) return false;
  return true;
}

/** `type`: the event type the verb at i is read as, where not its lexicon entry's (a lead or announced deed is "other"). */
function chargeFrame(ctx: DocumentContext, i: number, from: number, type = EVENT_VERBS.get(ctx.low[i])?.type): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const w = ctx.low[k];
    if (CHARGE_CUES.has(w) && (ctx.low[k + 1] === 'of' || ctx.low[k + 1] === 'with' || w === 'suspicion')) return true;
    // "accused of plans to attack", "has no plans to meet", "plans to vote for her": no happening; a company's own
    // "plans to acquire Acme" is a deal planned (planCue), as is any "other" happening a doer plans
    if (w === 'plans' && ctx.low[k + 1] === 'to' && !ownPlan(ctx, i, k, from, type)) return true;
  }
  return false;
}

/**
 * Is the word at k a cue of planning for the trigger? A verb or auxiliary of planning is ("will", "plans to");
 * the noun ("a failed attempt", "the plans") only where the parse hangs the event on it ("plans for a bid").
 */
function planCue(ctx: DocumentContext, k: number, trigger: number): boolean {
  // "was about to address a meeting": on the point of happening, not yet happened
  if (ctx.low[k] === 'about' && ctx.low[k + 1] === 'to') return true;
  if (!PLAN_CUES.has(ctx.low[k])) return false;
  const syn = ctx.syntax;
  const cue = syn ? wordOfToken(syn, k) : -1;
  // "a man wanted over the killing" is sought by the police; "want to know who attacked" asks of a deed as given
  // "tried to flee and was caught": a deed beside the cue is none of its aims
  const event = cue >= 0 ? wordOfToken(syn!, trigger) : -1;
  if (cue >= 0 && (isSought(syn!, cue) || ownClauseBetween(syn!, event, cue) || besideCue(ctx, k, trigger))) return false;
  if (cue < 0 || syn!.words[cue].upos !== 'NOUN') return true;
  if (event >= 0 && syn!.words[event].head === cue && syn!.words[event].deprel.startsWith('nmod')) return true;
  // "no plans for an emergency meeting": the noun's own phrase, however the parse hangs it
  return PLAN_OBJECT_CASES.has(ctx.low[k + 1] ?? '') && trigger - k <= 5 && !ctx.low.slice(k + 2, trigger).some((w) => isPunct(w) || PREPOSITIONS.has(w));
}

const PLAN_OBJECT_CASES = new Set(['for', 'of', 'at']);

/** Does the way up from the event word to the cue pass a clause of its own (see clauseOfItsOwn)? */
function ownClauseBetween(syn: Syntax, event: number, cue: number): boolean {
  for (let w = event, guard = 0; w >= 0 && w !== cue && guard < 50; w = syn.words[w].head, guard++) if (clauseOfItsOwn(syn, w)) return true;
  return false;
}

/**
 * "a demand that Mandela be released", "insisted the men be freed": a bare "be" with no modal or "to" before it
 * is the subjunctive of something asked for, not something done.
 */
function mandative(ctx: DocumentContext, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && isAdverb(ctx.low[k])) k--;
  if (ctx.low[k] !== 'be') return false;
  let before = k - 1;
  while (before >= from && isAdverb(ctx.low[before])) before--;
  const w = ctx.low[before] ?? '';
  return before >= from && !MODALS.has(w) && w !== 'to' && !isNotWord(ctx, before) && w !== 'let' && !isPunct(w);
}

/** Tags that open a noun phrase a bare -ing word may take as its object: "meeting [its] [regulatory] requirements". */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'ADJ']);

/**
 * Is the -ing word at token i a gerund whose object is a thing, no person or body ("meeting its loan obligations",
 * "meeting regulatory capital requirements")? Read where no determiner or possessive makes the word a noun and a noun
 * phrase follows it straight away, however the parse attaches that phrase; times ("meeting last week") and names aside.
 */
function gerundOfThing(ctx: DocumentContext, i: number): boolean {
  const { low } = ctx;
  if (DETERMINERS.has(low[i - 1] ?? '') || low[i - 1] === "'s" || low[i - 1] === '’s') return false;
  const first = i + 1;
  if (first >= ctx.toks.length || ctx.timeAt[first] >= 0 || ctx.mentionAt[first] >= 0 || !/^[a-z]/.test(ctx.toks[first].text)) return false;
  if (!OBJECT_OPENERS.has(parsedUpos(ctx, first))) return false;
  // the phrase runs over its modifiers to the noun that heads it
  let end = first;
  while (end < ctx.toks.length && end - first < 6 && ['DET', 'PRON', 'ADJ', 'NOUN', 'NUM'].includes(parsedUpos(ctx, end)) && ctx.timeAt[end] < 0) end++;
  return parsedUpos(ctx, end - 1) === 'NOUN' && rangeIs(ctx, first, end, 'thing');
}

/** Is token k a verb the parse makes a clause of its own (not a participle modifying a noun: "the planned merger")? */
function clauseVerbAt(ctx: DocumentContext, k: number): boolean {
  const word = ctx.syntax ? wordOfToken(ctx.syntax, k) : -1;
  if (word < 0) return false;
  const { upos, deprel } = ctx.syntax!.words[word];
  return (upos === 'VERB' || upos === 'AUX') && deprel !== 'amod' && deprel !== 'compound' && !isCapitalized(ctx.toks[k].text);
}

/** The parse's part of speech of the word at token k, or "" without a parse. */
function parsedUpos(ctx: DocumentContext, k: number): string {
  const word = ctx.syntax ? wordOfToken(ctx.syntax, k) : -1;
  return word >= 0 ? ctx.syntax!.words[word].upos : '';
}

/** Verbs whose object is an occasion taken part in: "will attend a summit", "expects to start talks". */
const TAKING_PART = new Set(dataWordList('words', 'taking-part-verbs.txt'));
/** Verbs that put off or call off an occasion they have as subject. */
/** Verbs whose subject occasion is still to come: put off, awaited or dreaded ("an agreement is expected soon", "the vote is scheduled for May", "layoffs are feared"). */
const PUT_OFF = new Set(['postpone', 'delay', 'defer', 'adjourn', 'reschedule', 'expect', 'schedule', 'plan', 'fear']);
const CALLED_OFF = new Set(['cancel', 'scrap', 'abandon']);
/** Case words of an occasion taken part in: "vote at a meeting", "enter into negotiations". */
const TAKING_PART_CASES = new Set(['at', 'into', 'in', 'for']);

/**
 * The plan or hedge of the clause an event noun takes part in: as its subject ("talks will resume", "an accord
 * could help"), as what the clause holds or attends, or where it happens ("will vote at a special meeting").
 * Not an object that merely presupposes it ("to preserve the pact"), and never the clause's negation ("did not
 * attend the talks" says the talks were held); an occasion postponed is still to come, one cancelled never happened.
 */
function clauseStatus(ctx: DocumentContext, noun: number): EventStatus {
  const syn = ctx.syntax!;
  const w = syn.words[noun];
  if (w.head < 0) return 'asserted';
  // "postponed the vote", "pushed the election to June" (still to come), "cancelled the strike" (never held)
  const moved = movedStatus(ctx, noun);
  if (moved) return moved;
  const rel = w.deprel;
  const takesPart =
    rel === 'nsubj' || rel === 'nsubj:pass' ||
    (rel === 'obj' && TAKING_PART.has(syn.words[w.head].lemma.toLowerCase())) ||
    (rel.startsWith('obl') && TAKING_PART_CASES.has(caseMarker(syn, noun) ?? '')) ||
    // "are certain to go on strike", "went on the offensive": going on a happening takes part in it
    (rel.startsWith('obl') && caseMarker(syn, noun) === 'on' && syn.words[w.head].lemma.toLowerCase() === 'go');
  // "need women's votes to win a general election": an occasion a purpose aims at, named with "a", is any such one, no happening
  const goal = rel === 'obj' && aimedAt(syn, w.head) && indefinite(syn, noun);
  if (!takesPart) return goal || hedgedSetting(ctx, noun) ? 'hypothetical' : 'asserted';
  // "the meeting has been postponed" or "is expected" is still to come; "the talks were cancelled" never happened
  const head = syn.words[w.head].lemma.toLowerCase();
  if (rel.startsWith('nsubj') && PUT_OFF.has(head)) return 'planned';
  if (rel.startsWith('nsubj') && CALLED_OFF.has(head)) return 'negated';
  const status = verbStatus(ctx, w.head, STATUS_CUES);
  return status === 'planned' || status === 'hypothetical' ? status : goal ? 'hypothetical' : 'asserted';
}

/**
 * "in the aftermath of a Tokyo quake, the yen would rise", "would lose everything in a strike": any one event
 * of its kind ("a", "any") set in a clause a modal hedges ("would", "could") is a scenario, not a happening.
 * Only the modal counts: "the offer it made as part of a partnership", inside an "if", still tells of a partnership.
 */
function hedgedSetting(ctx: DocumentContext, noun: number): boolean {
  const syn = ctx.syntax!;
  if (!indefinite(syn, noun)) return false;
  let w = noun;
  for (let depth = 0; depth < 4 && syn.words[w].head >= 0; depth++) {
    const rel = syn.words[w].deprel;
    if (!(rel.startsWith('nmod') || rel.startsWith('obl'))) return false;
    w = syn.words[w].head;
    if (syn.words[w].upos === 'VERB' || syn.words[w].upos === 'ADJ') return dependents(syn, w, 'aux').some((k) => HEDGING_MODALS.has(syn.words[k].text.toLowerCase()));
  }
  return false;
}

/**
 * Is the verb what someone aims at: an infinitive of purpose ("came to sign an accord"), or one whose
 * doer is its governor's object ("need their votes to win", "urged the party to call a vote")? Not
 * "managed to reach an accord", which says it was reached.
 */
function aimedAt(syn: Syntax, verb: number): boolean {
  if (purposeInfinitive(syn, verb)) return true;
  const v = syn.words[verb];
  return v.deprel === 'xcomp' && v.head >= 0 && dependents(syn, verb, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to') && dependents(syn, v.head, 'obj').length > 0;
}

/** Does the noun stand for any one of its kind ("a general election"), not a given one ("the election", "its vote", "two votes")? */
function indefinite(syn: Syntax, noun: number): boolean {
  const det = dependents(syn, noun, 'det', 'nmod:poss', 'nummod');
  return det.length === 1 && ['a', 'an', 'any'].includes(syn.words[det[0]].text.toLowerCase());
}

/** The plan or hedge of a relative clause saying when an event noun is held; a clause of setting or expecting ("which is scheduled for") plans it. */
export function heldStatus(ctx: DocumentContext, noun: number): EventStatus {
  const held = occasionRelative(ctx.syntax!, noun);
  if (held < 0) return 'asserted';
  const status = verbStatus(ctx, held, STATUS_CUES);
  if (status !== 'asserted') return status;
  return PUT_OFF.has(ctx.syntax!.words[held].lemma.toLowerCase()) ? 'planned' : 'asserted';
}

/**
 * Does an allegation cue at token k reach the trigger at token i? With a parse, only when the cue is above
 * the trigger: "a man accused of fraud … after he was arrested at the airport" alleges the fraud, not the
 * arrest, while "accused the army of shelling" and "suspected of having killed" still do. Without one, the
 * words alone decide.
 */
function cueGoverns(ctx: DocumentContext, k: number, i: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return true;
  const cue = wordOfToken(syn, k);
  const trigger = wordOfToken(syn, i);
  if (cue < 0 || trigger < 0) return true;
  for (let w = syn.words[trigger].head, guard = 0; w >= 0 && guard < 50; w = syn.words[w].head, guard++) if (w === cue) return true;
  return false;
}

/**
 * Is the trigger at token i a deed the parse coordinates with the cue verb at token k ("denied the charges and resigned")?
 * An event noun is its verb's deed ("planned and carried out an attack"), from the phrase's first word on.
 */
function besideCue(ctx: DocumentContext, k: number, i: number): boolean {
  const syn = ctx.syntax;
  const cue = syn ? wordOfToken(syn, k) : -1;
  let event = cue >= 0 ? wordOfToken(syn!, i) : -1;
  if (event >= 0 && syn!.words[event].deprel === 'det') event = syn!.words[event].head;
  if (event >= 0 && syn!.words[event].upos === 'NOUN' && syn!.words[event].deprel === 'obj') event = syn!.words[event].head;
  return event >= 0 && conjunctOfCue(syn!, event, cue);
}

/** Is the event noun (word `noun` of the parse) the object of the verb "face" ("she faces trial")? */
function objectOfFace(ctx: DocumentContext, noun: number): boolean {
  const syn = ctx.syntax!;
  const head = syn.words[noun].head;
  return syn.words[noun].deprel === 'obj' && head >= 0 && syn.words[head].upos === 'VERB' && syn.words[head].lemma.toLowerCase() === 'face';
}

/** Verbs whose subject is a happening that takes place: "a strike could follow", "a recount may ensue". */
const HAPPENING_VERBS = new Set(['happen', 'occur', 'follow', 'ensue']);

/**
 * The verb (a word of the parse, or -1) whose subject the event noun (word `noun`) is, when that verb says the noun
 * takes place and has no object ("a walkout could follow", not "a protest followed the verdict"): the clause tells of
 * one happening, and its modal or tense (clauseStatus) says whether it is hypothetical, planned or done.
 */
function happeningVerb(ctx: DocumentContext, noun: number): number {
  const syn = ctx.syntax;
  if (!syn || noun < 0 || syn.words[noun].deprel !== 'nsubj') return -1;
  const verb = syn.words[noun].head;
  // "an inquiry is taking place": "take place" says its subject happens, as "occur" does
  const takesPlace = (o: number) => syn.words[verb].lemma.toLowerCase() === 'take' && syn.words[o].text.toLowerCase() === 'place';
  if (verb < 0 || !(HAPPENING_VERBS.has(syn.words[verb].lemma.toLowerCase()) || dependents(syn, verb, 'obj').some(takesPlace))) return -1;
  // "follow next month": the parser may make a date the verb's object; it only says when
  const objects = dependents(syn, verb, 'obj').filter((o) => !takesPlace(o) && ctx.timeAt[firstTokenAtOrAfter(ctx.toks, syn.words[o].start)] < 0);
  return objects.length === 0 ? verb : -1;
}

/** Polarity and modality from the words before the trigger in its sentence. */
function statusOf(ctx: DocumentContext, i: number, from: number, base: EventStatus): EventStatus {
  let status = base;
  for (let k = i - 1; k >= from; k--) {
    const w = ctx.low[k];
    const next = ctx.low[k + 1];
    if (k >= i - 3 && (w === 'allegedly' || w === 'purportedly' || w === 'reportedly')) return 'alleged';
    if (k >= i - 3 && (w === 'never' || (isNotWord(ctx, k) && next !== 'only')) && ctx.low[k - 1] !== 'only') return 'negated';
    if (DENIAL_CUES.has(w) && (next === 'that' || k >= i - 6) && !besideCue(ctx, k, i)) return 'denied';
    if (SUSPECTED_CUES.has(w) && (next === 'that' || next === 'to' || next === 'of') && cueGoverns(ctx, k, i)) return 'alleged';
    if (ALLEGED_CUES.has(w) && (next === 'that' || next === 'of') && cueGoverns(ctx, k, i)) return 'alleged';
    if ((status === 'asserted' || status === 'planned') && k >= i - 6 && HEDGING_MODALS.has(w)) status = 'hypothetical';
    if (status === 'asserted' && k >= i - 6 && planCue(ctx, k, i) && !(w === 'going' && next !== 'to') && !(w === 'would' && ctx.low[k - 1] === 'that')) status = 'planned';
    if (k >= i - 8 && CONDITIONAL.has(w)) return 'hypothetical';
  }
  return status;
}

function nounMention(ctx: DocumentContext, i: number, s: number, from: number, to: number, e: Pick<NounEntry, 'type' | 'plural'>): EventMention | null {
  const { low } = ctx;
  const next = low[i + 1];
  // "Chancellor rallies voters": where the parse reads a verb with its subject or object, the word is no event noun
  const parsed = ctx.syntax ? wordOfToken(ctx.syntax, i) : -1;
  // "a hit and run motorist", "a hit - and - run collision": the parse splits the compound into a verb or a modifier of its own
  const hitAndRun = hitAndRunEnd(ctx, i) > 0;
  if (!hitAndRun && parsed >= 0 && ctx.syntax!.words[parsed].upos === 'VERB' && dependents(ctx.syntax!, parsed, 'nsubj', 'obj').length > 0) return null;
  if (next && (COMPOUND_HEADS.has(next) || (EVENT_NOUNS.has(next) && next !== 'of'))) return null;
  // "its ruling council", "the ruling party": an -ing word right before a noun describes that noun
  if (low[i].endsWith('ing') && next && /^[a-z]/.test(ctx.toks[i + 1].text) && ctx.timeAt[i + 1] < 0 && parsedUpos(ctx, i + 1) === 'NOUN') return null;
  // "the ruling Liberal Party": so does one right before an organisation's name
  if (low[i].endsWith('ing') && ctx.mentions[ctx.mentionAt[i + 1]]?.type === 'ORG') return null;
  // "trouble meeting its obligations", "problems meeting regulatory requirements": a gerund that takes a thing as its object
  // fulfils it, whatever tag the parse gives the word; "after meeting the envoy" still brings people together
  if (low[i].endsWith('ing') && gerundOfThing(ctx, i)) return null;
  // "a storm of protest", "a flood of complaints": a disaster word as a figure of speech
  // (a deal's word takes its party with "of": "the acquisition of Borr Mining", "Acme's takeover of Borr")
  if (e.type === 'other' && next === 'of' && disasterNoun(low[i])) return null;
  // "bankruptcy protection", "offer price": a modifier of another noun, not the happening
  // "conference calling", "demonstration units": so is an occasion's word modifying a thing, but an election's
  // campaign, date or result still speak of that election
  // "an assassination attempt", "a hijack attempt": the killing or attack noun names what was tried (data/event-senses.json
  // makes it an attack); after "attempted" the check stays: "an attempted murder charge" is a charge, not an attack
  const attemptHead = (e.type === 'killing' || e.type === 'attack') && ATTEMPT_HEADS.has(next ?? '');
  const attempt = attemptHead || (e.type === 'killing' && ATTEMPT_WORDS.has(low[i - 1] ?? ''));
  if (e.type !== 'other' && e.type !== 'election' && parsed >= 0 && !attemptHead && compoundOfThing(ctx, parsed)) return null;
  if (e.type === 'other' && !hitAndRun && !disasterNoun(low[i]) && parsed >= 0 && ctx.syntax!.words[parsed].deprel === 'compound') return null;
  // "earthquake insurance risks", "a landslide victory", "72 Tornado fighters": a disaster word modifying a
  // common noun names a kind of thing, not a disaster that happened ("Hurricane Katrina" heads its own name)
  if (disasterNoun(low[i]) && parsed >= 0 && modifiesCommonNoun(ctx.syntax!, parsed)) return null;
  // "a digital tsunami", "a political earthquake": an adjective of data/event-senses.json 'figurative' makes a metaphor
  if (disasterNoun(low[i]) && figurativeDisaster(ctx, i)) return null;
  if (NOUNS_NEEDING_TERROR.has(low[i]) && !(low[i - 1] === 'terrorist' || low[i - 1] === 'terror')) return null;
  // "bankruptcies fell 10.8 pct", "arrests rose last year": a count of many that changes is a statistic, not one happening
  if (e.plural && parsed >= 0 && countChanges(ctx, parsed)) return null;
  // "election-related" is a compound; "the next election - did not …" is a dash
  if ((next === '-' || (next && next.startsWith('-'))) && ctx.toks[i + 1].start === ctx.toks[i].end) return null;
  // noun phrase start: modifiers, possessives, determiner
  let start = i;
  let det = '';
  let ownTime = -1;
  // a name before the noun counts as one word, its "and" no coordination ("a Securities and Exchange Commission inquiry")
  let nameWords = 0;
  for (let k = i - 1; k >= from && i - k - nameWords <= 6; k--) {
    const inName = ctx.mentionAt[k];
    if (inName >= 0 && ctx.mentionAt[k - 1] === inName && k - 1 >= from && isCapitalized(ctx.toks[k].text)) {
      let first = k;
      while (first - 1 >= from && ctx.mentionAt[first - 1] === inName) first--;
      nameWords += k - first;
      start = first;
      k = first;
      continue;
    }
    const w = low[k];
    if (ctx.timeAt[k] >= 0 && (low[k + 1] === "'s" || low[k + 1] === '’s')) {
      ownTime = ctx.timeAt[k];
      start = k;
      det = 'the';
      while (start - 1 >= from && ctx.timeAt[start - 1] === ownTime) start--;
      break;
    }
    // "the 15 September protest", "the 2001 election", "the April 28 annual meeting": a date before the noun and its modifiers is its own
    if (ctx.timeAt[k] >= 0 && ownTime < 0 && k >= i - 3) {
      ownTime = ctx.timeAt[k];
      start = k;
      while (start - 1 >= from && ctx.timeAt[start - 1] === ownTime) start--;
      k = start;
      continue;
    }
    if (w === "'s" || w === '’s') { det = 'the'; start = k; continue; }
    if (DETERMINERS.has(w)) { det = w; start = k; break; }
    // "attempted murders": a participle on the noun itself, not a plan for it (data/event-senses.json makes it an attack)
    if (k === i - 1 && ATTEMPT_WORDS.has(w)) { start = k; continue; }
    if (isPunct(w) && w !== '-') break;
    if (PREPOSITIONS.has(w) || AUX_BE.has(w) || AUX_HAVE.has(w) || isLightVerbFor(e.type, w) || PLAN_CUES.has(w) || w === 'and' || w === 'of' || w === 'to') break;
    if (looksVerbal(w) && !isCapitalized(ctx.toks[k].text) && w !== 'visiting' && w !== 'shooting') break;
    // "the warning follows two decisions": a verb the word shape does not give away ends the phrase where the parse has a clause's verb
    if (clauseVerbAt(ctx, k)) break;
    start = k;
  }
  let isNew = det === 'a' || det === 'an' || det === 'another';
  // "two killings in Belfast last week": happenings a number counts, with no determiner, are told as new as "a killing"
  // is, unless their clause sums a period up to now ("have recorded nine shootings since January": a tally)
  if (!det && e.plural && parsed >= 0 && countedHappenings(ctx, parsed, s)) isNew = true;
  if (low[start - 1] === 'of' && SERIES.has(low[start - 2])) {
    isNew = true;
    start -= 2;
    if (DETERMINERS.has(low[start - 1])) start--;
  }
  // "charged with the murder of his mother": a particular killing the charge alleges (below); "charged with murder" names an offence
  const charged = chargeFrame(ctx, start, from);
  if (charged && !(e.type === 'killing' && next === 'of')) return null;
  // "shot while under house arrest", "died while in custody": the state the clause's own event happened in, not news of its own
  if (PREPOSITIONS.has(low[start - 1] ?? '') && CIRCUMSTANCE_MARKS.has(low[start - 2] ?? '')) return null;
  const definite = DEFINITE.has(det) || det === 'the';
  const plural = e.plural;
  // what governs the phrase
  let b = start - 1;
  while (b >= from && isAdverb(low[b])) b--;
  // a light verb makes its object the event, unless it is a gerund of purpose ("with the aim of committing attacks")
  const lightVerb = b >= from && (LIGHT_VERBS.has(low[b]) || ((e.type === 'attack' || e.type === 'sanction') && isLightVerbFor(e.type, low[b])) || (e.type === 'agreement' && concludedBy(ctx, parsed, b))) && !(low[b].endsWith('ing') && PREPOSITIONS.has(low[b - 1] ?? '') || low[b - 1] === 'of');
  const temporal = b >= from && TEMPORAL_PREP.has(low[b]);
  // "approved the extradition in March": a date after the object dates the approving
  const objectOfVerb = !lightVerb && !temporal && b >= from && b === start - 1 && looksVerbal(low[b]) && !isCapitalized(ctx.toks[b].text);
  let status: EventStatus = statusOf(ctx, start, from, 'asserted');
  // "if they lose their appeal": a hedge read by word order is the verb's; an owned happening it takes exists (the parse's checks below still apply)
  if (status === 'hypothetical' && !lightVerb && parsed >= 0 && ownedObject(ctx.syntax!, parsed)) status = 'asserted';
  // "house arrest without trial": the trial is what does not happen; "under threat of prosecution": what might
  if (parsed >= 0 && dependents(ctx.syntax!, parsed, 'case').some((c) => ctx.syntax!.words[c].text.toLowerCase() === 'without')) status = 'negated';
  // "no charges have been laid", "there was no agreement": the determiner denies the event
  if (det === 'no') status = 'negated';
  // "called for a ban", "demanded talks": what is asked for may never happen
  if (status === 'asserted' && parsed >= 0 && askedFor(ctx, parsed)) status = 'hypothetical';
  if (parsed >= 0 && inProspect(ctx.syntax!, parsed)) status = 'hypothetical';
  // "left himself open to prosecution": by word order, since the parse often makes the noun a complement of the verb
  if (low[start - 1] === 'to' && EXPOSURE_WORDS.has(low[start - 2] ?? '')) status = 'hypothetical';
  for (let k = start - 1; k >= Math.max(from, start - 5); k--) if (planCue(ctx, k, i) && status === 'asserted') status = 'planned';
  // "to hold talks": still to come; "would get to make her own appointment" keeps its hedge
  if (low[b - 1] === 'to' && lightVerb && status === 'asserted') status = 'planned';
  // "shareholders will vote at a special meeting", "an accord could help": the clause the noun takes part in says
  if (status === 'asserted' && parsed >= 0) status = clauseStatus(ctx, parsed);
  // "will look into the deaths of …": the clause's future, not the fate's (fates.ts)
  if (status === 'planned' && !lightVerb && pastFateUnderFuture(ctx, e.type, DEFINITE.has(det) || det === 'the', parsed)) status = 'asserted';
  // "meetings that will be held this weekend", "talks which are scheduled for May": still to come
  if (status === 'asserted' && parsed >= 0) status = heldStatus(ctx, parsed);
  // "later negotiations", "the next election", "elections due by April", "a meeting to be held in May", "its meeting next week": one still to come
  if (status === 'asserted' && (low.slice(Math.min(start, i - 2), i).some((w) => PROSPECT_MODIFIERS.has(w)) || next === 'due' || timeToComeAt(low, i + 1) || (AUX_BE.has(next ?? '') && low[i + 2] === 'due') || (next === 'to' && low[i + 2] === 'be'))) status = 'planned';
  const actors: Range[] = [];
  const targets: Range[] = [];
  if (lightVerb) {
    const cs = clauseStart(ctx, b, from);
    const seg = subjectStart(ctx, cs, b);
    let subjEnd = b;
    while (subjEnd - 1 > seg && (AUX_HAVE.has(low[subjEnd - 1]) || AUX_BE.has(low[subjEnd - 1]) || low[subjEnd - 1] === 'to' || MODALS.has(low[subjEnd - 1]) || isAdverb(low[subjEnd - 1]))) subjEnd--;
    // "flew to Lima to sign": the subject is before the first verb
    let subjStart = seg;
    let cut = subjEnd;
    for (let q = seg; q < subjEnd; q++) if (looksVerbal(low[q]) || ['went', 'had', 'came', 'met', 'has', 'have'].includes(low[q])) { cut = q; break; }
    const rel = relativeSubject(ctx, cs, b, from);
    if (rel) actors.push(...rel);
    else if (subjStart < cut && !PREPOSITIONS.has(low[subjStart])) actors.push([subjStart, cutAtComma(ctx, subjStart, cut)]);
  }
  // arguments after the noun, or after the light verb it is the passive subject of ("the agreement was signed in Geneva")
  const passiveEnd = passiveLightVerbEnd(ctx.syntax, i, e.type);
  let j = passiveEnd > i ? passiveEnd : i + 1;
  const placeRanges: Range[] = [];
  let guard = 0;
  while (j < to && guard++ < 6) {
    const w = low[j];
    if (ctx.timeAt[j] >= 0) {
      if (objectOfVerb) break;
      if (ownTime < 0) ownTime = ctx.timeAt[j];
      while (j < to && ctx.timeAt[j] >= 0) j++;
      continue;
    }
    if ((w === 'on' || w === 'in' || w === 'at') && ctx.timeAt[j + 1] >= 0) {
      if (objectOfVerb) break;
      j++;
      continue;
    }
    if (looksVerbal(w) && low[j + 1] === 'by') { j++; continue; }
    // "an inquiry into rule violations": what is investigated
    const into = w === 'into' && e.type === 'investigation';
    if (w === 'of' || w === 'on' || w === 'against' || w === 'by' || w === 'with' || LOCATIVE.has(w) || w === 'at' || into) {
      const e2 = npForward(ctx, j + 1, to, { coordinate: w !== 'in' });
      if (e2 === j + 1) break;
      const r: Range = [j + 1, e2];
      if (LOCATIVE.has(w) || w === 'at') placeRanges.push([j, e2]);
      else if (w === 'by' || ((w === 'with' || w === 'of') && (e.type === 'meeting' || e.type === 'agreement'))) actors.push(r);
      else targets.push(r);
      j = e2;
      continue;
    }
    break;
  }
  const argsEnd = j;
  // "a decision by the Supreme Court last June", "a strike at the end of the month": a date inside a new happening's own
  // phrase (here after a "by" or "at" phrase the walk above passed over) is its date
  for (let k = i + 1; k < argsEnd && ownTime < 0 && isNew; k++) if (ctx.timeAt[k] >= 0) ownTime = ctx.timeAt[k];
  // "a press release", "the film's release": only a release of people frees anyone ("the release of two hostages", "Mandela's release")
  // ("the Trump release announcing …" is a press release: a name that only modifies the noun frees no one)
  if (e.type === 'release' && !targets.some(([a, bb]) => rangeIs(ctx, a, bb, 'person')) && !(rangeIs(ctx, start, i, 'person') && (low.slice(start, i).some((w) => w === "'s" || w === '’s') || !hasNamed(ctx, [[i - 1, i]])))) return null;
  // subject of "occurred" / "took place"
  const happening = happeningVerb(ctx, parsed);
  const occurs = OCCUR.has(low[argsEnd]) || (low[argsEnd] === ',' && OCCUR.has(low[argsEnd + 1] ?? '')) || (isNew && happening >= 0);
  // "a walkout did not follow": the verb's negation denies the happening its subject names
  if (happening >= 0 && negatedWord(ctx.syntax!, happening)) status = 'negated';
  const named = hasNamed(ctx, [...actors, ...targets]);
  const hasPlace = placeRanges.some(([a, bb]) => rangeHasLoc(ctx, a, bb));
  // "the mass detention of a million people", "the release of 300 prisoners": a counted undergoer makes it one happening
  const counted = definite && !plural && targets.some(([a, bb]) => findNumbers(ctx, a, bb, { standalone: true }).length > 0);
  // "the killings of three aid workers": a counted group's fate (fates.ts); "the deaths of" is a death only so
  const ofTarget = low[i + 1] === 'of' ? (targets[0] ?? countedPhraseAt(ctx, i + 2, to)) : undefined;
  const groupFate = countedGroupFate(ctx, e.type, plural, definite, ofTarget);
  const personFate = particularPersonFate(ctx, e.type, plural, definite, i);
  if (charged && !personFate) return null;
  if (charged && status === 'asserted') status = 'alleged';
  if (low[i] === 'deaths' && !groupFate) return null;
  // "Mr Smith's arrest", "the FBI investigation", "a Supreme Court decision": a named person's or body's own
  // happening, or one a name right before modifies, is a particular one. Occasions (meetings, votes, elections)
  // are kept however they are told (OCCASION_TYPES), and a name before one ("the PLP meeting") may name its kind;
  // a person's own attack is mostly words ("Mr Lee's attack on her record": data/event-senses.json)
  const possessed = low.slice(start, i).some((w, k) => (w === "'s" || w === '’s') && hasNamed(ctx, [[start + k - 1, start + k]]));
  // (only for one told as happening: "did not cooperate with the IG's investigation" leaves it a passing mention)
  const ownerNamed = !plural && e.type !== 'attack' && (status === 'asserted' || status === 'alleged' || status === 'planned') && (possessed || (!OCCASION_TYPES.has(e.type) && start < i && hasNamed(ctx, [[i - 1, i]])));
  // "Iraq's invasion of Kuwait": an operation on a named place (fates.ts)
  const onPlace = operationOnNamedPlace(ctx, e.type, plural, definite, [start, i], targets);
  // "faces extradition", "faces trial": a step the parse makes the object of "face" is pending against someone, as one
  // "expected to be extradited" is: planned. Charges faced were already brought ("faces charges of theft"): they stay told,
  // and so does a step "faced" in the past ("faced trial in 2019" was tried).
  const faced = parsed >= 0 && objectOfFace(ctx, parsed);
  if (faced && status === 'asserted' && e.type !== 'charge' && ctx.syntax!.words[ctx.syntax!.words[parsed].head].text.toLowerCase() !== 'faced') status = 'planned';
  let strong = faced || lightVerb || passiveEnd > i || ownTime >= 0 || hasPlace || occurs || counted || (isNew && (actors.length + targets.length > 0 || named)) || (named && definite && !plural) || ownerNamed || onPlace || groupFate || personFate;
  // "riots began after the killing of a farmer": a particular person's fate that another happening followed is one of its own, not only its time
  const anchorOnly = temporal && ownTime < 0 && !hasPlace && !personFate;
  if (anchorOnly) strong = false;
  // "a series of dawn raids across X on Tuesday": a new event that says where or when
  // "over 50 arrests have been made", "raids were carried out": a light verb's passive told as done makes its
  // subject happen, as "made 50 arrests" does (passive-light.ts)
  const madeHappen = lightVerb || passiveEnd > i;
  // "the bombings of the U.S. embassies in Nairobi and Dar es Salaam": attacks on a named target, told as known, are
  // those particular attacks; "the attacks on civilians", "bombings of markets" speak of a kind. (Only a place of
  // their own, "the blasts in Kenya and Tanzania", would make them one event with the first place's country, which
  // keeps "the blast in Dar es Salaam" told later apart from them.)
  const namedAttacks = e.type === 'attack' && definite && low[i + 1] !== undefined && ATTACKED_MARKS.has(low[i + 1]) && targets.length > 0 && (hasNamed(ctx, [targets[0]]) || rangeHasLoc(ctx, ...targets[0]));
  if (plural && !madeHappen && !(isNew && (hasPlace || ownTime >= 0)) && !(groupFate && !temporal) && !namedAttacks) strong = false;
  // "the earthquake", "floods in the north": a natural disaster named is a happening in itself;
  // "killed following a massive earthquake": a story's disaster is one, however it is introduced
  if (madeHappen && plural && det !== '' && !isNew) strong = false;
  // "is being used in attacks on two browsers": happenings something was used in are told as done (used-in.ts)
  if (plural && parsed >= 0 && usedInHappenings(ctx.syntax!, parsed)) strong = true;
  // a bare singular is no particular happening, except a step someone faces ("faces extradition", "faces trial")
  if (!det && !plural && !lightVerb && !faced && !named && ownTime < 0 && !hasPlace) strong = false;
  // a happening of no listed type that passed its sense check is one in itself ("forced into bankruptcy")
  if (e.type === 'other') {
    strong = true;
    if (disasterNoun(low[i])) isNew = false;
  }
  // "the target of an assassination attempt", "a dozen attempted murders of doctors": an attempt told as new was made
  if (attempt && isNew && status === 'asserted') strong = true;
  if (ctx.headingSent[s]) strong = false;
  const m: EventMention = {
    type: e.type, trigger: i, triggerEnd: i + 1, sent: s, para: ctx.paraOfSent[s], kind: 'noun', strong, isNew, definite, lightVerb,
    actors, targets, counts: {}, countRanges: [], status, placeRanges: placeRanges.length ? placeRanges : [[start, argsEnd]], ownTime,
    ...(anchorOnly ? { anchor: true } : {}),
  };
  // the group's count is the fate's count ("the arrests of 20 students": 20 arrested)
  const key = COUNT_KEY[e.type];
  if (groupFate && ofTarget && key) countPeople(ctx, m, ofTarget, key);
  return m;
}

/**
 * Is the agreement noun (word `noun` of the parse) the object of a verb of concluding at token `verb`, told as
 * done ("finalized a deal", "has struck a pact")? Not a participle before it ("its previously announced
 * agreement": made before, by whoever the story named then), nor one still to come or in general ("to seal a
 * deal", "the day Acme announces an agreement").
 */
function concludedBy(ctx: DocumentContext, noun: number, verb: number): boolean {
  const syn = ctx.syntax;
  if (!syn || noun < 0 || !CONCLUDING_VERBS.has(ctx.low[verb])) return false;
  const v = wordOfToken(syn, verb);
  const w = syn.words[noun];
  if (v < 0 || w.deprel !== 'obj' || w.head !== v) return false;
  // "its previously announced agreement": a determiner or possessive before the verb puts the verb inside the noun's phrase, whatever the parse says
  let k = verb - 1;
  while (k >= 0 && isAdverb(ctx.low[k])) k--;
  if (k >= 0 && (DETERMINERS.has(ctx.low[k]) || ctx.low[k] === "'s" || ctx.low[k] === '’s')) return false;
  const text = syn.words[v].text.toLowerCase();
  return text !== syn.words[v].lemma.toLowerCase() && !/(?:s|ing)$/.test(text);
}

function rangeHasLoc(ctx: DocumentContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.mentions[ctx.mentionAt[k]]?.type === 'LOC') return true;
  return false;
}

/** Events whose count is of those who take part: "eight protesters stormed …", "some 32 MPs voted against …". */
const PARTICIPANT_COUNTED = new Set<EventType>(['protest', 'strike', 'vote']);

/** Count of the people the event happened to, from its target phrase; for a protest, strike or vote, of those who took part. */
function targetCount(ctx: DocumentContext, m: EventMention): void {
  if (PARTICIPANT_COUNTED.has(m.type) && m.actors.length) return countPeople(ctx, m, m.actors[0], 'participants');
  const key = COUNT_KEY[m.type];
  if (!key || m.targets.length === 0) return;
  countPeople(ctx, m, m.targets[0], key);
}

function countPeople(ctx: DocumentContext, m: EventMention, [a, b0]: Range, key: CountKey): void {
  const b = cutAtComma(ctx, a, b0);
  let sum = 0;
  let qualifier: Count['qualifier'] = 'exact';
  let qualifierWords: string | undefined;
  let any = false;
  const counted: NumberExpr[] = [];
  // with a parse, a number that counts things is no count of people ("three coachloads of people")
  const notPeople = nonPersonCounts(ctx, [a, b], (w) => wordIsPerson(ctx, w));
  // the parse may leave a bound outside the phrase ("Nearly [40 passengers] were killed")
  const sentenceFrom = ctx.sentStart[ctx.toks[a].sentence] ?? a;
  for (const n of findNumbers(ctx, a, b, { standalone: true, qualifierFrom: sentenceFrom })) {
    if (ctx.timeAt[n.core] >= 0 || (ctx.low[n.end] === 'of' && n.value === 1)) continue;
    if (notPeople.has(n.core) || notPeople.has(n.from)) continue;
    sum += n.value;
    if (n.qualifier !== 'exact') {
      qualifier = n.qualifier;
      qualifierWords = n.qualifierWords;
    }
    counted.push(n);
    any = true;
  }
  // the words only of a single number: "dozens of officers and 40 soldiers" is a sum no words state
  const vagueWords = counted.length === 1 ? vagueWordsOf(ctx, counted[0], a) : undefined;
  if (!any) {
    const first = ctx.low[a];
    const last = ctx.low[b - 1];
    const hasAnd = ctx.low.slice(a, b).includes('and');
    if ((first === 'the' || first === 'a' || first === 'an') && !hasAnd && last && !last.endsWith('s') && PERSON_NOUNS.has(last) === false && ctx.mentionAt[b - 1] < 0 && b - a <= 4) {
      sum = 1;
      any = true;
    }
  }
  if (!any) return;
  m.counts[key] = { value: sum, qualifier, ...(vagueWords ? { vagueWords } : {}), ...(qualifierWords ? { qualifierWords } : {}) };
  m.countRanges.push([a, b]);
}

/** "The blast killed 12 people, injured 30", "at least 40 people were killed", "the victims … were 17 people". */
function casualties(ctx: DocumentContext, from: number, to: number, mentions: EventMention[]): void {
  const { low } = ctx;
  const host = mentions.find((m) => m.type === 'attack') ?? mentions.find((m) => m.type === 'killing' && !m.casualtyOnly);
  // a count needs a mention to go to: most sentences have none, and reading their numbers is a cost of its own
  if (!host && !mentions.some((m) => m.casualtyOnly)) return;
  const numbers = findNumbers(ctx, from, to, { standalone: true });
  for (const n of numbers) {
    if (ctx.timeAt[n.core] >= 0) continue;
    const before = low[n.from - 1] ?? '';
    let key: 'killed' | 'injured' | null = null;
    if (KILLED_WORDS.has(before) && before !== 'death') key = 'killed';
    else if (INJURED_WORDS.has(before)) key = 'injured';
    else {
      // "N people were killed", "N dead", "victims … were N"
      let k = n.end;
      while (k < to && k - n.end < 3 && !AUX_BE.has(low[k]) && !KILLED_WORDS.has(low[k]) && !INJURED_WORDS.has(low[k]) && PERSON_NOUNS.has(low[k])) k++;
      if (AUX_BE.has(low[k])) k++;
      if (low[k] === 'been') k++;
      if (KILLED_WORDS.has(low[k]) && low[k] !== 'victims') key = 'killed';
      else if (INJURED_WORDS.has(low[k])) key = 'injured';
      else if (ctx.syntax && casualtyOfSubject(ctx.syntax, n.core)) key = casualtyOfSubject(ctx.syntax, n.core);
      else if (AUX_BE.has(before) && n.from >= 3) {
        for (let q = n.from - 2; q >= Math.max(from, n.from - 6); q--) if (low[q] === 'victims' || low[q] === 'toll' || low[q] === 'dead') key = 'killed';
      }
    }
    if (!key) continue;
    const target = host ?? mentions.find((m) => m.casualtyOnly);
    if (!target) continue;
    if (!target.counts[key]) {
      const vagueWords = vagueWordsOf(ctx, n, from);
      target.counts[key] = { value: n.value, qualifier: n.qualifier, ...(vagueWords ? { vagueWords } : {}), ...(n.qualifierWords ? { qualifierWords: n.qualifierWords } : {}) };
      target.countRanges.push([n.from, n.end]);
      target.strong = target.strong || target.type === 'attack' || target.type === 'killing' || target.type === 'death';
    }
  }
}
