// 64-bit SimHash over word 3-shingles: the same wire story on two sites lands within a few bits.
import { createHash } from 'node:crypto';

const MASK64 = (1n << 64n) - 1n;

function hash64(s: string): bigint {
  // FNV-1a 64: fast, stable across runs and platforms.
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

export function simhash(text: string): { value: bigint; hex: string } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + 3).join(' ');
    let h = hash64(shingle);
    for (let bit = 0; bit < 64; bit++) {
      weights[bit] += (h & 1n) === 1n ? 1 : -1;
      h >>= 1n;
    }
  }
  let value = 0n;
  for (let bit = 63; bit >= 0; bit--) value = (value << 1n) | (weights[bit] > 0 ? 1n : 0n);
  return { value, hex: value.toString(16).padStart(16, '0') };
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
