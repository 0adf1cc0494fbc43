// Sense checks: whether an event word means the event, read from its arguments by the rules
// in data/event-senses.json ("caught" with a non-person object is no arrest, "died of" an illness
// is a death). The rules are data a user can read and edit; this module only interprets them.
import { readFileSync } from 'node:fs';
import type { EventType, Mention, Syntax } from '../../types.js';
import { projectPath } from '../../paths.js';
import type { DocumentContext } from '../context/document.js';
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS, PERSON_NOUNS } from '../lexicons/nouns.js';
import { PREPOSITIONS, npForward } from '../context/phrases.js';
import { caseMarker, children, dependents, subtree, subtreeSpan, wordOfToken } from '../syntax/query.js';
import { firstTokenAtOrAfter, tokensCovering } from '../context/document.js';
import { installedWordNet, isKindOf, rememberedPerWordNet } from '../lexicons/wordnet.js';
import { personWordTest, type PersonWordTest } from './person-words.js';
import { isLifelessWord } from './lifeless-words.js';
import { EVENT_NOUNS } from '../lexicons/events.js';
import { MULTIPLIERS, UNITS } from '../lexicons/numbers.js';
import { dataWordList } from '../lexicon-files.js';
import { rankedPhrase } from './ranked-phrase.js';
import { holdsHitAndRun, isRoadUserWord } from './road-crash.js';

export type ArgumentClass =
  'person' | 'organisation' | 'party' | 'holding' | 'non-person' | 'non-organisation' | 'non-party' | 'gerund' | 'duty' | 'illness' | 'disease' | 'disaster' | 'court' | 'protesters' | 'claims' | 'office' | 'post' | 'amount' | 'positions' | 'assembly' | 'non-actor' | 'non-time' | 'crowd' | 'named-person' | 'adversaries' | 'self' | 'cause' | 'thing' | 'non-individual' | 'rank-and-file' | 'hostages' | 'captives' | 'aircraft' | 'death' | 'non-offence' | 'sitting' | 'bench' | 'individual' | 'headcount' | 'records' | 'post-head' | 'kin' | 'matter' | 'person-head' | 'place' | 'workforce' | 'securities' | 'standing' | 'treatment' | 'forces' | 'accident' | 'fall' | 'confinement' | 'weapons' | 'lifeless' | 'proposal' | 'deal' | 'permit' | 'filing' | 'directive' | 'flaws' | 'blazes' | 'remains' | 'telecoms' | 'fire-crews' | 'office-holder' | 'ranked' | 'road-user';

export interface SenseRule {
  trigger: string[];
  particle?: string | string[];
  modifier?: string[];
  /** A word anywhere before the trigger noun in its own phrase, by the parse ("a plea and case management hearing"). */
  premodifier?: string[];
  /** A word of the trigger's sentence, other than the trigger, is of this class ("told a judge during a hearing"). */
  sentence?: ArgumentClass;
  preposition?: string | string[];
  complement?: ArgumentClass;
  object?: ArgumentClass;
  subject?: ArgumentClass;
  /** Lemmas of the word the parse makes the trigger's head ("go" in "go to the polls"). */
  governor?: string[];
  /**
   * The noun the trigger says its undergoer becomes, by the parse: a nominal xcomp, the object of a passive
   * ("was named finance minister") or the later of two objects; not its one object ("named the minister").
   */
  predicate?: ArgumentClass;
  /**
   * The object stands before the trigger: the sentence's subject is the one it befell ("the army was stood
   * down"), not a phrase after it ("stepped down to head a sales team").
   */
  objectFirst?: boolean;
  /** The trigger has no object (nor subject of a passive): "winter kill" read as a clause names no victim. */
  intransitive?: boolean;
  /** The trigger noun is the predicate of a copula ("has been in jail"): a state its subject is in. */
  copula?: boolean;
  /** The rule speaks of the noun only ("jail" the place, not "jailed" the verb). */
  noun?: boolean;
  /** The rule speaks of the verb only ("charged him", not "the charges"). */
  verb?: boolean;
  /** The trigger word is plural, by the parse (its lemma differs from it): "layoffs", not "a long layoff". */
  plural?: boolean;
  /** Lemmas of a participle clause the parse hangs on the trigger noun ("a suit filed by …"). */
  clauseOn?: string[];
  /** The parse gives the trigger a clause of what is said or held, opened by "that" ("agreed with her that the plan was poor"). */
  thatClause?: boolean;
  /** The parse gives the trigger an infinitive clause of its own ("has elected to repay the loan"). */
  infinitive?: boolean;
  /** The trigger is a progressive ("is offering to buy back its notes"): a standing act told as under way, not one made. */
  progressive?: boolean;
  /**
   * The trigger's infinitive says what someone is told to do: the clause is the trigger's own or hung on its
   * object, and any object is a person or group ("ordered all journalists to leave", "were ordered to
   * tighten security"), not goods ("ordered 20 jets to replace its fleet").
   */
  objectInfinitive?: boolean;
  /**
   * A name in the trigger noun's own phrase: "party", a person or organisation in any role ("an offer
   * from Acme"); "owner", the one the act belongs to ("Lee's rally").
   */
  named?: 'party' | 'owner';
  /** The event type the words then mean, or null: no event. */
  sense: EventType | null;
  /** When present: what the words mean when the condition fails (null: no event). */
  otherwise?: EventType | null;
  /** For an "other" sense, what kind of happening it is ("disaster"); the trigger's lemma when absent. */
  theme?: string;
  /**
   * The noun so read names one particular happening however it is told ("a general strike", "during the general
   * strike"), as a disaster word does: not a passing mention that needs a date, place or party to count.
   */
  particular?: boolean;
  why: string;
}

interface SenseData {
  rules: SenseRule[];
  illnesses: string[];
  disasters: string[];
  /** Words for a happening itself: a disaster word modifying one ("the tsunami disaster") still names the disaster. */
  happenings: string[];
  organisations: string[];
  offences: string[];
  personSuffixes: string[];
  courts: string[];
  protesters: string[];
  claims: string[];
  offices: string[];
  /** Posts one is named to ("chairman", "minister", "coach"): "was named chief executive" is an appointment. */
  posts: string[];
  positions: string[];
  assemblies: string[];
  adversaries: string[];
  /** Adjectives that move a disaster word out of nature ("a digital tsunami", "a political earthquake"). */
  figurative?: string[];
  /** What a company is sold or bought by: a share of it or a part of it ("its stake", "Acme shares", "the unit"). */
  holdings?: string[];
  /** What a body makes public as news of its own ("the tapes", "its report"); figures and films are not. */
  records?: string[];
  /** Those who stop work in a strike ("workers", "nurses", "the union"). */
  workforce?: string[];
  /** Papers a company issues and may call back ("its debentures", "the notes", "preferred shares"). */
  securities?: string[];
  /** Places one checks into for care ("rehab", "a clinic", "hospital"). */
  treatment?: string[];
  /** What one party puts to another to accept or turn down ("the offer", "its bid", "the proposals"). */
  proposals?: string[];
  /** Deals a regulator or a board approves or authorizes ("the acquisition", "a 3-for-2 split", "the purchase of shares"). */
  deals?: string[];
  /** What clears a person to travel or to act ("visas", "a permit", "licences"). */
  permits?: string[];
  /** Papers a party files with a court or a regulator as a step of its own ("a brief", "affidavits", "a reorganization plan"). */
  filings?: string[];
  /** Rules a government or body lays down, which it may revoke or overturn ("the regulation", "a ban", "its policies"). */
  directives?: string[];
  /** Weaknesses in software that an intruder can use ("a vulnerability", "the flaw"). */
  flaws?: string[];
  /** A fire itself ("the blaze", "flames"): what firefighters attack. */
  blazes?: string[];
  /** A dead person's body ("the body", "his remains"): what rescuers recover. */
  remains?: string[];
  /** Words of a telecommunications link ("cables", "internet", "phone"): what an outage cuts or disrupts. */
  telecoms?: string[];
  /** Those who put fires out, one word or two ("firefighters", "fire crews"). */
  fireCrews?: string[];
}

interface LoadedSenses {
  data: SenseData;
  illnesses: Set<string>;
  disasters: Set<string>;
  happenings: Set<string>;
  organisations: Set<string>;
  offences: Set<string>;
  courts: Set<string>;
  protesters: Set<string>;
  claims: Set<string>;
  offices: Set<string>;
  posts: Set<string>;
  positions: Set<string>;
  assemblies: Set<string>;
  adversaries: Set<string>;
  holdings: Set<string>;
  records: Set<string>;
  figurative: Set<string>;
  workforce: Set<string>;
  securities: Set<string>;
  treatment: Set<string>;
  proposals: Set<string>;
  deals: Set<string>;
  permits: Set<string>;
  filings: Set<string>;
  directives: Set<string>;
  flaws: Set<string>;
  blazes: Set<string>;
  remains: Set<string>;
  telecoms: Set<string>;
  fireCrews: readonly string[];
  personWord: PersonWordTest;
}

let loaded: LoadedSenses | undefined;

function senses() {
  if (loaded) return loaded;
  const data = JSON.parse(readFileSync(projectPath('data', 'event-senses.json'), 'utf8')) as SenseData;
  // the spelling guess answers only for words WordNet lacks, or without WordNet
  const personWord = personWordTest(installedWordNet(), new RegExp(`^[a-z]{3,}(?:${data.personSuffixes.join('|')})$`));
  return (loaded = {
    data, illnesses: new Set(data.illnesses), disasters: new Set(data.disasters), happenings: new Set(data.happenings ?? []), organisations: new Set(data.organisations), offences: new Set(data.offences),
    courts: new Set(data.courts), protesters: new Set(data.protesters), claims: new Set(data.claims), offices: new Set(data.offices), posts: new Set(data.posts ?? []), positions: new Set(data.positions), assemblies: new Set(data.assemblies), adversaries: new Set(data.adversaries), holdings: new Set(data.holdings ?? []), records: new Set(data.records ?? []), figurative: new Set(data.figurative ?? []), workforce: new Set(data.workforce ?? []), securities: new Set(data.securities ?? []), treatment: new Set(data.treatment ?? []), proposals: new Set(data.proposals ?? []), deals: new Set(data.deals ?? []), permits: new Set(data.permits ?? []), filings: new Set(data.filings ?? []), directives: new Set(data.directives ?? []), flaws: new Set(data.flaws ?? []), blazes: new Set(data.blazes ?? []), remains: new Set(data.remains ?? []), telecoms: new Set(data.telecoms ?? []), fireCrews: data.fireCrews ?? [], personWord,
  });
}

/**
 * Lemmas of the words that, as its head, make a trigger lemma no event of its own: the 'governor' lists of the rules
 * for that lemma whose sense is null ("agreed to acquire": the buying is the agreement's content).
 */
export function silencingGovernors(lemma: string): ReadonlySet<string> {
  let found = silencing.get(lemma);
  if (!found) silencing.set(lemma, (found = new Set(senses().data.rules.filter((r) => r.sense === null && r.trigger.includes(lemma)).flatMap((r) => r.governor ?? []))));
  return found;
}
const silencing = new Map<string, ReadonlySet<string>>();

/** A lower-case noun for a person ("chief executive", "co-founder"): WordNet's most frequent sense, the data file's suffixes where WordNet lacks the word. */
export function isPersonWord(word: string): boolean {
  return senses().personWord(word);
}

