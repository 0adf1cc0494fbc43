// "A shopkeeper described the smoke over the roofs. ¶ “…,” he said": a person the sentence before
// introduces by an indefinite description as its main clause's subject, with no one named there or
// since, is who a "he" or "she" right after goes back to (not a name farther up the article, nor a
// place the tagger typed a person).
import type { DocumentContext } from '../context/document.js';
import { dependents, subjects } from '../syntax/query.js';
import { PERSON_DESCRIPTORS, PERSON_NOUNS } from '../lexicons/nouns.js';
import { isPersonItself, isPersonWord } from '../senses/word-senses.js';
import type { TokenRange } from './phrase-tokens.js';

/** Articles that introduce someone new ("a shopkeeper", "another witness", "one friend"). */
const INTRODUCING: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** A noun for a person: the lists', or one whose first WordNet sense is a person (WordNet spells "neighbour" or "saviour" the American way). */
function forPerson(noun: string): boolean {
  if (PERSON_DESCRIPTORS.has(noun) || PERSON_NOUNS.has(noun) || !/^[a-z][a-z-]+$/.test(noun)) return PERSON_DESCRIPTORS.has(noun) || PERSON_NOUNS.has(noun);
  const american = noun.replace(/our$/, 'or');
  return isPersonWord(noun) || isPersonItself(noun) || (american !== noun && isPersonWord(american));
}

/** The gender a pronoun ("he", "his", "she", "her") asks for. */
const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

/**
 * The tokens of such a description (its noun phrase up to its head noun) for the pronoun at token i;
 * else null, also where the noun's form says the other gender ("a local woman" for "he").
 */
export function describedSubjectBefore(ctx: DocumentContext, i: number): TokenRange | null {
  const syn = ctx.syntax;
  const s = ctx.toks[i].sentence;
  if (!syn || s === 0) return null;
  const prev = s - 1;
  let root = -1;
  for (let w = syn.sentenceWordStart[prev]; w < syn.sentenceWordStart[prev + 1] && root < 0; w++) if (syn.words[w].head < 0) root = w;
  if (root < 0 || syn.words[root].upos !== 'VERB') return null;
  const subj = subjects(syn, root)[0];
  if (subj === undefined || subj < syn.sentenceWordStart[prev] || syn.words[subj].upos !== 'NOUN') return null;
  const head = syn.words[subj];
  if (!forPerson(head.lemma.toLowerCase()) || ctx.mentionAt[head.token] >= 0) return null;
  const det = dependents(syn, subj, 'det', 'nummod')[0];
  if (det === undefined || !INTRODUCING.has(ctx.low[syn.words[det].token])) return null;
  // someone named in that sentence or before the pronoun in its own may be who it is
  for (let t = ctx.sentStart[prev]; t < i; t++) {
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    if (m?.type === 'PER' && ctx.quoteAt[t] < 0) return null;
  }
  const want = PRONOUN_GENDER[ctx.low[i]];
  const form = /woman$/.test(ctx.low[head.token]) ? 'f' : /man$/.test(ctx.low[head.token]) ? 'm' : undefined;
  if (want && form && want !== form) return null;
  const a = syn.words[det].token;
  return a < head.token ? { a, b: head.token + 1 } : null;
}
