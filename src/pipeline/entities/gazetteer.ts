// Multi-word name lists matched over lower-cased tokens with a trie. A match contributes
// features (list category × BILOU position × capitalised), never a final decision: the
// learned weights decide how far each list is trusted.

export interface GazetteerEntry {
  /** Lower-cased tokens of the name. */
  tokens: string[];
  /** Category names, e.g. "country", "city", "demonym", "org". */
  categories: string[];
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Bitmask over Gazetteer.categories of names ending here. */
  cats: number;
}

export const MAX_GAZ_TOKENS = 8;

export class Gazetteer {
  readonly categories: string[] = [];
  private root: TrieNode = { next: null, cats: 0 };
  size = 0;

  add(entry: GazetteerEntry): void {
    if (entry.tokens.length === 0 || entry.tokens.length > MAX_GAZ_TOKENS) return;
    let node = this.root;
    for (const tok of entry.tokens) {
      node.next ??= new Map();
      let child = node.next.get(tok);
      if (!child) {
        child = { next: null, cats: 0 };
        node.next.set(tok, child);
      }
      node = child;
    }
    if (node.cats === 0) this.size++;
    for (const c of entry.categories) node.cats |= 1 << this.categoryIndex(c);
  }

  private categoryIndex(c: string): number {
    let i = this.categories.indexOf(c);
    if (i < 0) {
      if (this.categories.length >= 30) throw new Error('too many gazetteer categories');
      this.categories.push(c);
      i = this.categories.length - 1;
    }
    return i;
  }

  /**
   * Calls found(start, end, cats) for every listed name in the token sequence (all lengths,
   * all starts), so overlapping candidates all reach the model.
   */
  matchAll(lower: readonly string[], found: (start: number, end: number, cats: number) => void): void {
    for (let i = 0; i < lower.length; i++) this.matchAt(lower, i, found);
  }

  /** Whether some listed name starts with this token (lets a caller skip most tokens). */
  startsName(lower: string): boolean {
    return this.root.next?.has(lower) ?? false;
  }

  /** Like matchAll, for the names starting at token i only. */
  matchAt(lower: readonly string[], i: number, found: (start: number, end: number, cats: number) => void): void {
    let node = this.root;
    for (let j = i; j < lower.length && j - i < MAX_GAZ_TOKENS; j++) {
      const child = node.next?.get(lower[j]);
      if (!child) break;
      node = child;
      if (node.cats) found(i, j + 1, node.cats);
    }
  }

  /** Entries as [joined tokens, bitmask] for serialisation. */
  entries(): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    const walk = (node: TrieNode, path: string[]) => {
      if (node.cats) out.push([path.join(' '), node.cats]);
      if (node.next) for (const [tok, child] of node.next) walk(child, [...path, tok]);
    };
    walk(this.root, []);
    return out;
  }

  static fromEntries(categories: string[], entries: Array<[string, number]>): Gazetteer {
    const g = new Gazetteer();
    g.categories.push(...categories);
    for (const [joined, mask] of entries) {
      const cats: string[] = [];
      for (let b = 0; b < categories.length; b++) if (mask & (1 << b)) cats.push(categories[b]);
      g.add({ tokens: joined.split(' '), categories: cats });
    }
    return g;
  }
}