/**
 * Whether a noun's first WordNet sense is, or is a kind of within `maxHops` steps, a synset with one of `words`
 * (written in lexicographer file `lexFile` where one is given); memoised per question.
 */
export function firstSenseIsKindOf(memo: Map<string, boolean>, word: string, words: readonly string[], maxHops: number, lexFile?: number): boolean {
  let yes = memo.get(word);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const first = wn?.synsets(word, 'n')[0];
  yes = !!wn && !!first && isKindOf(wn, first, (syn) => (lexFile === undefined || syn.lexFile === lexFile) && syn.words.some((w) => words.includes(w)), { maxHops });
  memo.set(word, yes);
  return yes;
}

const offenceCache = new Map<string, boolean>();
/** A noun for a wrong one is charged for ("fraud", "theft", "manslaughter"): its first WordNet noun sense is a kind of crime or wrongdoing. */
function isOffenceWord(word: string): boolean {
  return firstSenseIsKindOf(offenceCache, word, ['crime', 'offense', 'wrongdoing', 'misconduct', 'homicide', 'violation'], 4);
}

const businessCache = new Map<string, boolean>();
/** A noun for a business ("company", "firm", "manufacturer", "retailer"): its first WordNet noun sense is, or is a kind of, a business organisation. */
export function isBusinessWord(word: string): boolean {
  return firstSenseIsKindOf(businessCache, word, ['business', 'company', 'commercial_enterprise'], 3);
}

const collectiveCache = new Map<string, boolean>();
/**
 * A noun for a number of people or things taken together ("group", "crowd", "band", "dozen",
 * "hundreds"): its first WordNet noun sense is, or is a kind of, a group, or is a number (noun.quantity).
 */
export function isCollectiveWord(word: string): boolean {
  let yes = collectiveCache.get(word);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const first = wn?.synsets(word, 'n')[0];
  yes = !!wn && !!first && (wn.lexFile(first) === NOUN_QUANTITY || isKindOf(wn, first, (syn) => syn.words.includes('group') || syn.words.includes('social_group'), { maxHops: 3 }));
  collectiveCache.set(word, yes);
  return yes;
}
const groupKindCache = new Map<string, boolean>();
/**
 * A noun for a body of people bound by kinship or membership rather than counted ("family",
 * "union", "committee", "council"): its first WordNet noun sense is, or is a kind of, an
 * organization, a social unit or a kin group. "The families of the victims" are families, not
 * some of the victims, as "a crowd of students" or "hundreds of nurses" are students and nurses.
 */
export function isMembershipGroupWord(word: string): boolean {
  return firstSenseIsKindOf(groupKindCache, word, ['organization', 'organisation', 'social_unit', 'kin_group', 'kinship_group'], 3);
}

const governmentBodyCache = new Map<string, boolean>();
/**
 * A noun one of whose WordNet senses is an administrative unit of government or a government itself
 * ("office", "authority", "agency", "ministry", "police"), and none a business: what an
 * organisation named so ("Serious Fraud Office") is, so that "the company" is not it.
 */
export function isGovernmentBodyWord(word: string): boolean {
  let yes = governmentBodyCache.get(word);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const senses = wn?.synsets(word, 'n') ?? [];
  yes = !!wn && !isBusinessWord(word) && senses.some((id) => isKindOf(wn, id, (syn) => syn.words.some((w) => w === 'administrative_unit' || w === 'government' || w === 'law_enforcement_agency'), { maxHops: 3 }));
  governmentBodyCache.set(word, yes);
  return yes;
}
/** WordNet's lexicographer file of nouns for quantities and numbers. */
const NOUN_QUANTITY = 23;
/** WordNet's lexicographer file of nouns for places ("town", "region", "village"). */
const NOUN_LOCATION = 15;

const diseaseCache = new Map<string, boolean>();
/**
 * A noun for a disease or infection ("plague", "cholera", "cancer"): its first WordNet noun sense is a
 * kind of ill health. Unlike the 'illnesses' list, which reads "died of" phrases ("a heart attack",
 * "old age"), it never takes "attack" or "heart" for an illness, so it can judge a doer.
 */
export function isDiseaseWord(word: string): boolean {
  return firstSenseIsKindOf(diseaseCache, word, ['ill_health'], 7);
}

const hostageCache = new Map<string, boolean>();
/**
 * A noun for a hostage: its first WordNet noun sense is, or is a kind of, hostage. Not "prisoner" or
 * "captive": captured pirates or suspects handed over to the authorities ashore are sent for trial.
 */
export function isHostageWord(word: string): boolean {
  return firstSenseIsKindOf(hostageCache, word, ['hostage'], 1);
}

const captiveCache = new Map<string, boolean>();
/**
 * A noun for someone held: its first WordNet noun sense is, or is a kind of, prisoner or captive ("hostages",
 * "detainees", "prisoners", "convicts"). Those are what a release frees without being named; "workers" or
 * "agents" released are as often let go or given off.
 */
export function isCaptiveWord(word: string): boolean {
  return firstSenseIsKindOf(captiveCache, word, ['prisoner', 'captive'], 3);
}

const aircraftCache = new Map<string, boolean>();
/** A noun for an aircraft ("helicopter", "jet", "plane"): what a shoot-down brings down, unlike a proposal or a rumour. */
export function isAircraftWord(word: string): boolean {
  return firstSenseIsKindOf(aircraftCache, word, ['aircraft'], 4);
}

/** "ensuring" → "ensure", "robbing" → "rob": enough to look a gerund up among the offences. */
function gerundStems(w: string): string[] {
  const base = w.slice(0, -3);
  return [base, `${base}e`, base.replace(/(.)\1$/, '$1')];
}

/** A natural disaster named by a word of 'disasters' ("the earthquake", "floods"): a happening of no specific type. */
export function disasterNoun(word: string): { type: EventType; lemma: string; plural: boolean } | undefined {
  const s = senses();
  const plural = !s.disasters.has(word) && word.endsWith('s') && s.disasters.has(word.slice(0, -1));
  if (!plural && !s.disasters.has(word)) return undefined;
  return { type: 'other', lemma: plural ? word.slice(0, -1) : word, plural };
}

/** A word for a happening itself ("disaster", "catastrophe"): what a disaster word before it still names. */
export function happeningNoun(word: string): boolean {
  return senses().happenings.has(word);
}

/**
 * Does the parse give the disaster word an adjective of 'figurative' ("a digital tsunami": a metaphor, not a
 * wave), or does a hyphenated modifier right before it have a word of 'figurative' among its parts ("an
 * information-age tsunami", "a data-driven avalanche")? The parse splits such a modifier and hangs its parts
 * variously (a compound, an amod, an oblique), so its parts are read off the tokens joined by hyphens.
 */
export function figurativeDisaster(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || word < 0) return false;
  const fig = senses().figurative;
  if (dependents(syn, word, 'amod').some((c) => fig.has(syn.words[c].lemma.toLowerCase()) || fig.has(syn.words[c].text.toLowerCase()))) return true;
  // "spread like wildfire", "hit the market like a tsunami": a simile compares with a disaster, none happened
  if (dependents(syn, word, 'case').some((c) => syn.words[c].text.toLowerCase() === 'like')) return true;
  return hyphenatedModifier(ctx, trigger).some((part) => fig.has(part));
}

/** Parts of a hyphenated word that ends right before the trigger ("information-age tsunami" → information, age), one token or several; none when there is none. */
function hyphenatedModifier(ctx: DocumentContext, trigger: number): string[] {
  const { toks, low } = ctx;
  const joined = (a: number, b: number) => toks[a].end === toks[b].start && toks[a].sentence === toks[b].sentence;
  let k = trigger - 1;
  if (k < 0 || !/^[a-z]/.test(low[k]) || toks[k].sentence !== toks[trigger].sentence) return [];
  const words = [low[k]];
  while (k >= 2 && low[k - 1] === '-' && joined(k - 1, k) && joined(k - 2, k - 1) && /^[a-z]/.test(low[k - 2])) {
    k -= 2;
    words.push(low[k]);
  }
  const parts = words.flatMap((w) => w.split('-')).filter((w) => w.length > 0);
  return parts.length > 1 ? parts : [];
}

/** The kind of happening every disaster word names: a quake and the tsunami it raised are one. */
export const DISASTER_THEME = 'disaster';

/** A word of 'courts' ("court", "judge", "jury"). */
export function isCourtWord(word: string): boolean {
  return senses().courts.has(word);
}

const asList = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'they', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'who', 'whom']);
/** Units of time: a phrase of them says how long, not what for. */
const TIME_UNITS = new Set(dataWordList('words', 'time-units.txt'));
/** Words that count what their "of" phrase names ("two of the men", "most of them"). */
const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'some', 'several', 'many', 'most', 'all', 'both', 'few', 'none', 'each', 'any']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'myself', 'yourself', 'ourselves']);
/** Words after a phrase's head: "of" its complement, "and", "or" or a comma the next member of a coordination. */
const AFTER_HEAD = new Set(['of', 'and', 'or', ',']);
/** Words of 'courts' for the people on a bench: they decide as a court only beside a word for one. */
const JUDGES = new Set(['judge', 'judges', 'justice', 'justices', 'lords', 'jury', 'magistrate', 'magistrates']);
/** Titles of a judge before a name. */
const JUDGE_TITLES = new Set(['judge', 'justice', 'magistrate']);
/** What is fired or thrown to do harm (data/words/weapons.txt): a strike by one of these, or one thrown at someone, is an attack. */
export const WEAPONS = new Set(dataWordList('words', 'weapons.txt'));
/** Words for a court itself. */
const COURT_HEADS = new Set(['court', 'courts', 'tribunal', 'tribunals']);
/** Words for a workforce: what a counted layoff counts besides nouns for people ("200 jobs", "a third of its staff"). */
const WORKFORCE = new Set(['workforce', 'staff', 'employees', 'personnel', 'jobs', 'workers', 'crew']);
/** Pronouns that stand for one person: "he held a rally" is no crowd. */
const ONE_PERSON = new Set(['he', 'she', 'him', 'her', 'me', 'i', 'himself', 'herself']);

/** Does the phrase open on a count of its "of" phrase ("three of its directors", "most of the guards")? */
function countsOf(ctx: DocumentContext, a: number, b: number): boolean {
  return a + 2 < b && ctx.low[a + 1] === 'of' && (/^\d/.test(ctx.low[a]) || QUANTIFIERS.has(ctx.low[a]));
}

/**
 * A common noun for a person ("the gunman", "angry voters"), not a thing ("the anger", "the border"),
 * by WordNet. A name or a word of a time expression ("November") is the taggers' to call; an
 * adjective the parse reads before a noun ("a major city", "the general election") is no person.
 */
function personNounAt(ctx: DocumentContext, k: number, personWord: PersonWordTest): boolean {
  const w = ctx.low[k];
  if (ctx.mentionAt[k] >= 0 || ctx.timeAt[k] >= 0 || !/^[a-z]{3,}$/.test(w)) return false;
  const word = ctx.syntax ? ctx.syntax.words[wordOfToken(ctx.syntax, k)] : undefined;
  return (!word || word.upos === 'NOUN') && personWord(w);
}

/**
 * Possessive determiners of one person: "he met his wife" is the doer's own kin; "their families" are as often the
 * families of others the story is about ("met their families at the White House"), and "its partners" a body's associates.
 */
