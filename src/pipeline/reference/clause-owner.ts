// "Airbus has won an order from Qatar Airways for 60 of its jets": a possessive "its" / "their"
// belongs, far more often than not, to the subject of its own clause, however many names stand
// between them; recency alone would give it to Qatar Airways.
import type { DocumentContext } from '../context/document.js';
import { clauseOf, subjects, wordOfToken } from '../syntax/query.js';
import { phraseTokens } from './phrase-tokens.js';

/**
 * The tokens [a, b) of the subject of token t's clause when it comes before t and is a noun or
 * name phrase (not itself a pronoun: the salience rules read those), else null.
 */
export function clauseSubjectTokens(ctx: DocumentContext, t: number): { a: number; b: number } | null {
  const syn = ctx.syntax;
  if (!syn) return null;
  const w = wordOfToken(syn, t);
  if (w < 0) return null;
  const subj = subjects(syn, clauseOf(syn, w)).filter((s) => s !== w);
  if (!subj.length) return null;
  const s = subj[0];
  const sw = syn.words[s];
  if (sw.token >= t || (sw.upos !== 'NOUN' && sw.upos !== 'PROPN')) return null;
  const r = phraseTokens(ctx, s);
  return r && r.b <= t ? r : null;
}
