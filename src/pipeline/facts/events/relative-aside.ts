// "Ann Holt, whose ballads topped the charts for a decade, died on Friday": a relative clause set off by commas
// between a subject and its verb describes the subject; its own verbs are not the clause's, so the subject before it
// is the verb's. Read by word order, since the parse often hangs the main verb inside such a long aside.
import type { DocumentContext } from '../../context/document.js';
import { clauseStart, isAdverb } from '../../context/phrases.js';

/** Relative pronouns that open a describing aside. */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
/** Marks that end a sentence's part rather than an aside's (a quoted term inside an aside is part of it). */
const CLAUSE_BREAKS = new Set([':', ';', '(', ')']);

/**
 * Does the comma at token c open a relative clause ("who …", "whose …") that closes with a comma right before the verb
 * at token i (adverbs aside)? The aside may hold commas of its own (an apposition inside it).
 */
export function relativeAsideBefore(ctx: DocumentContext, c: number, i: number): boolean {
  const { low } = ctx;
  if (!RELATIVE_OPENERS.has(low[c + 1] ?? '')) return false;
  let k = i - 1;
  while (k > c && isAdverb(low[k])) k--;
  if (k <= c + 2 || low[k] !== ',') return false;
  for (let q = c + 1; q < k; q++) if (CLAUSE_BREAKS.has(low[q])) return false;
  return true;
}

/**
 * Where the clause of the verb at token i begins, a relative aside between its subject and it passed over ("Ann Holt,
 * who was, by all accounts, the finest singer of her day, died": the clause begins at "Ann").
 */
export function clauseStartPastAside(ctx: DocumentContext, i: number, from: number): number {
  const cs = clauseStart(ctx, i, from);
  for (let c = i - 2; c > from; c--) {
    if (CLAUSE_BREAKS.has(ctx.low[c])) break;
    if (ctx.low[c] !== ',' || !relativeAsideBefore(ctx, c, i)) continue;
    const outer = clauseStart(ctx, c, from);
    return outer < c ? Math.min(outer, cs) : cs;
  }
  return cs;
}
