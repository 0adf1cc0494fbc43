// A headline restates the body's lead figure without its source ("death toll rises to 17" over
// "Seventeen people were killed …, hospital sources said"): the same figure twice, once unsourced.
// The body's statement is the figure: the headline's points to it (restatedBy), and the knowledge base
// stores only the body's (store/annotations.ts). The analysis keeps both mentions, as annotation
// schemes count them (MEANTIME marks a headline's figures too). A headline figure the body never
// restates stays, marked.
import type { Figure } from '../../../types.js';

/** A figure with what kind of quantity it is ("count", "money", "duration" …) and whether it lies in a title or heading line. */
export interface Placed {
  figure: Figure;
  kind: string;
  inHeadline: boolean;
}

/**
 * Whether body figure b restates headline figure h: the same value, and the same unit, or both
 * counts (a headline's "23 dead" is the body's "23 passengers died"), or a headline number with no unit.
 */
function restates(h: Placed, b: Placed): boolean {
  if (Math.abs(h.figure.value - b.figure.value) > 1e-9 * Math.max(1, Math.abs(h.figure.value))) return false;
  const hu = h.figure.unit ?? '';
  return hu === (b.figure.unit ?? '') || (h.kind === 'count' && b.kind === 'count') || (hu === '' && b.kind === 'count');
}

/** The figures of a document, the headline's marked `headline`, each with the body figure that restates it, if any. */
export function foldHeadlineFigures(figures: readonly Placed[]): Figure[] {
  const body = figures.filter((p) => !p.inHeadline);
  return figures.map((p) => {
    if (!p.inHeadline) return p.figure;
    const by = body.find((b) => restates(p, b));
    return { ...p.figure, headline: true as const, ...(by ? { restatedBy: { start: by.figure.start, end: by.figure.end } } : {}) };
  });
}
