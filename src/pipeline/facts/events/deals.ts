// Deals told as verbs of buying and selling ("sold its unit", "to acquire Acme"): what an agreement,
// offer or bid is about is its content, not a second happening beside it.
import type { FactsContext } from '../context.js';

/** Words of a deal struck or under way, whose infinitive ("agreed in principle to acquire", "talks to sell") names what it is about. */
const AGREEMENT_FRAMES = new Set(
  ('agree agreed agrees agreeing agreement agreements deal deals accord pact talks negotiations negotiate negotiated ' +
    'negotiating').split(' '),
);
/** Words of proposing a deal: their infinitive ("offered to buy the shares of Acme", "its offer to acquire Borr") is the deal proposed. */
const OFFER_FRAMES = new Set(['offer', 'offered', 'offers', 'offering', 'bid', 'bids']);

/** Themes of buying and selling (data/event-senses.json). */
const DEALING_THEMES = new Set(['sale', 'purchase', 'acquisition']);

/**
 * What frames the dealing verb at token i, by word order: the infinitive of an agreement word a few words before
 * it ("entered into an agreement to sell …", "agreed in principle to acquire …": its content, no second event),
 * of an offer or bid ("offered to buy the shares of Acme", "extended its offer to acquire Borr": the deal
 * proposed), or neither. The parse often hangs such an infinitive on the clause's verb, where the sense rule's
 * governor misses it.
 */
export function dealFrame(ctx: FactsContext, i: number, from: number, theme: string | undefined): { frame: 'agreement' | 'offer'; at: number } | null {
  if (!theme || !DEALING_THEMES.has(theme) || ctx.low[i - 1] !== 'to') return null;
  for (let k = i - 2; k >= Math.max(from, i - 5); k--) {
    const w = ctx.low[k];
    if (AGREEMENT_FRAMES.has(w)) return { frame: 'agreement', at: k };
    if (OFFER_FRAMES.has(w)) return { frame: 'offer', at: k };
    if (w === ',' || w === ';' || w === '.') return null;
  }
  return null;
}
