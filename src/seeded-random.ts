// A small seeded generator (mulberry32), so training shuffles and benchmark samples are the same
// on every run with the same seed.

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Fisher–Yates shuffle of `a` in place, drawing from `random` (e.g. seededRandom). */
export function shuffleInPlace<T>(a: T[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

/** A shuffled copy of `items` (the same permutation shuffleInPlace gives with the same draws). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  shuffleInPlace(out, random);
  return out;
}
