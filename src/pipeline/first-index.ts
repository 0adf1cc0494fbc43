// Binary search over a sorted sequence, written once for the searches that need no hot-loop tuning.

/**
 * The first index in [0, length) for which `reached(i)` holds, `length` if none; `reached` must
 * be false up to some index and true from there on (as "starts at or after x" is over sorted starts).
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
