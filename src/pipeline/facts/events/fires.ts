// A fire that broke out: "a fast-moving fire destroyed the warehouse", "evacuated after a huge fire at a store".
// WordNet's first sense of "fire" (and of "conflagration", "wildfire") is the event of something burning, a
// happening of no listed type; but the word is as often shooting ("opened fire", "sniper fire") or criticism
// ("came under fire"). The parse tells the happening: the fire is what a clause tells of (its subject), or it
// is placed ("a fire at a store", "the fire in the kitchen"), or another happening followed it or was in it ("evacuated
// after a fire", "died in a fire"); a bare word ("Fire is dangerous", "sniper fire") is no particular fire.
// Shooting is a mass noun, a burning fire a count one: after or in a clause's happening, a fire with an
// adjective but no determiner ("wounded in heavy fire", "pinned down after heavy fire from the ridge") is
// shooting; "by" gives the means ("wounded by friendly fire"), and a subject fire "of" something ("the fire of
// his speeches") is a quality, not a blaze. A fire is one too where it is what something caught ("the barn caught
// fire"), where a clause's object fire is placed by that clause ("reported a fire at the mill", "fought a fire in
// the warehouse"; a determiner or adjective still needed, so "opened fire at the crowd" stays shooting), or where a
// relative clause tells what it did ("the fire which began on the roof"); not one an attack set going ("caught fire
// after youths hurled petrol bombs"), which is the attack's work, nor a capitalised word inside a sentence ("Catching Fire").
import type { EventType } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import type { Syntax } from '../../../types.js';
import { caseMarker, dependents, relativeClauses, sentenceOfWord, subtree, wordOfToken } from '../../syntax/query.js';
import type { NounEntry } from '../../lexicons/events.js';
import { WEAPONS } from '../../senses/word-senses.js';
import { installedWordNet, isKindOf, rememberedPerWordNet } from '../../lexicons/wordnet.js';
import { EVENT_NOUNS } from '../../lexicons/events.js';

/** WordNet's lexicographer file of nouns for happenings (noun.event). */
const NOUN_EVENT = 11;
/** Case markers of a phrase that places a fire ("a fire at the depot", "a fire in the kitchen"). */
const PLACING_CASES = new Set(['at', 'in', 'on', 'inside']);

/** Case markers of a fire as what another happening followed or was in ("after a fire", "in a fire"); not "under fire", "on fire", nor "by fire" (the means: "wounded by friendly fire"). */
const OCCASION_CASES = new Set(['after', 'following', 'during', 'in', 'since']);

/** Case markers that place a fire a clause tells of as its object ("reported a fire at the yard"); not "on", which aims shooting ("opened heavy fire on the crowd"). */
const OBJECT_PLACING_CASES = new Set(['at', 'in', 'inside']);

/** Is word w, after word `after`, a phrase that places a fire told as an object? */
const placesAfter = (syn: Syntax, w: number, after: number) => w > after && OBJECT_PLACING_CASES.has(caseMarker(syn, w) ?? '');

/** "the barn caught fire", "reported a fire at the mill", "the fire which began on the roof": a fire told by the clause around it. */
function toldByClause(syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  const verb = word.head;
  if (word.deprel === 'obj' && verb >= 0) {
    if (syn.words[verb].lemma.toLowerCase() === 'catch') return true;
    if (dependents(syn, verb, 'obl', 'obl:*').some((o) => placesAfter(syn, o, w))) return true;
    if (dependents(syn, w, 'nmod', 'nmod:*').some((d) => placesAfter(syn, d, w))) return true;
  }
  // a relative clause whose subject is the relative word: the fire did something ("which began", "that destroyed")
  return relativeClauses(syn, w).some((v) => dependents(syn, v, 'nsubj').some((s) => syn.words[s].upos === 'PRON'));
}

/** Markers of a clause or phrase that tells what set a fire going ("caught fire after youths hurled petrol bombs", "in firebomb attacks"). */
const CAUSE_MARKERS = new Set(['after', 'in', 'during', 'following', 'when']);

/** Does the verb that tells of the fire (or the fire word) have a phrase or clause of attack words under one of CAUSE_MARKERS: the fire is the attack's work? */
function setByAttack(syn: Syntax, verb: number, fire: number): boolean {
  // the parse may hang the "after" phrase on the fire itself
  return [...dependents(syn, verb, 'advcl', 'obl', 'obl:*'), ...dependents(syn, fire, 'nmod', 'nmod:*')].some((d) => {
    const marker = caseMarker(syn, d) ?? dependents(syn, d, 'mark').map((m) => syn.words[m].text.toLowerCase())[0];
    // a clause with no marker of its own often belongs to an "after" the parse hung elsewhere ("after youths broke in and hurled bombs")
    if (marker === undefined ? syn.words[d].deprel !== 'advcl' : !CAUSE_MARKERS.has(marker)) return false;
    return subtree(syn, d).some((k) => {
      const low = syn.words[k].text.toLowerCase();
      return WEAPONS.has(low) || EVENT_NOUNS.get(low)?.type === 'attack';
    });
  });
}

