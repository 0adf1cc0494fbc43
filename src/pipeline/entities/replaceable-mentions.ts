// An article's mentions while spans are claimed one at a time: each claim drops the mentions it
// overlaps and adds the one that takes their place (a work's title replacing the names inside it).
// The mentions a span overlaps are found by binary search over starts, not by a scan of them all:
// a reference document of 13,000 names and 600 quoted titles scanned the whole list 600 times.
import type { Mention } from '../../types.js';
import { firstIndex } from '../first-index.js';

export class ReplaceableMentions {
  /** The given mentions by start (ties in their given order). */
  private readonly byStart: Mention[];
  /** The largest end among byStart[0..i]: a backward scan stops where no earlier mention reaches a span. */
  private readonly reachBy: number[];
  private readonly dropped = new Set<Mention>();
  private readonly added: Mention[] = [];

  constructor(private readonly given: readonly Mention[]) {
    this.byStart = [...given].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    this.reachBy = this.byStart.map((m) => (reach = Math.max(reach, m.end)));
  }

  /** The mentions still held that overlap [start, end), in no particular order. */
  overlapping(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.startingBefore(end) - 1; i >= 0 && this.reachBy[i] > start; i--) {
      const m = this.byStart[i];
      if (m.end > start && !this.dropped.has(m)) out.push(m);
    }
    for (const m of this.added) if (m.start < end && start < m.end && !this.dropped.has(m)) out.push(m);
    return out;
  }

  /** Drops `inside` (every copy of each) and adds `by`. */
  replace(inside: readonly Mention[], by: Mention): void {
    for (const m of inside) this.dropped.add(m);
    this.added.push(by);
  }

  /** The mentions held: the given ones left, in their order, then those added, in the order they came. */
  list(): Mention[] {
    return [...this.given, ...this.added].filter((m) => !this.dropped.has(m));
  }

  /** How many of byStart start before `offset`. */
  private startingBefore(offset: number): number {
    return firstIndex(this.byStart.length, (i) => this.byStart[i].start >= offset);
  }
}
