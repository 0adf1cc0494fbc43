// Formal acts told with a verb whose first WordNet sense is one of saying: "directors authorized a 3-for-2 split",
// "declared its first quarterly dividend", "said it will issue more warrants", "will submit the offer to its board".
// The lead and announced-deed rules take only verbs of doing (lead-deed.ts: deedVerb), which turns these down; but a
// verb of saying that also has a sense of a social act or a transfer (WordNet's verb.social, verb.possession) and
// whose object is a thing, not a person and not a message, does something to that thing: it grants, issues, hands
// over or gives up. Pure verbs of speech ("said", "told", "described", "announced") have no such sense and stay out;
// so does such a verb whose object is a message ("issued a rallying cry").
import type { DocumentContext } from '../../context/document.js';
import { installedWordNet } from '../../lexicons/wordnet.js';
import { NOUN_COMMUNICATION, firstNounSenseFile, firstVerbSenseFile } from '../../senses/word-senses.js';
import { caseMarker, dependents, objects } from '../../syntax/query.js';

/** WordNet's verb.communication (32): the first sense of the verbs this rule reads again. */
const VERB_COMMUNICATION = 32;
/** WordNet's verb.possession (40) and verb.social (41). */
const ACT_FILES = new Set([40, 41]);

const actSenseCache = new Map<string, boolean>();

/** Has the verb lemma a WordNet sense of a social act or a transfer? Memoised; false without WordNet. */
function hasActSense(lemma: string): boolean {
  let yes = actSenseCache.get(lemma);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  yes = !!wn && wn.synsets(lemma, 'v').some((id) => ACT_FILES.has(wn.lexFile(id)));
  actSenseCache.set(lemma, yes);
  return yes;
}

/**
 * Is verb v (a word of the parse) a formal act (see above): a verb of saying by its first sense with another sense of a social act or a transfer whose
 * objects are all things, no message and none of them a name or an entity the text resolves? `party` tells whether a word can act
 * (lead-deed.ts), so a person or a body as the object ("authorized the chairman") keeps the verb out.
 */
export function formalAct(ctx: DocumentContext, v: number, party: (w: number) => boolean): boolean {
  const syn = ctx.syntax;
  const lemma = syn ? syn.words[v].lemma.toLowerCase() : '';
  if (!syn || firstVerbSenseFile(lemma) !== VERB_COMMUNICATION || !hasActSense(lemma)) return false;
  // an oblique with no case word is an object the parser misread ("will issue an additional 243,677 of the warrants"),
  // unless it is a time ("confirmed yesterday that …")
  const misread = dependents(syn, v, 'obl').filter((o) => !caseMarker(syn, o) && ctx.timeAt[syn.words[o].token] < 0);
  const objs = [...objects(syn, v), ...misread];
  return objs.length > 0 && objs.every((o) => thing(syn.words[o]) && !party(o));
}

/** Is the word a thing acted on: a number standing for things ("issue 243,677 of the warrants") or a common noun whose first WordNet sense is no message (noun.communication: "a rallying cry", "a statement" are speech)? */
function thing(word: { upos: string; lemma: string }): boolean {
  if (word.upos === 'NUM') return true;
  if (word.upos !== 'NOUN') return false;
  const file = firstNounSenseFile(word.lemma.toLowerCase());
  return file >= 0 && file !== NOUN_COMMUNICATION;
}
