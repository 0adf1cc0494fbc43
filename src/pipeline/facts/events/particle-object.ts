// "gunned down two women", "blew up the depot": the parse may read a verb's particle as the preposition of the noun
// after it (an obl "down two women" on the verb), or keep the particle but hang that noun as a bare adverbial
// (obl:unmarked), and leave the verb with no object; that noun is what the verb acts on.
import type { Syntax } from '../../../types.js';
import { dependents, relationMatches, subtree, wordOfToken } from '../../syntax/query.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The noun (parse word) whose phrase follows a verb's one-word particle at token `particle`, hung on the verb as no object; or none. */
export function particleObject(syn: Syntax, verb: number, particle: number): number[] {
  const p = wordOfToken(syn, particle);
  if (p < 0) return [];
  const opensRightAfter = (n: number) => NOMINAL.has(syn.words[n].upos) && subtree(syn, n)[0] === p + 1;
  if (syn.words[p].deprel === 'compound:prt' && syn.words[p].head === verb) return dependents(syn, verb, 'obl:unmarked').filter(opensRightAfter);
  if (syn.words[p].deprel !== 'case') return [];
  const noun = syn.words[p].head;
  // the particle opens the noun's phrase right after the verb, and that phrase hangs on the verb itself
  if (noun <= p || syn.words[noun].head !== verb || !relationMatches(syn.words[noun].deprel, 'obl')) return [];
  return [noun];
}
