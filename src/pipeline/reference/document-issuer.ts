// "said an editorial in the Morning Ledger", "a statement from Acme said": a document that
// speaks gives the words of whoever issued it (document-nouns.ts), and the parse may tie that issuer
// to the document's noun by a preposition after the speaker phrase, which ends at the noun.
import type { DocumentContext } from '../context/document.js';
import { dependents, wordOfToken } from '../syntax/query.js';
import { NOUN_COMMUNICATION, firstNounSenseFile } from '../senses/word-senses.js';
import { isDocumentNoun } from './document-nouns.js';

/**
 * A noun for something written or said that can carry a speaker's words: a document
 * (document-nouns.ts), or any noun whose first WordNet sense is one of communication ("editorial",
 * "article", "message", which the document test's hypernyms miss).
 */
export function isWrittenWordsNoun(word: string): boolean {
  return isDocumentNoun(word) || firstNounSenseFile(word) === NOUN_COMMUNICATION;
}

/** Prepositions that name a document's source or the paper that printed it. */
const ISSUER_CASES: ReadonlySet<string> = new Set(['in', 'from', 'by', 'of']);

/**
 * The token of the named person or body the parse hangs on the document noun at token `noun` by a
 * preposition of source ("an editorial in X", "a statement from X", "a report by X"); -1 when none.
 */
export function issuerTiedToDocument(ctx: DocumentContext, noun: number): number {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, noun) : -1;
  if (w < 0) return -1;
  for (const d of dependents(syn!, w, 'nmod')) {
    const t = syn!.words[d].token;
    if (t <= noun || ctx.toks[t].sentence !== ctx.toks[noun].sentence) continue;
    const marked = dependents(syn!, d, 'case').some((c) => ISSUER_CASES.has(ctx.low[syn!.words[c].token]));
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    if (marked && m && (m.type === 'ORG' || m.type === 'PER')) return t;
  }
  return -1;
}