const OWN_POSSESSIVES = new Set(['his', 'her', 'my']);

/** The word-order head of [a, b)'s first member: its last word before any preposition, "of", "and", "or" or comma. */
function memberHead(ctx: DocumentContext, a: number, b: number): number {
  let head = a;
  while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
  return head;
}

/** "defensive end Patrick Lowe": a name the parse sets beside the head token as its apposition, after a title it misread as a common noun. */
function apposedName(ctx: DocumentContext, head: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, head) : -1;
  return w >= 0 && dependents(syn!, w, 'appos').some((d) => ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn!.words[d].start)]]?.type === 'PER');
}

/** The tokens of [a, b) the parse hangs on a word outside it (its heads); without a parse, the first member's word-order head. */
function phraseHeads(ctx: DocumentContext, a: number, b: number): number[] {
  const syn = ctx.syntax;
  const words = syn ? Array.from({ length: b - a }, (_, j) => wordOfToken(syn, a + j)) : [];
  if (!syn || words.some((w) => w < 0)) return [memberHead(ctx, a, b)];
  const inside = new Set(words);
  return words.flatMap((w, j) => (inside.has(syn.words[w].head) ? [] : [a + j]));
}

/** The word-order head of [a, b): its last word before any preposition, "of" or comma. */
function phraseHead(ctx: DocumentContext, a: number, b: number): number {
  let head = a;
  while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && ctx.low[head + 1] !== 'of' && ctx.low[head + 1] !== ',') head++;
  return head;
}

const kinCache = new Map<string, boolean>();
/**
 * "his wife", "her future husband", "his father", "his maker": a possessive of one person on a noun one of whose WordNet
 * senses is a relative, a spouse or partner, a lover or a god (one's own, not a counterpart met on business).
 */
function kinPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  if (!OWN_POSSESSIVES.has(ctx.low[a])) return false;
  const head = phraseHead(ctx, a, b);
  // the parse's lemma where there is one: WordNet lists some plurals as names of their own ("aides" is a god's name)
  const parsed = ctx.syntax ? wordOfToken(ctx.syntax, head) : -1;
  const w = parsed >= 0 ? ctx.syntax!.words[parsed].lemma.toLowerCase() : ctx.low[head];
  if (head === a || ctx.mentionAt[head] >= 0 || !/^[a-z]{3,}$/.test(w)) return false;
  let yes = kinCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    const kinds = ['relative', 'spouse', 'lover', 'domestic_partner', 'spiritual_being'];
    yes = !!wn && wn.synsets(w, 'n').some((id) => isKindOf(wn, id, (syn) => syn.words.some((x) => kinds.includes(x)), { maxHops: 6, instances: true }));
    kinCache.set(w, yes);
  }
  return yes;
}

/** WordNet lexicographer files of nouns for what can be emptied of people: animals, artifacts (buildings), groups, places, natural objects (a valley), people. */
const OCCUPIABLE_FILES = new Set([5, 6, 14, 15, 17, 18]);
const matterCache = new Map<string, boolean>();
/**
 * "the fluid from his lungs", "the bowels": a phrase whose head is a common noun none of whose WordNet senses is a
 * person, a group, a place, a building or other artifact, or a natural object, nor its "of" phrase; a name, a pronoun or
 * a word WordNet lacks is never matter.
 */
function matterPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  const head = phraseHead(ctx, a, b);
  const w = ctx.low[head];
  if (ctx.mentionAt[head] >= 0 || !/^[a-z]{3,}$/.test(w) || PERSON_PRONOUNS.has(w)) return false;
  let yes = matterCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    const files = wn ? wn.synsets(w, 'n').map((id) => wn.lexFile(id)) : [];
    yes = files.length > 0 && !files.some((f) => OCCUPIABLE_FILES.has(f));
    matterCache.set(w, yes);
  }
  // "hundreds of residents", "the rest of the town": a count or part is read with what it is of
  return yes && !(ctx.low[head + 1] === 'of' && head + 2 < b && !matterPhrase(ctx, head + 2, b));
}

/** What WordNet files the holders of an office under: a head (director, secretary, surgeon general) or an official (judge, ambassador). */
const OFFICE_HOLDERS = ['leader', 'official'];
/** A word of an award's category ("best director", "best actor"): a prize one is nominated for, no office. */
const AWARD_WORDS = new Set(['best']);
/** WordNet's noun.person (18). */
const NOUN_PERSON_FILE = 18;
const officeHolderCache = new Map<string, boolean>();
/**
 * "as director of the agency", "to be surgeon general", "for Surgeon General": a phrase whose word-order head (with the
 * word before or after it where WordNet has the two as one lemma, "surgeon general") is a word of 'posts' or a noun whose first
 * WordNet sense is a kind of leader or official: an office someone is put forward for; "for an Oscar", "for best
 * director" name a prize.
 */
function officeHolderPhrase(ctx: DocumentContext, a: number, b: number, posts: ReadonlySet<string>): boolean {
  const head = phraseHead(ctx, a, b);
  if (ctx.low.slice(a, head).some((w) => AWARD_WORDS.has(w))) return false;
  if (posts.has(ctx.low[head])) return true;
  const wn = installedWordNet();
  if (!wn) return false;
  // "surgeon general": the parse may end the phrase on either word, or give only its first
  const before = head > a ? `${ctx.low[head - 1]}_${ctx.low[head]}` : '';
  const after = head + 1 < ctx.low.length ? `${ctx.low[head]}_${ctx.low[head + 1]}` : '';
  const w = [before, after].find((pair) => pair && wn.synsets(pair, 'n').length) ?? ctx.low[head];
  let yes = officeHolderCache.get(w);
  if (yes === undefined) {
    const first = wn.synsets(w, 'n')[0];
    yes = !!first && wn.lexFile(first) === NOUN_PERSON_FILE && isKindOf(wn, first, (syn) => syn.words.some((x) => OFFICE_HOLDERS.includes(x)), { maxHops: 4 });
    officeHolderCache.set(w, yes);
  }
  return yes;
}

/** What WordNet files armed forces under: troops, units, servicemen, police, warships and war machines. */
const FORCES = ['military_personnel', 'military_unit', 'military_service', 'serviceman', 'police', 'warship', 'military_vehicle', 'weaponry'];
const forcesCache = new Map<string, boolean>();
/**
 * "5,000 troops", "two battalions", "warships", "U.S. forces": a phrase whose head is a noun one of whose first two
 * WordNet senses is a kind of armed force (the first sense of "forces" is a strength), so deploying it moves forces;
 * "deployed its software", "deployed the airbags" and "deployed capital" move none.
 */
function forcesPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  if (countsOf(ctx, a, b)) return forcesPhrase(ctx, a + 2, b);
  const w = ctx.low[phraseHeads(ctx, a, b)[0]];
  let yes = forcesCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    yes = !!wn && wn.synsets(w, 'n').slice(0, 2).some((id) => isKindOf(wn, id, (syn) => syn.words.some((x) => FORCES.includes(x)), { maxHops: 4 }));
    forcesCache.set(w, yes);
  }
  return yes;
}

const accidentCache = new Map<string, boolean>();
/**
 * "a road accident", "the helicopter crash", "a collision": a phrase whose head has, among its first two WordNet noun
 * senses, a kind of accident (the first sense of "crash" is a noise). People killed in one died; no one killed them.
 */
function accidentPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  // "a hit-and-run", "a hit - and - run collision": the parse splits the compound and may cut the phrase at its first part
  if (holdsHitAndRun(ctx, a, b)) return true;
  const w = ctx.low[phraseHeads(ctx, a, b)[0]];
  let yes = accidentCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    yes = !!wn && wn.synsets(w, 'n').slice(0, 2).some((id) => isKindOf(wn, id, (syn) => syn.words.includes('accident'), { maxHops: 3 }));
    accidentCache.set(w, yes);
  }
  return yes;
}

// falling is "fall" itself or a kind of it ("tumble", "plunge"); WordNet's first sense of "fall" is under "travel"
const isFallingVerbIn = rememberedPerWordNet((wn, stem) =>
  wn.synsets(stem, 'v').slice(0, 2).some((id) => isKindOf(wn, id, (syn) => syn.words.includes('fall'), { maxHops: 2 })),
);

/** A verb one of whose first two WordNet senses is falling or a kind of it ("fall", "tumble", "plunge"). */
function isFallingVerb(stem: string): boolean {
  const wn = installedWordNet();
  return wn ? isFallingVerbIn(wn, stem) : false;
}

/**
 * "after falling 200ft", "after slipping and falling from a ridge": a gerund clause whose verb, or a verb right after it
 * with "and", is a verb of falling, with no particle the parse makes part of it ("falling out with him" is a quarrel);
 * or a phrase headed by such a verb's noun ("in a fall"). One killed after a fall died; no one killed them.
 */
function fallClause(ctx: DocumentContext, a: number, b: number): boolean {
  const syn = ctx.syntax;
  const particle = (k: number) => {
    const w = syn && k + 1 < ctx.low.length ? wordOfToken(syn, k + 1) : -1;
    return w >= 0 && syn!.words[w].deprel === 'compound:prt';
  };
  const gerundAt = (k: number) => /^[a-z]+ing$/.test(ctx.low[k] ?? '') && gerundStems(ctx.low[k]).some(isFallingVerb) && !particle(k);
  if (b <= a) return false;
  // "killed in a fall", "Killed In Fall": the noun of a verb of falling heading the phrase
  if (!/^[a-z]+ing$/.test(ctx.low[a] ?? '')) return isFallingVerb(ctx.low[phraseHead(ctx, a, b)].replace(/s$/, ''));
  return gerundAt(a) || (ctx.low[a + 1] === 'and' && gerundAt(a + 2));
}

/** WordNet lexicographer files of nouns for a footing one is put on: acts, attributes, states, times ("probation", "reserve", "leave"). */
const STANDING_FILES = new Set([4, 7, 26, 28]);
/** Footings written as abbreviations WordNet lacks ("placed on IR"), lower-cased. */
const STANDING_ABBREVIATIONS: ReadonlySet<string> = new Set(dataWordList('words', 'standing-abbreviations.txt'));
const standingCache = new Map<string, boolean>();
/**
 * "injured reserve", "paid leave", "probation": a phrase whose head's first WordNet noun sense is an act, attribute,
 * state or time, so a person placed on it is given a standing; not "a stretcher", "the plane" or "the table".
 */
function standingPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  // the parse's head where there is one: in "on reserve last week" the time is no footing
  const head = footingHead(ctx, phraseHeads(ctx, a, b)[0], b);
  if (ctx.mentions[ctx.mentionAt[head]]?.type === 'PER') return false;
  if (standingWord(ctx.low[head])) return true;
  // "the injured reserve list": a roll named for the footing puts one on that footing
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, head) : -1;
  return w >= 0 && dependents(syn!, w, 'compound').some((c) => standingWord(syn!.words[c].text.toLowerCase()));
}

/** Is the word's first WordNet noun sense an act, attribute, state or time? */
function standingWord(w: string): boolean {
  if (STANDING_ABBREVIATIONS.has(w)) return true;
  if (!/^[a-z]{3,}$/.test(w)) return false;
  let yes = standingCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    const first = wn?.synsets(w, 'n')[0];
    yes = !!wn && first !== undefined && STANDING_FILES.has(wn.lexFile(first));
    standingCache.set(w, yes);
  }
  return yes;
}

