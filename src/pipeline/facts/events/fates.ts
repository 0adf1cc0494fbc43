// What is done to people told as a noun or a participle rather than a clause: "the killings of three aid
// workers", "the deaths of 12 miners" (a counted group is particular people, one happening, where "killings
// are rare" is talk); "Iraq's invasion of Kuwait" (an operation against a named place); "released the
// detained protesters", "release soldiers captured in the war" (people held are captives whoever they are).
import type { EventType, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { findNumbers } from '../numbers.js';
import { caseMarker, dependents, headOfSpan, subtreeSpan, wordOfToken } from '../../syntax/query.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { tokenRange } from './parse.js';
import { NOUN_COMMUNICATION, firstSenseIsKindOf, rangeIs } from '../../senses/word-senses.js';
import type { NounEntry } from '../../lexicons/events.js';

type Range = [number, number];

/**
 * Noun types whose plural with a counted "of" phrase names one group's fate ("the arrests of 20 students"), or
 * one strike on a counted set of targets ("the bombings of two embassies").
 */
const GROUP_FATES: ReadonlySet<EventType> = new Set<EventType>(['attack', 'killing', 'death', 'arrest', 'detention', 'deportation', 'extradition', 'release']);

/**
 * "deaths" is a death noun only as "the deaths of" someone: elsewhere ("caused 12 deaths", "road deaths rose")
 * it is a casualty count or a statistic, which the casualty reading already takes.
 */
export function deathsNoun(ctx: DocumentContext, i: number): NounEntry | undefined {
  return ctx.low[i] === 'deaths' && ctx.low[i + 1] === 'of' ? { type: 'death', lemma: 'death', plural: true } : undefined;
}

/** Is the phrase counted people: a number that is no date ("three aid workers", "as many as 1.7 million Cambodians")? */
function counted(ctx: DocumentContext, [a, b]: Range): boolean {
  return findNumbers(ctx, a, b, { standalone: true }).some((n) => ctx.timeAt[n.core] < 0);
}

/**
 * A definite plural of a fate whose first "of" phrase counts its people ("the killings of three aid workers"):
 * one group's fate, a happening in itself. A bare plural ("killings of civilians", "arrests of journalists")
 * speaks of a kind and stays a passing mention.
 */
export function countedGroupFate(ctx: DocumentContext, type: EventType, plural: boolean, definite: boolean, ofTarget: Range | undefined): boolean {
  return plural && definite && GROUP_FATES.has(type) && !!ofTarget && counted(ctx, ofTarget);
}

/**
 * Fates that befall one person once: a definite one whose "of" phrase is a particular person is that happening. A
 * resignation is one too ("following the resignation of the finance minister"): a person leaves a post once.
 */
const PERSON_FATES: ReadonlySet<EventType> = new Set<EventType>(['attack', 'killing', 'death', 'resignation']);
/** Determiners and possessives that make a person phrase a particular person ("his mother", "a 15-year-old boy", "the driver"). */
const PARTICULAR_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that']);

const depictingCache = new Map<string, boolean>();
/** A work that tells a story: a noun whose first WordNet sense is a kind of fiction, film, show, drama, narrative or publication ("novel", "film", "story", "book"). */
function isDepictingWord(word: string): boolean {
  return firstSenseIsKindOf(depictingCache, word, ['literary_composition', 'movie', 'show', 'dramatic_composition', 'narrative', 'publication'], 4, NOUN_COMMUNICATION);
}

/**
 * Is the fate noun at word w what a work tells of: hung by "about" or "of" on a novel, film, story or book,
 * directly, through another such phrase or as a copula's subject ("a crime novel about the murder of …", "a film
 * tells the story of the shooting of …", "the book is about the killing of …")? The killing is depicted, not told as having happened.
 */
function depicted(syn: Syntax, w: number): boolean {
  for (let k = w, hops = 0; hops < 2; hops++) {
    // "the book is about the killing of …": under a copula the work is the subject
    const up = dependents(syn, k, 'cop').length ? (dependents(syn, k, 'nsubj')[0] ?? -1) : syn.words[k].head;
    const marker = caseMarker(syn, k);
    if (up < 0 || (marker !== 'of' && marker !== 'about') || syn.words[up].upos !== 'NOUN') return false;
    if (isDepictingWord(syn.words[up].lemma.toLowerCase())) return true;
    k = up;
  }
  return false;
}

/**
 * A definite singular fate whose "of" phrase, by the parse, is one particular person ("the murder of his mother",
 * "the fatal shooting of a 15-year-old boy"): that person's killing, a happening in itself, as a named victim makes
 * one. A bare or plural phrase ("the killing of civilians") speaks of a kind or of a group (countedGroupFate).
 */
export function particularPersonFate(ctx: DocumentContext, type: EventType, plural: boolean, definite: boolean, trigger: number): boolean {
  const syn = ctx.syntax;
  if (!syn || plural || !definite || !PERSON_FATES.has(type)) return false;
  const noun = wordOfToken(syn, trigger);
  if (noun < 0 || depicted(syn, noun)) return false;
  const of = dependents(syn, noun, 'nmod', 'nmod:*').find((d) => d > noun && caseMarker(syn, d) === 'of');
  if (of === undefined) return false;
  const w = syn.words[of];
  // "the resignation of John Hale": a person's name is one particular person
  if (w.upos === 'PROPN') return ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, w.start)]]?.type === 'PER';
  // a plural head ("the deaths of their sons") is a group, particular only when counted
  if (w.upos !== 'NOUN' || w.lemma.toLowerCase() !== w.text.toLowerCase()) return false;
  // "the resignation of Britain's chancellor", "of the bank's governor": an owner makes the post-holder one person, as "his" does
  const particular = (d: number) => PARTICULAR_DETERMINERS.has(syn.words[d].text.toLowerCase()) || syn.words[d].deprel === 'nmod:poss';
  if (!dependents(syn, of, 'det', 'nmod:poss').some(particular)) return false;
  const [a, b] = tokenRange(ctx, subtreeSpan(syn, of, { trimPunct: true }));
  return rangeIs(ctx, a, b, 'person');
}

