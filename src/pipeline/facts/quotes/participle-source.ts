// A participle cue set off by a comma after another attribution ("…,” the mayor said, adding
// that …"; "Lee spoke at the rally, arguing that …") shares that attribution's source: the
// participle has no subject of its own. The parse often misreads such a participle (as a
// clausal complement, or as a subordinator), so the shape is read from the tokens and the
// attributions found: the participle opens its cue right after a comma, and the attribution
// just before it, in the same sentence, has a source.
import type { TokenRelation } from './attribute.js';
import { QuoteState, type AttributionTokens } from './tokens.js';

/** "according to" opens a phrase whose source follows it; never another's participle. */
const NOT_PARTICIPLES = new Set(['according', 'including', 'during', 'notwithstanding']);

export function withParticipleSources(v: AttributionTokens, relations: TokenRelation[]): TokenRelation[] {
  return relations.map((r, k) => {
    if (r.source || !isParticipleAfterComma(v, r.cue.from)) return r;
    const before = relations[k - 1];
    if (!before?.source || before.cue.to >= r.cue.from || v.tokens[before.cue.from].sentence !== v.tokens[r.cue.from].sentence) return r;
    return { ...r, source: before.source };
  });
}

function isParticipleAfterComma(v: AttributionTokens, i: number): boolean {
  const word = v.tokens[i].text;
  if (!/^[a-z]+ing$/.test(word) || NOT_PARTICIPLES.has(word)) return false;
  if (v.syntax && v.syntax.upos[i] !== 'VERB') return false;
  return i > 0 && v.low[i - 1] === ',' && v.quote[i - 1] === QuoteState.Outside;
}
