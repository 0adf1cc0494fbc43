// Whether a phrase the parse made an event's target can be one. Whom someone arrests, detains,
// charges, kills, deports or fines is a person or a group (or a thing: a vessel, a building), never
// an amount, an act, a document or an idea: "fined him 500 million rubles" (noun.quantity),
// "charges of money laundering" (noun.possession). WordNet's lexicographer file of the head noun's
// most frequent sense says which; a noun with any person or group sense, a noun WordNet lacks, a
// name, a pronoun and a number stay targets. Deals are not asked about: shares and stakes are what
// they are about.
import type { EventType, Span } from '../../../types.js';
import { firstTokenAtOrAfter, type FactsContext } from '../../context/document.js';
import { installedWordNet } from '../../../corpus/events/wordnet.js';
import { dependents, headOfSpan } from '../../syntax/query.js';
import type { Range } from './mentions.js';

/** WordNet lexicographer files (lexnames). */
const NOUN_ANIMAL = 5;
const NOUN_GROUP = 14;
const NOUN_PERSON = 18;
const NOUN_ACT = 4;
const NOUN_ARTIFACT = 6;
const NOUN_LOCATION = 15;
/** Kinds that are no one an event can happen to: act, attribute, cognition, communication, event,
 *  feeling, motive, phenomenon, possession, process, quantity, relation, state, time. */
const NO_UNDERGOER = new Set([4, 7, 9, 10, 11, 12, 16, 19, 21, 22, 23, 24, 26, 28]);

/** Events whose target is who undergoes them: a person or a group (or a vessel, a building …: kept when
 *  WordNet says a thing); a sanction's too (the fine it imposes is no target). A deal's target may be
 *  shares or a stake: those are not asked about. */
export const UNDERGONE: ReadonlySet<EventType> = new Set(['arrest', 'detention', 'release', 'killing', 'death', 'charge', 'prosecution', 'conviction', 'sentencing', 'deportation', 'extradition', 'sanction']);

const cache = new Map<string, number[]>();

function lexFiles(lemma: string): number[] {
  let out = cache.get(lemma);
  if (!out) {
    const wn = installedWordNet();
    out = wn ? wn.synsets(lemma, 'n').map((id) => wn.lexFile(id)) : [];
    cache.set(lemma, out);
  }
  return out;
}

/**
 * Can the noun name a deed someone is accused of: an act in one of its senses, its most frequent sense
 * no one, no group, no place and no thing ("fraud", "murder", "two counts"; not "a knife" or "the leader").
 */
export function actNoun(lemma: string): boolean {
  const kinds = lexFiles(lemma.toLowerCase());
  return kinds.includes(NOUN_ACT) && ![NOUN_PERSON, NOUN_GROUP, NOUN_ANIMAL, NOUN_ARTIFACT, NOUN_LOCATION].includes(kinds[0]);
}

/**
 * The part of the token range that may be a target of an event of this type: the range itself, or
 * none. Where the parse hung a name on an amount ("fined Okke 300,000 dollars", Okke a compound of
 * "dollars"), the name is kept.
 */
export function targetPart(ctx: FactsContext, type: EventType, range: Range): Range | null {
  const syn = ctx.syntax;
  const [a, b] = range;
  if (!syn || b <= a) return range;
  const span: Span = { start: ctx.toks[a].start, end: ctx.toks[b - 1].end };
  const head = headOfSpan(syn, span);
  if (head === null) return range;
  if (!UNDERGONE.has(type)) return range;
  const w = syn.words[head];
  if (w.upos !== 'NOUN') return range;
  // a head inside a name is the name's ("Epsilon Data Management Inc")
  const at = firstTokenAtOrAfter(ctx.toks, w.start);
  if (at < ctx.toks.length && ctx.mentionAt[at] >= 0) return range;
  const kinds = lexFiles(w.lemma.toLowerCase());
  if (!kinds.length || kinds.some((k) => k === NOUN_PERSON || k === NOUN_GROUP || k === NOUN_ANIMAL)) return range;
  // the word's most frequent sense
  if (!NO_UNDERGOER.has(kinds[0])) return range;
  const name = dependents(syn, head, 'compound').find((d) => syn.words[d].upos === 'PROPN' && syn.words[d].start >= span.start);
  if (name === undefined) return null;
  const from = firstTokenAtOrAfter(ctx.toks, syn.words[name].start);
  const to = firstTokenAtOrAfter(ctx.toks, syn.words[name].end);
  return to > from && to <= b ? [from, to] : null;
}
