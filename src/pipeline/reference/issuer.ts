// "A statement by the ministry condemned the attack. “…,” the statement said": a document that
// speaks (a statement, a release, a letter) speaks for whoever the article said issued it. The
// parse says who: the noun's owner ("the ministry's statement"), its "by" / "from" phrase ("a letter
// signed by X" too), or the subject of the clause it is written in ("X said in a statement", "X
// released a statement").
import type { DocumentContext } from '../context/document.js';
import { agents, caseMarker, children, clauseOf, dependents, doers, relationMatches, wordOfToken } from '../syntax/query.js';
import type { Syntax } from '../../types.js';
import { phraseTokens, type TokenRange } from './phrase-tokens.js';

/** Markers of the one a document comes from ("a statement by X", "a letter from X"). */
const ISSUER_MARKERS: ReadonlySet<string> = new Set(['by', 'from']);
/** Verbs whose subject puts out the document that is their object. */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['issue', 'release', 'send', 'publish', 'write', 'post', 'provide', 'sign', 'circulate']);

/**
 * The tokens of the phrase naming who issued the document the noun at token t names, when the
 * parse ties one to it; null otherwise (also for a noun that is its clause's subject: "The
 * statement condemned …" says nothing of who wrote it).
 */
export function issuerAt(ctx: DocumentContext, t: number): TokenRange | null {
  const syn = ctx.syntax;
  if (!syn || ctx.quoteAt[t] >= 0) return null;
  const w = wordOfToken(syn, t);
  if (w < 0 || syn.words[w].upos !== 'NOUN') return null;
  for (const c of children(syn, w)) {
    const rel = syn.words[c].deprel;
    if (rel === 'nmod:poss' || (rel === 'nmod' && ISSUER_MARKERS.has(caseMarker(syn, c) ?? ''))) return outsideQuotes(ctx, phraseTokens(ctx, c));
    // "a letter signed by X", "a statement issued by X": the agent of a participle of issuing
    const agent = relationMatches(rel, 'acl') && ISSUING_VERBS.has(syn.words[c].lemma.toLowerCase()) ? agents(syn, c)[0] : undefined;
    if (agent !== undefined) return outsideQuotes(ctx, phraseTokens(ctx, agent));
  }
  // only the clause's own verb: one that says in it ("X said in a statement") or issues it ("X
  // released a statement"), not a noun further down ("X, a plaintiff in the lawsuit, said") nor
  // one joined or opposed ("X joined the lawsuit")
  const clause = clauseOf(syn, w);
  if (clause === w || syn.words[w].head !== clause || syn.words[clause].upos !== 'VERB') return null;
  const rel = syn.words[w].deprel;
  const saidIn = (rel === 'obl' || rel.startsWith('obl:')) && caseMarker(syn, w) === 'in';
  const issued = rel === 'obj' && ISSUING_VERBS.has(syn.words[clause].lemma.toLowerCase());
  if (!saidIn && !issued) return null;
  // the parse may make a description and the name beside it two subjects ("the school's head, Ruth
  // Okafor, wrote …"): the name
  const named = doers(syn, clause).filter((d) => d !== w);
  const doer = named.find((d) => syn.words[d].upos === 'PROPN') ?? named[0];
  return doer === undefined ? null : outsideQuotes(ctx, phraseTokens(ctx, namedApposition(syn, doer)));
}

/**
 * "The school's head, Ruth Okafor, wrote a letter": the name set beside a described issuer is who
 * issued it, the description alone names nobody the resolver can take. Word w itself otherwise.
 */
function namedApposition(syn: Syntax, w: number): number {
  if (syn.words[w].upos === 'PROPN') return w;
  return dependents(syn, w, 'appos').find((a) => syn.words[a].upos === 'PROPN') ?? w;
}

function outsideQuotes(ctx: DocumentContext, r: TokenRange | null): TokenRange | null {
  return r && ctx.quoteAt[r.a] < 0 ? r : null;
}

/**
 * The latest token before i, outside quotations, that writes this noun (singular or plural), and
 * whose document the parse ties to an issuer the caller accepts: that issuer's tokens. Earlier uses
 * are tried when a later one names nobody ("the statement said" itself, "its statement").
 */
export function lastIssuerOf(ctx: DocumentContext, noun: string, i: number, accept: (r: TokenRange) => boolean): TokenRange | null {
  const plural = `${noun}s`;
  for (let t = i - 1; t >= 0; t--) {
    if (ctx.low[t] !== noun && ctx.low[t] !== plural) continue;
    const r = issuerAt(ctx, t);
    if (r && r.b <= i && accept(r)) return r;
  }
  return null;
}
