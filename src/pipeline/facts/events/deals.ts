// Deals told as verbs of buying and selling ("sold its unit", "to acquire Acme"): what an agreement,
// offer or bid is about is its content, not a second happening beside it.
import type { FactsContext } from '../context.js';

/** Words of a deal struck or proposed, whose infinitive ("an offer to buy", "agreed in principle to acquire") names what it is about. */
const DEAL_FRAMES = new Set(
  ('agree agreed agrees agreeing agreement agreements deal deals accord pact talks negotiations negotiate negotiated ' +
    'negotiating offer offered offers offering bid bids').split(' '),
);

/** Themes of buying and selling (data/event-senses.json). */
const DEALING_THEMES = new Set(['sale', 'purchase', 'acquisition']);

/**
 * Is the dealing verb at token i the infinitive of a deal word a few words before it, by word order ("entered
 * into an agreement to sell …", "agreed in principle to acquire …", "its previously announced offer to acquire
 * …")? The parse often hangs such an infinitive on the clause's verb, where the sense rule's governor misses it.
 */
export function dealContent(ctx: FactsContext, i: number, from: number, theme: string | undefined): boolean {
  if (!theme || !DEALING_THEMES.has(theme) || ctx.low[i - 1] !== 'to') return false;
  for (let k = i - 2; k >= Math.max(from, i - 5); k--) {
    const w = ctx.low[k];
    if (DEAL_FRAMES.has(w)) return true;
    if (w === ',' || w === ';' || w === '.') return false;
  }
  return false;
}