/**
 * The noun a participle before it describes, where the parser read the participle as a verb taking that noun as its
 * object ("on injured reserve today": "injured" a clause with "reserve" its object); else the head as given.
 */
function footingHead(ctx: DocumentContext, head: number, b: number): number {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, head) : -1;
  if (w < 0 || syn!.words[w].upos !== 'VERB' || !/ed$/.test(ctx.low[head])) return head;
  const obj = dependents(syn!, w, 'obj').find((o) => o === w + 1);
  const k = obj === undefined ? -1 : firstTokenAtOrAfter(ctx.toks, syn!.words[obj].start);
  return k > head && k < b ? k : head;
}

/** Heads that stand for a share of the place their "of" phrase names. */
const PART_OF_PLACE = new Set(['control', 'part', 'parts', 'most', 'much']);
const placeCache = new Map<string, boolean>();
/**
 * "the town", "Goma", "large parts of the region": a phrase whose head, or what its head counts a part of, is a place
 * the tagger names or a common noun whose first WordNet sense is a place; not "the assets", "power" or "the drugs".
 */
function placePhrase(ctx: DocumentContext, a: number, b: number): boolean {
  const head = phraseHead(ctx, a, b);
  const m = ctx.mentions[ctx.mentionAt[head]];
  if (m) return m.type === 'LOC';
  const w = ctx.low[head];
  let yes = placeCache.get(w);
  if (yes === undefined) {
    const wn = installedWordNet();
    const first = wn?.synsets(w, 'n')[0];
    yes = !!wn && first !== undefined && wn.lexFile(first) === NOUN_LOCATION;
    placeCache.set(w, yes);
  }
  if (yes) return true;
  // "control of the town", "parts of Goma": a share of a place is read with its "of" phrase
  return PART_OF_PLACE.has(w) && ctx.low[head + 1] === 'of' && placePhrase(ctx, head + 2, b);
}

