// A person's name right after a noun for a ship names the ship ("the aircraft carrier John F.
// Kennedy", "an aircraft carrier -- the John F. Kennedy --"), which CoNLL and the gold files type MISC,
// though the tagger reads the person. The noun is read off the parse: the word before the name
// (past the name's own determiner and a dash), a common noun in a determined phrase, tied to the
// name by the parse (at most two arcs apart: this parser often hangs both off the verb). WordNet
// decides it: the noun's first, most frequent sense is a ship ("frigate", "tanker"), or that of its
// compound with the word before ("aircraft_carrier"). So "the letter carrier Mary Jones" (a
// mailman), "our carrier X" (a person first) and "the sub X" (a sandwich first; WordNet lacks the
// substitute) stay people, and so does "second-half sub X" (no determiner). Titled names stay
// people; the result settles the type.
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../lexicons/wordnet.js';
import { sentenceOfWord, wordsInSpan } from '../syntax/query.js';
import { isCommonWord } from './sentence-start.js';
import { afterShipPrefix } from './ship-prefixes.js';

const DASHES: ReadonlySet<string> = new Set(['--', '—', '–', '-']);

const cache = new Map<string, boolean>();

/** Whether the noun's first WordNet sense (its most frequent, where counted) is a kind of ship; null when WordNet lacks the noun. */
function firstSenseShip(wn: WordNet, lemma: string): boolean | null {
  const known = cache.get(lemma);
  if (known !== undefined) return known;
  const first = wn.synsets(lemma, 'n')[0];
  if (first === undefined) return null;
  const found = isKindOf(wn, first, (s) => s.words[0] === 'ship', { maxHops: 4 });
  cache.set(lemma, found);
  return found;
}

/** Whether words a and b are at most two arcs apart in the parse (one heads the other, one word
 *  between, or both hang off one word). */
function near(syntax: Syntax, a: number, b: number): boolean {
  const up = (w: number) => syntax.words[w].head;
  const pa = up(a);
  const pb = up(b);
  return pa === b || pb === a || (pa >= 0 && (pa === pb || up(pa) === b)) || (pb >= 0 && up(pb) === a);
}

/** Whether word `w` has a determiner among its dependents. */
function determined(syntax: Syntax, w: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (syntax.words[i].head === w && syntax.words[i].deprel.startsWith('det') && syntax.words[i].upos === 'DET') return true;
  return false;
}

/** The ship noun the parse puts before the mention, or null. */
function shipNounBefore(syntax: Syntax, m: Mention, wn: WordNet): number | null {
  const inside = wordsInSpan(syntax, m);
  if (inside.length === 0) return null;
  const own = new Set(inside);
  const s = sentenceOfWord(syntax, inside[0]);
  const from = syntax.sentenceWordStart[s];
  const to = syntax.sentenceWordStart[s + 1] ?? syntax.words.length;
  const head = inside.find((w) => !own.has(syntax.words[w].head)) ?? inside[0];
  let k = inside[0] - 1;
  // "-- the John F. Kennedy": the name's own determiner, then a dash
  const nameDet = k >= from && syntax.words[k].upos === 'DET' && own.has(syntax.words[k].head);
  if (nameDet) k--;
  if (k >= from && DASHES.has(syntax.words[k].text)) k--;
  if (k < from) return null;
  const noun = syntax.words[k];
  if ((noun.upos !== 'NOUN' && noun.upos !== 'ADJ') || !/^\p{Ll}+$/u.test(noun.text)) return null;
  // tied by the parse: the noun modifies the name, or is two arcs from its head at most (this parser
  // often hangs both off the verb, or reads "the carrier [that] X sailed")
  if (!own.has(noun.head) && !near(syntax, k, head)) return null;
  if (!nameDet && !determined(syntax, k, from, to) && !determined(syntax, head, from, to)) return null;
  const before = k - 1 >= from ? syntax.words[k - 1] : null;
  const compound = before && before.head === k && before.deprel === 'compound' ? firstSenseShip(wn, `${before.text.toLowerCase()}_${noun.text}`) : null;
  const ship = compound ?? firstSenseShip(wn, noun.text);
  return ship ? k : null;
}

export function typeVesselNames(mentions: Mention[], syntax: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn || !syntax) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title || shipNounBefore(syntax, m, wn) === null) return m;
    const typed: Mention = { ...m, type: 'MISC' };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}

/**
 * "INS Tavor", "MV Ola Berg": a name the tagger typed as anything after a ship's prefix is the ship
 * (MISC), settled. Where the article also writes the name alone ("… Tavor then fired"), that short
 * form is the ship too and is typed with it: the article's resolution joins the two only when their
 * types agree, and a ship typed apart from its short form split one entity in two (session 58).
 */
export function typeShipPrefixedNames(mentions: Mention[], casing: ReadonlyMap<string, number>): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const shortForms = new Set<string>();
  const out = mentions.map((m) => {
    const rest = afterShipPrefix(m.text);
    if (rest === null || m.title) return m;
    const words = rest.split(/\s+/u);
    if (words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !isCommonWord(w, casing))) return m;
    shortForms.add(rest);
    const typed: Mention = { ...m, type: 'MISC' };
    settled.add(typed);
    return typed;
  });
  return {
    mentions: out.map((m) => {
      if (!shortForms.has(m.text) || m.title || settled.has(m)) return m;
      const typed: Mention = { ...m, type: 'MISC' };
      settled.add(typed);
      return typed;
    }),
    settled,
  };
}
