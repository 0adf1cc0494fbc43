// "The paper called him “the most famous source of his time.”": a naming verb with its object
// written out, then a quotation that says what the object is. The quotation is the subject's
// judgement, a statement of theirs, not a name or title the naming word introduces
// ("a product called “Blue Sky”", "a band known as “The Quiet Ones”").
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import { relationMatches, wordOfToken } from '../../syntax/query.js';

/** Verbs that name or characterise their object ("call it X", "dub him X", "term the plan X"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'term', 'label', 'brand']);

/** Relations by which a participle or adjective describes a noun: "a plan called “…”" names. */
const NOUN_DESCRIBING = ['acl', 'acl:*', 'amod'];

/**
 * The quotation is what a naming verb says its object is: the parse hangs a word of the quotation
 * from a naming verb (not one describing a noun), that verb's object stands between it and the
 * opening mark, and the quotation opens with a small letter, as a judgement does and a name or
 * title does not. Only one word need hang so: around quotation marks the parse often hangs a
 * later clause of the quotation elsewhere.
 */
export function characterises(ctx: DocumentContext, q: QuoteRegion): boolean {
  const syn = ctx.syntax;
  if (!syn || q.tokStart >= q.tokEnd) return false;
  const inside = ctx.text.slice(q.open, q.close).replace(/^[^\p{L}\p{N}]+/u, '');
  if (!/^\p{Ll}/u.test(inside)) return false;
  for (let t = q.tokStart; t < q.tokEnd; t++) {
    const w = wordOfToken(syn, t);
    if (w < 0 || syn.words[w].upos === 'PUNCT') continue;
    const verb = syn.words[w].head;
    if (verb >= 0 && syn.words[verb].token < q.tokStart && namingVerbWithObject(ctx, verb, q.tokStart)) return true;
  }
  return false;
}

/** Word v is a naming verb, not one describing a noun, whose object stands before token end. */
function namingVerbWithObject(ctx: DocumentContext, v: number, end: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[v];
  if (word.upos !== 'VERB' || !NAMING_VERBS.has(word.lemma.toLowerCase())) return false;
  if (NOUN_DESCRIBING.some((r) => relationMatches(word.deprel, r))) return false;
  for (let t = word.token + 1; t < end; t++) {
    const w = wordOfToken(syn, t);
    if (w >= 0 && syn.words[w].head === v && relationMatches(syn.words[w].deprel, 'obj')) return true;
  }
  return false;
}