/** Does the token range [a, b) name what the class says? */
export function rangeIs(ctx: DocumentContext, a: number, b: number, cls: ArgumentClass): boolean {
  if (b <= a) return false;
  const s = senses();
  let person = false;
  let org = false;
  let place = false;
  let named = false;
  let one = false;
  for (let k = a; k < b; k++) {
    const m = ctx.mentions[ctx.mentionAt[k]];
    if (m?.type === 'PER') person = named = true;
    if (ONE_PERSON.has(ctx.low[k])) one = true;
    if (m?.type === 'ORG') org = true;
    if (m?.type === 'LOC') place = true;
    const w = ctx.low[k];
    // "her" is a person only as an object ("arrested her"), not as a possessive ("her remarks")
    if (PERSON_NOUNS.has(w) || PERSON_PRONOUNS.has(w) || (w === 'her' && k === b - 1)) person = true;
    if (personNounAt(ctx, k, s.personWord) && !s.organisations.has(w)) person = true;
    // "each other", "one another" stand for the parties of the clause (the spelling guess read "other" as a trade)
    if ((w === 'other' && ctx.low[k - 1] === 'each') || (w === 'another' && ctx.low[k - 1] === 'one')) person = true;
    if (ORG_DESCRIPTORS.has(w) || s.organisations.has(w)) org = true;
  }
  // a description's head stands for a person ("the state governor", not "major targets")
  let head = a;
  while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1])) head++;
  if (PERSON_DESCRIPTORS.has(ctx.low[head])) person = true;
  switch (cls) {
    case 'person': return person;
    case 'organisation': return org;
    case 'party': return person || org;
    case 'non-person': return !person;
    case 'non-organisation': return !org;
    case 'non-party': return !person && !org;
    case 'non-actor': return !person && !org && !place;
    // people not named one by one ("thousands of farmers", "opposition supporters"), not "Lee" or "he"
    case 'crowd': return person && !named && !one;
    // a name before any "of" or preposition but "to" (whom it goes to): "offered striker Ola Berg a contract", "offered a
    // contract to Ola Berg", not "offered details of the treatment Ann Lee received"
    case 'named-person': {
      let k = a;
      const opens = (w: string) => w === 'of' || (PREPOSITIONS.has(w) && w !== 'to');
      while (k < b && (k === a || !opens(ctx.low[k])) && ctx.mentions[ctx.mentionAt[k]]?.type !== 'PER') k++;
      return k < b && ctx.mentions[ctx.mentionAt[k]]?.type === 'PER';
    }
    case 'holding': return holdingPhrase(ctx, a, b, s.holdings);
    case 'kin': return kinPhrase(ctx, a, b);
    case 'matter': return matterPhrase(ctx, a, b);
    case 'place': return placePhrase(ctx, a, b);
    case 'workforce': return ctx.low.slice(a, b).some((w) => s.workforce.has(w));
    case 'securities': return ctx.low.slice(a, b).some((w) => s.securities.has(w));
    case 'standing': return standingPhrase(ctx, a, b);
    case 'treatment': return ctx.low.slice(a, b).some((w) => s.treatment.has(w));
    // "the offer", "a $15-a-share bid for Acme", "the proposals and the plan": the phrase's head (its first member's) is put to someone to accept
    case 'proposal': return s.proposals.has(ctx.low[memberHead(ctx, a, b)]);
    // "a 3-for-2 split of the common", "Dime Savings Bank of New York's acquisition of Borr": the first member's head, or
    // the phrase's head by the parse (a name with its own "of" before the deal), is a deal
    // "travel visas", "a licence to operate": the first member's head is a permit
    case 'permit': return s.permits.has(ctx.low[memberHead(ctx, a, b)]);
    case 'deal': return [memberHead(ctx, a, b), ...phraseHeads(ctx, a, b)].some((h) => s.deals.has(ctx.low[h]));
    // "a brief", "a Chapter 11 reorganization plan", "affidavits and a motion": the first member's head is a paper filed
    case 'filing': return s.filings.has(ctx.low[memberHead(ctx, a, b)]);
    // "an eleventh-hour regulation", "the ban on imports", "its fee policies": a rule laid down, which can be revoked
    case 'directive': return s.directives.has(ctx.low[memberHead(ctx, a, b)]);
    // "a critical, but unpatched, vulnerability in the browser": the first member's head is a flaw of software
    case 'flaws': return s.flaws.has(ctx.low[nounOfAdjective(ctx, memberHead(ctx, a, b))]);
    // "the blaze", "the flames on the roof": the first member's head is the fire itself
    case 'blazes': return s.blazes.has(ctx.low[memberHead(ctx, a, b)]);
    case 'remains': return s.remains.has(ctx.low[memberHead(ctx, a, b)]);
    case 'telecoms': return ctx.low.slice(a, b).some((w) => s.telecoms.has(w));
    // "firefighters", "fire crews from three towns": the phrase holds one of the forms, word for word
    case 'fire-crews': return s.fireCrews.some((form) => phraseHolds(ctx, a, b, form.split(' ')));
    case 'office-holder': return officeHolderPhrase(ctx, a, b, s.posts);
    case 'ranked': return rankedPhrase(ctx, a, b);
    case 'forces': return forcesPhrase(ctx, a, b);
    // "two petrol bombs", "grenades and stones": the first member's head is a word of data/words/weapons.txt
    case 'weapons': return WEAPONS.has(ctx.low[memberHead(ctx, a, b)]);
    // "the craze", "the bill": a lowercase common noun heading the phrase, no name or party word in it, that WordNet
    // knows only as a thing (lifeless-words.ts); numbers, pronouns and names are never lifeless
    case 'lifeless': {
      const head = memberHead(ctx, a, b);
      if (ctx.mentionAt[head] >= 0 || !/^[a-z]+$/.test(ctx.toks[head].text)) return false;
      const w = ctx.syntax ? wordOfToken(ctx.syntax, head) : -1;
      // (a rare lowercase noun the tagger may call a name: "the craze")
      if (w >= 0 && ctx.syntax!.words[w].upos !== 'NOUN' && ctx.syntax!.words[w].upos !== 'PROPN') return false;
      return isLifelessWord(w >= 0 ? ctx.syntax!.words[w].lemma.toLowerCase() : ctx.low[head]);
    }
    case 'accident': return accidentPhrase(ctx, a, b);
    // "a speeding van driver", "the hit-and-run motorist", "a pickup truck": a doer that drives, or what is driven
    case 'road-user': return [memberHead(ctx, a, b), phraseHead(ctx, a, b)].some((h) => ctx.mentionAt[h] < 0 && isRoadUserWord(ctx.low[h]));
    case 'fall': return fallClause(ctx, a, b);
    // "custody", "the state prison": a phrase whose word-order head is a detention noun of data/event-nouns.tsv
    case 'confinement': return EVENT_NOUNS.get(ctx.low[phraseHead(ctx, a, b)])?.type === 'detention';
    case 'thing': {
      // the head of the phrase, before any preposition or "of": "a large majority of them", "the anger of many voters";
      // of a coordination, its first member ("Mr Abedini and other men held abroad")
      const head = memberHead(ctx, a, b);
      // "two of the smugglers", "several of them": a number counts what its "of" phrase names
      if (ctx.low[head + 1] === 'of' && (/^\d/.test(ctx.low[head]) || QUANTIFIERS.has(ctx.low[head]))) return rangeIs(ctx, head + 2, b, 'thing');
      return !rangeIs(ctx, head, head + 1, 'party');
    }
    // a person by the phrase's head alone: "suspended the striker for three matches", "two of its players", not
    // "payments to its suppliers" or "the search for the missing fisherman", whose people sit in a later phrase
    case 'person-head':
      if (countsOf(ctx, a, b)) return rangeIs(ctx, a + 2, b, cls);
      // each head the parse gives the phrase; a name ending the phrase before any preposition, "of" or comma, after a
      // title the parse may hang it on ("linebacker Gary Stills", "wide receiver and kick returner Dan Moore"); a name
      // right before an amount is an object of its own, whatever the parse hangs it on ("fined Okke 300,000 dollars")
      return phraseHeads(ctx, a, b).some((head) => rangeIs(ctx, head, head + 1, 'person') || apposedName(ctx, head)) ||
        ctx.mentions[ctx.mentionAt[phraseHead(ctx, a, b)]]?.type === 'PER' ||
        ctx.low.slice(a, b - 1).some((_, j) => ctx.mentions[ctx.mentionAt[a + j]]?.type === 'PER' && /^\d/.test(ctx.low[a + j + 1]));
    // one who can hold a post: a named person, a pronoun for people or a word whose commonest WordNet sense
    // is noun.person ("the chairman", "its president and chief officer, A. Name") before any preposition;
    // not a unit or a group ("the troops", "two battalions", "the army")
    case 'non-individual':
      // "three of its directors" are directors: a count is read through its "of" phrase
      if (countsOf(ctx, a, b)) return rangeIs(ctx, a + 2, b, cls);
      for (let k = a; k < b && (k === a || (!PREPOSITIONS.has(ctx.low[k]) && ctx.low[k] !== 'of')); k++) {
        const w = ctx.low[k];
        if (ctx.mentions[ctx.mentionAt[k]]?.type === 'PER' || PERSON_PRONOUNS.has(w) || ONE_PERSON.has(w) || PERSON_DESCRIPTORS.has(w)) return false;
        if (personNounAt(ctx, k, s.personWord) && !s.organisations.has(w)) return false;
      }
      return true;
    // "soldiers", "the guards": many people under one plural common noun that names no post hold no post
    // each; "the ministers" or "its directors" do. The parse says plural (its lemma differs from the word).
    case 'rank-and-file': {
      if (countsOf(ctx, a, b)) return rangeIs(ctx, a + 2, b, cls);
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
      const w = ctx.syntax ? wordOfToken(ctx.syntax, head) : -1;
      if (w < 0 || ctx.mentionAt[head] >= 0) return false;
      const { upos, lemma, text } = ctx.syntax!.words[w];
      const base = lemma.toLowerCase();
      if (upos !== 'NOUN' || base === text.toLowerCase() || !text.toLowerCase().endsWith('s')) return false;
      return !s.posts.has(base) && !s.offices.has(base) && !s.offices.has(ctx.low[head]);
    }
    case 'self': return b - a === 1 && REFLEXIVES.has(ctx.low[a]);
    case 'adversaries': {
      // the head of the phrase, before any preposition: "his rival in the primary", "her critics"
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1])) head++;
      return s.adversaries.has(ctx.low[head]);
    }
    // "over the weekend", "for the second time": when it happened, not what about (read up to the phrase's next preposition)
    case 'non-time':
      for (let k = a; k < b && (k === a || !PREPOSITIONS.has(ctx.low[k])); k++) if (ctx.timeAt[k] >= 0 || ctx.low[k] === 'time' || ctx.low[k] === 'times') return false;
      return true;
    // what a crowd stands for: no one named and no time ("for press freedom", not "for Ms Hale" or "for that night")
    case 'cause': {
      // "for the past several weeks": a span the time tagger leaves unread is still no cause
      for (let k = a; k < b; k++) if (TIME_UNITS.has(ctx.low[k])) return false;
      return !person && !org && rangeIs(ctx, a, b, 'non-time');
    }
    case 'gerund': return /^[a-z]+ing$/.test(ctx.low[a]) && ctx.mentionAt[a] < 0;
    case 'duty': return rangeIs(ctx, a, b, 'gerund') && !gerundStems(ctx.low[a]).some((x) => s.offences.has(x));
    // what a price is asked for ("for the tests", "for overdrafts"), not a wrong ("for fraud", "for his part in the attack")
    case 'non-offence':
      if (rangeIs(ctx, a, b, 'gerund')) return rangeIs(ctx, a, b, 'duty');
      for (let k = a; k < b; k++) {
        if (s.offences.has(ctx.low[k]) || isOffenceWord(ctx.low[k])) return false;
        // "for their part in the riot", "for his role in the scheme": a share in a deed, however it is named
        if ((ctx.low[k] === 'part' || ctx.low[k] === 'role') && ctx.low[k + 1] === 'in') return false;
      }
      return b > a;
    case 'court':
      for (let k = a; k < b; k++) if (s.courts.has(ctx.low[k])) return true;
      return false;
    // the head of the phrase is a court ("the appeals court", "the Court of Appeal"), not a word of its modifiers
    // ("the Justice Department", "the food court operator"); judges decide as a court only where the sentence
    // names one ("the judges of the tribunal"), not at a ringside
    case 'bench': {
      let head = a;
      // "the Supreme Court last June": a time after the phrase is none of it
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1]) && ctx.timeAt[head + 1] < 0) head++;
      const w = ctx.low[head];
      // "Judge Ann Porter", "Justice Lee": a judge by title
      if (ctx.mentions[ctx.mentionAt[head]]?.type === 'PER') return ctx.low.slice(a, head).some((x) => JUDGE_TITLES.has(x));
      if (!s.courts.has(w)) return false;
      if (!JUDGES.has(w)) return true;
      const sentence = ctx.toks[a].sentence;
      for (let k = ctx.sentStart[sentence]; k < ctx.low.length && ctx.toks[k].sentence === sentence; k++) if (COURT_HEADS.has(ctx.low[k])) return true;
      return false;
    }
    // one person, by the phrase's head: a name, "he" or "she", a singular noun for a person ("the mayor"), not
    // "the stockholders" or "the council"
    case 'individual': {
      if (countsOf(ctx, a, b)) return false;
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
      const m = ctx.mentions[ctx.mentionAt[head]];
      if (m) return m.type === 'PER';
      const w = ctx.low[head];
      if (ONE_PERSON.has(w)) return true;
      if (s.organisations.has(w) || !(PERSON_NOUNS.has(w) || PERSON_DESCRIPTORS.has(w) || personNounAt(ctx, head, s.personWord))) return false;
      const word = ctx.syntax ? wordOfToken(ctx.syntax, head) : -1;
      return word >= 0 ? ctx.syntax!.words[word].lemma.toLowerCase() === w : !w.endsWith('s');
    }
    // a count of people ("500 workers", "some 80 staff", "10% of its workforce", a bare "300"), not of money or goods
    // ("2 million pounds of bets")
    case 'headcount': {
      if (!rangeIs(ctx, a, b, 'amount')) return false;
      if (person || ctx.low.slice(a, b).some((w) => WORKFORCE.has(w))) return true;
      // a bare count ("laid off 300 last year"): the phrase's words past any time it ends on
      for (let k = a; k < b; k++) if (ctx.timeAt[k] < 0 && !/^\d/.test(ctx.low[k]) && !QUANTIFIERS.has(ctx.low[k]) && ctx.low[k] !== 'about') return false;
      return true;
    }
    case 'protesters':
      for (let k = a; k < b; k++) if (s.protesters.has(ctx.low[k])) return true;
      return false;
    case 'records': {
      // the phrase's head, before any preposition: "air traffic control tapes from the night", "its report on the fire"
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
      return s.records.has(ctx.low[head]);
    }
    case 'claims':
      // the head of the object: "reports he told …", "claims of broken promises"
      return s.claims.has(ctx.low[a]) || s.claims.has(ctx.low[a + 1] ?? '') && ['the', 'these', 'those'].includes(ctx.low[a]);
    case 'amount':
      for (let k = a; k < b; k++) if (/^\d/.test(ctx.low[k])) return true;
      return false;
    case 'office':
      for (let k = a; k < b; k++) if (s.offices.has(ctx.low[k])) return true;
      return false;
    // "as chief executive of the bank", "as its new coach": the phrase's words before any "of"
    case 'post':
      for (let k = a; k < b && ctx.low[k] !== 'of'; k++) if (s.posts.has(ctx.low[k])) return true;
      return false;
    // after "became" the phrase is any predicate nominal: only its head names a post ("the chief executive", "director
    // of marketing"; not "the chief port", "a chief concern"), and a post a person owns is a relation ("the director's adviser")
    case 'post-head': {
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && ctx.low[head + 1] !== 'of' && ctx.low[head + 1] !== ',' && ctx.timeAt[head + 1] < 0) head++;
      // "chief executive": a post word before a head that is itself a person ("executive"), not before a thing ("port")
      const postBefore = ctx.low.slice(a, head).some((w) => s.posts.has(w)) && s.personWord(ctx.low[head]);
      if (!s.posts.has(ctx.low[head]) && !postBefore) return false;
      const owner = ctx.low.slice(a, head).findIndex((w) => w === "'s" || w === '’s');
      return owner < 0 || !rangeIs(ctx, a, a + owner, 'person');
    }
    case 'assembly': {
      // the head of the phrase, before any preposition or time: "the party's MPs", "a Senate committee on trade",
      // "the committee Tuesday" (a bare weekday after the noun says when)
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && ctx.timeAt[head + 1] < 0) head++;
      return s.assemblies.has(ctx.low[head]);
    }
    case 'sitting': {
      // a meeting noun before the phrase's first preposition or "of": "a meeting of the board", "the annual meeting on Monday";
      // a phrase cut on a possessive goes on to the noun it owns ("the annual stockholders' meeting": "-ing" ends a phrase early)
      const end = /^['’]s?$/.test(ctx.low[b - 1] ?? '') ? b + 1 : b;
      for (let k = a; k < end && (k === a || (!PREPOSITIONS.has(ctx.low[k]) && ctx.low[k] !== 'of')); k++) if (EVENT_NOUNS.get(ctx.low[k])?.type === 'meeting') return true;
      return false;
    }
    case 'positions': {
      // the head of the phrase, before any preposition: "the government's trade policy for farms", not "a policy adviser"
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1])) head++;
      return s.positions.has(ctx.low[head]);
    }
    case 'illness': {
      for (let k = a; k < b; k++) if (s.illnesses.has(ctx.low[k])) return true;
      return false;
    }
    case 'disease':
      for (let k = a; k < b; k++) if (isDiseaseWord(ctx.low[k])) return true;
      return false;
    case 'disaster':
      for (let k = a; k < b; k++) if (s.disasters.has(ctx.low[k])) return true;
      return false;
    // "to death" after a verb of violence: the phrase is the word itself ("stabbed to death", "was beaten to his death")
    case 'death': {
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1])) head++;
      return ctx.low[head] === 'death';
    }
    // the head of the phrase, before any preposition, "of", "and", "or" or comma: "the two hostages", "three of the hostages"
    case 'hostages':
    case 'captives':
    case 'aircraft': {
      if (countsOf(ctx, a, b)) return rangeIs(ctx, a + 2, b, cls);
      let head = a;
      while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
      return ctx.mentionAt[head] < 0 && (cls === 'hostages' ? isHostageWord(ctx.low[head]) : cls === 'aircraft' ? isAircraftWord(ctx.low[head]) : isCaptiveWord(ctx.low[head]));
    }
  }
}

/**
 * The noun the parse hangs an adjective on, where word order cut the phrase at a comma between adjectives ("a critical,
 * unpatched vulnerability" read as "a critical"); any other token is its own head.
 */
function nounOfAdjective(ctx: DocumentContext, k: number): number {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, k) : -1;
  if (!syn || w < 0 || syn.words[w].deprel !== 'amod' || syn.words[w].head < 0) return k;
  return syn.words[syn.words[w].head].token;
}

/** Does [a, b) hold the words in a row? */
function phraseHolds(ctx: DocumentContext, a: number, b: number, words: readonly string[]): boolean {
  for (let k = a; k + words.length <= b; k++) if (words.every((w, i) => ctx.low[k + i] === w)) return true;
  return false;
}

/** Words that make a plural particular ("the firms", "two companies", "its units"). */
const SPECIFIERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'all', 'two', 'three', 'four', 'five', 'several']);
/** Possessives that make a holding someone's own ("its stake", "their shares"). */
const OWNING = new Set(['its', 'their', 'his', 'her', "'s", '’s']);
/** Words of amount before "as" ("as much as 15% of Acme"): what the phrase counts is after them. */
const AMOUNT_LEAD = new Set(['as', 'much', 'many', 'up', 'to', 'about', 'some', 'nearly', 'almost', 'more', 'than', 'less', 'over', 'around', 'roughly', 'another', 'a', 'an', 'the']);

/** A number in digits or words ("1.4", "one", "million"): what counts a block of shares. */
const isNumeral = (w: string): boolean => /^\d/.test(w) || UNITS.has(w) || MULTIPLIERS.has(w);

/**
 * Does [a, b) name a company or a share of one ("Acme", "15% of Acme", "its stake in Acme", "Acme shares",
 * "a software maker")? A company name that only modifies another noun ("Acme jets") names goods, not the company.
 */
