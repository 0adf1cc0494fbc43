// Sorts a tagger's mistakes into kinds, so error analysis starts from counts per class: a gold
// name missed, found with another type ("ORG as PER"), found with other boundaries, or a name
// the gold does not have anywhere near.
import { TYPES, type TokenSpan } from '../../pipeline/entities/tags.js';

export class NerErrorCounter {
  private counts = new Map<string, number>();

  /** Adds one sentence given as gold and predicted spans over the same tokens. */
  add(gold: TokenSpan[], pred: TokenSpan[]): void {
    const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;
    for (const g of gold) {
      const same = pred.find((p) => p.start === g.start && p.end === g.end);
      if (same?.type === g.type) continue;
      if (same) this.count(`${TYPES[g.type]} as ${TYPES[same.type]}`);
      else this.count(`${TYPES[g.type]} ${pred.some((p) => overlaps(p, g)) ? 'wrong span' : 'missed'}`);
    }
    for (const p of pred) if (!gold.some((g) => overlaps(p, g))) this.count(`${TYPES[p.type]} spurious`);
  }

  /** Error kind → count, most frequent first. */
  summary(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  private count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }
}
