// 32-bit string hashing and an int→int open-addressing table: features are hashed to ints
// once, so neither training nor tagging allocates feature strings per token.

/** FNV-1a over UTF-16 code units, seeded by a template id so equal values of different templates differ. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

/** Combines two hashes (conjunction features, offsets). */
export function mix(a: number, b: number): number {
  return finalise((Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2))) | 0);
}

function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in IntTable
}

/** Open-addressing map from non-zero int32 keys to non-negative int32 values. */
export class IntTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) {
        this.vals[i] = val;
        return;
      }
      if (k === 0) {
        keys[i] = key;
        this.vals[i] = val;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The value for key, adding `next` when absent. */
  intern(key: number, next: number): number {
    const v = this.get(key);
    if (v >= 0) return v;
    this.set(key, next);
    return next;
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Int32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.set(oldK[i], oldV[i]);
  }
}
