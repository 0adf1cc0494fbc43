// Deep pages of a long listing without stepping over every entry before them. SQLite's OFFSET
// walks the index entry by entry (450,000 figures: 30 ms for the last page), so the sort key of
// every STEP-th entry is read once per store generation, and a page starts at the nearest one at
// or before its offset, stepping over fewer than STEP entries.

/** A listing's sort key, in index order: [doc_id, start, rowid]. */
export type PageKey = [string, number, number];

export const PAGE_ANCHOR_STEP = 500;
/** Before the first entry of any listing. */
const FIRST: PageKey = ['', -Infinity, -Infinity];

export class PageAnchors {
  private keys: PageKey[] = [];
  private generation = -1;

  /** next(key): the key PAGE_ANCHOR_STEP - 1 entries past the first one after `key`; undefined past the end. */
  constructor(private readonly next: (after: PageKey) => PageKey | undefined) {}

  /** Where the page at `offset` starts: at key `from` (null: at the beginning), then `skip` entries on. */
  at(offset: number, generation: number): { from: PageKey | null; skip: number } {
    if (offset < PAGE_ANCHOR_STEP - 1) return { from: null, skip: offset };
    if (generation !== this.generation) {
      // One walk over the listing: key i is the entry at position (i + 1) * STEP - 1.
      this.keys = [];
      for (let key = this.next(FIRST); key; key = this.next(key)) this.keys.push(key);
      this.generation = generation;
    }
    const i = Math.min(Math.floor((offset + 1) / PAGE_ANCHOR_STEP), this.keys.length) - 1;
    if (i < 0) return { from: null, skip: offset };
    return { from: this.keys[i], skip: offset - ((i + 1) * PAGE_ANCHOR_STEP - 1) };
  }
}