/** The lemma (and so the theme) of every fire word: "the fire" and "the conflagration" of one story are one happening. */
const FIRE = 'fire';
/** Is word w the first of its sentence? */
function sentenceInitial(syn: Syntax, w: number): boolean {
  return syn.sentenceWordStart[sentenceOfWord(syn, w)] === w;
}

/** WordNet's lexicographer file of nouns for natural phenomena (noun.phenomenon): "fire, flame" as burning matter. */
const NOUN_PHENOMENON = 22;

/**
 * Is the word's first WordNet noun sense the burning happening "fire", or a kind of it ("conflagration", "wildfire")?
 * Or a kind of the flame WordNet files as a phenomenon, not that flame itself: "blaze" (a strong flame), which news
 * uses for a fire that broke out; "flames" themselves are as often a bomb's or a torch's. Asked of every noun of
 * every article: answered once per word, its first sense looked up once.
 */
const isFireWordIn = rememberedPerWordNet((wn, word) => {
  const first = wn.synsets(word, 'n')[0];
  if (!first) return false;
  const fireWithin = (maxHops: number, lexFile: number) => isKindOf(wn, first, (syn) => syn.lexFile === lexFile && syn.words.includes(FIRE), { maxHops });
  return fireWithin(2, NOUN_EVENT) || (fireWithin(1, NOUN_PHENOMENON) && !fireWithin(0, NOUN_PHENOMENON));
});

function isFireWord(word: string): boolean {
  const wn = installedWordNet();
  return wn ? isFireWordIn(wn, word) : false;
}

/**
 * The noun entry of a fire that happened at token i: a fire word (by WordNet) that the parse makes a clause's
 * subject or gives a placing phrase of its own. Undefined otherwise, or without a parse.
 */
export function fireNoun(ctx: DocumentContext, i: number): NounEntry | undefined {
  const syn = ctx.syntax;
  if (!syn) return undefined;
  const w = wordOfToken(syn, i);
  if (w < 0 || syn.words[w].upos !== 'NOUN' || !isFireWord(ctx.low[i])) return undefined;
  const word = syn.words[w];
  // "Catching Fire", "the Fire Brigade": a capitalised fire word inside a sentence is a name's word
  if (/^[A-Z][a-z]/.test(word.text) && !sentenceInitial(syn, w)) return undefined;
  // "a bank caught fire after youths hurled petrol bombs", "caught fire in firebomb attacks": the attack's work, not a fire of its own
  if (word.deprel === 'obj' && word.head >= 0 && setByAttack(syn, word.head, w)) return undefined;
  const subject = word.deprel === 'nsubj' || word.deprel === 'nsubj:pass';
  const placed = word.deprel !== 'obj' && dependents(syn, w, 'nmod', 'nmod:*').some((d) => d > w && PLACING_CASES.has(caseMarker(syn, d) ?? ''));
  // "evacuated after a huge fire", "died in a fire", "destroyed by a fire": what a clause's happening followed or was in
  const occasion = OCCASION_CASES.has(caseMarker(syn, w) ?? '');
  const told = toldByClause(syn, w);
  if (!subject && !placed && !occasion && !told) return undefined;
  // "the roof caught fire": what caught it burnt, with or without a determiner
  if (word.deprel === 'obj' && syn.words[word.head].lemma.toLowerCase() === 'catch') return { type: 'other', lemma: FIRE, plural: false };
  // "the fire of his speeches": a quality of something, not a blaze
  if (subject && dependents(syn, w, 'nmod', 'nmod:*').some((d) => d > w && caseMarker(syn, d) === 'of')) return undefined;
  // "pinned down after heavy fire": a singular fire with no determiner that a happening followed or was in is shooting (a mass noun)
  const plural = word.lemma.toLowerCase() !== ctx.low[i];
  if (!subject && !plural && !dependents(syn, w, 'det', 'nmod:poss').length) return undefined;
  // "Fire is dangerous", "sniper fire": a bare word speaks of fire in general, or of shooting; a fire that
  // happened is one ("a fire", "the fire") or a kind of one ("huge fires")
  if (!dependents(syn, w, 'det', 'nmod:poss', 'amod').length) return undefined;
  const type: EventType = 'other';
  return { type, lemma: FIRE, plural };
}
