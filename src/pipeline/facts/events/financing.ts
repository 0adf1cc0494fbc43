// "Acme raised $40 million from an offering of notes", "plans to raise C$60 million through a placement of preferred
// shares": money a party raises by issuing securities is a financing it carried out, a deed, not a figure moving
// ("raised its dividend to 12 cents") nor a figure of speech ("raised … through a placement" read as motion into an
// act). Read from the parse: a verb the figures stage reads as a change (data/figures/changes.tsv: "raise"), with an
// oblique opened by a preposition of means or source that names securities (data/event-senses.json: 'securities', the
// papers a company issues). Money earned from them ("earned $3 million from its bond portfolio") stays a result.
// Constant work per verb.
import type { DocumentContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { caseMarker, children, relationMatches, subtree } from '../../syntax/query.js';
import { rangeIs } from '../../senses/word-senses.js';
import { figureLexicon } from '../../lexicons/figures.js';

/** Prepositions of the means or the source of money raised: "through a placement", "from an offering", "by a sale", "via an issue". */
const MEANS_CASES = new Set(['through', 'from', 'by', 'via']);

/** The words of the verb's obliques ("through a placement", "C$60 million … through a placement"): not its object's ("posted income from bonds"). */
function obliqueWords(ctx: DocumentContext, v: number): number[] {
  const syn = ctx.syntax!;
  return children(syn, v).filter((k) => relationMatches(syn.words[k].deprel, 'obl:*')).flatMap((k) => subtree(syn, k));
}

/** Does the phrase headed by noun w name securities ("an offering of convertible notes", "a placement of preferred shares")? */
function namesSecurities(ctx: DocumentContext, w: number): boolean {
  const syn = ctx.syntax!;
  const words = subtree(syn, w);
  const a = Math.min(...words.map((k) => syn.words[k].start));
  const b = Math.max(...words.map((k) => syn.words[k].end));
  return rangeIs(ctx, firstTokenAtOrAfter(ctx.toks, a), firstTokenAtOrAfter(ctx.toks, b), 'securities');
}

/** Is verb v money raised by issuing securities: a verb of change with an oblique of means or source that names securities? False without a parse. */
export function raisedByIssue(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax;
  if (!syn || v < 0) return false;
  const { changes } = figureLexicon();
  const word = syn.words[v];
  if (!changes.has(word.text.toLowerCase()) && !changes.has(word.lemma.toLowerCase())) return false;
  return obliqueWords(ctx, v).some((k) => syn.words[k].upos === 'NOUN' && MEANS_CASES.has(caseMarker(syn, k) ?? '') && namesSecurities(ctx, k));
}
