// The relation a quotation belongs to, looked up through the index of relations by where their
// content lies, is the one a scan of every relation finds (ties to the first listed).
import test from 'node:test';
import assert from 'node:assert/strict';
import { relationCovering } from '../../../src/pipeline/facts/quotes/relation-covering.js';
import type { TokenRelation } from '../../../src/pipeline/facts/quotes/attribute.js';

/** The scan the index replaces. */
function scanned(relations: TokenRelation[], a: number, b: number): TokenRelation | null {
  let best: TokenRelation | null = null;
  let bestShared = 0;
  for (const r of relations) {
    let shared = 0;
    for (const c of r.content) shared += Math.max(0, Math.min(b, c.to) - Math.max(a, c.from));
    if (shared > bestShared) {
      best = r;
      bestShared = shared;
    }
  }
  return bestShared * 2 >= b - a ? best : null;
}

/** A small deterministic generator (no Math.random: the test reads the same every run). */
function generator(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

test('the indexed lookup finds what a scan of every relation finds', () => {
  const next = generator(7);
  for (let round = 0; round < 200; round++) {
    const relations: TokenRelation[] = [];
    for (let k = next(12); k > 0; k--) {
      const content: Array<{ from: number; to: number }> = [];
      let at = next(80);
      for (let p = next(3); p >= 0; p--) {
        const to = at + 1 + next(20);
        content.push({ from: at, to });
        at = to + next(5);
      }
      relations.push({ cue: { from: 0, to: 1 }, source: null, content: next(10) === 0 ? [] : content });
    }
    for (let query = 0; query < 20; query++) {
      const a = next(100);
      const b = a + 1 + next(30);
      assert.equal(relationCovering(relations, a, b), scanned(relations, a, b));
    }
  }
});

test('of two relations covering a quotation alike, the first listed', () => {
  const first: TokenRelation = { cue: { from: 0, to: 1 }, source: null, content: [{ from: 10, to: 20 }] };
  const second: TokenRelation = { cue: { from: 2, to: 3 }, source: null, content: [{ from: 5, to: 20 }] };
  assert.equal(relationCovering([first, second], 12, 18), first);
  assert.equal(relationCovering([second, first], 12, 18), second);
  assert.equal(relationCovering([first], 30, 40), null);
});
