// One sense per story for "charges": once a story has read a charge noun as a cost or a claim ("charges
// totaling $5 million", "charges that the mayor took bribes") and none as an accusation, a later bare
// "the charges" ("the charges were offset by a gain") means the same, not an indictment.
import type { DocumentContext } from '../../context/document.js';

interface Readings { none: number[]; accusation: number[] }
const byDocument = new WeakMap<DocumentContext, Readings>();

const readingsOf = (ctx: DocumentContext): Readings => {
  let r = byDocument.get(ctx);
  if (!r) byDocument.set(ctx, (r = { none: [], accusation: [] }));
  return r;
};

/** Note a charge word at token i that the sense rules judged no accusation (a cost, a claim). */
export function noteChargeNotAccusation(ctx: DocumentContext, i: number): void {
  readingsOf(ctx).none.push(i);
}

/** Note a charge word at token i kept as an accusation ("charged with fraud", "charges of bribery"). */
export function noteChargeAccusation(ctx: DocumentContext, i: number): void {
  readingsOf(ctx).accusation.push(i);
}

/** Does the story, before token i, read a charge noun as no accusation and none as one? */
export function storyChargesAreCosts(ctx: DocumentContext, i: number): boolean {
  const r = byDocument.get(ctx);
  return !!r && r.none.some((k) => k < i) && !r.accusation.some((k) => k < i);
}