/**
 * Is the phrase one particular person, by the parse: a name ("Mr Hale") or a singular person noun with a particular
 * determiner ("the mayor", "a judge"), neither counted nor coordinated? Killing such a person is a happening of its
 * own; killing counted people ("three people", "12") is the toll of whatever else the sentence tells.
 */
export function particularVictim(ctx: DocumentContext, [a, b]: Range): boolean {
  const syn = ctx.syntax;
  if (!syn || b <= a) return false;
  const head = headOfSpan(syn, { start: ctx.toks[a].start, end: ctx.toks[b - 1].end });
  if (head === null || dependents(syn, head, 'nummod', 'conj').length > 0) return false;
  const w = syn.words[head];
  const [ha, hb] = tokenRange(ctx, subtreeSpan(syn, head, { trimPunct: true }));
  if (w.upos === 'PROPN') return ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, w.start)]]?.type === 'PER';
  // a plural head ("the mayors") is a group
  if (w.upos !== 'NOUN' || w.lemma.toLowerCase() !== w.text.toLowerCase()) return false;
  if (!dependents(syn, head, 'det', 'nmod:poss').some((d) => PARTICULAR_DETERMINERS.has(syn.words[d].text.toLowerCase()))) return false;
  return rangeIs(ctx, ha, hb, 'person');
}

/** Operations against a place: one on a named place ("Iraq's invasion of Kuwait", "the attack on Kabul") is a particular one. */
const PLACE_OPERATIONS: ReadonlySet<EventType> = new Set<EventType>(['military_operation', 'attack']);

/** Does a name the tagger calls a place stand in the range? */
function placeNamed(ctx: DocumentContext, [a, b]: Range): boolean {
  for (let k = a; k < b; k++) if (ctx.mentions[ctx.mentionAt[k]]?.type === 'LOC') return true;
  return false;
}

/**
 * A definite singular operation whose target or owner is a named place ("the invasion of Iraq", "Russia's
 * offensive", "the bombing of Belgrade") is that one operation, whatever clause it stands in.
 */
export function operationOnNamedPlace(ctx: DocumentContext, type: EventType, plural: boolean, definite: boolean, owner: Range, targets: Range[]): boolean {
  if (plural || !definite || !PLACE_OPERATIONS.has(type)) return false;
  const possessive = ctx.low.slice(owner[0], owner[1]).some((w) => w === "'s" || w === '’s');
  // "France's attack on the budget deficit", "Germany's invasion of privacy laws": a place's owner makes an
  // operation only on a place, people or a group, or on no one told
  const onPeople = targets.every((r) => placeNamed(ctx, r) || rangeIs(ctx, r[0], r[1], 'party'));
  return targets.some((r) => placeNamed(ctx, r)) || (possessive && placeNamed(ctx, owner) && onPeople);
}

