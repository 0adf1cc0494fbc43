// 64-bit SimHash over word 3-shingles: the same wire story on two sites lands within a few bits.
import { createHash } from 'node:crypto';

/**
 * Two independent 32-bit FNV-1a hashes of the shingle "a b c": the high and low halves of a
 * 64-bit hash. Hashed word by word, so no shingle string is built.
 */
function hashShingle(a: string, b: string, c: string, out: Uint32Array): void {
  let hi = 0x811c9dc5;
  let lo = 0x01000193 ^ 0x9e3779b9;
  for (let w = 0; w < 3; w++) {
    const s = w === 0 ? a : w === 1 ? b : c;
    if (w > 0) {
      hi = Math.imul(hi ^ 32, 0x01000193);
      lo = Math.imul(lo ^ 32, 0x5bd1e995);
      lo ^= lo >>> 15;
    }
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      hi = Math.imul(hi ^ code, 0x01000193);
      lo = Math.imul(lo ^ code, 0x5bd1e995);
      lo ^= lo >>> 15;
    }
  }
  out[0] = hi >>> 0;
  out[1] = lo >>> 0;
}

export function simhash(text: string): { value: bigint; hex: string } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // per bit, how many shingles set it: the bit's weight is ones − (shingles − ones)
  const ones = new Int32Array(64);
  const halves = new Uint32Array(2);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    hashShingle(words[i] ?? '', words[i + 1] ?? '', words[i + 2] ?? '', halves);
    for (let half = 0; half < 2; half++) {
      const h = halves[half];
      const base = half * 32;
      for (let bit = 0; bit < 32; bit++) ones[base + bit] += (h >>> bit) & 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit] > n) hi |= 1 << bit;
    if (2 * ones[32 + bit] > n) lo |= 1 << bit;
  }
  const hex = (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
  return { value: BigInt('0x' + hex), hex };
}

/** The four 16-bit bands used to find candidates without comparing all pairs. */
export function simhashBands(value: bigint): number[] {
  return [0, 1, 2, 3].map((i) => Number((value >> BigInt(i * 16)) & 0xffffn));
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = a ^ b;
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}

/** Content hash for resumable ingest: has this exact input been seen? */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}
