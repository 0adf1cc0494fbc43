// "Corvane wants to buy 20% of Hollis Motors", "the bank was cleared by regulators to acquire a rival", "filed for
// clearance to buy control of the chain", "talks on the possible acquisition of the company": a deal a party seeks, is cleared for or
// negotiates is one set in motion, and news reports the step as a happening (the golds count it), though the buying
// itself is yet to come. Such a deal reads as hypothetical (a wish, a purpose, "possible"); where nothing in its
// sentence makes it doubtful (a condition, a negation, a hedge of "may", "might" or "could", a question) it is planned.
import type { DocumentContext } from '../../context/document.js';
import type { EventMention } from './mentions.js';

/** Themes of a deal (data/event-senses.json): buying, selling and the offer that proposes one. */
const DEAL_THEMES = new Set(['sale', 'purchase', 'acquisition', 'offer']);
/** Words that leave a deal in doubt wherever they stand in its sentence. */
const DOUBT = new Set(['if', 'unless', 'whether', 'not', "n't", 'n’t', 'never', 'may', 'might', 'could', '?']);

/** Does sentence s hold a word of doubt (DOUBT)? */
function doubtful(ctx: DocumentContext, s: number): boolean {
  for (let t = ctx.sentStart[s]; t < ctx.sentStart[s + 1]; t++) if (DOUBT.has(ctx.low[t])) return true;
  return false;
}

/** Mark the hypothetical deals of sentence s (`stated`) that nothing in the sentence doubts as planned (see above). Changes the mentions in place. */
export function plannedDeals(ctx: DocumentContext, s: number, stated: readonly EventMention[]): void {
  const deals = stated.filter((m) => m.type === 'other' && m.status === 'hypothetical' && !m.requested && DEAL_THEMES.has(m.theme ?? ''));
  if (!deals.length || ctx.headingSent[s] || doubtful(ctx, s)) return;
  for (const m of deals) m.status = 'planned';
}