/** Participles of holding people: a phrase they modify names captives ("the detained protesters", "soldiers captured in the war"). */
const HELD = new Set(['detain', 'capture', 'kidnap', 'abduct', 'jail', 'imprison', 'arrest', 'seize']);

/** Are the people of the range held: a noun in it that a participle of holding modifies, as the parse reads it (amod or acl)? */
export function heldPeople(ctx: DocumentContext, ranges: Range[]): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  for (const [a, b] of ranges)
    for (let k = a; k < b; k++) {
      const w = wordOfToken(syn, k);
      if (w < 0 || syn.words[w].upos !== 'NOUN') continue;
      if (dependents(syn, w, 'amod', 'acl').some((d) => HELD.has(syn.words[d].lemma.toLowerCase()))) return true;
    }
  return false;
}

/**
 * "Six people were in custody", "two suspects remained in detention": who a state of being held is told of is
 * the subject of the clause the noun completes (its own subject under a copula, or its verb's).
 */
export function heldSubject(ctx: DocumentContext, noun: number): Range | null {
  const syn = ctx.syntax;
  if (!syn) return null;
  const w = wordOfToken(syn, noun);
  if (w < 0) return null;
  let subj = dependents(syn, w, 'nsubj', 'nsubj:pass');
  const up = syn.words[w].head;
  if (!subj.length && up >= 0 && /^(obl|xcomp)/.test(syn.words[w].deprel)) subj = dependents(syn, up, 'nsubj', 'nsubj:pass');
  // a "that" the parse took for a subject beside the real one ("said that six people were …") is no one
  const who = subj.find((k) => syn.words[k].upos !== 'PRON') ?? subj[0];
  return who === undefined ? null : tokenRange(ctx, subtreeSpan(syn, who, { trimPunct: true }));
}

/**
 * The counted phrase an "of" opens at token j where word order found none ("the deaths of as many as 1.7 million
 * Cambodians"): a number that opens it (after a "the"), with the word it counts.
 */
export function countedPhraseAt(ctx: DocumentContext, j: number, to: number): Range | undefined {
  const open = ctx.low[j] === 'the' ? j + 1 : j;
  const n = findNumbers(ctx, j, Math.min(to, j + 10), { standalone: true }).find((x) => x.from === open && ctx.timeAt[x.core] < 0);
  return n ? [j, Math.min(to, n.end + 1)] : undefined;
}

/** What is done to people or places, told by a definite noun, is mostly a thing already done. */
const FUTURE_AUX = new Set(['will', 'shall']);
const DONE_FATES: ReadonlySet<EventType> = new Set<EventType>(['attack', 'killing', 'death', 'arrest', 'detention', 'raid', 'deportation', 'extradition', 'conviction']);

/**
 * "An inquiry will look at the deaths of …", "they will vote for him because of the slaying": a future or a plan
 * in the clause is the clause's, not that of the fate a definite noun names, unless the noun is the clause's own
 * subject or a happening one is "in" ("the raid will begin at dawn", "will take part in the raid" stay to come;
 * so does "will carry out the attack", a light verb), or the future is not the auxiliary of the noun's own verb.
 */
export function pastFateUnderFuture(ctx: DocumentContext, type: EventType, definite: boolean, noun: number): boolean {
  const syn = ctx.syntax;
  if (!syn || noun < 0 || !definite || !DONE_FATES.has(type)) return false;
  const rel = syn.words[noun].deprel;
  // "will take part in the raid", "will die in the attack": a happening one is in may be still to come
  if (rel.startsWith('nsubj') || rel === 'root' || rel === 'xcomp' || caseMarker(syn, noun) === 'in') return false;
  // only a future told by the auxiliary of the verb the noun hangs on: "seeking the arrest of 14 fugitives" asks for one to come
  const head = syn.words[noun].head;
  return head >= 0 && dependents(syn, head, 'aux').some((a) => FUTURE_AUX.has(syn.words[a].lemma.toLowerCase()));
}
