// Context aggregation (Ratinov & Roth 2009): a capitalised word gets the neighbours of every
// capitalised occurrence of it in the document, so "Magna" in "Magna was up 1/8" also sees the
// "Magna 's shares" and "with Magna after the merger" elsewhere, and an all-capitals headline
// word sees how the story's running text uses it. Shared by training and tagging.
import { mix } from '../hash.js';

const PREV = 0x5c0a1;
const NEXT = 0x5c0a2;
const PREV_CLUSTER = 0x5c0a3;
const NEXT_CLUSTER = 0x5c0a4;
/** Hash of "no neighbour there" (a sentence edge). */
const EDGE = mix(0x5c0a5, 1);
/** Distinct aggregated features kept per word: enough for a story's uses, bounded for speed. */
export const MAX_CONTEXTS = 24;

/** Collects, per word key, the distinct context hashes of its capitalised occurrences in one document. */
export class ContextAggregator<K> {
  private readonly byKey = new Map<K, number[]>();

  clear(): void {
    this.byKey.clear();
  }

  /**
   * Records one capitalised occurrence of key. prevLower/nextLower: the neighbours' lower-form
   * hashes (0 at a sentence edge); prevCluster/nextCluster: their mid-granularity cluster hashes (0: none).
   */
  add(key: K, prevLower: number, nextLower: number, prevCluster: number, nextCluster: number): void {
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    push(list, mix(PREV, prevLower || EDGE));
    push(list, mix(NEXT, nextLower || EDGE));
    if (prevCluster) push(list, mix(PREV_CLUSTER, prevCluster));
    if (nextCluster) push(list, mix(NEXT_CLUSTER, nextCluster));
  }

  /** The aggregated feature hashes of key (empty when it never occurred capitalised). */
  features(key: K): readonly number[] {
    return this.byKey.get(key) ?? NONE;
  }
}

const NONE: readonly number[] = [];

function push(list: number[], h: number): void {
  if (list.length < MAX_CONTEXTS && !list.includes(h)) list.push(h);
}