function holdingPhrase(ctx: DocumentContext, a: number, b0: number, holdings: ReadonlySet<string>): boolean {
  let b = b0;
  const orgAt = (k: number) => ctx.mentions[ctx.mentionAt[k]]?.type === 'ORG';
  // the head: the last word before the phrase's first preposition, "of", "and", "or" or comma, past any words of amount
  // "as much as 15% of Acme": word order's phrase stops at the second "as"; what is counted follows it
  // "up to one million of its shares": so does "up" before its "to"
  if ((ctx.low[b] === 'as' || (ctx.low[b] === 'to' && ctx.low[b - 1] === 'up')) && ctx.low.slice(a, b).every((w) => AMOUNT_LEAD.has(w))) {
    const stop = ctx.sentStart[ctx.toks[a].sentence + 1] ?? ctx.low.length;
    return b + 1 < stop && holdingPhrase(ctx, b + 1, npForward(ctx, b + 1, stop), holdings);
  }
  // "a 30% stake in Acme": word order's phrase may stop before the "in" or "of" that says whose
  const end = ctx.sentStart[ctx.toks[a].sentence + 1] ?? ctx.low.length;
  if ((ctx.low[b] === 'in' || ctx.low[b] === 'of') && b + 1 < end) b = npForward(ctx, b + 1, end);
  let first = a;
  while (first < b - 1 && AMOUNT_LEAD.has(ctx.low[first])) first++;
  let head = first;
  while (head + 1 < b && !PREPOSITIONS.has(ctx.low[head + 1]) && !AFTER_HEAD.has(ctx.low[head + 1])) head++;
  head = parsedHeadBefore(ctx, first, head);
  if (orgAt(head)) return true;
  // "its partner, Metromedia Co.,": a company named in apposition is the one the phrase speaks of
  if (ctx.low[head + 1] === ',' && orgAt(head + 2) && (ctx.mentionAt[head] < 0) && ctx.toks[head + 2]?.sentence === ctx.toks[a].sentence) return true;
  const w = ctx.low[head];
  const next = ctx.low[head + 1] ?? '';
  // "15% of Acme", "half of its unit", "its stake in Acme", "shares of Acme": read through to what it is a share of
  const share = isNumeral(w) || w === '%' || w === 'percent' || w === 'pct' || QUANTIFIERS.has(w) || holdings.has(w) || w === 'rest' || w === 'part' || w === 'half' || w === 'majority' || w === 'control';
  if (share && (next === 'of' || next === 'in') && head + 2 < b && holdingPhrase(ctx, head + 2, b, holdings)) return true;
  // "Acme shares", "its stake", "the company", "a software maker"
  if (holdings.has(w)) {
    for (let k = first; k < head; k++) if (orgAt(k) || OWNING.has(ctx.low[k])) return true;
    // "1.4 million shares", "one million shares": a counted block of shares is a particular holding (a buyback, a placing)
    return (w === 'shares' || w === 'stock') && ctx.low.slice(first, head).some(isNumeral);
  }
  // "to acquire pharmaceuticals firms": a bare plural names a kind of company sought, no particular deal
  const bare = /[^s]s$/.test(w) && !ctx.low.slice(a, head).some((x) => /^\d/.test(x) || SPECIFIERS.has(x));
  return ctx.mentionAt[head] < 0 && /^[a-z]{3,}$/.test(w) && !bare && isBusinessWord(w);
}

/**
 * Word order's head of [first, head] is its last word; where the parse hangs the words after an earlier noun on
 * it as a modifier that follows its noun ("Acme shares worth 5 mln dlrs": an adjective phrase on shares), that
 * noun is the head, not "dlrs".
 */
function parsedHeadBefore(ctx: DocumentContext, first: number, head: number): number {
  const syn = ctx.syntax;
  if (!syn || head <= first) return head;
  for (let k = first; k < head; k++) {
    const w = wordOfToken(syn, k);
    const next = wordOfToken(syn, k + 1);
    if (w < 0 || next < 0 || (syn.words[w].upos !== 'NOUN' && syn.words[w].upos !== 'PROPN')) continue;
    const { deprel, head: of } = syn.words[next];
    if (of === w && (deprel === 'amod' || deprel === 'acl')) return k;
  }
  return head;
}

export interface SenseQuery {
  lemma: string;
  trigger: number;
  triggerEnd: number;
  /** Sentence end (exclusive token index). */
  to: number;
  /** The object, or the subject of a passive. */
  object: [number, number] | null;
  /** The doer: the subject, or the agent of a passive. */
  subject: [number, number] | null;
  /** Is the trigger read as a noun (not a verb)? */
  noun: boolean;
}

const rulesByTrigger = new Map<string, readonly SenseRule[]>();
/** The rules a lemma triggers, in the data file's order (the first that fires speaks); found once per lemma. */
function rulesFor(lemma: string): readonly SenseRule[] {
  let found = rulesByTrigger.get(lemma);
  if (!found) rulesByTrigger.set(lemma, (found = senses().data.rules.filter((r) => r.trigger.includes(lemma))));
  return found;
}

/** Whether every condition of rule r holds of the query, its object read as given. */
function ruleHolds(ctx: DocumentContext, q: SenseQuery, object: readonly [number, number] | null, r: SenseRule): boolean {
  return (
    (r.plural === undefined || r.plural === pluralAt(ctx, q.trigger)) &&
    (r.particle === undefined || asList(r.particle).includes(ctx.low[q.trigger + 1] ?? '')) &&
    (r.modifier === undefined || modifierFits(r.modifier, ctx.low[q.trigger - 1] ?? '')) &&
    (r.premodifier === undefined || premodifiers(ctx, q.trigger).some((w) => r.premodifier!.includes(w))) &&
    (r.sentence === undefined || sentenceHas(ctx, q.trigger, q.to, r.sentence)) &&
    (r.preposition === undefined || prepositionFits(ctx, q, asList(r.preposition), r.complement)) &&
    (r.object === undefined || (!!object && rangeIs(ctx, object[0], object[1], r.object)) || (r.object === 'gerund' && gerundAfter(ctx, q.triggerEnd))) &&
    (r.objectFirst === undefined || r.objectFirst === (!!object && object[1] <= q.trigger)) &&
    (r.intransitive === undefined || r.intransitive === (!object && !undergoerOutside(ctx, q.trigger))) &&
    (r.predicate === undefined || predicateIs(ctx, q.trigger, r.predicate)) &&
    (r.infinitive === undefined || r.infinitive === takesInfinitive(ctx, q.trigger)) &&
    (r.progressive === undefined || r.progressive === progressiveAt(ctx, q.trigger)) &&
    (r.objectInfinitive === undefined || r.objectInfinitive === takesObjectInfinitive(ctx, q.trigger)) &&
    (r.thatClause === undefined || r.thatClause === takesThatClause(ctx, q.trigger)) &&
    (r.subject === undefined || (!!q.subject && rangeIs(ctx, q.subject[0], q.subject[1], r.subject) && (r.subject !== 'non-individual' || parsedSubjectIs(ctx, q.trigger, r.subject))) ||
      // a person the word order missed ("Maria Olsen, 52, head of sales, becomes director"), or a clause with no subject found
      (r.subject === 'person' && parsedSubjectIs(ctx, q.trigger, r.subject, !q.subject))) &&
    (r.governor === undefined || governorLemmas(ctx, q.trigger).some((g) => r.governor!.includes(g))) &&
    (r.clauseOn === undefined || clauseOnLemmas(ctx, q.trigger).some((l) => r.clauseOn!.includes(l))) &&
    (r.copula === undefined || r.copula === hasCopula(ctx, q.trigger)) &&
    (r.named === undefined || (r.named === 'owner' ? namedOwner(ctx, q.trigger) : namedParty(ctx, q.trigger)))
  );
}

/** Object classes a word-order reading may find where the parse misread a title before a name ("running back", "wide receiver"). */
const PERSON_OBJECTS: ReadonlySet<ArgumentClass> = new Set(['person', 'person-head']);
/** Marks that end a clause: a word-order reading never runs past one. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
/** How far after a verb its object and phrase are looked for by word order. */
const WORD_ORDER_REACH = 14;

/**
 * A verb rule that wants a person as object and a phrase after it, read by word order where the parse lost them:
 * the words between the verb and the first of the rule's prepositions are the object ("placed rookie running back
 * Lee Roy on injured reserve", where the parse takes "rookie" alone as the object and "running" as a verb).
 */
function ruleHoldsByWordOrder(ctx: DocumentContext, q: SenseQuery, r: SenseRule): boolean {
  if (q.noun || r.preposition === undefined || r.object === undefined || !PERSON_OBJECTS.has(r.object)) return false;
  const preps = asList(r.preposition);
  const end = Math.min(q.to, q.triggerEnd + WORD_ORDER_REACH);
  let p = q.triggerEnd;
  while (p < end && !preps.includes(ctx.low[p]) && !CLAUSE_ENDS.has(ctx.low[p])) p++;
  if (p >= end || p === q.triggerEnd || !preps.includes(ctx.low[p])) return false;
  const object: [number, number] = [q.triggerEnd, p];
  return ruleHolds(ctx, { ...q, object }, object, r);
}

/** The first rule that fires: its sense (a type or null), its theme, and whether its clause confirmed it; undefined when no rule speaks. */
export function senseOf(ctx: DocumentContext, q: SenseQuery): { sense: EventType | null; why: string; theme?: string; predicate?: boolean; particular?: boolean } | undefined {
  const rules = rulesFor(q.lemma);
  if (rules.length === 0) return undefined;
  // a possessive is never the whole object: in "attacked Japan's trade policy" the policy is what was attacked
  const object = q.object && /^['’]s$/.test(ctx.low[q.object[1]] ?? '') ? [q.object[0], npForward(ctx, q.object[0], q.to)] as const : q.object;
  for (const r of rules) {
    if ((r.noun && !q.noun) || (r.verb && q.noun)) continue;
    const holds = ruleHolds(ctx, q, object, r) || ruleHoldsByWordOrder(ctx, q, r);
    // a rule that held by the clause the noun heads or sits in ("has been in jail", "remains in custody") makes it a predicate
    if (holds) return { sense: r.sense, why: r.why, ...(r.theme ? { theme: r.theme } : {}), ...(r.copula || r.governor ? { predicate: true } : {}), ...(r.particular ? { particular: true } : {}) };
    if (r.otherwise !== undefined) return { sense: r.otherwise, why: r.why };
  }
  return undefined;
}

/** Is the word one of a rule's modifiers, where one ending in a hyphen is a prefix ("pro-" for "pro-democracy")? */
function modifierFits(modifiers: readonly string[], word: string): boolean {
  return modifiers.some((m) => m === word || (m.endsWith('-') && word.length > m.length && word.startsWith(m)));
}

/** Tags of the words a noun's modifiers are strung from ("a plea and case management hearing"). */
const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM']);

/**
 * The lower-cased words before the noun at token k in its own phrase: those the parse hangs before it, and the run of
 * nouns, adjectives and "and" right before it, which the parse may break ("a bail and case review hearing").
 */
function premodifiers(ctx: DocumentContext, k: number): string[] {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, k) : -1;
  if (!syn || w < 0) return k > 0 ? [ctx.low[k - 1]] : [];
  const out: string[] = [];
  for (const c of children(syn, w)) if (c < w) for (let d = subtreeStart(syn, c); d <= c; d++) out.push(syn.words[d].text.toLowerCase());
  for (let d = w - 1; d >= 0 && syn.words[d].start >= ctx.toks[ctx.sentStart[ctx.toks[k].sentence]].start && MODIFIER_TAGS.has(syn.words[d].upos); d--) out.push(syn.words[d].text.toLowerCase());
  return out;
}

