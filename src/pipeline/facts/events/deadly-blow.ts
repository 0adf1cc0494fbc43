// "A guard was shot dead", "was beaten to death", "was fatally shot": a verb of striking whose result the parse gives as
// death names a killing, though the verb alone ("shot", "beaten") names none. "Fell to his death", "plunged to her
// death": a verb of moving (WordNet's verb.motion) with death as its result names a death, by no one's hand.
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import type { VerbEntry } from '../../lexicons/events.js';
import { installedWordNet, isKindOf, type WordNet } from '../../lexicons/wordnet.js';
import { caseMarker, children, dependents, sentenceOfWord, wordOfToken } from '../../syntax/query.js';
import { firstVerbSenseFile } from '../../senses/word-senses.js';

/** WordNet synsets a verb of striking lies under: hitting or wounding someone, or killing outright. */
const BLOW_ROOTS = ['hit', 'strike', 'kill', 'injure', 'beat_up'];
/** Only a verb's commonest senses count: "crushed", "burned" or "trampled to death" are mostly accidents. */
const SENSES_READ = 2;
const blowCache = new Map<string, boolean>();

function isVerbOfStriking(lemma: string): boolean {
  let yes = blowCache.get(lemma);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  yes = !!wn && wn.synsets(verbBase(wn, lemma), 'v').slice(0, SENSES_READ).some((id) => isKindOf(wn, id, (s) => s.words.some((w) => BLOW_ROOTS.includes(w)), { maxHops: 3 }));
  blowCache.set(lemma, yes);
  return yes;
}

/**
 * The verb's base form for WordNet: the parse's lemma, or, where WordNet has no verb of that spelling, a strong
 * participle's stem ("beaten" → "beat", "shaken" → "shake"), which the treebank's lemmas may leave unreduced.
 */
function verbBase(wn: WordNet, lemma: string): string {
  if (wn.synsets(lemma, 'v').length > 0) return lemma;
  for (const strip of ['en', 'n'])
    if (lemma.length > strip.length + 2 && lemma.endsWith(strip) && wn.synsets(lemma.slice(0, -strip.length), 'v').length > 0) return lemma.slice(0, -strip.length);
  return lemma;
}

/** Adverbs that give a blow death as its result: "was fatally shot", "mortally wounded". */
const DEADLY_MANNER = new Set(['fatally', 'mortally']);

/** Words that open a noun phrase: after one, "fatally wounded" describes the noun that follows. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/**
 * "her fatally wounded body", "the fatally injured driver": a participle before its noun, after a determiner or a
 * possessive, describes that noun (as "the jailed tycoon" does), however the parse hangs it.
 */
function describesNoun(syn: Syntax, verb: number, adverb: number): boolean {
  return syn.words[verb].deprel === 'amod' || PHRASE_OPENERS.has(syn.words[adverb - 1]?.text.toLowerCase() ?? '');
}

/** Does the parse give the verb a result of death: "dead" as its complement, a "to death" phrase, or "fatally"? */
function deathAsResult(syn: Syntax, verb: number): boolean {
  const toDeath = (d: number) => syn.words[d].lemma.toLowerCase() === 'death' && caseMarker(syn, d) === 'to';
  // one walk over the verb's dependents, each read by its relation: asked of every verb of every article
  for (const d of children(syn, verb)) {
    const deprel = syn.words[d].deprel;
    if (deprel === 'xcomp' && syn.words[d].lemma.toLowerCase() === 'dead') return true;
    if (deprel === 'advmod' && DEADLY_MANNER.has(syn.words[d].text.toLowerCase()) && !describesNoun(syn, verb, d)) return true;
    if (deprel === 'obl' && toDeath(d)) return true;
    if (deprel !== 'obj') continue;
    // "strangled his neighbour to death": the parse may hang the phrase on the object instead
    if (dependents(syn, d, 'nmod').some(toDeath)) return true;
    // "shot dead two guards", "shot two guards dead": the parse hangs "dead" on the object, right after the verb
    // or after the object's head (where no English adjective describes its noun)
    if (dependents(syn, d, 'amod').some((a) => syn.words[a].lemma.toLowerCase() === 'dead' && (a === verb + 1 || a > d))) return true;
  }
  return false;
}

/** WordNet's verb.motion (38): falling, plunging, jumping. */
const VERB_MOTION = 38;

/**
 * The killing a verb of striking names at token i with death as its result, or the death a verb of moving names
 * ("fell to his death"), as a trigger entry, with its parse word.
 */
export function deadlyBlow(ctx: DocumentContext, i: number): { entry: VerbEntry; word: number } | null {
  const syn = ctx.syntax;
  const word = syn ? wordOfToken(syn, i) : -1;
  if (!syn || word < 0 || syn.words[word].upos !== 'VERB') return null;
  const lemma = syn.words[word].lemma.toLowerCase();
  // read as "kill", so the killing's own sense checks (a living victim) apply
  if (deathAsResult(syn, word) && isVerbOfStriking(lemma)) return { entry: { type: 'killing', lemma: 'kill', form: 'ed' }, word };
  // read as "die", so a death's own checks (a living subject: "the craze died") apply
  if (firstVerbSenseFile(lemma) === VERB_MOTION && ownDeath(syn, word)) return { entry: { type: 'death', lemma: 'die', form: 'ed' }, word };
  return null;
}

/**
 * Is the verb's result the mover's own death, "to his death", "to their deaths" (a possessive on the noun)? "Led to the
 * death of three workers" tells a cause, not a fall.
 */
function ownDeath(syn: Syntax, verb: number): boolean {
  const toOwnDeath = (d: number) => syn.words[d].lemma.toLowerCase() === 'death' && caseMarker(syn, d) === 'to' && dependents(syn, d, 'nmod:poss').length > 0;
  // "fell 700 meters to his own death": the parse may hang the phrase on the distance
  const distances = dependents(syn, verb, 'obj', 'obl:unmarked');
  if (dependents(syn, verb, 'obl').some(toOwnDeath) || distances.some((o) => dependents(syn, o, 'nmod').some(toOwnDeath))) return true;
  // "fallen 2 , 000ft to his death , police said": a distance split at its comma may send the phrase under a later
  // verb; it is still the fall's result when it lies within the verb's phrase with no other verb between them
  for (let d = verb + 1; d < syn.words.length && sentenceOfWord(syn, d) === sentenceOfWord(syn, verb); d++) {
    const upos = syn.words[d].upos;
    if (upos === 'VERB' || upos === 'AUX') return false;
    if (toOwnDeath(d) && hangsUnder(syn, d, verb)) return true;
  }
  return false;
}

/** Does the parse hang word w, however deep, under word top? */
function hangsUnder(syn: Syntax, w: number, top: number): boolean {
  for (let h = syn.words[w].head, steps = 0; h >= 0 && steps < syn.words.length; h = syn.words[h].head, steps++) if (h === top) return true;
  return false;
}
