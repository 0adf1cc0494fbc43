// "fled to Geneva, where he was arrested": a relative "where" clause says its event happened at the
// place it follows. The parse finds the clause; its attachment of the clause is often wrong in news
// sentences (to the man who fled, or to the comma), while the grammar is fixed: a relative "where"
// refers to the noun phrase right before it. So the place is the one the parse hangs the clause on,
// else the place mention that ends right before "where" (a comma between).
import type { FactsContext } from '../../context/document.js';
import { dependents } from '../../syntax/query.js';

/** Relations through which an event's clause rides in the "where" clause ("where he is due to appear"). */
const RIDES_IN = new Set(['xcomp', 'ccomp', 'conj']);

/** "In India, where 2,000 people died": the start of the place a relative "where" clause around `clause` modifies, or -1. */
export function whereClausePlace(ctx: FactsContext, clause: number): number {
  const syn = ctx.syntax!;
  for (let v = clause, guard = 0; v >= 0 && guard < 4; guard++) {
    const w = syn.words[v];
    const where = dependents(syn, v, 'advmod').find((a) => a < v && syn.words[a].text.toLowerCase() === 'where');
    if (where !== undefined && w.deprel === 'acl:relcl' && w.head >= 0 && placeMention(ctx, syn.words[w.head].token) >= 0) return syn.words[w.head].start;
    if (where !== undefined) return placeBefore(ctx, syn.words[where].token);
    // "where he is due to appear": an infinitive the parse hangs on "due" as an adverbial clause
    const infinitive = w.deprel === 'advcl' && dependents(syn, v, 'mark').some((mk) => syn.words[mk].text.toLowerCase() === 'to');
    if (!RIDES_IN.has(w.deprel) && !infinitive) return -1;
    v = w.head;
  }
  return -1;
}

/** The index of the place (LOC) mention covering token t, or -1. */
function placeMention(ctx: FactsContext, t: number): number {
  const m = ctx.mentionAt[t];
  return m >= 0 && ctx.mentions[m].type === 'LOC' ? m : -1;
}

/** The start of the place mention that ends right before token `where` (", where"), or -1. */
function placeBefore(ctx: FactsContext, where: number): number {
  let k = where - 1;
  if (k >= 0 && ctx.low[k] === ',') k--;
  if (k < 0 || ctx.toks[k].sentence !== ctx.toks[where].sentence) return -1;
  const m = placeMention(ctx, k);
  return m >= 0 ? ctx.mentions[m].start : -1;
}