/** The first word of the subtree under a parse word. */
function subtreeStart(syn: Syntax, w: number): number {
  let first = w;
  for (const c of children(syn, w)) if (c < first) first = Math.min(first, subtreeStart(syn, c));
  return first;
}

/** Is a word of the trigger's sentence, other than the trigger, of the class? */
function sentenceHas(ctx: DocumentContext, trigger: number, to: number, cls: ArgumentClass): boolean {
  const from = ctx.sentStart[ctx.toks[trigger].sentence];
  for (let k = from; k < to; k++) if (k !== trigger && rangeIs(ctx, k, k + 1, cls)) return true;
  return false;
}

/** Is the word at token k plural: the parse's lemma differs from it, or without a parse it ends in "s"? */
function pluralAt(ctx: DocumentContext, k: number): boolean {
  const w = ctx.syntax ? wordOfToken(ctx.syntax, k) : -1;
  return w >= 0 ? ctx.syntax!.words[w].lemma.toLowerCase() !== ctx.low[k] : ctx.low[k].endsWith('s');
}

/** "quit smoking": an -ing word right after the verb is what it takes, however the parse hangs it. */
function gerundAfter(ctx: DocumentContext, k: number): boolean {
  return k < ctx.low.length && ctx.toks[k].sentence === ctx.toks[k - 1].sentence && rangeIs(ctx, k, k + 1, 'gerund');
}

/** Relations that name the owner or maker of an act, not who it is addressed to ("Acme's offer", "an offer by Acme"). */
const MAKER_CASES = new Set(['by', 'from', 'of']);

/** A person the tagger names within the trigger noun's phrase, reached other than as its owner or maker (the first, by the parse), or null. */
export function namedRecipient(ctx: DocumentContext, trigger: number): Mention | null {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || word < 0) return null;
  const stack = children(syn, word).filter((c) => syn.words[c].deprel !== 'nmod:poss' && !MAKER_CASES.has(caseMarker(syn, c) ?? ''));
  // "an offer to buy the rest of …": an infinitive right after the noun is its content, wherever the parse hangs it
  const next = word + 1;
  if (next < syn.words.length && syn.words[next].text.toLowerCase() === 'to' && syn.words[next].deprel === 'mark' && syn.words[next].head !== word) stack.push(syn.words[next].head);
  while (stack.length) {
    const c = stack.pop()!;
    const m = ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[c].start)]];
    if (m?.type === 'PER') return m;
    stack.push(...children(syn, c));
  }
  return null;
}

/** Possessives that stand for one person ("his rally"); "their" is as often a crowd's own. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her']);

/** A person the noun belongs to, by the parse: a possessive ("Lee's rally", "his rally") or a name before it ("a Lee rally"). */
function namedOwner(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || word < 0) return false;
  return dependents(syn, word, 'nmod:poss', 'compound').some((c) => {
    if (PERSONAL_POSSESSIVES.has(syn.words[c].text.toLowerCase())) return true;
    return ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[c].start)]]?.type === 'PER';
  });
}

/** A person or organisation the tagger names within the trigger noun's phrase ("a bid by Acme for Borr", "Acme's offer"). */
function namedParty(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || word < 0) return false;
  const stack = children(syn, word);
  while (stack.length) {
    const c = stack.pop()!;
    const m = ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[c].start)]];
    if (m?.type === 'PER' || m?.type === 'ORG') return true;
    // a clause hung on the noun ("which the firm raised") is no part of who made it
    if (!relationIsClause(syn.words[c].deprel)) stack.push(...children(syn, c));
  }
  return namedMaker(ctx, word);
}

/** Lemmas of making or pressing a proposal ("made a bid", "extended its offer", "sweetened the offer"). */
const PROPOSING_LEMMAS = new Set(['make', 'submit', 'launch', 'lodge', 'table', 'extend', 'raise', 'sweeten', 'increase', 'improve', 'renew', 'mount']);

/**
 * The noun as the object of a verb of proposing whose subject is a name ("Acme made a friendly bid of 300 pence
 * a share", "Acme extended its tender offer"): its maker is named, however far the noun's own phrase runs. Who
 * accepts, rejects, seeks or underwrites one ("rejected the offer", "is seeking acquisitions") is not its maker.
 */
function namedMaker(ctx: DocumentContext, word: number): boolean {
  const syn = ctx.syntax!;
  const { deprel, head } = syn.words[word];
  if (deprel !== 'obj' || head < 0 || syn.words[head].upos !== 'VERB' || !PROPOSING_LEMMAS.has(syn.words[head].lemma.toLowerCase())) return false;
  // two subjects on one verb is a broken parse ("like Bill Nelson …, proponents … may be making a bid"): trust neither
  const subjects = dependents(syn, head, 'nsubj');
  if (subjects.length !== 1) return false;
  const m = ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[subjects[0]].start)]];
  return m?.type === 'PER' || m?.type === 'ORG';
}

const relationIsClause = (rel: string) => rel === 'acl' || rel.startsWith('acl:') || rel === 'parataxis' || rel === 'advcl';

/**
 * Is the trigger passive or a participle on its noun ("four men killed in the raid")? Its undergoer is then
 * that noun or the passive subject, even where the word order (or a parse that reads "men" as its subject)
 * made it the doer. An -ed form with no object is read so: news tells an active killing with its victim.
 */
function undergoerOutside(ctx: DocumentContext, trigger: number): boolean {
  if (ctx.low[trigger].endsWith('ed')) return true;
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || w < 0) return false;
  const rel = syn.words[w].deprel;
  return rel === 'amod' || rel === 'acl' || rel.startsWith('acl:') || dependents(syn, w, 'aux:pass', 'nsubj:pass').length > 0;
}

/**
 * Where the parse gives the trigger a subject of its own, is it of the class too? The word order can take a
 * fronted phrase for the subject ("For that reason alone, he should step down"); the parse's "he" then speaks.
 * (Asked for 'non-individual'; for 'person' it also admits a person the word order missed, "Maria Olsen, 52, head of
 * sales, becomes director"; `absent` is the answer when the parse gives no subject.)
 */
function parsedSubjectIs(ctx: DocumentContext, trigger: number, cls: ArgumentClass, absent = true): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  const subj = w >= 0 ? dependents(syn!, w, 'nsubj')[0] : undefined;
  if (subj === undefined) return absent;
  const { a, b } = tokensCovering(ctx.toks, subtreeSpan(syn!, subj));
  return rangeIs(ctx, a, b, cls);
}

/** Does the parse give the trigger a predicate noun of the class (see SenseRule.predicate)? */
function predicateIs(ctx: DocumentContext, trigger: number, cls: ArgumentClass): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  if (!syn || w < 0) return false;
  const objs = dependents(syn, w, 'obj');
  const passive = dependents(syn, w, 'nsubj:pass', 'aux:pass').length > 0;
  const preds = [...dependents(syn, w, 'xcomp').filter((c) => syn.words[c].upos === 'NOUN'), ...(passive ? objs : objs.slice(1))];
  // "named Ms Roy finance minister": the tagger may fold the person into the post's phrase as a compound
  for (const o of objs.slice(0, 1)) if (dependents(syn, o, 'compound').some((c) => c < o && ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[c].start)]]?.type === 'PER')) preds.push(o);
  if (preds.some((p) => {
    const k = firstTokenAtOrAfter(ctx.toks, syn.words[p].start);
    // "was charged Thursday in a complaint with murder": a day the parse takes for an object says when, not what
    return ctx.timeAt[k] < 0 && rangeIs(ctx, k, k + 1, cls);
  })) return true;
  return secondObjectIs(ctx, trigger, cls) || laterPredicateIs(ctx, trigger, cls);
}

/** How far past the trigger a word-order predicate ("to be", "as") may stand: a person's phrase and an age between. */
const PREDICATE_REACH = 10;

/**
 * "nominated Ohio surgeon Dr. Mara Quill to be the state's health commissioner", "nominated Mara Quill, 48, as the
 * country's new surgeon general": a long object, or an age set off by commas, breaks the small parser's reading of
 * what the person becomes (it hung "to be" on the name, "as" on a later verb). Read by word order instead: "to be" or
 * "as" within the trigger's clause, with no verb the parse finds and no comma but those around a number between, and
 * the phrase after it of the class.
 */
function laterPredicateIs(ctx: DocumentContext, trigger: number, cls: ArgumentClass): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const sentenceEnd = ctx.sentStart[ctx.toks[trigger].sentence + 1] ?? ctx.toks.length;
  const end = Math.min(sentenceEnd, trigger + PREDICATE_REACH);
  for (let k = trigger + 1; k < end; k++) {
    const w = ctx.low[k];
    const start = w === 'as' ? k + 1 : w === 'to' && ctx.low[k + 1] === 'be' ? k + 2 : -1;
    if (start > k) {
      const stop = npForward(ctx, start, sentenceEnd);
      return stop > start && rangeIs(ctx, start, stop, cls);
    }
    // "Mara Quill , 48 , as": only an age's commas; another comma or a verb ends the clause's reach
    if (w === ',' && !/^\d+$/.test(ctx.low[k - 1] ?? '') && !/^\d+$/.test(ctx.low[k + 1] ?? '')) return false;
    const word = wordOfToken(syn, k);
    if (word >= 0 && (syn.words[word].upos === 'VERB' || syn.words[word].upos === 'AUX')) return false;
  }
  return false;
}

/**
 * "named Mary Kline chief executive": a person's name right after the trigger and a bare phrase right after the name
 * is a double object, the phrase what the person becomes. The small parser often breaks this shape (it made "named"
 * the subject of "executive"), so the name the tagger found and the phrase after it stand in for the parse; the
 * phrase's head must itself name the class ("post-head" for a post: "its new coach", not "the chief suspect").
 */
function secondObjectIs(ctx: DocumentContext, trigger: number, cls: ArgumentClass): boolean {
  const m = ctx.mentionAt[trigger + 1];
  if (m === undefined || m < 0 || ctx.mentions[m].type !== 'PER') return false;
  let k = trigger + 1;
  while (k < ctx.toks.length && ctx.mentionAt[k] === m) k++;
  if (k >= ctx.toks.length || ctx.mentionAt[k] >= 0) return false;
  const end = npForward(ctx, k, ctx.toks.length);
  return end > k && rangeIs(ctx, k, end, cls === 'post' ? 'post-head' : cls);
}

/** Is word c a verb marked by "to" (an infinitive)? */
function toInfinitive(syn: Syntax, c: number): boolean {
  return syn.words[c].upos === 'VERB' && dependents(syn, c, 'mark').some((m) => syn.words[m].text.toLowerCase() === 'to');
}

/**
 * Does the parse give the trigger an infinitive clause ("elected to repay": an xcomp marked by "to")? One right
 * after the trigger counts however the parse hangs it ("offered to buy the shares", often read as a clause of purpose).
 */
