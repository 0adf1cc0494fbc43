// A doer told by a pronoun ("Acme said it will close its Ohio plant"): the sense rules ask what kind of
// party the doer is (a company closes a plant, a body bids for a company), and "it" says nothing of that.
// The rules then read the name the document's coreference ties the pronoun to: the speakers' resolver,
// the one role-referents.ts names participants with, not a second resolver.
import type { DocumentContext } from '../../context/document.js';
import { tokensCovering } from '../../context/document.js';
import type { SpeakerResolver } from '../../reference/resolver.js';

/** A token range [a, b). */
type Range = [number, number];

/** The name a lone pronoun doer stands for, as tokens; null when the range is no lone pronoun or names no one. */
export type DoerReferent = (doer: Range) => Range | null;

/** Pronouns a doer of a deed is told by: a body ("it", "they") or a person ("he", "she"). */
const DOER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);

export function pronounDoerReferent(ctx: DocumentContext, speakers: SpeakerResolver): DoerReferent {
  return ([a, b]) => {
    if (b - a !== 1 || !DOER_PRONOUNS.has(ctx.low[a])) return null;
    const r = speakers.resolve(a, b);
    // a description ("a spokesman for X") is no name whose kind the rules can read
    if (!r || r.kind === 'description') return null;
    const { a: x, b: y } = tokensCovering(ctx.toks, r.span);
    // the pronoun itself, or a name after it, is no antecedent
    return y > x && y <= a ? [x, y] : null;
  };
}
