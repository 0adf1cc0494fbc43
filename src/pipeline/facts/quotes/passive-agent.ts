// "the man described by the Daily Courier as “…”", "a plan hailed by the mayor as “…”": a passive cue
// says who speaks in its "by" phrase (the parse's agent); the noun it describes is what is spoken of.
import type { FactsContext } from '../../context/document.js';
import { dependents, wordOfToken } from '../../syntax/query.js';
import type { TokenRelation } from './attribute.js';
import { phraseTokens, type TokenRange } from '../../reference/phrase-tokens.js';

/**
 * Verbs whose agent relays or prompts the words rather than says them: "X was quoted by the paper
 * as saying …", "X, asked by reporters, …" are X's words.
 */
const RELAYING: ReadonlySet<string> = new Set(['quote', 'cite', 'ask', 'question', 'interview']);

/** The tokens of the agent of the relation's cue verb, when the parse gives one outside the source and the content; else null. */
export function passiveAgent(ctx: FactsContext, rel: TokenRelation): TokenRange | null {
  const syn = ctx.syntax;
  if (!syn || !rel.source) return null;
  for (let t = rel.cue.from; t < rel.cue.to; t++) {
    const w = wordOfToken(syn, t);
    if (w < 0 || syn.words[w].upos !== 'VERB' || RELAYING.has(syn.words[w].lemma.toLowerCase())) continue;
    const agent = dependents(syn, w, 'obl:agent', 'nmod:agent')[0];
    if (agent === undefined) continue;
    const r = phraseTokens(ctx, agent);
    if (!r || ctx.quoteAt[r.a] >= 0) continue;
    // the phrase ends where the source or the content begins ("by X as “…”")
    let b = r.b;
    for (const x of [rel.source, ...rel.content]) {
      if (x.from <= r.a && r.a < x.to) return null;
      if (r.a < x.from && x.from < b) b = x.from;
    }
    return { a: r.a, b };
  }
  return null;
}
