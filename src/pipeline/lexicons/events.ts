// Event triggers: verb forms (with their grammatical form, so voice can be read from the auxiliaries
// around them) and event nouns, read from data/event-verbs.tsv and data/event-nouns.tsv; and the cue
// words the event extractors reason with.
import type { EventType } from '../../types.js';
import { dataWordList } from '../lexicon-files.js';
import { loadEventNouns, loadEventVerbs, type NounEntry, type VerbEntry } from './event-triggers.js';

export type { NounEntry, VerbEntry, VerbForm } from './event-triggers.js';

const verbLexicon = loadEventVerbs();

export const EVENT_VERBS: ReadonlyMap<string, VerbEntry> = verbLexicon.verbs;

/**
 * Event verbs that take no object ("resigned", "died", "stood down", "pleaded guilty"): after a noun their past form
 * can only be a clause's verb, never a passive participle describing that noun as "killed" in "soldiers killed" does.
 */
export const NO_OBJECT_LEMMAS: ReadonlySet<string> = verbLexicon.noObjectLemmas;

export const EVENT_NOUNS: ReadonlyMap<string, NounEntry> = loadEventNouns();

/** Types of scheduled occasions (an election, a trial, a sentencing, a vote, a protest, a meeting, charges): a story speaks of one at a time. */
export const OCCASION_TYPES: ReadonlySet<EventType> = new Set<EventType>(['election', 'vote', 'prosecution', 'sentencing', 'protest', 'meeting', 'charge']);

/**
 * Acts of a state's institutions or of its people at home (elections, votes, court steps, arrests,
 * protests): where the story is set unless the text places them elsewhere. Meetings, agreements and
 * attacks are left out: they happen abroad as readily as at home.
 */
export const DOMESTIC_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'election', 'vote', 'ruling', 'prosecution', 'charge', 'conviction', 'sentencing', 'arrest', 'detention', 'protest', 'strike', 'investigation',
]);

/** Types never placed by the country the article's places point to: a meeting is held wherever its parties travel to. */
export const PLACED_ANYWHERE_TYPES: ReadonlySet<string> = new Set<EventType>(['meeting']);

/**
 * Happenings of no listed type that, like court steps, take place under one country's rule: a
 * company's bid, filing or bankruptcy, a ban, an act announced as settled ("the ministry is to spend").
 */
export const DOMESTIC_OTHER: ReadonlySet<string> = new Set(['bankruptcy', 'ban', 'bid', 'offer', 'takeover', 'acquisition', 'lawsuit', 'suit', 'appeal', 'file', 'settled']);

/** Verbs whose past tense is spelled as their base form ("shells hit a market"): only the sentence says which it is. */
export const PAST_AS_BASE: ReadonlySet<string> = new Set(dataWordList('words', 'past-as-base.txt'));

/** "act"/"acts" are attacks only as "terrorist act(s)". */
export const NOUNS_NEEDING_TERROR: ReadonlySet<string> = new Set(['act', 'acts']);

/** Words that make a following designation verb mean "designated as terrorist/banned". */
export const DESIGNATION_COMPLEMENT: ReadonlySet<string> = new Set([
  'terrorist', 'terrorists', 'terror', 'extremist', 'extremists', 'undesirable', 'banned', 'illegal', 'outlawed', 'sponsor',
]);

/** Nouns for agreement objects of "sign". */
export const AGREEMENT_OBJECTS: ReadonlySet<string> = new Set(['agreement', 'deal', 'treaty', 'accord', 'memorandum', 'protocol', 'pact', 'contract', 'declaration']);

/**
 * Written undertakings that are no event noun of their own but whose signing is an agreement ("signed a letter of
 * intent to buy Acme", "signed an economic cooperation plan"), with the word a "of" phrase must name (null: none).
 * A letter alone is no undertaking ("signed a letter urging reform").
 */
export const SIGNED_DOCUMENTS: ReadonlyMap<string, string | null> = new Map([['letter', 'intent'], ['plan', null]]);

/** Heads after an event noun that make the noun a modifier ("extradition procedures", "arrest warrant"). */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(dataWordList('words', 'event-compound-heads.txt'));

/** Light verbs whose object noun is the event ("conducted raids", "had a meeting", "attended a rally"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'light-verbs.txt'));

/**
 * Verbs of concluding an agreement: with an agreement noun as object they make it, as a light verb does
 * ("finalized a deal", "struck a pact", "the accord was announced"); with any other noun they mean nothing
 * of the kind ("struck a house", "completed a raid").
 */
export const CONCLUDING_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'concluding-verbs.txt'));

/** Verbs that make an attack noun their event ("laid siege to", "lay an ambush"); with other nouns they mean other things ("laid a wreath"). */
const LAYING_VERBS: ReadonlySet<string> = new Set(['lay', 'laid', 'lays', 'laying']);

