// Integer-only feature hashing for the tagger, parser and labeller: a template id combined
// with one to four integer values (MurmurHash3's mixing), so no feature string is ever built.
import { finalise, hashRange, hashString } from '../entities/hash.js';

function combine(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

const seed = (t: number) => Math.imul(t + 0x3c6ef372, 0x9e3779b1);

export function f1(t: number, a: number): number {
  return finalise(combine(seed(t), a));
}
export function f2(t: number, a: number, b: number): number {
  return finalise(combine(combine(seed(t), a), b));
}
export function f3(t: number, a: number, b: number, c: number): number {
  return finalise(combine(combine(combine(seed(t), a), b), c));
}
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return finalise(combine(combine(combine(combine(seed(t), a), b), c), d));
}

export { hashRange, hashString };
