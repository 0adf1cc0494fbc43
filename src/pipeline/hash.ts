// 32-bit string hashing and an int→int open-addressing table: features are hashed to ints
// once, so neither training nor tagging allocates feature strings per token.

/** FNV-1a over UTF-16 code units, seeded by a template id so equal values of different templates differ. */
export function hashString(s: string, seed: number): number {
  return hashRange(s, 0, s.length, seed);
}

/** hashString(s.slice(from, to), seed) without building the slice. */
export function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = fnvStart(seed);
  for (let i = from; i < to; i++) h = fnvStep(h, s.charCodeAt(i));
  return finalise(h);
}

/** Incremental form of hashString: fnvStart, fnvStep per UTF-16 code unit, then finalise. */
export function fnvStart(seed: number): number {
  return (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) | 0;
}
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Combines two hashes (conjunction features, offsets). */
export function mix(a: number, b: number): number {
  return finalise((Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2))) | 0);
}

export function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in IntTable
}

/** Open-addressing map from non-zero int32 keys to non-negative int32 values; key and value sit side by side (one cache line per probe). */
export class IntTable {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
  }

  /**
   * Reads the slot where key's probe starts and returns it, changing nothing. Called for several
   * keys before their get()s, it lets the processor wait for their cache misses together: look-ups
   * into a table of megabytes are bound by memory latency, not arithmetic.
   */
  home(key: number): number {
    return this.slots[((key ^ (key >>> 15)) & this.mask) << 1];
  }

  get(key: number): number {
    const slots = this.slots;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = slots[i << 1];
      if (k === key) return slots[(i << 1) + 1];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = slots[i << 1];
      if (k === key || k === 0) {
        if (k === 0) this.size++;
        slots[i << 1] = key;
        slots[(i << 1) + 1] = val;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i], old[i + 1]);
  }
}
