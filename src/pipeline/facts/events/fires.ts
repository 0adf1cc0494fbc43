// A fire that broke out: "a fast-moving fire destroyed the warehouse", "evacuated after a huge fire at a store".
// WordNet's first sense of "fire" (and of "conflagration", "wildfire") is the event of something burning, a
// happening of no listed type; but the word is as often shooting ("opened fire", "sniper fire") or criticism
// ("came under fire"). The parse tells the happening: the fire is what a clause tells of (its subject), or it
// is placed ("a fire at a store", "the fire in the kitchen"), or another happening followed it or was in it ("evacuated
// after a fire", "died in a fire"); a bare word ("Fire is dangerous", "sniper fire") is no particular fire.
// Shooting is a mass noun, a burning fire a count one: after or in a clause's happening, a fire with an
// adjective but no determiner ("wounded in heavy fire", "pinned down after heavy fire from the ridge") is
// shooting; "by" gives the means ("wounded by friendly fire"), and a subject fire "of" something ("the fire of
// his speeches") is a quality, not a blaze.
import type { EventType } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { caseMarker, dependents, wordOfToken } from '../../syntax/query.js';
import type { NounEntry } from '../../lexicons/events.js';
import { firstSenseIsKindOf } from '../../senses/word-senses.js';

/** WordNet's lexicographer file of nouns for happenings (noun.event). */
const NOUN_EVENT = 11;
/** Case markers of a phrase that places a fire ("a fire at the depot", "a fire in the kitchen"). */
const PLACING_CASES = new Set(['at', 'in', 'on', 'inside']);

/** Case markers of a fire as what another happening followed or was in ("after a fire", "in a fire"); not "under fire", "on fire", nor "by fire" (the means: "wounded by friendly fire"). */
const OCCASION_CASES = new Set(['after', 'following', 'during', 'in', 'since']);

const fireCache = new Map<string, boolean>();
/** Is the word's first WordNet noun sense the burning happening "fire", or a kind of it ("conflagration", "wildfire")? */
function isFireWord(word: string): boolean {
  return firstSenseIsKindOf(fireCache, word, ['fire'], 2, NOUN_EVENT);
}

/**
 * The noun entry of a fire that happened at token i: a fire word (by WordNet) that the parse makes a clause's
 * subject or gives a placing phrase of its own. Undefined otherwise, or without a parse.
 */
export function fireNoun(ctx: FactsContext, i: number): NounEntry | undefined {
  const syn = ctx.syntax;
  if (!syn) return undefined;
  const w = wordOfToken(syn, i);
  if (w < 0 || syn.words[w].upos !== 'NOUN' || !isFireWord(ctx.low[i])) return undefined;
  const word = syn.words[w];
  const subject = word.deprel === 'nsubj' || word.deprel === 'nsubj:pass';
  const placed = word.deprel !== 'obj' && dependents(syn, w, 'nmod', 'nmod:*').some((d) => d > w && PLACING_CASES.has(caseMarker(syn, d) ?? ''));
  // "evacuated after a huge fire", "died in a fire", "destroyed by a fire": what a clause's happening followed or was in
  const occasion = OCCASION_CASES.has(caseMarker(syn, w) ?? '');
  if (!subject && !placed && !occasion) return undefined;
  // "the fire of his speeches": a quality of something, not a blaze
  if (subject && dependents(syn, w, 'nmod', 'nmod:*').some((d) => d > w && caseMarker(syn, d) === 'of')) return undefined;
  // "pinned down after heavy fire": a singular fire with no determiner that a happening followed or was in is shooting (a mass noun)
  const plural = word.lemma.toLowerCase() !== ctx.low[i];
  if (!subject && !plural && !dependents(syn, w, 'det', 'nmod:poss').length) return undefined;
  // "Fire is dangerous", "sniper fire": a bare word speaks of fire in general, or of shooting; a fire that
  // happened is one ("a fire", "the fire") or a kind of one ("huge fires")
  if (!dependents(syn, w, 'det', 'nmod:poss', 'amod').length) return undefined;
  const type: EventType = 'other';
  return { type, lemma: word.lemma.toLowerCase(), plural };
}
