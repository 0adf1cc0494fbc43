// A person the article tells was killed ("the attacker murdered Mayor Ana Roe in 1998"): not who a
// later description speaks for ("the mayor said"), where the article titles another person so too.
import type { Mention } from '../../types.js';
import type { DocumentContext } from '../context/document.js';
import { dependents, headOfSpan, relationMatches } from '../syntax/query.js';

/** Past forms of the verbs of killing that take the dead as their object. */
const KILLING_VERBS: ReadonlySet<string> = new Set(['killed', 'murdered', 'slain', 'assassinated']);

/** Mention m is the object (or passive subject) of a verb of killing, itself or as a conjunct of one. */
export function toldKilled(ctx: DocumentContext, m: Mention): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  let w = headOfSpan(syn, m);
  for (let guard = 0; w !== null && w >= 0 && guard < 6 && relationMatches(syn.words[w].deprel, 'conj'); guard++) w = syn.words[w].head;
  if (w === null || w < 0) return false;
  const word = syn.words[w];
  if (!(relationMatches(word.deprel, 'obj') || relationMatches(word.deprel, 'nsubj:pass')) || word.head < 0) return false;
  // "attacked and killed X": the parse hangs X on the first verb, whose conjunct kills
  const killing = (v: number) => syn.words[v].upos === 'VERB' && KILLING_VERBS.has(ctx.low[syn.words[v].token]);
  return killing(word.head) || dependents(syn, word.head, 'conj').some(killing);
}