/** Verbs that make sanctions their event ("imposed sanctions on", "slapped sanctions on"); with other nouns they mean other things ("imposed a curfew"). */
const IMPOSING_VERBS: ReadonlySet<string> = new Set(['impose', 'imposed', 'imposes', 'imposing', 'slap', 'slapped', 'slaps', 'slapping']);

/** Does the word make an event noun of this type its event, as "signed" does "an agreement"? */
export function isLightVerbFor(type: EventType, word: string): boolean {
  return LIGHT_VERBS.has(word) || (type === 'agreement' && CONCLUDING_VERBS.has(word)) || (type === 'attack' && LAYING_VERBS.has(word)) || (type === 'sanction' && IMPOSING_VERBS.has(word));
}

/** Verbs of planning: an event under them is planned, not reported. */
export const PLAN_CUES: ReadonlySet<string> = new Set(dataWordList('words', 'plan-cues.txt'));

/** Words right after a present-tense verb that put it in the future ("ministers meet later today", "meets next week"). */
export const FUTURE_TIME_WORDS: ReadonlySet<string> = new Set(['later', 'tomorrow', 'next']);

/** Is low[k] a word of time to come? Not "next" in "next to" (a place: "the blast next to the embassy"). */
export function timeToComeAt(low: readonly string[], k: number): boolean {
  return FUTURE_TIME_WORDS.has(low[k] ?? '') && !(low[k] === 'next' && low[k + 1] === 'to');
}

/** Modifiers that put an event noun in the future ("later negotiations", "the next election"); not participles ("a scheduled meeting" may have been held). */
export const PROSPECT_MODIFIERS: ReadonlySet<string> = new Set(['next', 'later', 'further', 'upcoming', 'forthcoming', 'future', 'coming', 'proposed']);

/** Nouns of possibility: an event they govern ("under threat of prosecution", "the risk of an attack", "the edge of bankruptcy", "a proposal for an agreement") may never happen. */
export const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set(['threat', 'risk', 'fear', 'prospect', 'possibility', 'danger', 'likelihood', 'chance', 'brink', 'verge', 'edge', 'proposal']);

/**
 * Nouns of proposing and asking: an infinitive right after them ("a proposal to ban …", "his request to investigate …",
 * "calls to prosecute …") is put forward or asked for, not done, nor yet planned.
 */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(dataWordList('words', 'proposal-nouns.txt'));

/** Words of being exposed to something: an event noun after them and "to" ("left himself open to prosecution", "vulnerable to attack") may never come. */
export const EXPOSURE_WORDS: ReadonlySet<string> = new Set(['open', 'vulnerable', 'liable', 'susceptible']);

/**
 * Verbs that bring their object about ("failed to conclude an agreement", "let the union mount a bid", "called a strike"):
 * only through these does an object share the fate of a step not taken, and one that is also a verb of asking
 * ("call") asks only through "for".
 */
export const BRINGING_ABOUT_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'bringing-about-verbs.txt'));

/** Verbs of asking: an infinitive event under them is a request, not an event. */
export const REQUEST_CUES: ReadonlySet<string> = new Set(dataWordList('words', 'request-cues.txt'));

/**
 * Verbs of wishing and pressing: with an object before the infinitive ("want the minister to resign") they ask it
 * of someone else; with a "for" phrase ("pressed for a vote", "lobbied for his release", "campaigned for her release") they ask for what it names.
 */
export const WISH_CUES: ReadonlySet<string> = new Set(dataWordList('words', 'wish-cues.txt'));

/** Frames that make an embedded event a charge or suspicion attached to another event. */
export const CHARGE_CUES: ReadonlySet<string> = new Set(['suspicion', 'accused', 'charges', 'charged', 'suspected', 'convicted', 'guilty', 'allegedly', 'involvement']);

export const DENIAL_CUES: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'rejects', 'rejected', 'refuted', 'dismissed']);
export const ALLEGED_CUES: ReadonlySet<string> = new Set(['allegedly', 'alleged', 'accused', 'accuses', 'claims', 'claimed', 'purportedly', 'purported']);
export const SUSPECTED_CUES: ReadonlySet<string> = new Set(['suspect', 'suspects', 'suspected', 'believed', 'presumably', 'likely', 'probably', 'possibly', 'may', 'might']);

/** Casualty words: how a count of people attaches to an event. */
export const KILLED_WORDS: ReadonlySet<string> = new Set(['killed', 'killing', 'dead', 'died', 'deaths', 'death', 'victims', 'fatalities', 'lives', 'murdered', 'slain']);
export const INJURED_WORDS: ReadonlySet<string> = new Set(['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'injuries', 'wounds']);

/** Verbs of saying (stems, as lightLemma gives them): every report is an act of its own, never one event with another. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'said', 'tell', 'told', 'report']);