function takesInfinitive(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  if (w < 0) return false;
  const adjacent = (c: number) => ctx.low[trigger + 1] === 'to' && wordOfToken(syn!, trigger + 2) === c;
  return dependents(syn!, w, 'xcomp', 'advcl').some((c) => toInfinitive(syn!, c) && (syn!.words[c].deprel === 'xcomp' || adjacent(c)));
}

/** Is the trigger an -ing verb with a form of "be" as its auxiliary ("is offering", "were offering")? */
function progressiveAt(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  return w >= 0 && ctx.low[trigger].endsWith('ing') && dependents(syn!, w, 'aux').some((k) => syn!.words[k].lemma.toLowerCase() === 'be');
}

const goodsCache = new Map<string, boolean>();
/** A noun whose first WordNet sense is goods ("jets", "trucks", "wheat"): what is bought, not one who is told to act. */
function isGoodsWord(lemma: string): boolean {
  return firstSenseIsKindOf(goodsCache, lemma, ['instrumentality', 'instrumentation', 'commodity', 'goods', 'food', 'foodstuff'], 12);
}

/**
 * Is parse word o one who can be told to act: anyone or anything but goods. "ordered 20 jets to replace its fleet"
 * buys them; "ordered the factory to shut down", "ordered the mine to close" still command (a workplace is a structure).
 */
function canBeTold(ctx: DocumentContext, syn: Syntax, o: number): boolean {
  const word = syn.words[o];
  if (word.upos === 'PRON') return true;
  const k = firstTokenAtOrAfter(ctx.toks, word.start);
  if (rangeIs(ctx, k, k + 1, 'party')) return true;
  return !((word.upos === 'NOUN' || word.upos === 'PROPN') && isGoodsWord(word.lemma.toLowerCase()));
}

/** Does the parse give the trigger an infinitive of what someone is told to do (see SenseRule.objectInfinitive)? */
function takesObjectInfinitive(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  if (w < 0) return false;
  const objects = dependents(syn!, w, 'obj');
  if (!objects.every((o) => canBeTold(ctx, syn!, o))) return false;
  // "ordered all journalists to leave": the parse often hangs the infinitive on the object (acl), not on the verb
  if (takesInfinitive(ctx, trigger) || objects.some((o) => dependents(syn!, o, 'acl').some((c) => toInfinitive(syn!, c)))) return true;
  // "will order the relatives of the boy to hand him over": after a long object the parse may read the infinitive as
  // the verb's purpose (advcl); one that follows a told object is still what the object is told to do
  const lastObject = Math.max(...objects);
  return objects.length > 0 && dependents(syn!, w, 'advcl').some((c) => c > lastObject && toInfinitive(syn!, c));
}

/** Does the parse give the trigger a "that" clause (a ccomp marked by "that", or on a noun a clause saying what it claims)? */
function takesThatClause(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  if (w < 0) return false;
  // the parse sometimes makes "that" a pronoun subject of the clause, so read the clause's first word
  if (dependents(syn!, w, 'ccomp').some((c) => syn!.words[Math.min(...subtree(syn!, c))].text.toLowerCase() === 'that')) return true;
  if (syn!.words[w].upos !== 'NOUN') return false;
  if (dependents(syn!, w, 'acl', 'acl:relcl').some((c) => contentClause(syn!, c))) return true;
  // "repeated charges that his rivals had lied": the parse may hang the noun's clause on the noun's verb; the clause
  // opening right after the noun is still what the noun says
  const verb = syn!.words[w].head;
  return verb >= 0 && syn!.words[w].deprel === 'obj' && dependents(syn!, verb, 'ccomp').some((c) => Math.min(...subtree(syn!, c)) === w + 1 && contentClause(syn!, c));
}

/**
 * Is a clause on a noun what the noun says ("charges that the mayor took bribes"), not a relative clause
 * ("charges that prosecutors filed", "charges that were filed")? The parse tags both "that"s as markers, so
 * read the gap a relative clause leaves: the clause must have a subject of its own and, when active, an object,
 * a clause or a copula of its own.
 */
function contentClause(syn: Syntax, clause: number): boolean {
  const that = (k: number) => syn.words[k].text.toLowerCase() === 'that';
  if (!dependents(syn, clause, 'mark').some((m) => that(m) && m < clause)) return false;
  if (dependents(syn, clause, 'nsubj:pass').some((k) => !that(k))) return true;
  if (!dependents(syn, clause, 'nsubj').some((k) => !that(k))) return false;
  return dependents(syn, clause, 'obj', 'ccomp', 'xcomp', 'cop').some((k) => !that(k));
}

/** Does the parse give the trigger a copula ("has been in jail")? */
function hasCopula(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  return w >= 0 && dependents(syn!, w, 'cop').length > 0;
}

/**
 * The lemmas of the word the parse makes the trigger's head (none without a parse), and for a later member
 * of a list the first member's head too: the members share it ("convicted of fraud, bribery and tax charges":
 * the charges are the conviction's, as the fraud is), while a head the parse misread as a first member is
 * still the trigger's own ("made him a four-year, $10 million offer", with the offer hung on "made").
 */
function governorLemmas(ctx: DocumentContext, trigger: number): string[] {
  const syn = ctx.syntax;
  if (!syn) return [];
  const w = wordOfToken(syn, trigger);
  const head = w >= 0 ? syn.words[w].head : -1;
  if (head < 0) return [];
  const shared = syn.words[w].deprel === 'conj' ? syn.words[head].head : -1;
  return [syn.words[head].lemma.toLowerCase(), ...(shared >= 0 ? [syn.words[shared].lemma.toLowerCase()] : [])];
}

/** Lemmas of the participle clauses the parse hangs on the trigger noun ("filed" in "a suit filed by Acme"). */
function clauseOnLemmas(ctx: DocumentContext, trigger: number): string[] {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, trigger) : -1;
  return w < 0 ? [] : dependents(syn!, w, 'acl').map((c) => syn!.words[c].lemma.toLowerCase());
}

/** A preposition among the next few words, opening a phrase of the wanted class. */
function prepositionFits(ctx: DocumentContext, q: SenseQuery, preps: string[], cls: ArgumentClass | undefined): boolean {
  // with a parse: a phrase the trigger governs by one of the case words, wherever it stands ("discussed the plan at length with …")
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, q.trigger) : -1;
  if (word >= 0) {
    // a phrase the parse hangs on the object counts too: "attacked the governor over the plan"
    // (an obl without a case word is an object the parser misread: "is adding pioneer Ivan Braiker as its chief")
    const objects = [...dependents(syn!, word, 'obj'), ...dependents(syn!, word, 'obl').filter((o) => !caseMarker(syn!, o))];
    // so does one on a listed member the parse set apart from the object ("charged the firm, its owner and two clerks with fraud")
    const members = q.object ? phraseHeads(ctx, q.object[0], q.object[1]).map((k) => wordOfToken(syn!, k)) : [];
    const onObject = [...new Set([...objects, ...members.filter((w) => w >= 0)])].flatMap((o) => dependents(syn!, o, 'nmod', 'nmod:*'));
    for (const o of [...dependents(syn!, word, 'obl', 'obl:*', 'nmod', 'nmod:*'), ...onObject]) {
      if (!preps.includes(caseMarker(syn!, o) ?? '')) continue;
      const { a, b } = tokensCovering(ctx.toks, subtreeSpan(syn!, o));
      if (!cls || rangeIs(ctx, a, b, cls)) return true;
    }
  }
  // a noun's own phrase follows it at once; a word between may be another verb's ("a rally scheduled for that night")
  const last = word >= 0 && q.noun ? q.triggerEnd + 1 : q.triggerEnd + 3;
  for (let k = q.triggerEnd - 1; k < Math.min(q.to, last); k++) {
    if (!preps.includes(ctx.low[k])) continue;
    if (!cls) return true;
    const end = npForward(ctx, k + 1, q.to);
    // a gerund stops a noun phrase at once: "charged with ensuring order"
    return rangeIs(ctx, k + 1, Math.max(end, k + 2), cls);
  }
  // a verb's phrase right after its object, where the parse lost the phrase ("placed running back Lee Roy on injured reserve")
  const after = q.object && !q.noun ? q.object[1] : -1;
  if (after < last || after >= q.to || !preps.includes(ctx.low[after])) return false;
  return !cls || rangeIs(ctx, after + 1, Math.max(npForward(ctx, after + 1, q.to), after + 2), cls);
}

/** WordNet's lexicographer file verb.communication (lexnames). */
const VERB_COMMUNICATION = 32;
/** WordNet's lexicographer file noun.communication (lexnames). */
export const NOUN_COMMUNICATION = 10;
const firstVerbFileCache = new Map<string, number>();
const firstNounFileCache = new Map<string, number>();

/** The lexicographer file of a word's most frequent WordNet sense as that part of speech; -1 for a word WordNet lacks, or without WordNet. */
function firstSenseFile(lemma: string, pos: 'n' | 'v', cache: Map<string, number>): number {
  let file = cache.get(lemma);
  if (file !== undefined) return file;
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, pos)[0];
  file = wn && first ? wn.lexFile(first) : -1;
  cache.set(lemma, file);
  return file;
}

/** The lexicographer file of a verb's most frequent WordNet sense (32: verb.communication); -1 for a verb WordNet lacks, or without WordNet. */
export function firstVerbSenseFile(lemma: string): number {
  return firstSenseFile(lemma, 'v', firstVerbFileCache);
}

/** The lexicographer file of a noun's most frequent WordNet sense (10: noun.communication); -1 for a noun WordNet lacks, or without WordNet. */
export function firstNounSenseFile(lemma: string): number {
  return firstSenseFile(lemma, 'n', firstNounFileCache);
}

/** A verb of speaking ("whispered", "shouted", "quipped"): its most frequent WordNet verb sense is in verb.communication. */
export function isCommunicationVerb(word: string): boolean {
  return firstVerbSenseFile(word) === VERB_COMMUNICATION;
}

/** WordNet's lexicographer file verb.perception (lexnames). */
const VERB_PERCEPTION = 39;

/** A verb of perceiving ("hear", "see", "overhear"): its most frequent WordNet verb sense is in verb.perception. */
export function isPerceptionVerb(lemma: string): boolean {
  return firstVerbSenseFile(lemma) === VERB_PERCEPTION;
}

/**
 * A verb one of whose WordNet senses is in verb.communication ("maintain": "state or assert"), for
 * a place where the shape alone says it reports speech ("“…,” Ann maintained."); memoised.
 */
export function hasCommunicationSense(lemma: string): boolean {
  let yes = anyCommunicationCache.get(lemma);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  yes = !!wn && wn.synsets(lemma, 'v').some((syn) => wn.lexFile(syn) === VERB_COMMUNICATION);
  anyCommunicationCache.set(lemma, yes);
  return yes;
}

const anyCommunicationCache = new Map<string, boolean>();

/** "person", "individual", "someone": a noun whose first WordNet sense is the synset of person itself (filed in noun.Tops, not noun.person). */
export function isPersonItself(word: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(word, 'n')[0];
  const syn = first ? wn?.synset(first) : null;
  return !!syn && syn.words.includes('person') && syn.words.includes('individual');
}

/** A word of 'directives' in data/event-senses.json: a rule a government or body lays down ("regulation", "ban"). */
export function isDirectiveWord(word: string): boolean {
  return senses().directives.has(word);
}
