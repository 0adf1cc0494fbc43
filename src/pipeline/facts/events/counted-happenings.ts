// Happenings a number counts ("two killings in Belfast last week", "three raids on Monday") are told as
// new, as "a killing" is; counted over a period up to now ("have recorded nine shootings since January")
// or as what there was ("there were 12 raids last year") they are a tally, no one of them news.
import type { DocumentContext } from '../../context/document.js';
import { dependents } from '../../syntax/query.js';
import { sumsAPeriod } from './tally.js';

/** Does a number the parse gives the plural event noun count particular happenings, not a tally? */
export function countedHappenings(ctx: DocumentContext, noun: number, sent: number): boolean {
  const syn = ctx.syntax;
  if (!syn || dependents(syn, noun, 'nummod').length === 0) return false;
  const verb = governingVerb(ctx, noun);
  if (verb < 0) return true;
  return dependents(syn, verb, 'expl').length === 0 && !sumsAPeriod(ctx, verb, sent);
}

/** The nearest verb above a word in the parse; -1 when none. */
function governingVerb(ctx: DocumentContext, word: number): number {
  const syn = ctx.syntax!;
  for (let w = syn.words[word].head; w >= 0; w = syn.words[w].head) if (syn.words[w].upos === 'VERB' || syn.words[w].upos === 'AUX') return w;
  return -1;
}
